/**
 * Print setup in the .xlsx: one page wide, landscape where the sheet is wide, a page break
 * before each block so no chart is cut, the title rows repeated on every page, and headers
 * that wrap in rows tall enough to read them whole ("Conversion to next stage", "LTV:CAC
 * red below").
 */
import { execFile } from 'node:child_process';

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { buildDashboard, sampleDashboard } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { wrappedLineCount } from '../../src/layout/styles';
import type { SheetLayout } from '../../src/layout/types';
import { convertWithLibreOffice, LIBREOFFICE_TIMEOUT_MS } from '../support/libreoffice';
import { examplePlan } from '../support/plans';

const run = promisify(execFile);

/** The text of each page LibreOffice prints the layout on (its PDF, read by pdftotext). */
async function printedPageTexts(layout: SheetLayout): Promise<string[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'funnelmath-print-'));
  try {
    const input = join(workDir, 'sheet.xlsx');
    await writeFile(input, await layoutsToXlsx({ sheets: [layout] }));
    const pdf = await convertWithLibreOffice(input, 'pdf');
    try {
      const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
      const texts: string[] = [];
      for (let page = 1; page <= pages; page++) {
        const range = ['-f', `${page}`, '-l', `${page}`];
        texts.push((await run('pdftotext', [...range, '-layout', pdf, '-'])).stdout);
      }
      return texts;
    } finally {
      await rm(join(pdf, '..'), { recursive: true, force: true });
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The pages LibreOffice prints the layout on (its PDF export, page objects counted). */
async function printedPages(layout: SheetLayout): Promise<number> {
  const workDir = await mkdtemp(join(tmpdir(), 'funnelmath-print-'));
  try {
    const input = join(workDir, 'sheet.xlsx');
    await writeFile(input, await layoutsToXlsx({ sheets: [layout] }));
    const pdf = await convertWithLibreOffice(input, 'pdf');
    const text = (await readFile(pdf)).toString('latin1');
    await rm(join(pdf, '..'), { recursive: true, force: true });
    return text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function sheetXml(layout: SheetLayout): Promise<string> {
  const zip = await JSZip.loadAsync(await layoutsToXlsx({ sheets: [layout] }));
  return (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
}

async function worksheet(layout: SheetLayout): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await layoutsToXlsx({ sheets: [layout] })) as unknown as ExcelJS.Buffer,
  );
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

describe('print setup of the .xlsx', () => {
  test('the dashboard prints landscape, one page wide, each block starting a page', async () => {
    const { layout, map } = buildDashboard({ ...sampleDashboard, monthCount: 36 });
    const xml = await sheetXml(layout);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
    // A break below row r - 1 starts row r on a new page: the KPI table, the charts and
    // their data each begin one.
    expect(breaks).toEqual(layout.print?.pageBreaksBefore?.map((row) => row - 1));
    expect(breaks[0]).toBe(map.kpiHeaderRow - 2);
    const chartRow = Number(/\d+/.exec(layout.charts[0].anchor)?.[0]);
    expect(breaks).toContain(chartRow - 1);
  });

  test('every printed page repeats the title rows: the dashboard its assumptions, the goal sheet its title', async () => {
    const { layout } = buildDashboard({ ...sampleDashboard, monthCount: 12 });
    const goal = goalCalculatorLayout(examplePlan);
    expect(layout.print?.repeatRows).toEqual({ first: 1, last: 4 });
    expect(goal.print?.repeatRows).toEqual({ first: 1, last: 2 });
    const zip = await JSZip.loadAsync(await layoutsToXlsx({ sheets: [layout, goal] }));
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const printTitles = [
      ...workbookXml.matchAll(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)</g),
    ].map((match) => match[1].replace(/&apos;/g, "'"));
    expect(printTitles).toEqual([`'${layout.name}'!$1:$4`, `'${goal.name}'!$1:$2`]);
  });

  test(
    'LibreOffice prints the title rows on every page of the dashboard and of the goal sheet',
    async () => {
      const { layout } = buildDashboard({ ...sampleDashboard, monthCount: 12 });
      const title = String(
        layout.cells[0][0] && 'value' in layout.cells[0][0] ? layout.cells[0][0].value : '',
      );
      const dashboardPages = await printedPageTexts(layout);
      expect(dashboardPages.length).toBe(4);
      for (const [index, text] of dashboardPages.entries()) {
        expect([index + 1, text.includes(title), text.includes('Gross margin')]).toEqual([
          index + 1,
          true,
          true,
        ]);
      }
      const goal = goalCalculatorLayout(examplePlan);
      const goalTitle = String(
        goal.cells[0][0] && 'value' in goal.cells[0][0] ? goal.cells[0][0].value : '',
      );
      const goalPages = await printedPageTexts(goal);
      expect(goalPages.length).toBe(2);
      for (const [index, text] of goalPages.entries()) {
        expect([index + 1, text.includes(goalTitle)]).toEqual([index + 1, true]);
      }
    },
    LIBREOFFICE_TIMEOUT_MS * 2,
  );

  test('the goal calculator is wider than a portrait page: landscape, months on a page of their own', async () => {
    const layout = goalCalculatorLayout(examplePlan);
    expect(layout.print?.orientation).toBe('landscape');
    const sheet = await worksheet(layout);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.fitToHeight).toBe(0);
  });

  test('headers wrap, and their rows are tall enough for every line', async () => {
    const layout = goalCalculatorLayout(examplePlan);
    const sheet = await worksheet(layout);
    const headerRow = layout.cells.findIndex((row) =>
      row.some((cell) => cell && 'value' in cell && String(cell.value).startsWith('Conversion')),
    );
    expect(headerRow).toBeGreaterThan(0);
    const cell = sheet.getRow(headerRow + 1).getCell(2);
    expect(String(cell.value)).toMatch(/^Conversion/);
    expect(cell.alignment?.wrapText).toBe(true);
    // A header that needs more than one line in its column gets a row tall enough for them;
    // one that fits keeps the default height.
    const lines = wrappedLineCount(String(cell.value), layout.columnWidths[1]);
    const height = sheet.getRow(headerRow + 1).height;
    if (lines > 1) expect(height).toBeGreaterThanOrEqual(lines * 13);
    else expect(height).toBeUndefined();

    const { layout: dashboard } = buildDashboard({ ...sampleDashboard, monthCount: 12 });
    const dashboardSheet = await worksheet(dashboard);
    const thresholds = dashboardSheet.getRow(3);
    const redBelow = [...Array(8).keys()]
      .map((index) => thresholds.getCell(index + 1))
      .find((header) => String(header.value).startsWith('LTV:CAC red'));
    expect(redBelow?.alignment?.wrapText).toBe(true);
    expect(thresholds.height).toBeGreaterThanOrEqual(28);
  });

  test(
    'LibreOffice prints the goal calculator on 2 pages and a year of dashboard on 4',
    async () => {
      // Before: 6 pages with the chart split, and 12. Now one page wide: the goal sheet with its
      // chart, then the monthly plan; the dashboard's inputs, KPIs, charts and chart data.
      expect(await printedPages(goalCalculatorLayout(examplePlan))).toBe(2);
      expect(
        await printedPages(buildDashboard({ ...sampleDashboard, monthCount: 12 }).layout),
      ).toBe(4);
    },
    LIBREOFFICE_TIMEOUT_MS * 2,
  );
});
