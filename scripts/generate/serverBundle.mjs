// The server bundle: esbuild's options in one place, and a way to read the bundle's
// `FunnelMath` global back in a node:vm, so every generator (Apps Script entry points,
// README table, docs/functions.md) works from exactly what is pushed.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** esbuild's options for one TypeScript entry bundled as an IIFE assigned to `var <globalName>`. */
export function bundleOptions(entry, globalName) {
  return {
    entryPoints: [join(repoRoot, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    // Apps Script V8 runs ES2020; 'neutral' rejects any import of a Node built-in.
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    // Every custom-function call loads the whole file, so it is minified; user-facing
    // messages are strings and stay readable, and the entry points are appended unminified.
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  };
}

/** Bundles one TypeScript entry (see bundleOptions); returns its text. */
async function bundle(entry, globalName) {
  const result = await esbuild.build(bundleOptions(entry, globalName));
  return result.outputFiles[0].text;
}

/** The server entry and the global it defines in the pushed code. */
export const SERVER_ENTRY = 'src/gas/main.ts';
export const SERVER_GLOBAL = 'FunnelMath';

/** The pushed server code: src/gas/main.ts as the global `FunnelMath`. */
export function bundleServer() {
  return bundle(SERVER_ENTRY, SERVER_GLOBAL);
}

/**
 * What the generators read: the catalog and serverApi from the server bundle text itself
 * (run in a fresh node:vm context with no require, module or exports), plus the catalog's
 * wording (src/kpi/reference.ts), bundled beside it rather than into it: the wording is
 * only needed to write the JSDoc and docs, and every byte of server.js is loaded per call.
 */
export async function loadFunnelMath(serverText) {
  const context = vm.createContext({});
  // Each bundle's top-level `var NAME` becomes a property of the context's global.
  vm.runInContext(serverText, context, { filename: 'server.js' });
  vm.runInContext(await bundle('src/kpi/reference.ts', 'FunnelMathWording'), context);
  const { catalog, serverApi } = context.FunnelMath;
  return { catalog, serverApi, ...context.FunnelMathWording };
}
