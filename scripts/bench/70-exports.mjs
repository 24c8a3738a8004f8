// The dashboard fed by exports: CSV parse time for 100,000 contacts; the dashboard over a
// 100,000-row contacts export (with deals and GA4) in HyperFormula as a ratio to the same
// dashboard with typed figures, to compute it whole and to recompute after one edit; the
// service calls to wire a dashboard to an export (a constant). The
// measuring code is TypeScript (scripts/bench/exports/measure.ts), bundled on the fly.
import { withBundledMeasure } from './support/bundleMeasure.mjs';

/** Wiring is its own entry point with its own budget (inserting the dashboard has 25). */
const WIRING_TARGET = 20;

export async function run() {
  await withBundledMeasure('exports', async ({ measure }) => {
    const m = await measure();
    for (const wiring of m.wiring) {
      const mark = wiring.calls <= WIRING_TARGET ? 'OK' : 'OVER';
      console.log(
        `connectDashboardToExport, ${wiring.kind} export of ${wiring.rows} rows, ${wiring.months} months: ${wiring.calls} calls to the document (target <= ${WIRING_TARGET}: ${mark})`,
      );
    }
    console.log(`CSV parse of ${m.rows} contacts: ${m.parseMs.toFixed(0)} ms`);
    console.log(
      `dashboard computed whole in HyperFormula: over the exports ${m.buildExportsMs.toFixed(0)} ms, typed ${m.buildTypedMs.toFixed(0)} ms (ratio ${(m.buildExportsMs / m.buildTypedMs).toFixed(1)}x)`,
    );
    console.log(
      `recalculation after one edit: an export row ${m.editExportMs.toFixed(1)} ms, a typed input ${m.editTypedMs.toFixed(1)} ms (ratio ${(m.editExportMs / m.editTypedMs).toFixed(1)}x)`,
    );
  });
}
