// The goal calculator: service calls to write it (a constant, reported for 3 and 10 stages;
// target at most 20 that reach the document), and the time to compute a 10-stage plan in
// the pure planner against evaluating its sheet layout in HyperFormula, as a ratio. The
// measuring code is TypeScript (scripts/bench/goal/measure.ts), bundled here on the fly.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../generate/serverBundle.mjs';

const CALL_TARGET = 20;

export async function run() {
  // Inside the repository, so the bundle's require('hyperformula') finds node_modules.
  const cacheDir = join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const outDir = mkdtempSync(join(cacheDir, 'funnelmath-bench-goal-'));
  try {
    const outfile = join(outDir, 'measure.cjs');
    await esbuild.build({
      entryPoints: [join(repoRoot, 'scripts', 'bench', 'goal', 'measure.ts')],
      outfile,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      // The fake reads dist/ relative to its own folder: keep __dirname meaningful.
      define: { __dirname: JSON.stringify(join(repoRoot, 'test', 'fake')) },
      logLevel: 'warning',
    });
    const { measure } = createRequire(outfile)(outfile);
    const { calls, plannerMs, layoutMs, ratio } = measure();
    for (const count of calls) {
      console.log(
        `service calls, ${count.stages} stages: ${count.documentCalls} to the document (target <= ${CALL_TARGET}), ${count.builderCalls} on builders`,
      );
    }
    const constant = calls.every(
      (count) =>
        count.documentCalls === calls[0].documentCalls &&
        count.builderCalls === calls[0].builderCalls,
    );
    console.log(`same calls for 3 and 10 stages: ${constant ? 'yes' : 'NO'}`);
    console.log(
      `10-stage yearly plan: planner ${plannerMs.toFixed(4)} ms, layout evaluated in HyperFormula ${layoutMs.toFixed(2)} ms`,
    );
    console.log(`ratio layout evaluation / planner: ${ratio.toFixed(0)}x`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
