// Build step 20: dist/sidebar.html, the goal-calculator sidebar as ONE self-contained file
// (Apps Script's HtmlService serves no separate JS or CSS, and the sidebar loads nothing
// from the network): sidebar/index.html with sidebar/styles.css and the bundle of
// sidebar/main.ts inlined. Fails when the page outgrows its size budget.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../generate/serverBundle.mjs';

/**
 * The budget for the one sidebar file: 100 KB until issue 11 added the budget field and the
 * channel and scenario editors (about 30 KB), then issues 12 and 13 the export, actuals and
 * check panels (about 20 KB), each in three languages. The KPI implementations the function
 * reference bundles along with its metadata (about 20 KB) are the next thing to cut.
 */
export const SIDEBAR_BUDGET_BYTES = 160 * 1024;
export const sidebarHtmlPath = join(repoRoot, 'dist', 'sidebar.html');

export async function build() {
  const sidebarDir = join(repoRoot, 'sidebar');
  const script = await esbuild.build({
    entryPoints: [join(sidebarDir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    // The Apps Script sidebar runs in the user's browser: any evergreen one.
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const styles = await esbuild.transform(readFileSync(join(sidebarDir, 'styles.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  // "</script" or "</style" inside the inlined text would end the element early.
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = styles.code.replace(/<\/(style)/gi, '<\\/$1');
  const page = readFileSync(join(sidebarDir, 'index.html'), 'utf8')
    .replace('/* STYLES */', () => css)
    .replace('/* SCRIPT */', () => js);
  const size = Buffer.byteLength(page);
  if (size > SIDEBAR_BUDGET_BYTES) {
    throw new Error(
      `dist/sidebar.html is ${size} bytes, over its ${SIDEBAR_BUDGET_BYTES}-byte budget`,
    );
  }
  writeFileSync(sidebarHtmlPath, page);
}
