/**
 * "Download .xlsx" in the preview: the workbook as the person left it (their edits and
 * typed formulas included), read back from the fake spreadsheet as layouts and written by
 * the one .xlsx writer the CLI uses (src/cli/xlsx.ts): the same cells, styles, charts,
 * conditional rules and print setup (src/preview/exportPrint.ts), with each formula's computed value as its cached
 * result, so a reader that does not recalculate still shows the numbers.
 */
import { type CachedResult, layoutsToXlsx } from '../cli/xlsx';
import { a1 as cellA1 } from '../layout/a1';
import { conditionalFills, roleStyles } from '../layout/styles';
import type {
  Cell,
  CellRole,
  ChartSpec,
  ConditionalRule,
  SheetLayout,
  WorkbookLayout,
} from '../layout/types';
import { cellValidationOf } from './cellValidation';
import { printSetupOf } from './exportPrint';
import type { FakeAppsScript, FakeEmbeddedChart, FakeSheet } from './fake';

/** Sheets' own number format of a cell nobody formatted, and its width of a column. */
const AUTOMATIC_FORMAT = '0.###############';
const DEFAULT_COLUMN_WIDTH = 100;

interface SheetExport {
  readonly layout: SheetLayout;
  readonly cached: (row: number, column: number) => CachedResult | undefined;
}

/** The role whose look a cell has: the writers set whole role styles, so this is exact. */
function roleOf(style: {
  background: string | null;
  fontColor: string;
  bold: boolean;
  fontSize: number;
  wrap: boolean;
}): CellRole | undefined {
  const roles = Object.entries(roleStyles) as [CellRole, (typeof roleStyles)[CellRole]][];
  const match = roles.find(
    ([, role]) =>
      (role.background ?? null) === style.background &&
      role.fontColor === style.fontColor &&
      role.bold === style.bold &&
      role.fontSize === style.fontSize &&
      role.wrap === style.wrap,
  );
  return match?.[0];
}

function cachedResult(value: unknown): CachedResult | undefined {
  if (typeof value === 'string' && /^#[A-Z0-9/]+[!?]?$/.test(value)) return { error: value };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  return undefined;
}

function chartSpec(chart: FakeEmbeddedChart): ChartSpec | null {
  if (chart.chartType === 'unset') return null;
  const [labels, ...series] = chart.getRanges().map((range) => range.getA1Notation());
  if (!labels || series.length === 0) return null;
  const options = chart.getOptions();
  const container = chart.getContainerInfo();
  return {
    type: chart.chartType,
    title: String(options.get('title') ?? ''),
    labels,
    series,
    // With a header row the cells name the series; without one, its range does.
    seriesNames: series,
    anchor: cellA1(container.getAnchorRow() - 1, container.getAnchorColumn() - 1),
    widthPx: Number(options.get('width') ?? 400),
    heightPx: Number(options.get('height') ?? 300),
    ...(chart.axes.logScale ? { valueScale: 'log' as const } : {}),
  };
}

function conditionalRules(sheet: FakeSheet): ConditionalRule[] {
  const fills = Object.entries(conditionalFills) as [ConditionalRule['fill'], string][];
  return sheet.getConditionalFormatRules().flatMap((rule) => {
    const condition = rule.getBooleanCondition();
    const formula = condition?.getCriteriaValues()[0];
    const fill = fills.find(([, colour]) => colour === condition?.getBackground())?.[0];
    if (typeof formula !== 'string' || !fill) return [];
    return rule.getRanges().map((range) => ({ range: range.getA1Notation(), formula, fill }));
  });
}

function sheetExport(sheet: FakeSheet, sheets: readonly FakeSheet[]): SheetExport {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const backgrounds = range.getBackgrounds();
  const colours = range.getFontColors();
  const weights = range.getFontWeights();
  const sizes = range.getFontSizes();
  // A wrapped label looks like a label but for its wrapping: the role needs both.
  const wraps = range.getWraps();
  const notes = range.getNotes();
  const rules = range.getDataValidations();
  const cells = values.map((row, rowIndex) =>
    row.map((value, column): Cell | null => {
      const formula = formulas[rowIndex][column];
      const role = roleOf({
        background:
          backgrounds[rowIndex][column] === '#ffffff' ? null : backgrounds[rowIndex][column],
        fontColor: colours[rowIndex][column],
        bold: weights[rowIndex][column] === 'bold',
        fontSize: sizes[rowIndex][column],
        wrap: wraps[rowIndex][column],
      });
      const rule = rules[rowIndex][column];
      // The rule the person's edits were checked against goes into the file too.
      const validation = rule && cellValidationOf(rule, cellA1(rowIndex, column));
      if (!formula && value === '' && !role && !validation) return null;
      const content = formula
        ? { formula }
        : {
            value: typeof value === 'number' || typeof value === 'boolean' ? value : String(value),
          };
      const format = formats[rowIndex][column];
      return {
        ...content,
        ...(role ? { role } : {}),
        ...(format && format !== AUTOMATIC_FORMAT ? { numberFormat: format } : {}),
        ...(notes[rowIndex][column] ? { note: notes[rowIndex][column] } : {}),
        ...(validation ? { validation } : {}),
      };
    }),
  );
  const columnWidths = Array.from(
    { length: values[0]?.length ?? 0 },
    (_, index) => sheet.columnWidths.get(index + 1) ?? DEFAULT_COLUMN_WIDTH,
  );
  const charts = (sheet.getCharts() as unknown as FakeEmbeddedChart[]).flatMap((chart) => {
    const spec = chartSpec(chart);
    return spec ? [spec] : [];
  });
  return {
    layout: {
      name: sheet.getName(),
      cells,
      columnWidths,
      frozenRows: sheet.getFrozenRows(),
      inputs: [],
      charts,
      conditionalRules: conditionalRules(sheet),
      print: printSetupOf(sheet, { name: sheet.getName(), cells, columnWidths, charts }, sheets),
    },
    cached: (row, column) =>
      formulas[row]?.[column] ? cachedResult(values[row][column]) : undefined,
  };
}

/** The fake spreadsheet's sheets as layouts, with the computed result of every formula. */
export function workbookLayoutOf(fake: FakeAppsScript): {
  layout: WorkbookLayout;
  cachedResult: (sheetIndex: number, row: number, column: number) => CachedResult | undefined;
} {
  const fakeSheets = fake.spreadsheet.getSheets().map((sheet) => {
    const found = fake.spreadsheet.findSheet(sheet.getName());
    if (!found) throw new Error(`the preview lost sheet ${sheet.getName()}`);
    return found;
  });
  const sheets = fakeSheets.map((sheet) => sheetExport(sheet, fakeSheets));
  return {
    layout: { sheets: sheets.map((sheet) => sheet.layout) },
    cachedResult: (sheetIndex, row, column) => sheets[sheetIndex]?.cached(row, column),
  };
}

/** The .xlsx of the preview's current workbook, through the CLI's writer. */
export function workbookToXlsx(fake: FakeAppsScript): Promise<Buffer> {
  const { layout, cachedResult } = workbookLayoutOf(fake);
  return layoutsToXlsx(layout, { cachedResult });
}
