// How this repository bundles TypeScript for Node (the CLI, the preview server, the
// benchmarks' measuring code): one CommonJS file for Node 20, dependencies left to load
// from node_modules. Not a build step: build.mjs runs only the NN-*.mjs files.
import * as esbuild from 'esbuild';

/** Bundles `entryPoint` to `outfile`; `extra` adds esbuild options (e.g. `define`). */
export async function bundleForNode(entryPoint, outfile, extra = {}) {
  await esbuild.build({
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    logLevel: 'warning',
    ...extra,
  });
}
