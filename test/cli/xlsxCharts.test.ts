import JSZip from 'jszip';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import type { Cell, SheetLayout } from '../../src/layout/types';

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
