// Custom-function speed and the size of what every call loads. Reports ratios and sizes,
// asserts no wall-clock time: one =CAC(B2:B100001, C2:C100001) range call in the pushed
// bundle (loaded in a node:vm, as Apps Script would run it) against a bare JavaScript loop
// doing the same divisions into the same 2-D output (the physical limit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { bundleOptions, repoRoot, SERVER_ENTRY, SERVER_GLOBAL } from '../generate/serverBundle.mjs';

const ROWS = 100_000;
const RUNS = 15;
const TARGET_RATIO = 10;
const TARGET_KB = 60;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `run` after a warm-up, so both sides are measured JIT-compiled. */
function time(run) {
  for (let i = 0; i < 3; i++) run();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export async function run() {
  const serverPath = join(repoRoot, 'dist', 'server.js');
  const server = readFileSync(serverPath, 'utf8');
  const context = vm.createContext({});
  vm.runInContext(server, context, { filename: 'server.js' });

  // Monthly-looking data built inside the bundle's realm, as Apps Script hands it over.
  const makeColumns = vm.runInContext(
    `(rows) => {
      const cost = [], customers = [];
      for (let i = 0; i < rows; i++) {
        cost.push([40000 + (i % 97) * 500]);
        customers.push([10 + (i % 13)]);
      }
      return { cost, customers };
    }`,
    context,
  );
  const { cost, customers } = makeColumns(ROWS);
  const bareLoop = vm.runInContext(
    `(cost, customers) => {
      const out = new Array(cost.length);
      for (let i = 0; i < cost.length; i++) out[i] = [cost[i][0] / customers[i][0]];
      return out;
    }`,
    context,
  );

  const check = context.CAC(cost, customers);
  const expected = bareLoop(cost, customers);
  if (check.length !== ROWS || check.some((row, i) => row[0] !== expected[i][0])) {
    throw new Error('CAC over the range does not match the bare loop');
  }

  const engineMs = time(() => context.CAC(cost, customers));
  const bareMs = time(() => bareLoop(cost, customers));
  const ratio = engineMs / bareMs;
  console.log(
    `CAC over ${ROWS.toLocaleString('en')} rows in the vm-loaded bundle: ${engineMs.toFixed(2)} ms`,
  );
  console.log(`bare JavaScript loop, same divisions:        ${bareMs.toFixed(2)} ms`);
  console.log(
    `ratio: ${ratio.toFixed(2)}x (target within ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'OK' : 'OVER'}`,
  );

  // Each custom-function call starts a fresh script: what loading the file costs here.
  const loadMs = time(() =>
    vm.runInContext(server, vm.createContext({}), { filename: 'server.js' }),
  );
  const scalarMs = time(() => context.CAC(50000, 20));
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
