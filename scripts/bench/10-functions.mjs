// Custom-function speed and the size of what every call loads. Reports ratios and sizes,
// asserts no wall-clock time: one =CAC(B2:B100001, C2:C100001) range call in the pushed
// bundle (loaded in a node:vm, as Apps Script would run it) against a bare JavaScript loop
// doing the same divisions into the same 2-D output (the physical limit). Each side runs
// alone in fresh processes (support/rangeCallTiming.mjs: warmed up, then best of 15 runs); the
// figure is the median over the processes, with the spread beside it, because on a shared
// machine one process in a few is slowed down as a whole, on either side.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { bundleOptions, repoRoot, SERVER_ENTRY, SERVER_GLOBAL } from '../generate/serverBundle.mjs';
import {
  BARE_LOOPS,
  engineCall,
  loadBundle,
  MAKE_COLUMNS,
  ROWS,
} from './support/rangeCallTiming.mjs';

const PROCESSES_PER_SIDE = 7;
const BIG_ROWS = 1_000_000;
const TARGET_RATIO = 3;
const TARGET_KB = 60;
const timingScript = fileURLToPath(new URL('./support/rangeCallTiming.mjs', import.meta.url));

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function elapsedMs(run) {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function bestOf(runs, run) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) best = Math.min(best, elapsedMs(run));
  return best;
}

/** Best-of-15 milliseconds of one side in a fresh process. */
function timeInFreshProcess(name, side) {
  const output = execFileSync(process.execPath, ['--expose-gc', timingScript, name, side], {
    encoding: 'utf8',
  });
  return JSON.parse(output).ms;
}

/** Engine and bare loop, each in PROCESSES_PER_SIDE fresh processes taken in turn. */
function compare(name) {
  const engine = [];
  const bare = [];
  for (let i = 0; i < PROCESSES_PER_SIDE; i++) {
    engine.push(timeInFreshProcess(name, 'engine'));
    bare.push(timeInFreshProcess(name, 'bare'));
  }
  const engineMs = median(engine);
  const bareMs = median(bare);
  const ratio = engineMs / bareMs;
  const range = (values) =>
    `${Math.min(...values).toFixed(2)} to ${Math.max(...values).toFixed(2)} ms`;
  console.log(
    `${name} over ${ROWS.toLocaleString('en')} rows in the vm-loaded bundle: engine ${engineMs.toFixed(2)} ms (${range(engine)}), warmed bare loop ${bareMs.toFixed(2)} ms (${range(bare)})`,
  );
  console.log(
    `  ratio of the medians: ${ratio.toFixed(2)}x (target at most ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'OK' : 'OVER'}`,
  );
}

// A retained size a few KB below zero is the collector's noise: show it as 0.
const mb = (bytes) => `${(Math.max(0, bytes) / 1024 / 1024).toFixed(1)} MB`;

/**
 * Time (median of 3 after one warm-up) and heap of one call over BIG_ROWS cells. Heap: what
 * the result keeps alive after a full collection, and the heap in use just after the call
 * over the collected baseline (the result plus garbage not yet collected: a floor of the peak).
 */
function measureBig(label, call) {
  call();
  const times = [0, 1, 2].map(() => elapsedMs(call));
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  const result = call();
  const justAfter = process.memoryUsage().heapUsed;
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - baseline;
  console.log(
    `${label}: ${median(times).toFixed(1)} ms; heap kept by the result ${mb(retained)}, in use just after the call ${mb(justAfter - baseline)} over the inputs`,
  );
  return result;
}

export async function run() {
  const context = loadBundle();
  const columns = vm.runInContext(MAKE_COLUMNS, context)(ROWS);
  for (const name of Object.keys(BARE_LOOPS)) {
    const result = engineCall(context, name, columns)();
    const expected = vm.runInContext(BARE_LOOPS[name], context)(columns);
    if (result.length !== ROWS || result.some((row, i) => row[0] !== expected[i][0])) {
      throw new Error(`${name} over the range does not match the bare loop`);
    }
    compare(name);
  }

  measureOneMillion(context);

  // Each custom-function call starts a fresh script: what loading the file costs here.
  const server = readFileSync(join(repoRoot, 'dist', 'server.js'), 'utf8');
  const loadMs = median(
    Array.from({ length: 15 }, () =>
      elapsedMs(() => vm.runInContext(server, vm.createContext({}), { filename: 'server.js' })),
    ),
  );
  const scalarMs = bestOf(15, () => context.CAC(50000, 20));
  console.log(
    `loading dist/server.js into a fresh context: ${loadMs.toFixed(2)} ms; one scalar CAC call: ${(scalarMs * 1000).toFixed(1)} µs`,
  );

  const kb = Buffer.byteLength(server) / 1024;
  console.log(
    `dist/server.js: ${kb.toFixed(1)} KB (target under ${TARGET_KB} KB) ${kb < TARGET_KB ? 'OK' : 'OVER'}`,
  );
  await printComposition(server);
  const nodeOnly = ['require(', 'module.exports', 'process.', '__dirname', 'Buffer.'].filter(
    (marker) => server.includes(marker),
  );
  console.log(
    `Node-only code in dist/server.js: ${nodeOnly.length === 0 ? 'none' : nodeOnly.join(', ')}`,
  );
}

/** CAC and RESPONSE_TIME over 1,000,000 rows: serial numbers, then Dates as Sheets passes them. */
function measureOneMillion(context) {
  const big = BIG_ROWS.toLocaleString('en');
  const columns = vm.runInContext(MAKE_COLUMNS, context)(BIG_ROWS);
  measureBig(`CAC over ${big} rows`, engineCall(context, 'CAC', columns));
  const makeResponses = vm.runInContext(
    `(rows, asDates) => {
      const created = [], responded = [];
      for (let i = 0; i < rows; i++) {
        // Leads through 2026, each answered 14.4 minutes later.
        const createdMs = Date.UTC(2026, 0, 1) + i * 31_000;
        const respondedMs = createdMs + 864_000;
        created.push([asDates ? new Date(createdMs) : 46023 + (i * 31_000) / 86_400_000]);
        responded.push([asDates ? new Date(respondedMs) : 46023 + (i * 31_000 + 864_000) / 86_400_000]);
      }
      return { created, responded };
    }`,
    context,
  );
  for (const asDates of [false, true]) {
    const { created, responded } = makeResponses(BIG_ROWS, asDates);
    const minutes = measureBig(
      `RESPONSE_TIME over ${big} rows of ${asDates ? 'Dates' : 'serial numbers'}`,
      () => context.RESPONSE_TIME(created, responded),
    );
    if (minutes !== 14.4) throw new Error(`RESPONSE_TIME gave ${minutes}, not 14.4`);
  }
}

/** Which part of the product each source file of the bundle serves. */
const PARTS = [
  ['custom functions (catalog, engine)', /^src\/kpi\//],
  ['plan validation (schema, valibot)', /^(src\/funnel\/schema\.ts|node_modules\/valibot\/)/],
  ['sheet layouts and their labels', /^src\/(layout|funnel)\//],
  ['Apps Script adapters', /^src\/gas\//],
];

/**
 * Where the bytes of dist/server.js go: the generated entry points with their JSDoc (the
 * autocomplete text) and, from esbuild's metafile, the bundle per part of the product.
 */
async function printComposition(server) {
  const result = await esbuild.build({
    ...bundleOptions(SERVER_ENTRY, SERVER_GLOBAL),
    metafile: true,
  });
  const bundleBytes = result.outputFiles[0].contents.length;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const bytesByPart = new Map(PARTS.map(([part]) => [part, 0]));
  let other = bundleBytes;
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const part = PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
    bytesByPart.set(part, (bytesByPart.get(part) ?? 0) + bytesInOutput);
    other -= bytesInOutput;
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('  of which:');
  console.log(
    `    generated entry points and JSDoc: ${kb(Buffer.byteLength(server) - bundleBytes)}`,
  );
  for (const [part, bytes] of bytesByPart) console.log(`    ${part}: ${kb(bytes)}`);
  console.log(`    bundle wrapper and the rest: ${kb(other)}`);
}
