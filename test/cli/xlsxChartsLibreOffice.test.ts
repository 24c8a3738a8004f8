/**
 * The .xlsx charts as LibreOffice draws them: each chart kind is written by the one .xlsx
 * writer, rendered to PNG by LibreOffice (its first printed page, or the dashboard's chart
 * page), and the pixels are read: a line is made of straight segments (never smoothed), a
 * month without data is a gap (nothing drawn at the zero level), and on the funnel's log
 * axis every stage shows. The renderings are kept in artifacts/ for a person to look at.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { parseRange } from '../../src/layout/a1';
import { chartValueFormula } from '../../src/layout/chartData';
import { buildDashboard, sampleDashboard, sampleFigures } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { chartPalette } from '../../src/layout/styles';
import type { Cell, ChartSpec, SheetLayout } from '../../src/layout/types';
import { convertWithLibreOffice, LIBREOFFICE_TIMEOUT_MS } from '../support/libreoffice';
import { examplePlan } from '../support/plans';
import { type Png, readPng } from '../support/png';

const ARTIFACTS = join(__dirname, '..', '..', 'artifacts');

/** Renders the layout's first printed page with LibreOffice; keeps a copy in artifacts/. */
async function render(layout: SheetLayout, name: string): Promise<Png> {
  const workDir = await mkdtemp(join(tmpdir(), 'funnelmath-chart-'));
  try {
    const input = join(workDir, `${name}.xlsx`);
    await writeFile(input, await layoutsToXlsx({ sheets: [layout] }));
    const png = await convertWithLibreOffice(input, 'png').catch((error: unknown) => {
      throw new Error(
        `LibreOffice could not export PNG (its graphic filters come with the libreoffice-draw package): ${String(error)}`,
      );
    });
    await mkdir(ARTIFACTS, { recursive: true });
    await copyFile(png, join(ARTIFACTS, `libreoffice-${name}.png`));
    const image = readPng(png);
    await rm(join(png, '..'), { recursive: true, force: true });
    return image;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const run = promisify(execFile);

/**
 * The layout printed one page wide without title rows (the charts then lead their page, their
 * left edge the leftmost gridline): these tests read a chart's pixels; print setup has its
 * own tests in xlsxChartsPrint.test.ts.
 */
function onePageWide(layout: SheetLayout): SheetLayout {
  const print = layout.print;
  return print
    ? {
        ...layout,
        print: {
          orientation: print.orientation,
          pageBreaksBefore: print.pageBreaksBefore,
        },
      }
    : layout;
}

/**
 * Prints the layout with LibreOffice (PDF) and renders, at 200 dpi with pdftoppm, the page
 * that draws the charts: of the pages whose text has `text`, the one with the most pixels
 * in the series colours (pdftotext also lists a chart's text on the page before it, where
 * nothing of it shows). Keeps a copy in artifacts/.
 */
async function renderChartPage(layout: SheetLayout, text: string, name: string): Promise<Png> {
  const workDir = await mkdtemp(join(tmpdir(), 'funnelmath-chart-page-'));
  try {
    const input = join(workDir, `${name}.xlsx`);
    await writeFile(input, await layoutsToXlsx({ sheets: [layout] }));
    const pdf = await convertWithLibreOffice(input, 'pdf');
    try {
      const info = (await run('pdfinfo', [pdf])).stdout;
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
      let best: { image: Png; path: string; colour: number } | undefined;
      for (let page = 1; page <= pages; page++) {
        const shown = (await run('pdftotext', ['-f', `${page}`, '-l', `${page}`, pdf, '-'])).stdout;
        if (!shown.includes(text)) continue;
        const stem = join(workDir, `page${page}`);
        const range = ['-f', `${page}`, '-l', `${page}`];
        await run('pdftoppm', [...range, '-r', '200', '-png', '-singlefile', pdf, stem]);
        const image = readPng(`${stem}.png`);
        let colour = 0;
        for (let y = 0; y < image.height; y += 2) {
          for (let x = 0; x < image.width; x += 2) if (isSeries(image, x, y)) colour++;
        }
        if (!best || colour > best.colour) best = { image, path: `${stem}.png`, colour };
      }
      if (!best) throw new Error(`no printed page shows "${text}"`);
      await mkdir(ARTIFACTS, { recursive: true });
      await copyFile(best.path, join(ARTIFACTS, `libreoffice-${name}.png`));
      return best.image;
    } finally {
      await rm(join(pdf, '..'), { recursive: true, force: true });
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The palette index of the series a pixel belongs to (the .xlsx colours each), or -1. */
function seriesAt(image: Png, x: number, y: number): number {
  const [red, green, blue] = image.rgb(x, y);
  return chartPalette.findIndex((hex) => {
    const colour = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
    return (
      Math.abs(colour[0] - red) < 30 &&
      Math.abs(colour[1] - green) < 30 &&
      Math.abs(colour[2] - blue) < 30
    );
  });
}

function isSeries(image: Png, x: number, y: number): boolean {
  return seriesAt(image, x, y) >= 0;
}

function isGridline(image: Png, x: number, y: number): boolean {
  const [red, green, blue] = image.rgb(x, y);
  return Math.max(red, green, blue) - Math.min(red, green, blue) < 12 && red > 100 && red < 215;
}

/** Horizontal grey runs longer than `minimumRun` pixels: the gridlines, or pieces of them. */
function greyRuns(image: Png, within: { top: number; bottom: number }, minimumRun: number) {
  const runs: { y: number; left: number; right: number }[] = [];
  for (let y = within.top; y < within.bottom; y++) {
    let start = -1;
    for (let x = 0; x <= image.width; x++) {
      const grey = x < image.width && isGridline(image, x, y);
      if (grey && start < 0) start = x;
      if (!grey && start >= 0) {
        if (x - start > minimumRun) runs.push({ y, left: start, right: x - 1 });
        start = -1;
      }
    }
  }
  return runs;
}

/**
 * The plot area, from its horizontal gridlines (the longest grey runs): their left and
 * right ends, the top one and the bottom one (the zero level of a linear axis from 0).
 */
function plotArea(image: Png, within: { top: number; bottom: number }) {
  const runs = greyRuns(image, within, 150);
  if (runs.length < 2) throw new Error('no gridlines found in the rendering');
  return {
    left: Math.min(...runs.map((run) => run.left)),
    right: Math.max(...runs.map((run) => run.right)),
    top: Math.min(...runs.map((run) => run.y)),
    bottom: Math.max(...runs.map((run) => run.y)),
  };
}

/**
 * The plot area of the leftmost of charts standing side by side, drawn with columns: its
 * top gridline (the highest of the leftmost chart's full-width grey runs, which no column
 * crosses; the axis line below is as long) gives the left and right ends and the top; the
 * columns' lowest pixel is the zero level.
 */
function leftColumnChartPlot(image: Png, within: { top: number; bottom: number }) {
  const runs = greyRuns(image, within, 100);
  const leftmost = Math.min(...runs.map((run) => run.left));
  const leftChart = runs.filter((run) => run.left < leftmost + 5);
  const fullWidth = Math.max(...leftChart.map((run) => run.right - run.left));
  const [top] = leftChart
    .filter((run) => run.right - run.left >= fullWidth - 3)
    .sort((a, b) => a.y - b.y);
  if (!top) throw new Error('no gridlines found in the rendering');
  let bottom = top.y;
  for (let x = top.left; x <= top.right; x++) {
    for (let y = top.y; y < within.bottom; y++)
      if (isSeries(image, x, y)) bottom = Math.max(bottom, y);
  }
  if (bottom - top.y < 50) throw new Error('no columns found under the top gridline');
  return { left: top.left, right: top.right, top: top.y, bottom };
}

/** Rows of series pixels in column x between top and bottom. */
function seriesRows(image: Png, x: number, top: number, bottom: number): number[] {
  const rows: number[] = [];
  for (let y = top; y <= bottom; y++) if (isSeries(image, x, y)) rows.push(y);
  return rows;
}

const header = (text: string): Cell => ({ value: text, role: 'header' });

/** A chart at A1 and its data below it, on the first printed page. */
function chartLayout(
  rows: (Cell | null)[][],
  chart: Omit<ChartSpec, 'anchor' | 'widthPx' | 'heightPx'>,
): SheetLayout {
  const spacer = Array.from({ length: 16 }, () => rows[0].map(() => null));
  return {
    name: 'Chart',
    cells: [...spacer, ...rows],
    columnWidths: rows[0].map(() => 90),
    frozenRows: 0,
    inputs: [],
    charts: [{ ...chart, anchor: 'A1', widthPx: 480, heightPx: 280 }],
    conditionalRules: [],
  };
}

describe('LibreOffice draws the .xlsx charts truthfully', () => {
  jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);

  test('a line chart: straight segments, and no line at zero for a month without data', async () => {
    // Month 4 and months 9 to 12 have no figure yet: empty cells.
    const cac = [5000, 8000, 6000, null, 7000, 10000, 4000, 8000, null, null, null, null];
    const rows: (Cell | null)[][] = [
      [header('Month'), header('CAC')],
      ...cac.map((value, month): (Cell | null)[] => [
        { value: `M${month + 1}` },
        value === null ? null : { value },
      ]),
    ];
    const image = await render(
      chartLayout(rows, {
        type: 'line',
        title: 'CAC by month',
        labels: 'A17:A29',
        series: ['B17:B29'],
        seriesNames: ['CAC'],
      }),
      'line-chart',
    );
    const plot = plotArea(image, { top: 0, bottom: 400 });
    const slot = (plot.right - plot.left) / cac.length;
    const centre = (month: number) => Math.round(plot.left + (month + 0.5) * slot);
    const lineAt = (x: number) => {
      const drawn = seriesRows(image, x, plot.top - 5, plot.bottom + 5);
      if (drawn.length === 0) throw new Error(`no line drawn at x = ${x}`);
      return (Math.min(...drawn) + Math.max(...drawn)) / 2;
    };
    for (const month of [3, 8, 9, 10, 11]) {
      for (const x of [centre(month) - 3, centre(month), centre(month) + 3]) {
        expect([month + 1, seriesRows(image, x, plot.top - 5, plot.bottom + 5)]).toEqual([
          month + 1,
          [],
        ]);
      }
    }
    // Between months 6 (10,000) and 7 (4,000) and on to 8 (8,000) the line is straight:
    // at a quarter, half and three quarters of each step its three heights lie on one
    // straight line (a smoothed line bows, overshooting at the turns), and it falls then
    // rises as the figures do.
    const heights = [
      [5, 6],
      [6, 7],
    ].map(([from, to]) =>
      [0.25, 0.5, 0.75].map((fraction) =>
        lineAt(Math.round(centre(from) + fraction * (centre(to) - centre(from)))),
      ),
    );
    for (const [quarter, half, threeQuarters] of heights) {
      expect(Math.abs(half - (quarter + threeQuarters) / 2)).toBeLessThan(2);
    }
    expect(heights[0][2]).toBeGreaterThan(heights[0][0] + 30);
    expect(heights[1][2]).toBeLessThan(heights[1][0] - 20);
  });

  test('why the KPI charts are columns: LibreOffice draws a line over #N/A formulas at zero', async () => {
    // The same months as above, but the chart reads formulas giving NA() for a month
    // without a figure, as a chart of KPIs must (a KPI is a formula). Sheets and Excel
    // leave a gap; LibreOffice 7.4 draws the line down to zero. Should a LibreOffice
    // release stop doing so, this fails, and lines could return.
    const cac = [5000, 8000, 6000, null, 7000, 10000, 4000, 8000, null, null, null, null];
    const rows: (Cell | null)[][] = [
      [header('Month'), header('CAC'), header('Input')],
      ...cac.map((value, month): (Cell | null)[] => [
        { value: `M${month + 1}` },
        { formula: chartValueFormula(`C${18 + month}`) },
        value === null ? null : { value },
      ]),
    ];
    const image = await render(
      chartLayout(rows, {
        type: 'line',
        title: 'CAC by month',
        labels: 'A17:A29',
        series: ['B17:B29'],
        seriesNames: ['CAC'],
      }),
      'line-over-na-formulas',
    );
    const plot = plotArea(image, { top: 0, bottom: 400 });
    const slot = (plot.right - plot.left) / cac.length;
    const centre = Math.round(plot.left + 10.5 * slot);
    const drawn = seriesRows(image, centre, plot.top - 5, plot.bottom + 5);
    expect(drawn.length).toBeGreaterThan(0);
    expect(Math.max(...drawn)).toBeGreaterThanOrEqual(plot.bottom - 4);
  });

  test(
    "the dashboard's CAC and LTV:CAC columns: an empty month has no column, not a zero",
    async () => {
      // April and the three months after the sample year have no figures.
      const figures = sampleFigures.map((month, index) => (index === 3 ? {} : month));
      const { layout, map } = buildDashboard({ ...sampleDashboard, figures, monthCount: 15 });
      const [cacChart] = layout.charts;
      expect(cacChart.type).toBe('column');
      const image = await renderChartPage(layout, cacChart.title, 'dashboard-kpi-columns');
      const plot = leftColumnChartPlot(image, { top: 0, bottom: image.height / 2 });
      const { start, end } = parseRange(cacChart.series[0]);
      expect(end.row - start.row).toBe(map.monthCount);
      const slot = (plot.right - plot.left) / map.monthCount;
      const drawnIn = (month: number) => {
        let pixels = 0;
        const from = Math.round(plot.left + (month + 0.1) * slot);
        const to = Math.round(plot.left + (month + 0.9) * slot);
        for (let x = from; x <= to; x++) {
          pixels += seriesRows(image, x, plot.top - 5, plot.bottom + 5).length;
        }
        return pixels;
      };
      const empty = [3, 12, 13, 14];
      for (let month = 0; month < map.monthCount; month++) {
        if (empty.includes(month)) expect([month + 1, drawnIn(month)]).toEqual([month + 1, 0]);
        else expect([month + 1, drawnIn(month) > 100]).toEqual([month + 1, true]);
      }
    },
    // A whole dashboard printed by LibreOffice: slower than one chart on a busy machine.
    LIBREOFFICE_TIMEOUT_MS * 4,
  );

  test("the goal calculator's funnel on a log axis: every stage's bar is readable", async () => {
    const layout = goalCalculatorLayout(examplePlan);
    const image = await render(onePageWide(layout), 'goal-funnel-bar-chart');
    const chart = layout.charts[0];
    expect(chart.valueScale).toBe('log');
    // Each stage's bar: the longest run of series pixels on one pixel row, top to bottom.
    const bars: { y: number; length: number }[] = [];
    let current: { y: number; length: number } | null = null;
    for (let y = 0; y < image.height; y++) {
      let length = 0;
      for (let x = 0; x < image.width; x++) if (isSeries(image, x, y)) length++;
      if (length > 3) {
        if (!current || y > current.y + 1) {
          current = { y, length };
          bars.push(current);
        } else {
          current.y = y;
          current.length = Math.max(current.length, length);
        }
      }
    }
    const stageCount = examplePlan.stages.length;
    expect(bars).toHaveLength(stageCount);
    const lengths = bars.map((bar) => bar.length);
    // 60,000 visitors down to 48 customers: on a linear axis the last bar would be
    // 0.08% of the first (under one pixel); on the log axis it is a bar one can read.
    expect(Math.min(...lengths)).toBeGreaterThan(0.15 * Math.max(...lengths));
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
  });

  test('a column chart of funnel stages by month on a log axis: deals show next to leads', async () => {
    const stages = ['Leads', 'MQLs', 'SQLs', 'Opportunities', 'Deals won'];
    const volumes = [2000, 600, 150, 60, 12];
    const rows: (Cell | null)[][] = [
      [header('Month'), ...stages.map(header)],
      ...[0, 1, 2].map((month): (Cell | null)[] => [
        { value: `M${month + 1}` },
        ...volumes.map((volume) => ({ value: volume + month })),
      ]),
    ];
    const image = await render(
      chartLayout(rows, {
        type: 'column',
        title: 'Funnel by month',
        labels: 'A17:A20',
        series: ['B17:F20'],
        seriesNames: ['Funnel'],
        valueScale: 'log',
      }),
      'funnel-column-chart',
    );
    const plot = plotArea(image, { top: 0, bottom: 400 });
    // Column heights across the first month's slot: five columns, the shortest still tall.
    const slot = (plot.right - plot.left) / 3;
    // Neighbouring columns touch: a new column starts where the series colour changes.
    const columns: { series: number; height: number }[] = [];
    for (let x = plot.left; x < plot.left + slot; x++) {
      const drawn = seriesRows(image, x, plot.top - 5, plot.bottom + 1);
      if (drawn.length === 0) continue;
      const series = seriesAt(image, x, drawn[drawn.length - 1]);
      const last = columns.at(-1);
      if (last?.series === series) last.height = Math.max(last.height, drawn.length);
      else columns.push({ series, height: drawn.length });
    }
    expect(columns.map((column) => column.series)).toEqual([0, 1, 2, 3, 4]);
    const heights = columns.map((column) => column.height);
    expect(heights).toHaveLength(stages.length);
    expect(Math.min(...heights)).toBeGreaterThan(0.2 * Math.max(...heights));
  });
});
