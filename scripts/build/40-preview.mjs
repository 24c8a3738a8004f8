// Build step 40: the local preview that `npm start` runs, in dist-node/:
//   preview.js           the Node server (src/preview/main.ts; node_modules stay external)
//   preview-page.html    the grid page, its script and styles inlined
//   script-run-shim.js   google.script.run for the served sidebar (injected at serve time)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../generate/serverBundle.mjs';
import { bundleForNode } from './bundleForNode.mjs';

const previewDir = join(repoRoot, 'src', 'preview');
const outDir = join(repoRoot, 'dist-node');

async function bundleForBrowser(entry) {
  const result = await esbuild.build({
    entryPoints: [join(previewDir, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
}

export async function build() {
  // 30-node cleans dist-node/ and writes cli.js there first: keep it.
  mkdirSync(outDir, { recursive: true });
  // hyperformula and exceljs load from node_modules, as any dependency of the repo.
  await bundleForNode(join(previewDir, 'main.ts'), join(outDir, 'preview.js'));
  const styles = await esbuild.transform(
    readFileSync(join(previewDir, 'page', 'grid.css'), 'utf8'),
    {
      loader: 'css',
      minify: true,
    },
  );
  const gridScript = await bundleForBrowser('page/grid.ts');
  const page = readFileSync(join(previewDir, 'page', 'index.html'), 'utf8')
    .replace('/* STYLES */', () => styles.code)
    .replace('/* SCRIPT */', () => gridScript);
  writeFileSync(join(outDir, 'preview-page.html'), page);
  writeFileSync(
    join(outDir, 'script-run-shim.js'),
    await bundleForBrowser('page/scriptRunShim.ts'),
  );
}
