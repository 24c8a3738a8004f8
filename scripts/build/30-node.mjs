// Build step 30: the command-line tool for Node, dist-node/cli.js (src/cli/main.ts, CommonJS;
// dependencies such as exceljs load from node_modules). bin/funnelmath.js requires it.
// This step owns the clean-up of dist-node/; later steps (40-preview) add their files.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../generate/serverBundle.mjs';

export async function build() {
  const outDir = join(repoRoot, 'dist-node');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir);
  await esbuild.build({
    entryPoints: [join(repoRoot, 'src', 'cli', 'main.ts')],
    outfile: join(outDir, 'cli.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    logLevel: 'warning',
  });
}
