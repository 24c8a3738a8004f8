/**
 * The CLI's linked workbook (goal calculator and dashboard, tagged) as bytes, for the check's
 * file tests; and a sheet renamed inside an .xlsx the way Excel renames one (the sheet entry
 * and every formula that names it).
 */
import JSZip from 'jszip';
import { dashboardTagSource } from '../../src/check';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import type { Plan } from '../../src/funnel/types';
import { sheetPrefix } from '../../src/layout/a1';
import { buildDashboard, goalPlanSource } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { SHEET_FORMAT_VERSION } from '../../src/layout/sheetTag';

export async function linkedWorkbookXlsx(plan: Plan, monthCount = 12): Promise<Buffer> {
  const goal = goalCalculatorLayout(plan);
  const options = { firstMonth: { year: 2027, month: 1 }, monthCount, language: plan.language };
  const { layout: dashboard } = buildDashboard({
    ...options,
    goal: goalPlanSource(plan, goal.name),
  });
  return layoutsToXlsx(
    { sheets: [goal, dashboard] },
    {
      tags: [
        { kind: 'goalCalculator', formatVersion: SHEET_FORMAT_VERSION, source: plan },
        {
          kind: 'dashboard',
          formatVersion: SHEET_FORMAT_VERSION,
          source: dashboardTagSource(options, false, { sheetId: 1, chosen: false }),
        },
      ],
    },
  );
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export async function renameSheetInXlsx(xlsx: Buffer, from: string, to: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  zip.file(
    'xl/workbook.xml',
    workbook.replace(
      new RegExp(`(<sheet\\b[^>]*\\bname=")${escapeXml(from)}"`),
      `$1${escapeXml(to)}"`,
    ),
  );
  const oldPrefix = escapeXml(sheetPrefix(from));
  const newPrefix = escapeXml(sheetPrefix(to));
  for (const path of Object.keys(zip.files).filter((name) =>
    /^xl\/(worksheets|charts)\/[^/]+\.xml$/.test(name),
  )) {
    const xml = (await zip.file(path)?.async('string')) ?? '';
    const apostrophes = (text: string) => text.replace(/'/g, '&apos;');
    zip.file(
      path,
      xml
        .split(oldPrefix)
        .join(newPrefix)
        .split(apostrophes(oldPrefix))
        .join(apostrophes(newPrefix)),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}
