import JSZip from 'jszip';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { parseRange, rangeA1 } from '../../src/layout/a1';
import { buildDashboard, sampleDashboard } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { chartPalette } from '../../src/layout/styles';
import type { Cell, SheetLayout } from '../../src/layout/types';
import { examplePlan } from '../support/plans';

/** A small monthly table: a header row, then two months of leads and MQLs. */
function monthlyLayout(): SheetLayout {
  const header = (text: string): Cell => ({ value: text, role: 'header' });
  return {
    name: 'KPI Dashboard',
    cells: [
      [header('Month'), header('Leads'), header('MQLs')],
      [{ value: 'Jan' }, { value: 100 }, { value: 30 }],
      [{ value: 'Feb' }, { value: 120 }, { value: 40 }],
    ],
    columnWidths: [100, 100, 100],
    frozenRows: 1,
    inputs: [],
    charts: [
      {
        type: 'column',
        title: 'Funnel by month',
        labels: 'A1:A3',
        series: ['B1:C3'],
        seriesNames: ['Leads, MQLs'],
        anchor: 'E2',
        widthPx: 300,
        heightPx: 200,
      },
    ],
    conditionalRules: [],
  };
}

async function chartPart(layout: SheetLayout): Promise<string> {
  const zip = await JSZip.loadAsync(await layoutsToXlsx({ sheets: [layout] }));
  return (await zip.file('xl/charts/funnelmathChart1.xml')?.async('string')) ?? '';
}

describe('charts in the .xlsx', () => {
  it('reads a header row as series names, as Sheets does, one series per column', async () => {
    const chart = await chartPart(monthlyLayout());
    const formulas = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((match) =>
      match[1].replace(/&#39;/g, "'"),
    );
    expect(formulas).toEqual([
      "'KPI Dashboard'!$B$1",
      "'KPI Dashboard'!$A$2:$A$3",
      "'KPI Dashboard'!$B$2:$B$3",
      "'KPI Dashboard'!$C$1",
      "'KPI Dashboard'!$A$2:$A$3",
      "'KPI Dashboard'!$C$2:$C$3",
    ]);
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain('<c:legend>');
  });

  it('names a headerless series with its given name and escapes it', async () => {
    const layout = monthlyLayout();
    const withoutHeader: SheetLayout = {
      ...layout,
      charts: [
        {
          ...layout.charts[0],
          type: 'line',
          labels: 'A2:A3',
          series: ['B2:B3'],
          seriesNames: ['Leads <all>'],
        },
      ],
    };
    const chart = await chartPart(withoutHeader);
    expect(chart).toContain('<c:tx><c:v>Leads &#60;all&#62;</c:v></c:tx>');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).not.toContain('<c:legend>');
  });

  it('writes no chart part for a layout without charts', async () => {
    const zip = await JSZip.loadAsync(
      await layoutsToXlsx({ sheets: [{ ...monthlyLayout(), charts: [] }] }),
    );
    expect(zip.file(/charts\//)).toEqual([]);
  });
});

describe('charts that tell the truth', () => {
  it('draws every line series as straight segments with a marker on each month', async () => {
    const layout = monthlyLayout();
    const chart = await chartPart({
      ...layout,
      charts: [{ ...layout.charts[0], type: 'line' }],
    });
    const series = [...chart.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((match) => match[0]);
    expect(series).toHaveLength(2);
    for (const item of series) {
      expect(item).toMatch(/<\/c:val><c:smooth val="0"\/><\/c:ser>$/);
      expect(item).toContain('<c:symbol val="circle"/>');
    }
  });

  it('leaves a gap for an empty cell and for #N/A, never a zero', async () => {
    const chart = await chartPart(monthlyLayout());
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    expect(chart).toContain('<c16r3:dispNaAsBlank val="1"/>');
    // Schema order: dispBlanksAs comes after plotVisOnly and before the extension list.
    expect(chart.indexOf('<c:plotVisOnly')).toBeLessThan(chart.indexOf('<c:dispBlanksAs'));
    expect(chart.indexOf('<c:dispBlanksAs')).toBeLessThan(chart.indexOf('<c:extLst>'));
  });

  it('puts a log value axis from 1 where the spec asks, and a linear one elsewhere', async () => {
    const layout = monthlyLayout();
    const linear = await chartPart(layout);
    expect(linear).not.toContain('logBase');
    const log = await chartPart({
      ...layout,
      charts: [{ ...layout.charts[0], valueScale: 'log' }],
    });
    expect(log).toContain(
      '<c:valAx><c:axId val="1002"/><c:scaling><c:logBase val="10"/><c:orientation val="minMax"/><c:min val="1"/></c:scaling>',
    );
  });

  it('gives each series its palette colour, the same as Sheets and the preview', async () => {
    const chart = await chartPart(monthlyLayout());
    const colours = [...chart.matchAll(/<c:ser>.*?<a:srgbClr val="([0-9A-F]{6})"/g)].map(
      (match) => `#${match[1].toLowerCase()}`,
    );
    expect(colours).toEqual(chartPalette.slice(0, 2));
  });
});

describe('chart caches, where the values are known', () => {
  it('caches literal cells (names, labels, figures) and leaves formulas to the reader', async () => {
    const layout = monthlyLayout();
    const chart = await chartPart(layout);
    expect(chart).toContain(
      '<c:tx><c:strRef><c:f>&#39;KPI Dashboard&#39;!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Leads</c:v></c:pt></c:strCache></c:strRef></c:tx>',
    );
    expect(chart).toContain(
      '<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>100</c:v></c:pt><c:pt idx="1"><c:v>120</c:v></c:pt></c:numCache>',
    );
    const withFormulas: SheetLayout = {
      ...layout,
      cells: layout.cells.map((row, index) =>
        index === 0 ? row : [row[0], { formula: '=1+1' }, { formula: '=NA()' }],
      ),
    };
    expect(await chartPart(withFormulas)).not.toContain('<c:numCache>');
  });

  it("caches a formula's computed result when the caller knows it; #N/A is a missing point", async () => {
    const layout = monthlyLayout();
    const withFormulas: SheetLayout = {
      ...layout,
      cells: layout.cells.map((row, index) =>
        index === 0 ? row : [row[0], { formula: '=1+1' }, { formula: '=NA()' }],
      ),
    };
    const zip = await JSZip.loadAsync(
      await layoutsToXlsx(
        { sheets: [withFormulas] },
        { cachedResult: (_sheet, row, column) => (column === 1 ? row * 10 : { error: '#N/A' }) },
      ),
    );
    const chart = (await zip.file('xl/charts/funnelmathChart1.xml')?.async('string')) ?? '';
    expect(chart).toContain(
      '<c:ptCount val="2"/><c:pt idx="0"><c:v>10</c:v></c:pt><c:pt idx="1"><c:v>20</c:v></c:pt></c:numCache>',
    );
    expect(chart).toContain('<c:ptCount val="2"/></c:numCache>');
  });
});

describe('the dashboard and goal calculator charts', () => {
  it('the KPI columns read a chart-data block where a month without figures is #N/A; the funnel reads the inputs', () => {
    const { layout, map } = buildDashboard({ ...sampleDashboard, monthCount: 12 });
    const cellAt = (row: number, column: number) => layout.cells[row]?.[column];
    const [cac, ltvCac, funnel] = layout.charts;
    // Columns: LibreOffice plots a formula's #N/A at zero, where a line would fall to zero.
    expect([cac.type, ltvCac.type, funnel.type]).toEqual(['column', 'column', 'column']);
    expect(funnel.valueScale).toBe('log');
    for (const chart of [cac, ltvCac]) {
      const { start, end } = parseRange(chart.series[0]);
      // Below the header row, every cell a chart reads gives NA() when there is no figure.
      for (let row = start.row + 1; row <= end.row; row++) {
        const cell = cellAt(row, start.column);
        // ...and for a month its check cell flags impossible.
        expect(cell && 'formula' in cell ? cell.formula : undefined).toMatch(
          /^=IF\(AND\(ISNUMBER\(([A-Z]+\d+)\),LEFT\([A-Z]+\d+,1\)<>"⚠"\),\1,NA\(\)\)$/,
        );
      }
      expect(end.row - start.row).toBe(map.monthCount);
    }
    // The funnel's stages are the input table's own columns, from its header row: an
    // empty month there is an empty cell, a gap in every program.
    const { start, end } = parseRange(funnel.series[0]);
    expect(start.row + 1).toBe(map.inputHeaderRow);
    expect(end.row + 1).toBe(map.periodRow - 1);
    expect(rangeA1(start.row, start.column, start.row, start.column)).toBe(
      `${map.inputColumn.leads}${map.inputHeaderRow}`,
    );
    expect(layout.print?.orientation).toBe('landscape');
  });

  it('no line chart reads a formula cell (LibreOffice would draw its #N/A or "" at zero)', () => {
    const layouts = [
      buildDashboard({ ...sampleDashboard, monthCount: 15 }).layout,
      goalCalculatorLayout(examplePlan),
    ];
    for (const layout of layouts) {
      for (const chart of layout.charts.filter((spec) => spec.type === 'line')) {
        for (const range of chart.series) {
          const { start, end } = parseRange(range);
          for (let row = start.row; row <= end.row; row++) {
            for (let column = start.column; column <= end.column; column++) {
              const cell = layout.cells[row]?.[column];
              expect([
                chart.title,
                rangeA1(row, column, row, column),
                cell && 'formula' in cell,
              ]).toEqual([chart.title, rangeA1(row, column, row, column), false]);
            }
          }
        }
      }
    }
  });

  it("the goal calculator's funnel bars are on a log axis", () => {
    expect(goalCalculatorLayout(examplePlan).charts[0].valueScale).toBe('log');
  });
});
