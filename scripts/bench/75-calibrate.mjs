// A plan calibrated from CRM exports of 100,000 contacts (and their deals): parsing,
// reading into records and calibrating, as a ratio to parsing the same CSV alone; and the service calls
// of "Start from my actuals" (opening the panel, filling the form) on a dashboard of 12 and 36 months (a constant). The measuring
// code is TypeScript (scripts/bench/calibrate/measure.ts), bundled on the fly.
import { withBundledMeasure } from './support/bundleMeasure.mjs';

export async function run() {
  await withBundledMeasure('calibrate', async ({ measure, CONTACTS }) => {
    const { bytes, parseMs, readMs, calibrateMs, calls } = await measure();
    const total = readMs + calibrateMs;
    console.log(
      `${CONTACTS.toLocaleString('en-US')} contacts (${(bytes / 1024 / 1024).toFixed(1)} MB of CSV): parse alone ${parseMs.toFixed(0)} ms; parse + read into records ${readMs.toFixed(0)} ms; calibration ${calibrateMs.toFixed(0)} ms`,
    );
    console.log(
      `parse + read + calibration: ${total.toFixed(0)} ms, ratio to parsing alone ${(total / parseMs).toFixed(1)}x (calibration alone ${(calibrateMs / parseMs).toFixed(2)}x)`,
    );
    for (const count of calls) {
      console.log(
        `${count.entryPoint}, ${count.months} months: ${count.documentCalls} calls to the document, ${count.builderCalls} on builders`,
      );
    }
    for (const entryPoint of new Set(calls.map((count) => count.entryPoint))) {
      const counts = calls.filter((count) => count.entryPoint === entryPoint);
      const same = counts.every((count) => count.documentCalls === counts[0].documentCalls);
      console.log(`same calls for 12 and 36 months, ${entryPoint}: ${same ? 'yes' : 'NO'}`);
    }
  });
}
