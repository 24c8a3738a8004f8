// The KPI dashboard: service calls to insert it from the built bundle (a constant, reported
// for 12 and 36 months; target at most 25 that reach the document), and the .xlsx of a
// filled 36-month dashboard: its size and the time to write it, as a ratio to building its
// layout. The measuring code is TypeScript (scripts/bench/dashboard/measure.ts), bundled
// on the fly.
import { withBundledMeasure } from './support/bundleMeasure.mjs';

const CALL_TARGET = 25;

export async function run() {
  await withBundledMeasure('dashboard', async ({ measure }) => {
    const { calls, xlsxBytes, cells, layoutMs, writeMs, ratio } = await measure();
    for (const count of calls) {
      const mark = count.documentCalls <= CALL_TARGET ? 'OK' : 'OVER';
      console.log(
        `${count.entryPoint}, ${count.months} months: ${count.documentCalls} calls to the document (target <= ${CALL_TARGET}: ${mark}), ${count.builderCalls} on builders`,
      );
    }
    const entryPoints = [...new Set(calls.map((count) => count.entryPoint))];
    for (const entryPoint of entryPoints) {
      const counts = calls.filter((count) => count.entryPoint === entryPoint);
      const same = counts.every(
        (count) =>
          count.documentCalls === counts[0].documentCalls &&
          count.builderCalls === counts[0].builderCalls,
      );
      console.log(`same calls for 12 and 36 months, ${entryPoint}: ${same ? 'yes' : 'NO'}`);
    }
    console.log(`36 filled months as .xlsx: ${(xlsxBytes / 1024).toFixed(1)} KB, ${cells} cells`);
    console.log(
      `write time: layout ${layoutMs.toFixed(2)} ms, .xlsx ${writeMs.toFixed(2)} ms (ratio ${ratio.toFixed(1)}x)`,
    );
  });
}
