// The preview's "Download .xlsx" of a 36-month dashboard (its sheets read back from the
// fake spreadsheet, then the CLI's writer) against the CLI writing the same layout: the
// time as a ratio. The measuring code is TypeScript (scripts/bench/previewExport/measure.ts).
import { withBundledMeasure } from './support/bundleMeasure.mjs';

export async function run() {
  await withBundledMeasure('previewExport', async ({ measure }) => {
    const { months, previewMs, cliMs, ratio, previewBytes, cliBytes } = await measure();
    console.log(
      `${months}-month dashboard as .xlsx: preview download ${previewMs.toFixed(1)} ms (${(previewBytes / 1024).toFixed(1)} KB), CLI ${cliMs.toFixed(1)} ms (${(cliBytes / 1024).toFixed(1)} KB), ratio ${ratio.toFixed(2)}x`,
    );
  });
}
