/**
 * The spreadsheet behind the local preview: the goal helper's typed fake services
 * (HyperFormula with the FunnelMath functions registered) and the REAL built server code,
 * dist/server.js, loaded into a node:vm with those fakes as its only globals. The sidebar's
 * google.script.run calls end up in `run`, which calls the bundle's generated top-level
 * functions: the same code path as in Sheets.
 */
import { DetailedCellError } from 'hyperformula';
import { parseRange } from '../layout/a1';
import { type AppsScriptRuntime, loadBundle } from './bundle';
import {
  createFakeAppsScript,
  type FakeAppsScript,
  type FakeEmbeddedChart,
  type FakeSheet,
} from './fake';
import { conditionalBackgrounds } from './fake/conditionalRules';
import { isDateFormat } from './fake/numberFormat';
import { sheetsErrorMessage } from './fake/spreadsheet';
import type { GridCell, GridChart, GridMenuItem, GridSheet, GridSnapshot } from './protocol';

export interface WorkbookOptions {
  /** The folder holding server.js and sidebar.html (the build's dist/). */
  readonly distDir: string;
  /** Reads dist/<name>.html for HtmlService.createHtmlOutputFromFile. */
  readonly readHtmlFile: (filename: string) => string;
  /** The spreadsheet's locale as Sheets reports it ("en_US", "zh_CN", "zh_TW"). */
  readonly locale: string;
}

export class PreviewWorkbook {
  readonly fake: FakeAppsScript;
  private readonly runtime: AppsScriptRuntime;

  constructor(options: WorkbookOptions) {
    this.fake = createFakeAppsScript({
      readHtmlFile: options.readHtmlFile,
      locale: options.locale,
    });
    this.runtime = loadBundle(this.fake.globals, options.distDir);
    const funnelMath = this.runtime.global.FunnelMath as { serverApi?: object } | undefined;
    this.entryPoints = new Set(
      Object.keys(funnelMath?.serverApi ?? {}).filter((name) => this.runtime.hasFunction(name)),
    );
    // The spreadsheet opens: the add-on's simple trigger builds its menu, as in Sheets.
    this.runtime.call('onOpen', { authMode: 'LIMITED' });
  }

  /** The add-on's menu as onOpen built it (the last menu added, as Sheets shows it). */
  menu(): GridMenuItem[] {
    const menu = this.fake.ui.menus.at(-1);
    return (menu?.entries ?? []).flatMap((entry) =>
      entry.functionName ? [{ caption: entry.caption, functionName: entry.functionName }] : [],
    );
  }

  /**
   * The names google.script.run and the menu may call: the keys of the bundle's own
   * `serverApi` (src/gas/api.ts), the list the build generates the Apps Script entry points
   * from. Not "any function of the global": that would include constructor, eval, Function.
   */
  readonly entryPoints: ReadonlySet<string>;

  /** Runs a server entry point as google.script.run would: by its top-level function. */
  run(entryPoint: string, args: readonly unknown[]): unknown {
    if (!this.entryPoints.has(entryPoint)) {
      throw new Error(`${entryPoint} is not a server entry point of dist/server.js`);
    }
    // Arguments cross into the vm as JSON, as google.script.run serialises them.
    const result = this.runtime.call(entryPoint, ...JSON.parse(JSON.stringify(args)));
    return result === undefined ? null : JSON.parse(JSON.stringify(result));
  }

  /**
   * A person typing `input` into one cell (Sheets parses it: numbers, formulas, text).
   * Null when the entry stands; otherwise the cell's data validation rejected it, the cell
   * keeps what it had, and this is the message Sheets shows (the rule's help text).
   */
  edit(sheetName: string, a1: string, input: string): string | null {
    return this.sheet(sheetName).rangeAt(a1).typeIn(input);
  }

  /**
   * A block pasted from `a1` on: each cell typed in (an empty one left as it is). Returns the
   * messages of the cells whose data validation refused their text (they keep their value).
   */
  paste(sheetName: string, a1: string, rows: readonly (readonly string[])[]): string[] {
    const sheet = this.sheet(sheetName);
    const { start } = parseRange(a1);
    const refused: string[] = [];
    rows.forEach((row, rowOffset) => {
      row.forEach((input, columnOffset) => {
        if (input === '') return;
        const cell = sheet.rangeOf(
          start.row + 1 + rowOffset,
          start.column + 1 + columnOffset,
          1,
          1,
        );
        const rejection = cell.typeIn(input);
        if (rejection !== null) refused.push(rejection);
      });
    });
    return refused;
  }

  activate(sheetName: string): void {
    this.fake.spreadsheet.activate(this.sheet(sheetName));
  }

  snapshot(): GridSnapshot {
    const spreadsheet = this.fake.spreadsheet;
    return {
      active: spreadsheet.getActiveSheet().getName(),
      sheets: spreadsheet.getSheets().map((sheet) => this.gridOf(this.sheet(sheet.getName()))),
      locale: spreadsheet.getSpreadsheetLocale(),
      menu: this.menu(),
    };
  }

  private sheet(name: string): FakeSheet {
    const sheet = this.fake.spreadsheet.findSheet(name);
    if (!sheet) throw new Error(`There is no sheet called ${name}`);
    return sheet;
  }

  private gridOf(sheet: FakeSheet): GridSheet {
    const range = sheet.getDataRange();
    const shown = range.getDisplayValues();
    const values = range.getValues();
    const formulas = range.getFormulas();
    const backgrounds = range.getBackgrounds();
    const colors = range.getFontColors();
    const weights = range.getFontWeights();
    const notes = range.getNotes();
    const rules = range.getDataValidations();
    const formats = range.getNumberFormats();
    const wraps = range.getWraps();
    const engine = this.fake.spreadsheet.engine;
    // Health colours and highlights come from the conditional rules, evaluated per cell.
    const highlighted = conditionalBackgrounds(sheet.getConditionalFormatRules(), (formula) =>
      holds(engine.calculateFormula(formula, sheet.hfSheet)),
    );
    const rows = shown.map((row, rowIndex) =>
      row.map((text, columnIndex): GridCell => {
        const formula = formulas[rowIndex][columnIndex];
        const value = values[rowIndex][columnIndex];
        const background =
          highlighted.get(`${rowIndex + 1},${columnIndex + 1}`) ??
          backgrounds[rowIndex][columnIndex];
        const raw = engine.getCellValue({ sheet: sheet.hfSheet, row: rowIndex, col: columnIndex });
        const rule = rules[rowIndex][columnIndex];
        const help = rule?.getHelpText();
        const choices =
          rule && String(rule.getCriteriaType()) === 'VALUE_IN_LIST'
            ? Array.from(rule.getCriteriaValues()[0] as readonly string[], String)
            : undefined;
        return {
          shown: text,
          input: formula || typedForm(value, formats[rowIndex][columnIndex]),
          ...(typeof value === 'number' ? { numeric: true } : {}),
          ...(background && background !== '#ffffff' ? { background } : {}),
          ...(isColoured(colors[rowIndex][columnIndex])
            ? { color: colors[rowIndex][columnIndex] }
            : {}),
          ...(weights[rowIndex][columnIndex] === 'bold' ? { bold: true } : {}),
          ...(wraps[rowIndex][columnIndex] ? { wrap: true } : {}),
          ...(notes[rowIndex][columnIndex] ? { note: notes[rowIndex][columnIndex] } : {}),
          ...(raw instanceof DetailedCellError ? { error: sheetsErrorMessage(raw) } : {}),
          ...(help ? { help } : {}),
          ...(choices ? { choices } : {}),
        };
      }),
    );
    const columns = rows[0]?.length ?? 0;
    return {
      name: sheet.getName(),
      rows,
      frozenRows: sheet.getFrozenRows(),
      columnWidths: Array.from(
        { length: columns },
        (_, index) => sheet.columnWidths.get(index + 1) ?? null,
      ),
      charts: sheet.getCharts().map(chartOf),
    };
  }
}

/** A custom formula's result read as Sheets reads a condition: TRUE or a non-zero number. */
function holds(result: unknown): boolean {
  if (Array.isArray(result)) return holds(result[0]?.[0]);
  return result === true || (typeof result === 'number' && result !== 0);
}

/**
 * A chart's data, read from its ranges the way Sheets builds it: the first range is the
 * categories (as the cells show them), each column of the other ranges one series; with a
 * header row (setNumHeaders(1), or Sheets' guess: text above numbers) the header names the
 * series and is not data. A cell that is not a number (blank, "", #N/A) is a gap.
 */
function chartOf(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): GridChart {
  const fake = chart as unknown as FakeEmbeddedChart;
  const [labelRange, ...seriesRanges] = chart.getRanges();
  const columnsOf = (range: GoogleAppsScript.Spreadsheet.Range) => {
    const values = range.getValues();
    return values[0].map((_, column) => values.map((row) => row[column]));
  };
  const firstSeries = seriesRanges[0] ? columnsOf(seriesRanges[0])[0] : [];
  const header =
    fake.axes.numHeaders >= 0
      ? fake.axes.numHeaders
      : typeof firstSeries[0] === 'string' &&
          firstSeries.slice(1).some((value) => typeof value === 'number')
        ? 1
        : 0;
  const labels = labelRange ? labelRange.getDisplayValues().map((row) => row[0]) : [];
  const series = seriesRanges.flatMap((range) =>
    columnsOf(range).map((column, index) => ({
      name: header ? String(column[0]) : `${range.getA1Notation()} ${index + 1}`,
      values: column.slice(header).map((value) => (typeof value === 'number' ? value : null)),
    })),
  );
  const options = chart.getOptions();
  const container = chart.getContainerInfo();
  return {
    type: fake.chartType,
    title: String(options.get('title') ?? ''),
    anchorRow: container.getAnchorRow(),
    anchorColumn: container.getAnchorColumn(),
    width: Number(options.get('width') ?? 400),
    height: Number(options.get('height') ?? 300),
    labels: labels.slice(header),
    series,
    logScale: fake.axes.logScale,
    logMinimum: Number(
      options.get(fake.chartType === 'bar' ? 'hAxis.viewWindow.min' : 'vAxis.viewWindow.min') ?? 1,
    ),
  };
}

/** What the formula bar shows for a value: a date as the day a person would type, "2027-01-01". */
function typedForm(value: unknown, numberFormat: string): string {
  if (value === '') return '';
  if (typeof value !== 'number' || !isDateFormat(numberFormat)) return String(value);
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Black text is the default; only other colours travel to the page. */
function isColoured(color: string | undefined): boolean {
  return Boolean(color) && !/^#0{3}(0{3})?$/.test(color ?? '');
}
