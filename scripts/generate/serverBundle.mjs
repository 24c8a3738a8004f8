// The server bundle: esbuild's options in one place, and a way to read the bundle's
// `FunnelMath` global back in a node:vm, so every generator (Apps Script entry points,
// README table, docs/functions.md) works from exactly what is pushed.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles src/gas/main.ts into one IIFE assigned to `var FunnelMath`; returns its text. */
export async function bundleServer() {
  const result = await esbuild.build({
    entryPoints: [join(repoRoot, 'src/gas/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'FunnelMath',
    // Apps Script V8 runs ES2020; 'neutral' rejects any import of a Node built-in.
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    // Every custom-function call loads the whole file: drop whitespace, keep identifiers
    // so error stacks in the Apps Script editor still name real functions.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Runs bundle text in a fresh node:vm context (no require, module or exports) and returns
 * its `FunnelMath` global: catalog, serverApi and the rest of src/gas/main.ts's exports.
 */
export function loadFunnelMath(bundleText) {
  const context = vm.createContext({});
  // The bundle's top-level `var FunnelMath` becomes a property of the context's global.
  vm.runInContext(bundleText, context, { filename: 'server.js' });
  return context.FunnelMath;
}
