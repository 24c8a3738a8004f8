// Runs every benchmark in scripts/bench/ in file-name order and prints their reports.
// Benchmarks report ratios and counts; nothing here is asserted as a wall-clock time.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const benches = readdirSync(benchDir)
  .filter((file) => /\.mjs$/.test(file))
  .sort();
for (const bench of benches) {
  console.log(`\n## ${bench}`);
  const { run } = await import(pathToFileURL(join(benchDir, bench)).href);
  await run();
}
