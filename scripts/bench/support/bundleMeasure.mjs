// The goal and dashboard benchmarks measure with TypeScript (scripts/bench/<name>/measure.ts);
// this bundles it on the fly. In support/, not beside the benches: bench.mjs runs every
// .mjs file directly in scripts/bench/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundleForNode } from '../../build/bundleForNode.mjs';
import { repoRoot } from '../../generate/serverBundle.mjs';

/**
 * Bundles scripts/bench/<name>/measure.ts, calls `use` with its exports and returns what
 * `use` returns; the bundle is deleted afterwards.
 */
export async function withBundledMeasure(name, use) {
  // Inside the repository, so the bundle's requires find node_modules.
  const cacheDir = join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const outDir = mkdtempSync(join(cacheDir, `funnelmath-bench-${name}-`));
  try {
    const outfile = join(outDir, 'measure.cjs');
    await bundleForNode(join(repoRoot, 'scripts', 'bench', name, 'measure.ts'), outfile, {
      // src/preview/bundle.ts finds dist/ relative to its own folder (the fake asks it too):
      // keep __dirname meaningful.
      define: { __dirname: JSON.stringify(join(repoRoot, 'src', 'preview')) },
    });
    return await use(createRequire(outfile)(outfile));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
