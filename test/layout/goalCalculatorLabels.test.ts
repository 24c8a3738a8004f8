import ExcelJS from 'exceljs';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { rowHeightPx } from '../../src/cli/xlsxRows';
import type { Language } from '../../src/funnel/types';
import { parseCell } from '../../src/layout/a1';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { channelLabels } from '../../src/layout/i18n/channels';
import { goalCalculatorLabels } from '../../src/layout/i18n/goalCalculator';
import { scenarioLabels } from '../../src/layout/i18n/scenarios';
import { styleOf, wrappedLineCount } from '../../src/layout/styles';
import type { SheetLayout } from '../../src/layout/types';
import { evaluateLayout } from '../support/evaluateLayout';
import { channelsScenariosPlan } from '../support/plans';

/** Points a line of 10 pt text takes in a row (the .xlsx writer's own line height). */
const LINE_HEIGHT_PT = 13;
/** The font size wrappedLineCount's character widths are for. */
const ESTIMATE_FONT_SIZE = 10;

/** Whether a chart covers column `column` of row `row` (its height counted in row heights). */
function chartCovers(layout: SheetLayout, row: number, column: number): boolean {
  return layout.charts.some((chart) => {
    const anchor = parseCell(chart.anchor);
    if (row < anchor.row || column < anchor.column) return false;
    let top = 0;
    for (let above = anchor.row; above < row; above++) top += rowHeightPx(layout, above);
    return top < chart.heightPx;
  });
}

/** The width text in column A may take: its own column, and the empty cells to its right. */
function roomPx(layout: SheetLayout, row: number): number {
  let room = layout.columnWidths[0];
  for (let column = 1; column < layout.columnWidths.length; column++) {
    if (layout.cells[row][column] || chartCovers(layout, row, column)) break;
    room += layout.columnWidths[column];
  }
  return room;
}

interface ColumnALabel {
  readonly row: number;
  readonly text: string;
  readonly wraps: boolean;
  /** Lines it takes wrapped in column A. */
  readonly lines: number;
  /** Whether it fits on one line in the room it has unwrapped. */
  readonly fitsUnwrapped: boolean;
}

/** Every text in column A, as a spreadsheet shows it (a live label computed). */
function columnALabels(layout: SheetLayout): ColumnALabel[] {
  const sheet = evaluateLayout(layout);
  return layout.cells.flatMap((cells, row): ColumnALabel[] => {
    const cell = cells[0];
    if (!cell) return [];
    const shown = sheet.value(`A${row + 1}`);
    if (typeof shown !== 'string' || shown === '') return [];
    const style = styleOf(cell.role);
    // Bigger text is wider in proportion: the estimate is for 10 pt.
    const scale = style.fontSize / ESTIMATE_FONT_SIZE;
    return [
      {
        row,
        text: shown,
        wraps: style.wrap,
        lines: wrappedLineCount(shown, layout.columnWidths[0] / scale),
        fitsUnwrapped: wrappedLineCount(shown, roomPx(layout, row) / scale) === 1,
      },
    ];
  });
}

describe.each<Language>(['en', 'zh-CN', 'zh-TW'])(
  'column A of the goal calculator in %s',
  (language) => {
    const layout = goalCalculatorLayout(channelsScenariosPlan(language));
    const labels = columnALabels(layout);

    test('every block is there to be measured', () => {
      const words = goalCalculatorLabels[language];
      const texts = labels.map((label) => label.text);
      expect(texts).toEqual(
        expect.arrayContaining([
          words.revenueTarget,
          words.velocityRequired,
          words.extraBudgetNeeded,
          channelLabels[language].effectiveRate,
          channelLabels[language].averageCostPerLead,
          `Visitors${words.arrow}Leads`,
          words.roundingReserve,
          words.earlier,
          `Leads${words.arrow}MQLs${scenarioLabels[language].conversionSuffix}`,
          scenarioLabels[language].impliedCac,
        ]),
      );
    });

    test('every label fits on one line or wraps', () => {
      const cut = labels
        .filter((label) => !label.wraps && !label.fitsUnwrapped)
        .map((label) => `A${label.row + 1}: ${label.text}`);
      expect(cut).toEqual([]);
    });

    test('the .xlsx gives every wrapped label a row tall enough for its lines', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await layoutsToXlsx({ sheets: [layout] })) as unknown as ExcelJS.Buffer,
      );
      const sheet = workbook.worksheets[0];
      const short = labels
        .filter((label) => label.wraps && label.lines > 1)
        .filter((label) => (sheet.getRow(label.row + 1).height ?? 0) < label.lines * LINE_HEIGHT_PT)
        .map((label) => `A${label.row + 1} (${label.lines} lines): ${label.text}`);
      expect(short).toEqual([]);
    });
  },
);

test("only the channels' share-weighted rate is too long for column A: it wraps in two lines", () => {
  const wrapped = (language: Language) =>
    columnALabels(goalCalculatorLayout(channelsScenariosPlan(language)))
      .filter((label) => label.wraps && label.lines > 1)
      .map((label) => [label.text, label.lines]);
  expect(wrapped('en')).toEqual([[channelLabels.en.effectiveRate, 2]]);
  expect(wrapped('zh-CN')).toEqual([]);
  expect(wrapped('zh-TW')).toEqual([]);
});
