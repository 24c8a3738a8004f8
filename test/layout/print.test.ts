import type { Language } from '../../src/funnel/types';
import { buildDashboard, sampleDashboard } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { printAreas } from '../../src/layout/print';
import { styleOf } from '../../src/layout/styles';
import type { Cell, ChartSpec, SheetLayout } from '../../src/layout/types';
import { channelsScenariosPlan, examplePlan } from '../support/plans';
import { linkedWorkbook } from '../support/tamperedWorkbook';

const text = (value: string): Cell => ({ value, role: 'label' });

describe('printAreas', () => {
  const chart: ChartSpec = {
    type: 'column',
    title: 'Chart',
    anchor: 'D6',
    widthPx: 150,
    heightPx: 60,
    labels: 'A1:A2',
    series: ['B1:B2'],
    seriesNames: ['B'],
  } as ChartSpec;

  test('each block cut at the column breaks, kept to its rows with a cell or a chart; empty pieces skipped', () => {
    // Columns A-B on the first page, C-D on the second, E on the third. Block 1 (rows 1-4)
    // fills A to C; block 2 (rows 5-9) fills A and E, and a chart at D6 covers D to E.
    const cells: (Cell | null)[][] = [
      [text('Title'), null, null, null, null],
      [null, null, null, null, null],
      [text('a'), text('b'), text('c'), null, null],
      [text('a'), null, null, null, null],
      [null, null, null, null, null],
      [text('x'), null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [text('y'), null, null, null, text('e')],
    ];
    const widths = [100, 100, 100, 100, 100];
    expect(printAreas(cells, widths, [chart], [5], [3, 5])).toEqual([
      'A1:B4',
      'C3:D3',
      'A6:B9',
      'C6:D8',
      'E6:E9',
    ]);
    // No breaks: the whole sheet's used rows.
    expect(printAreas(cells, widths, [], [], [])).toEqual(['A1:E9']);
  });
});

/**
 * Estimated printed width in pixels at 100%: 6 px a character at 10 pt (LibreOffice prints
 * the sample's notes at about 5.3), CJK 14, bold a tenth wider; an upper bound.
 */
function textWidthPx(value: string, fontSize: number, bold: boolean): number {
  const units = [...value].reduce(
    (sum, character) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(character) ? 14 : 6),
    0,
  );
  return ((units * fontSize) / 10) * (bold ? 1.1 : 1);
}

/** Texts that run past their page's last column (into empty cells), as "A2 → column H". */
function textOverPageEdges(layout: SheetLayout): string[] {
  const breaks = layout.print?.columnBreaksBefore ?? [];
  const pageEnd = (column: number) => {
    const next = breaks.find((before) => before - 1 > column);
    return next === undefined ? layout.columnWidths.length - 1 : next - 2;
  };
  const over: string[] = [];
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      if (!cell || !('value' in cell) || typeof cell.value !== 'string') return;
      const style = styleOf(cell.role);
      if (style.wrap) return;
      let room = layout.columnWidths[column];
      let end = column;
      const width = textWidthPx(cell.value, style.fontSize, style.bold);
      // Text runs over only into empty cells; a filled neighbour clips it where it stands.
      while (room < width && end + 1 < row.length && row[end + 1] === null) {
        end += 1;
        room += layout.columnWidths[end];
      }
      if (end > pageEnd(column))
        over.push(`row ${rowIndex + 1} "${cell.value.slice(0, 30)}" runs to column ${end + 1}`);
    });
  });
  return over;
}

describe('no text runs over a page edge', () => {
  const languages: Language[] = ['en', 'zh-CN', 'zh-TW'];
  test.each(languages)('the dashboard and the goal calculator in %s', (language) => {
    const dashboard = buildDashboard({ ...sampleDashboard, language, monthCount: 12 }).layout;
    const goal = goalCalculatorLayout(channelsScenariosPlan(language));
    const simple = goalCalculatorLayout({ ...examplePlan, language });
    const linked = linkedWorkbook({ ...examplePlan, language }).dashboard;
    for (const layout of [dashboard, goal, simple, linked]) {
      expect(layout.print?.columnBreaksBefore?.length).toBeGreaterThan(0);
      expect([layout.name, textOverPageEdges(layout)]).toEqual([layout.name, []]);
    }
  });
});
