/**
 * Measurements behind scripts/bench/60-preview-export.mjs (TypeScript, bundled on the fly):
 * the preview's "Download .xlsx" of a 36-month dashboard inserted through the built bundle
 * (read back from the fake spreadsheet as layouts, then the one .xlsx writer) against the
 * CLI's .xlsx of the same dashboard layout (the writer alone), as a ratio of median times.
 */

import { layoutsToXlsx } from '../../../src/cli/xlsx';
import { buildDashboard, sampleDashboard } from '../../../src/layout/dashboard';
import { loadBundle } from '../../../src/preview/bundle';
import { workbookToXlsx } from '../../../src/preview/export';
import { fakeWithLocale } from '../../../test/dashboard/support/appsScript';
import { medianTime } from '../support/medianTime';

const MONTHS = 36;

export async function measure() {
  const fake = fakeWithLocale();
  loadBundle(fake.globals).call('insertKpiDashboardWithSample', {
    monthCount: MONTHS,
  });
  const { layout } = buildDashboard({ ...sampleDashboard, language: 'en', monthCount: MONTHS });
  const previewMs = await medianTime(() => workbookToXlsx(fake), 9);
  const cliMs = await medianTime(() => layoutsToXlsx({ sheets: [layout] }), 9);
  const previewBytes = (await workbookToXlsx(fake)).length;
  const cliBytes = (await layoutsToXlsx({ sheets: [layout] })).length;
  return { months: MONTHS, previewMs, cliMs, ratio: previewMs / cliMs, previewBytes, cliBytes };
}
