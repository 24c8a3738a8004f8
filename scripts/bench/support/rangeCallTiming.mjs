// One side of the range-call comparison in scripts/bench/10-functions.mjs, alone in its own
// process: `node --expose-gc rangeCallTiming.mjs <CAC|PIPELINE_VELOCITY> <engine|bare>`
// prints the best of 15 runs, in milliseconds, after a warm-up. Alone, because V8 decides per
// allocation site whether to allocate straight into the old generation ("pretenuring"),
// and which of two loops in one process wins that decision depends on which ran first:
// the same loop measured 0.2x to 12x against itself. Each side here gets the treatment it
// would get on its own, as a custom-function call does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { repoRoot } from '../../generate/serverBundle.mjs';

export const ROWS = 100_000;
const WARM_UP_RUNS = 20;
const BEST_OF = 15;

/** Monthly-looking columns built inside the bundle's realm, as Apps Script hands them over. */
export const MAKE_COLUMNS = `(rows) => {
  const cost = [], customers = [], deals = [], winRates = [], cycles = [];
  for (let i = 0; i < rows; i++) {
    cost.push([40000 + (i % 97) * 500]);
    customers.push([10 + (i % 13)]);
    deals.push([20000 + (i % 31) * 1000]);
    winRates.push([0.1 + (i % 7) / 20]);
    cycles.push([30 + (i % 60)]);
  }
  return { cost, customers, deals, winRates, cycles };
}`;

/** The physical limit: the same arithmetic into the same 2-D output, nothing else. */
export const BARE_LOOPS = {
  CAC: `(columns) => {
    const { cost, customers } = columns;
    const out = new Array(cost.length);
    for (let i = 0; i < cost.length; i++) out[i] = [cost[i][0] / customers[i][0]];
    return out;
  }`,
  PIPELINE_VELOCITY: `(columns) => {
    const { customers, deals, winRates, cycles } = columns;
    const out = new Array(customers.length);
    for (let i = 0; i < customers.length; i++) {
      out[i] = [customers[i][0] * deals[i][0] * winRates[i][0] / cycles[i][0]];
    }
    return out;
  }`,
};

/** The engine call over the same columns. */
export function engineCall(context, name, columns) {
  if (name === 'CAC') return () => context.CAC(columns.cost, columns.customers);
  const { customers, deals, winRates, cycles } = columns;
  return () => context.PIPELINE_VELOCITY(customers, deals, winRates, cycles);
}

export function loadBundle() {
  const context = vm.createContext({});
  const server = readFileSync(join(repoRoot, 'dist', 'server.js'), 'utf8');
  vm.runInContext(server, context, { filename: 'server.js' });
  return context;
}

function bestOf(run) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < BEST_OF; i++) {
    // Start every run with an empty young generation: no run pays for another's garbage.
    globalThis.gc();
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [name, side] = process.argv.slice(2);
  const context = loadBundle();
  const columns = vm.runInContext(MAKE_COLUMNS, context)(ROWS);
  const bare = vm.runInContext(BARE_LOOPS[name], context);
  const run = side === 'bare' ? () => bare(columns) : engineCall(context, name, columns);
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  console.log(JSON.stringify({ ms: bestOf(run) }));
}
