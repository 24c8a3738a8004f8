/**
 * Measurements behind scripts/bench/60-preview-export.mjs (TypeScript, bundled on the fly):
 * the preview's "Download .xlsx" of a 36-month dashboard inserted through the built bundle
 * (read back from the fake spreadsheet as layouts, then the one .xlsx writer) against the
 * CLI's .xlsx of the same dashboard layout (the writer alone), as a ratio of median times.
 */
import { performance } from 'node:perf_hooks';
import { layoutsToXlsx } from '../../../src/cli/xlsx';
import { buildDashboard, sampleDashboard } from '../../../src/layout/dashboard';
import { loadBundle } from '../../../src/preview/bundle';
import { workbookToXlsx } from '../../../src/preview/export';
import { fakeWithLocale } from '../../../test/dashboard/support/appsScript';

const MONTHS = 36;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(work: () => Promise<unknown>, samples: number): Promise<number> {
  await work();
  const results: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    await work();
    results.push(performance.now() - started);
  }
  return median(results);
}

export async function measure() {
  const fake = fakeWithLocale();
  loadBundle(fake.globals).call('insertKpiDashboardWithSample', {
    monthCount: MONTHS,
  });
  const { layout } = buildDashboard({ ...sampleDashboard, language: 'en', monthCount: MONTHS });
  const previewMs = await time(() => workbookToXlsx(fake), 9);
  const cliMs = await time(() => layoutsToXlsx({ sheets: [layout] }), 9);
  const previewBytes = (await workbookToXlsx(fake)).length;
  const cliBytes = (await layoutsToXlsx({ sheets: [layout] })).length;
  return { months: MONTHS, previewMs, cliMs, ratio: previewMs / cliMs, previewBytes, cliBytes };
}
