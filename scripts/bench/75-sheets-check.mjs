// "Check this workbook" in Sheets, from the built bundle against the fake services: the
// service calls of the check and of "Restore formulas" on a goal calculator and the
// dashboard following it (a constant whatever the stages and months: the same for 3 stages
// / 12 months and 10 stages / 36 months), and the check's time as a ratio to building the
// same two sheets. The measuring code is TypeScript (scripts/bench/sheetsCheck/measure.ts).
import { withBundledMeasure } from './support/bundleMeasure.mjs';

const same = (counts) =>
  counts.every(
    (count) =>
      count.documentCalls === counts[0].documentCalls &&
      count.builderCalls === counts[0].builderCalls,
  );

export async function run() {
  await withBundledMeasure('sheetsCheck', async ({ measure }) => {
    const { check, restore, buildMs, checkMs } = await measure();
    for (const count of check) {
      console.log(
        `checkThisWorkbook (3 finder queries: goal, dashboard, export), ${count.stages}-stage goal calculator + ${count.months}-month dashboard: ${count.documentCalls} calls to the document, ${count.builderCalls} on builders`,
      );
    }
    console.log(`same calls for both sizes (check): ${same(check) ? 'yes' : 'NO'}`);
    for (const count of restore) {
      console.log(
        `restoreFormulas, 3 cells typed over, ${count.stages} stages + ${count.months} months: ${count.documentCalls} calls to the document, ${count.builderCalls} on builders; findings after: ${count.findingsAfter}`,
      );
    }
    console.log(`same calls for both sizes (restore): ${same(restore) ? 'yes' : 'NO'}`);
    console.log(
      `time through the bundle and the fake: build both sheets ${buildMs.toFixed(0)} ms, check ${checkMs.toFixed(0)} ms, ratio ${(checkMs / buildMs).toFixed(2)}x`,
    );
  });
}
