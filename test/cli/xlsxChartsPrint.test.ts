/**
 * Print setup in the .xlsx: landscape where the sheet is wide, its columns over as few pages
 * as keep the text readable (a scale of 70% or more, not the 36% of 26 columns on one page),
 * the labels column repeated and the title in the header of every page, a page break before
 * each block and between charts so no chart is cut, each block's pieces as print areas (no
 * page of labels alone), and headers that wrap in rows tall enough to
 * read them whole ("Conversion to next stage", "LTV:CAC red below").
 */
import { execFile } from 'node:child_process';

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { parseCell } from '../../src/layout/a1';
import { buildDashboard, sampleDashboard } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { wrappedLineCount } from '../../src/layout/styles';
import type { SheetLayout } from '../../src/layout/types';
import { convertWithLibreOffice, LIBREOFFICE_TIMEOUT_MS } from '../support/libreoffice';
import { channelsScenariosPlan, examplePlan } from '../support/plans';
import { type Png, readPng } from '../support/png';

const run = promisify(execFile);

/**
 * What LibreOffice prints: each page's text, the height in points of each word's box, and
 * each page's vertical grey lines (a chart's border) as their x in pixels at 100 dpi.
 */
interface PrintedPages {
  readonly texts: string[];
  readonly wordHeights: number[];
  readonly greyVerticalLines: number[][];
}

/**
 * The x of every pixel column with a run of 100 or more grey pixels (an inch at 100 dpi),
 * however light: LibreOffice draws a chart's border as a hairline, anti-aliased to 250.
 */
function greyVerticalLines(image: Png): number[] {
  const lines: number[] = [];
  for (let x = 0; x < image.width; x++) {
    let run = 0;
    for (let y = 0; y < image.height; y++) {
      const [red, green, blue] = image.rgb(x, y);
      const darkest = Math.min(red, green, blue);
      const grey = Math.max(red, green, blue) - darkest < 12 && darkest < 254;
      run = grey ? run + 1 : 0;
      if (run >= 100) {
        lines.push(x);
        break;
      }
    }
  }
  return lines;
}

async function printedPages(layout: SheetLayout): Promise<PrintedPages> {
  const workDir = await mkdtemp(join(tmpdir(), 'funnelmath-print-'));
  try {
    const input = join(workDir, 'sheet.xlsx');
    await writeFile(input, await layoutsToXlsx({ sheets: [layout] }));
    const pdf = await convertWithLibreOffice(input, 'pdf');
    try {
      const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
      const texts: string[] = [];
      const lines: number[][] = [];
      for (let page = 1; page <= pages; page++) {
        const range = ['-f', `${page}`, '-l', `${page}`];
        texts.push((await run('pdftotext', [...range, '-layout', pdf, '-'])).stdout);
        const stem = join(workDir, `page${page}`);
        await run('pdftoppm', [...range, '-r', '100', '-png', '-singlefile', pdf, stem]);
        lines.push(greyVerticalLines(readPng(`${stem}.png`)));
      }
      const boxes = (await run('pdftotext', ['-bbox', pdf, '-'])).stdout;
      const wordHeights = [
        ...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g),
      ].map((match) => Number(match[2]) - Number(match[1]));
      return { texts, wordHeights, greyVerticalLines: lines };
    } finally {
      await rm(join(pdf, '..'), { recursive: true, force: true });
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The font size most text prints at, in points: the median word box over DejaVu Sans's
 * line height (1.164 em), the font LibreOffice prints Calibri with on this machine.
 */
function printedFontSize(pages: PrintedPages): number {
  return median(pages.wordHeights) / 1.164;
}

/** The 0-based columns each chart covers, from its anchor and width over the layout's columns. */
function chartColumnSpans(layout: SheetLayout): { first: number; last: number }[] {
  return layout.charts.map((chart) => {
    const first = parseCell(chart.anchor).column;
    let last = first;
    let width = layout.columnWidths[first];
    while (width < chart.widthPx) {
      last += 1;
      width += layout.columnWidths[last];
    }
    return { first, last };
  });
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
  test('the dashboard prints landscape at a readable scale over pages that start between charts, each block starting a page', async () => {
    const { layout, map } = buildDashboard({ ...sampleDashboard, monthCount: 36 });
    const xml = await sheetXml(layout);
    // A fixed scale, not fit to one page wide (26 columns would print at about 36%); Excel
    // ignores manual page breaks in fit-to-page mode.
    expect(xml).not.toMatch(/fitToPage="1"/);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    const scale = Number(/<pageSetup[^>]*scale="(\d+)"/.exec(xml)?.[1]);
    expect(scale).toBe(layout.print?.scalePercent);
    expect(scale).toBeGreaterThanOrEqual(70);
    expect(xml).toMatch(/<pageSetup[^>]*pageOrder="overThenDown"/);
    const rowBreaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/.exec(xml)?.[1] ?? '';
    const breaks = [...rowBreaks.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
    // A break below row r - 1 starts row r on a new page: the KPI table, the charts and
    // their data each begin one.
    expect(breaks).toEqual(layout.print?.pageBreaksBefore?.map((row) => row - 1));
    expect(breaks[0]).toBe(map.kpiHeaderRow - 2);
    const chartRow = Number(/\d+/.exec(layout.charts[0].anchor)?.[0]);
    // The charts' page starts at the blank row above them.
    expect(breaks).toContain(chartRow - 2);
    // A column break with id c ends a page after column c: pages start at the layout's
    // columns, never inside a chart, and each page's columns (with the repeated column A)
    // fit the printable width at the scale, even where a column prints 4/3 as wide.
    const columnBreaks = /<colBreaks[^>]*>(.*?)<\/colBreaks>/.exec(xml)?.[1] ?? '';
    const pageEnds = [...columnBreaks.matchAll(/<brk id="(\d+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(pageEnds).toEqual(layout.print?.columnBreaksBefore?.map((column) => column - 1));
    expect(pageEnds.length).toBeGreaterThanOrEqual(2);
    for (const pageEnd of pageEnds)
      for (const span of chartColumnSpans(layout))
        expect([pageEnd, span.first < pageEnd && pageEnd <= span.last]).toEqual([pageEnd, false]);
    const starts = [0, ...pageEnds];
    const ends = [...pageEnds, layout.columnWidths.length];
    const printableWidthPx = (11 - 1.4) * 96;
    starts.forEach((start, page) => {
      const columns = layout.columnWidths.slice(start, ends[page]);
      const width = columns.reduce((sum, w) => sum + w, start === 0 ? 0 : layout.columnWidths[0]);
      expect(((width * 4) / 3) * (scale / 100)).toBeLessThanOrEqual(printableWidthPx);
    });
  });

  test("every page repeats the labels column and has the sheet's title in its header; each block's pieces print as areas, none empty", async () => {
    const { layout } = buildDashboard({ ...sampleDashboard, monthCount: 12 });
    const goal = goalCalculatorLayout(channelsScenariosPlan());
    const zip = await JSZip.loadAsync(await layoutsToXlsx({ sheets: [layout, goal] }));
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const names = (name: string) =>
      [...workbookXml.matchAll(new RegExp(`<definedName name="${name}"[^>]*>([^<]*)<`, 'g'))].map(
        (match) => match[1].replace(/&apos;/g, "'"),
      );
    // Only the labels column repeats: title rows cut at its edge on the pages to the right.
    expect(names('_xlnm.Print_Titles')).toEqual([`'${layout.name}'!$A:$A`, `'${goal.name}'!$A:$A`]);
    for (const [index, sheet] of [layout, goal].entries()) {
      const xml = (await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async('string')) ?? '';
      const title = sheet.print?.pageTitle ?? '';
      expect(title).toBe(String((sheet.cells[0][0] as { value: string }).value));
      expect(xml).toContain(
        `<oddHeader>&amp;L&amp;&quot;-,Bold&quot;${title}&amp;R&amp;P / &amp;N</oddHeader>`,
      );
      // One Print_Area name per sheet, listing the layout's areas in order; every area lies
      // within one page's columns and holds a cell or a chart.
      const [areaName] = names('_xlnm.Print_Area').filter((name) =>
        name.startsWith(`'${sheet.name}'`),
      );
      const areas = areaName
        .split(',')
        .map((range) => range.replace(/^'[^']*'!/, '').replace(/\$/g, ''));
      expect(areas).toEqual(sheet.print?.areas);
      const breaks = sheet.print?.columnBreaksBefore ?? [];
      for (const area of areas) {
        const [from, to] = area.split(':').map(parseCell);
        const page = (column: number) => breaks.filter((before) => before - 1 <= column).length;
        expect([area, page(from.column)]).toEqual([area, page(to.column)]);
        const holds =
          sheet.cells
            .slice(from.row, to.row + 1)
            .some((row) => row.slice(from.column, to.column + 1).some((cell) => cell !== null)) ||
          sheet.charts.some((chart) => {
            const at = parseCell(chart.anchor);
            return at.column >= from.column && at.column <= to.column;
          });
        expect([area, holds]).toEqual([area, true]);
      }
    }
  });

  test(
    'LibreOffice prints a year of dashboard on 11 readable pages, each with the title in its header, the month column beside every table',
    async () => {
      const { layout } = buildDashboard({ ...sampleDashboard, monthCount: 12 });
      const title = String(
        layout.cells[0][0] && 'value' in layout.cells[0][0] ? layout.cells[0][0].value : '',
      );
      const printed = await printedPages(layout);
      // Before: 4 pages one page wide, text at about 3.6 pt. Now columns A to G, then H to
      // M, N to U and V to Z (each after the month column): the inputs on 3 pages (they end
      // at U; no page of months alone), the KPIs on 4, the charts on 3, their data on 1.
      expect(printed.texts.length).toBe(11);
      expect(printedFontSize(printed)).toBeGreaterThanOrEqual(7);
      for (const [index, text] of printed.texts.entries()) {
        expect([index + 1, text.includes(title)]).toEqual([index + 1, true]);
      }
      // The inputs' and the KPI tables' pages, every one with the months.
      const tablePages = printed.texts.filter((text) => /^\s*Period\b/m.test(text));
      expect(tablePages.length).toBe(7);
      for (const text of tablePages) expect(text).toMatch(/Jan 2026[\s\S]*Dec 2026/);
    },
    LIBREOFFICE_TIMEOUT_MS * 2,
  );

  test(
    'LibreOffice prints the goal calculator with channels and scenarios on 10 readable pages, each with the title, no page starting inside a chart',
    async () => {
      const goal = goalCalculatorLayout(channelsScenariosPlan());
      expect(goal.print?.scalePercent).toBeGreaterThanOrEqual(70);
      // No page starts inside a chart: no column break within one's columns, and a row
      // break before the channels (whose chart is below their table), not within them.
      const spans = chartColumnSpans(goal);
      expect(spans.length).toBe(3);
      for (const column of goal.print?.columnBreaksBefore ?? [])
        for (const span of spans)
          expect([column, span.first < column - 1 && column - 1 <= span.last]).toEqual([
            column,
            false,
          ]);
      const chartRows = goal.charts.map((chart) => parseCell(chart.anchor).row + 1);
      const rowBreaks = goal.print?.pageBreaksBefore ?? [];
      expect(rowBreaks.length).toBe(4);
      for (const chartRow of chartRows) {
        const pageStart = Math.max(1, ...rowBreaks.filter((row) => row <= chartRow));
        const nextPage = Math.min(Infinity, ...rowBreaks.filter((row) => row > chartRow));
        // The chart's rows (20 px each) end before the next page starts.
        const chart = goal.charts[chartRows.indexOf(chartRow)];
        expect(pageStart).toBeLessThanOrEqual(chartRow);
        expect(chartRow + Math.ceil(chart.heightPx / 20)).toBeLessThanOrEqual(nextPage);
      }
      const goalTitle = String(
        goal.cells[0][0] && 'value' in goal.cells[0][0] ? goal.cells[0][0].value : '',
      );
      const printed = await printedPages(goal);
      // Before: 2 pages at about half size. Now 2 pages wide (the labels column repeated)
      // by the inputs and funnel, the channels, the sensitivity, the monthly plan and the
      // scenarios.
      expect(printed.texts.length).toBe(10);
      expect(printedFontSize(printed)).toBeGreaterThanOrEqual(7);
      for (const [index, text] of printed.texts.entries()) {
        expect([index + 1, text.includes(goalTitle)]).toEqual([index + 1, true]);
      }
      // The pages without a chart have no chart border either (a chart starting on the next
      // page's edge printed its left border at this one's right edge).
      // (A chart's title may wrap: its first words name it.)
      const chartTitles = goal.charts.map((chart) => chart.title.slice(0, 20));
      printed.texts.forEach((text, index) => {
        if (chartTitles.some((title) => text.includes(title))) return;
        expect([index + 1, printed.greyVerticalLines[index]]).toEqual([index + 1, []]);
      });
      expect(printed.greyVerticalLines.some((lines) => lines.length > 0)).toBe(true);
      // The plan without channels or scenarios: its inputs and funnel, its sensitivity, its
      // months.
      expect((await printedPages(goalCalculatorLayout(examplePlan))).texts.length).toBe(6);
    },
    LIBREOFFICE_TIMEOUT_MS * 3,
  );

  test('the goal calculator is wider than a portrait page: landscape, at a readable scale', async () => {
    const layout = goalCalculatorLayout(examplePlan);
    expect(layout.print?.orientation).toBe('landscape');
    const sheet = await worksheet(layout);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.fitToPage).toBe(false);
    expect(sheet.pageSetup.scale).toBe(layout.print?.scalePercent);
    expect(sheet.pageSetup.scale).toBeGreaterThanOrEqual(70);
    expect(sheet.pageSetup.printTitlesColumn).toBe('A:A');
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
});
