import { performance } from 'node:perf_hooks';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median time of `samples` runs of `work`, after one warm-up run, in ms. */
export async function medianTime(work: () => unknown, samples: number): Promise<number> {
  await work();
  const results: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    await work();
    results.push(performance.now() - started);
  }
  return median(results);
}
