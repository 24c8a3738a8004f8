// The dashboard fed by exports: CSV parse time for 100,000 contacts; the dashboard over a
// 100,000-row contacts export (with deals and GA4) in HyperFormula as a ratio to the same
// dashboard with typed figures, to compute it whole and to recompute after one edit. The
// measuring code is TypeScript (scripts/bench/exports/measure.ts), bundled on the fly.
import { withBundledMeasure } from './support/bundleMeasure.mjs';

export async function run() {
  await withBundledMeasure('exports', async ({ measure }) => {
    const m = await measure();
    console.log(`CSV parse of ${m.rows} contacts: ${m.parseMs.toFixed(0)} ms`);
    console.log(
      `dashboard computed whole in HyperFormula: over the exports ${m.buildExportsMs.toFixed(0)} ms, typed ${m.buildTypedMs.toFixed(0)} ms (ratio ${(m.buildExportsMs / m.buildTypedMs).toFixed(1)}x)`,
    );
    console.log(
      `recalculation after one edit: an export row ${m.editExportMs.toFixed(1)} ms, a typed input ${m.editTypedMs.toFixed(1)} ms (ratio ${(m.editExportMs / m.editTypedMs).toFixed(1)}x)`,
    );
  });
}
