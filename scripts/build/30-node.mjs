// Build step 30: the command-line tool for Node, dist-node/cli.js (src/cli/main.ts, CommonJS;
// dependencies such as exceljs load from node_modules). bin/funnelmath.js requires it.
// This step owns the clean-up of dist-node/; later steps (40-preview) add their files.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../generate/serverBundle.mjs';
import { bundleForNode } from './bundleForNode.mjs';

export async function build() {
  const outDir = join(repoRoot, 'dist-node');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir);
  await bundleForNode(join(repoRoot, 'src', 'cli', 'main.ts'), join(outDir, 'cli.js'));
}
