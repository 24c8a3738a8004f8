// Build step 10: a clean dist/ holding what clasp pushes for the server: appsscript.json
// and dist/server.js (the esbuild IIFE plus the generated top-level entry points).
// Later steps add their own files (20: dist/sidebar.html).
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateEntryPoints } from '../generate/entryPoints.mjs';
import { bundleServer, loadFunnelMath, repoRoot } from '../generate/serverBundle.mjs';

export async function build() {
  const dist = join(repoRoot, 'dist');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist);
  copyFileSync(join(repoRoot, 'appsscript.json'), join(dist, 'appsscript.json'));
  const bundle = await bundleServer();
  const entryPoints = generateEntryPoints(await loadFunnelMath(bundle));
  writeFileSync(join(dist, 'server.js'), bundle + entryPoints);
}
