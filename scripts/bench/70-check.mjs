// "Check this workbook" on a 36-month dashboard linked to a 10-stage goal calculator: the
// time as a ratio to building the same sheets, for the pure check (cells against the
// rebuilt layouts) and for `funnelmath check` on the .xlsx (read + check against the CLI's
// write). The measuring code is TypeScript (scripts/bench/check/measure.ts). The Sheets
// side's service-call count is measured with the Sheets panel.
import { withBundledMeasure } from './support/bundleMeasure.mjs';

export async function run() {
  await withBundledMeasure('check', async ({ measure }) => {
    const r = await measure();
    console.log(
      `check of a ${r.stages}-stage goal calculator + ${r.months}-month dashboard (${r.cells} cells; findings on the clean sheets: ${r.findings}, from the file: ${r.fileFindings})`,
    );
    console.log(
      `  pure: build both layouts ${r.buildMs.toFixed(1)} ms, check ${r.checkMs.toFixed(1)} ms, ratio ${(r.checkMs / r.buildMs).toFixed(2)}x`,
    );
    console.log(
      `  file: CLI write ${r.writeMs.toFixed(1)} ms, funnelmath check (read + check) ${r.fileCheckMs.toFixed(1)} ms, ratio ${(r.fileCheckMs / r.writeMs).toFixed(2)}x`,
    );
  });
}
