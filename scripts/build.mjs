// Runs every build step in scripts/build/ in file-name order (10-server, 20-sidebar, ...).
// Each step is a module exporting `async function build()`; one job per file.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const stepsDir = join(dirname(fileURLToPath(import.meta.url)), 'build');
const steps = readdirSync(stepsDir)
  .filter((file) => /^\d\d-.*\.mjs$/.test(file))
  .sort();
if (steps.length === 0) throw new Error(`no build steps in ${stepsDir}`);
for (const step of steps) {
  const started = Date.now();
  const { build } = await import(pathToFileURL(join(stepsDir, step)).href);
  await build();
  console.log(`build: ${step} done in ${Date.now() - started} ms`);
}
