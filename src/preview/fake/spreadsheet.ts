/**
 * A faithful fake of the SpreadsheetApp subset the add-on uses, evaluated by HyperFormula
 * with the FunnelMath functions registered (so `=CAC(B2:B13, C2:C13)` computes in a fake
 * sheet as it does in Sheets).
 *
 * Typing: each class `implements Pick<>` of the real @types/google-apps-script interface,
 * with the real return types (`Range`, `Sheet`...), so a signature cannot drift; the method
 * lists below drive both that Pick and the call counting (callLog.ts).
 *
 * Faithful where it matters for the add-on: setValues parses strings as Sheets does (see
 * sheetsParsing.ts), the data must match the range's shape, a sheet name is unique (case
 * insensitive), a new sheet is 1000 rows x 26 columns and a range may not go past it.
 * No jest API here: the local preview runs this from Node too.
 */
import type { HyperFormula } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import { parseRange, rangeA1 } from '../../layout/a1';
import { type CallLog, counted } from './callLog';
import { chartBuilderMethods, FakeChartBuilder, type FakeEmbeddedChart } from './charts';
import { rejectionOf } from './dataValidation';
import { createFinder, SheetMetadataStore } from './developerMetadata';
import { createEngine } from './hyperformulaPlugin';
import { formatNumber, isDateFormat } from './numberFormat';
import { parseUserEntered } from './sheetsParsing';
import { FakeTextStyle } from './textStyle';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

const spreadsheetMethods = [
  'getName',
  'getId',
  'getSheets',
  'getSheetByName',
  'insertSheet',
  'deleteSheet',
  'getActiveSheet',
  'setActiveSheet',
  'getRange',
  'getSpreadsheetLocale',
  'createDeveloperMetadataFinder',
] as const;
const sheetMethods = [
  'getName',
  'setName',
  'getIndex',
  'getSheetId',
  'getParent',
  'getRange',
  'getRangeList',
  'getDataRange',
  'getLastRow',
  'getLastColumn',
  'getMaxRows',
  'getMaxColumns',
  'insertRowsAfter',
  'insertRowsBefore',
  'deleteRows',
  'insertColumnsAfter',
  'setColumnWidth',
  'setColumnWidths',
  'getColumnWidth',
  'setFrozenRows',
  'getFrozenRows',
  'newChart',
  'insertChart',
  'getCharts',
  'setConditionalFormatRules',
  'getConditionalFormatRules',
  'activate',
  'removeChart',
  'addDeveloperMetadata',
  'getDeveloperMetadata',
  'createDeveloperMetadataFinder',
] as const;
const rangeMethods = [
  'getA1Notation',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getSheet',
  'getValue',
  'getValues',
  'getDisplayValue',
  'getDisplayValues',
  'getFormula',
  'getFormulas',
  'setValue',
  'setValues',
  'setFormulas',
  'getNumberFormats',
  'setNumberFormats',
  'getBackgrounds',
  'setBackgrounds',
  'getFontColors',
  'setFontColors',
  'getFontWeights',
  'setFontWeights',
  'getFontSizes',
  'setFontSizes',
  'setTextStyles',
  'getNotes',
  'setNotes',
  'getHorizontalAlignments',
  'setHorizontalAlignments',
  'setDataValidations',
  'getDataValidation',
  'getDataValidations',
  'getWraps',
  'setWraps',
] as const;
const rangeListMethods = ['getRanges', 'clear', 'clearNote'] as const;

/** The ranges of Sheet.getRangeList, handed out in the order they were asked for. */
export class FakeRangeList implements Pick<RangeList, (typeof rangeListMethods)[number]> {
  constructor(private readonly ranges: readonly Range[]) {}

  getRanges(): Range[] {
    return [...this.ranges];
  }

  /**
   * RangeList.clear(): contents, formats and data-validation rules, not notes (Sheets
   * clears those with clearNote). This fake has no validation rules to clear.
   */
  clear(): RangeList {
    for (const range of this.ranges) (range as unknown as FakeRange).clearContentsAndFormats();
    return this as unknown as RangeList;
  }

  clearNote(): RangeList {
    for (const range of this.ranges) (range as unknown as FakeRange).setNotesUncounted(null);
    return this as unknown as RangeList;
  }
}

/** Per-cell formatting the fake remembers (HyperFormula holds the contents). */
interface CellFormat {
  numberFormat?: string;
  background?: string | null;
  fontColor?: string;
  fontWeight?: FontWeight | null;
  fontSize?: number;
  note?: string;
  horizontalAlignment?: string | null;
  /** The cell's data validation rule (Sheets keeps one per cell). */
  validation?: DataValidation | null;
  wrap?: boolean;
}

/** One fake spreadsheet: its sheets, one HyperFormula engine, and the call log. */
export class FakeSpreadsheet implements Pick<Spreadsheet, (typeof spreadsheetMethods)[number]> {
  readonly engine: HyperFormula;
  private readonly sheetList: FakeSheet[] = [];
  private activeSheet: FakeSheet | null = null;
  private nextSheetId = 0;
  /** Developer-metadata ids are unique across the spreadsheet, as in Sheets. */
  readonly metadataIds = { next: 1 };

  constructor(
    readonly log: CallLog,
    private readonly name = 'Untitled spreadsheet',
    /** As Sheets reports it; read by the fake's display without counting a call. */
    readonly locale = 'en_US',
  ) {
    this.engine = createEngine({});
  }

  /** Creates the spreadsheet as the log-counting proxy that code under test receives. */
  static create(
    log: CallLog,
    name?: string,
    sheetNames: readonly string[] = ['Sheet1'],
    locale?: string,
  ): FakeSpreadsheet {
    const spreadsheet = counted(
      log,
      'Spreadsheet',
      new FakeSpreadsheet(log, name, locale),
      spreadsheetMethods,
      { builderMethods: ['createDeveloperMetadataFinder'] },
    );
    for (const sheetName of sheetNames) spreadsheet.addSheet(sheetName);
    return spreadsheet;
  }

  getName(): string {
    return this.name;
  }

  getId(): string {
    return 'fake-spreadsheet-id';
  }

  /** As Sheets reports it: "en_US", "zh_CN", "zh_TW". */
  getSpreadsheetLocale(): string {
    return this.locale;
  }

  getSheets(): Sheet[] {
    return this.sheetList.map((sheet) => sheet.asSheet());
  }

  getSheetByName(name: string): Sheet | null {
    return this.findSheet(name)?.asSheet() ?? null;
  }

  insertSheet(sheetName?: unknown): Sheet {
    const name = typeof sheetName === 'string' ? sheetName : this.freeDefaultName();
    const sheet = this.addSheet(name);
    this.activeSheet = sheet;
    return sheet.asSheet();
  }

  deleteSheet(sheet: Sheet): void {
    // The uncounted name: the delete is one call, as in Sheets.
    const name = (sheet as unknown as FakeSheet).getNameUncounted();
    const found = this.findSheet(name);
    if (!found) throw new Error(`Sheet ${name} is not in this spreadsheet`);
    if (this.sheetList.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.engine.removeSheet(found.hfSheet);
    this.sheetList.splice(this.sheetList.indexOf(found), 1);
    if (this.activeSheet === found) this.activeSheet = this.sheetList[0];
  }

  getActiveSheet(): Sheet {
    const sheet = this.activeSheet ?? this.sheetList[0];
    if (!sheet) throw new Error('The spreadsheet has no sheet');
    return sheet.asSheet();
  }

  setActiveSheet(sheet: Sheet): Sheet {
    const found = this.findSheet(sheet.getName());
    if (!found) throw new Error(`Sheet ${sheet.getName()} is not in this spreadsheet`);
    this.activeSheet = found;
    return sheet;
  }

  getRange(a1Notation: string): Range {
    const bang = a1Notation.lastIndexOf('!');
    const sheetName =
      bang < 0
        ? null
        : a1Notation
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'");
    const sheet =
      sheetName === null ? (this.activeSheet ?? this.sheetList[0]) : this.findSheet(sheetName);
    if (!sheet) throw new Error(`Range not found: ${a1Notation}`);
    return sheet.rangeAt(a1Notation.slice(bang + 1)).asRange();
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return createFinder(this.log, () => this.sheetList.map((sheet) => sheet.metadata));
  }

  // ---- fake-only helpers (not part of the Apps Script API, never counted) ----

  /** Adds a sheet without counting a call: for setting up a test's starting state. */
  addSheet(name: string): FakeSheet {
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
    if (this.findSheet(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.engine.addSheet(name);
    const sheet = counted(
      this.log,
      'Sheet',
      new FakeSheet(this, name, this.nextSheetId++),
      sheetMethods,
      { builderMethods: ['newChart', 'createDeveloperMetadataFinder'] },
    );
    this.sheetList.push(sheet);
    return sheet;
  }

  /** The counted proxy of the sheet with this id (the one getSheets hands out). */
  countedSheet(id: number): Sheet {
    const sheet = this.sheetList.find((candidate) => candidate.idUncounted === id);
    if (!sheet) throw new Error(`Sheet ${id} was deleted`);
    return sheet.asSheet();
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheetList.find(
      (sheet) => sheet.getNameUncounted().toLowerCase() === name.toLowerCase(),
    );
  }

  indexOf(sheet: FakeSheet): number {
    return this.sheetList.indexOf(sheet);
  }

  activate(sheet: FakeSheet): void {
    this.activeSheet = sheet;
  }

  private freeDefaultName(): string {
    for (let number = this.sheetList.length + 1; ; number++) {
      if (!this.findSheet(`Sheet${number}`)) return `Sheet${number}`;
    }
  }

  asSpreadsheet(): Spreadsheet {
    return this as unknown as Spreadsheet;
  }
}

export class FakeSheet implements Pick<Sheet, (typeof sheetMethods)[number]> {
  readonly formats = new Map<string, CellFormat>();
  readonly columnWidths = new Map<number, number>();
  private readonly charts: FakeEmbeddedChart[] = [];
  private rules: ConditionalFormatRule[] = [];
  private frozenRows = 0;
  /** A new sheet's size in Sheets; insertRowsAfter / insertColumnsAfter grow it. */
  private maxRows = DEFAULT_ROWS;
  private maxColumns = DEFAULT_COLUMNS;
  readonly metadata: SheetMetadataStore;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    private readonly id: number,
  ) {
    // The counted sheet, so calls on a sheet reached through a tag's location are counted too.
    this.metadata = new SheetMetadataStore(spreadsheet.log, spreadsheet.metadataIds, () =>
      spreadsheet.countedSheet(id),
    );
  }

  get idUncounted(): number {
    return this.id;
  }

  get hfSheet(): number {
    const id = this.spreadsheet.engine.getSheetId(this.name);
    if (id === undefined) throw new Error(`HyperFormula lost sheet ${this.name}`);
    return id;
  }

  getName(): string {
    return this.name;
  }

  getNameUncounted(): string {
    return this.name;
  }

  /**
   * Renames the sheet, as a person does from its tab: formulas that refer to it follow (the
   * engine rewrites them) and its tags stay with it.
   */
  setName(name: string): Sheet {
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
    const taken = this.spreadsheet.findSheet(name);
    if (taken && taken.idUncounted !== this.id) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.spreadsheet.engine.renameSheet(this.hfSheet, name);
    this.name = name;
    return this.asSheet();
  }

  getIndex(): number {
    return this.spreadsheet.indexOf(this) + 1;
  }

  getSheetId(): number {
    return this.id;
  }

  getParent(): Spreadsheet {
    return this.spreadsheet.asSpreadsheet();
  }

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    if (typeof rowOrA1 === 'string') return this.rangeAt(rowOrA1).asRange();
    if (column === undefined) throw new Error('getRange(row) needs a column');
    return this.rangeOf(rowOrA1, column, numRows ?? 1, numColumns ?? 1).asRange();
  }

  /** Several ranges for one call; their Range objects cost one more (RangeList.getRanges). */
  getRangeList(a1Notations: string[]): RangeList {
    const ranges = a1Notations.map((a1) => this.rangeAt(a1).asRange());
    const list = counted(
      this.spreadsheet.log,
      'RangeList',
      new FakeRangeList(ranges),
      rangeListMethods,
    );
    return list as unknown as RangeList;
  }

  getDataRange(): Range {
    return this.rangeOf(
      1,
      1,
      Math.max(1, this.lastRow()),
      Math.max(1, this.lastColumn()),
    ).asRange();
  }

  getLastRow(): number {
    return this.lastRow();
  }

  getLastColumn(): number {
    return this.lastColumn();
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    this.maxRows += howMany;
    return this.asSheet();
  }

  /**
   * Inserts empty rows above `beforePosition` (1-based), as Sheets does: the rows below and
   * every reference to them, on any sheet, move down; their formats move with them.
   */
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    if (beforePosition < 1 || beforePosition > this.maxRows || howMany < 1)
      throw new Error('Those rows are out of bounds.');
    this.spreadsheet.engine.addRows(this.hfSheet, [beforePosition - 1, howMany]);
    this.moveFormats(beforePosition, howMany);
    this.maxRows += howMany;
    return this.asSheet();
  }

  /**
   * Deletes rows as a person does from the row headers: the rows below move up, and a
   * reference to a deleted cell becomes #REF! (the engine rewrites the formulas).
   */
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    this.spreadsheet.engine.removeRows(this.hfSheet, [rowPosition - 1, howMany]);
    for (const key of [...this.formats.keys()]) {
      const row = Number(key.split(',')[0]);
      if (row >= rowPosition && row < rowPosition + howMany) this.formats.delete(key);
    }
    this.moveFormats(rowPosition + howMany, -howMany);
    this.maxRows -= howMany;
  }

  /** Formats of rows from `fromRow` (1-based) move by `delta` rows. */
  private moveFormats(fromRow: number, delta: number): void {
    const moved = [...this.formats.entries()].filter(
      ([key]) => Number(key.split(',')[0]) >= fromRow,
    );
    for (const [key] of moved) this.formats.delete(key);
    for (const [key, format] of moved) {
      const [row, column] = key.split(',').map(Number);
      this.formats.set(`${row + delta},${column}`, format);
    }
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    this.maxColumns += howMany;
    return this.asSheet();
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.columnWidths.set(columnPosition, width);
    return this.asSheet();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let column = startColumn; column < startColumn + numColumns; column++)
      this.columnWidths.set(column, width);
    return this.asSheet();
  }

  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  newChart(): EmbeddedChartBuilder {
    const builder = counted(
      this.spreadsheet.log,
      'EmbeddedChartBuilder',
      new FakeChartBuilder(this.spreadsheet.log),
      chartBuilderMethods,
      {
        builder: true,
      },
    );
    return builder as unknown as EmbeddedChartBuilder;
  }

  insertChart(chart: EmbeddedChart): void {
    this.charts.push(chart as unknown as FakeEmbeddedChart);
  }

  getCharts(): EmbeddedChart[] {
    return this.charts.map((chart) => chart as unknown as EmbeddedChart);
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.rules = [...rules];
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this.rules];
  }

  activate(): Sheet {
    this.spreadsheet.activate(this);
    return this.asSheet();
  }

  removeChart(chart: EmbeddedChart): void {
    const index = this.charts.indexOf(chart as unknown as FakeEmbeddedChart);
    if (index < 0) throw new Error('The chart is not on this sheet.');
    this.charts.splice(index, 1);
  }

  /** A tag on the sheet (developerMetadata.ts); the visibility argument is accepted and ignored. */
  addDeveloperMetadata(key: string, value?: unknown, _visibility?: unknown): Sheet {
    this.metadata.add(key, typeof value === 'string' ? value : null);
    return this.asSheet();
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.metadata.list();
  }

  /** A finder over this sheet's tags only. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return createFinder(this.spreadsheet.log, () => [this.metadata]);
  }

  // ---- internals ----

  rangeAt(a1Notation: string): FakeRange {
    const { start, end } = parseRange(a1Notation);
    return this.rangeOf(
      start.row + 1,
      start.column + 1,
      end.row - start.row + 1,
      end.column - start.column + 1,
    );
  }

  rangeOf(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(
        'The starting row and column of the range must be at least 1, and it must have at least one cell.',
      );
    }
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return counted(
      this.spreadsheet.log,
      'Range',
      new FakeRange(this, row, column, numRows, numColumns),
      rangeMethods,
    );
  }

  private lastRow(): number {
    const dimensions = this.spreadsheet.engine.getSheetDimensions(this.hfSheet);
    return dimensions.height;
  }

  private lastColumn(): number {
    return this.spreadsheet.engine.getSheetDimensions(this.hfSheet).width;
  }

  asSheet(): Sheet {
    return this as unknown as Sheet;
  }
}

type Grid<T> = T[][];

export class FakeRange implements Pick<Range, (typeof rangeMethods)[number]> {
  constructor(
    readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  getA1Notation(): string {
    // Apps Script counts from 1, the layout helpers from 0.
    return rangeA1(
      this.row - 1,
      this.column - 1,
      this.row + this.numRows - 2,
      this.column + this.numColumns - 2,
    );
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getSheet(): Sheet {
    return this.sheet.asSheet();
  }

  getValue(): unknown {
    return this.valueAt(0, 0);
  }

  /** What Sheets returns: numbers, strings, booleans, "" for empty, the error code for an error. */
  getValues(): Grid<unknown> {
    return this.grid((row, column) => this.valueAt(row, column));
  }

  getDisplayValue(): string {
    return this.displayAt(0, 0);
  }

  getFormula(): string {
    return this.sheet.spreadsheet.engine.getCellFormula(this.address(0, 0)) ?? '';
  }

  getDisplayValues(): Grid<string> {
    return this.grid((row, column) => this.displayAt(row, column));
  }

  private displayAt(row: number, column: number): string {
    const value = this.valueAt(row, column);
    if (typeof value === 'number')
      return formatNumber(
        value,
        this.formatAt(row, column).numberFormat,
        this.sheet.spreadsheet.locale,
      );
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return String(value);
  }

  getFormulas(): Grid<string> {
    return this.grid(
      (row, column) =>
        this.sheet.spreadsheet.engine.getCellFormula(this.address(row, column)) ?? '',
    );
  }

  setValue(value: unknown): Range {
    this.write([[value]]);
    return this.asRange();
  }

  setValues(values: unknown[][]): Range {
    this.checkShape(values, 'data');
    this.write(values);
    return this.asRange();
  }

  setFormulas(formulas: string[][]): Range {
    this.checkShape(formulas, 'data');
    this.write(formulas);
    return this.asRange();
  }

  getNumberFormats(): Grid<string> {
    return this.grid(
      (row, column) => this.formatAt(row, column).numberFormat ?? '0.###############',
    );
  }

  setNumberFormats(numberFormats: unknown[][]): Range {
    return this.setFormat(numberFormats, 'numberFormat', (value) =>
      value === null ? undefined : String(value),
    );
  }

  getBackgrounds(): Grid<string> {
    return this.grid((row, column) => this.formatAt(row, column).background ?? '#ffffff');
  }

  setBackgrounds(color: Array<Array<string | null>>): Range {
    return this.setFormat(color, 'background', (value) => (value === null ? null : String(value)));
  }

  getFontColors(): Grid<string> {
    return this.grid((row, column) => this.formatAt(row, column).fontColor ?? '#000000');
  }

  setFontColors(colors: unknown[][]): Range {
    return this.setFormat(colors, 'fontColor', (value) =>
      value === null ? undefined : String(value),
    );
  }

  getFontWeights(): Grid<FontWeight> {
    return this.grid(
      (row, column) => this.formatAt(row, column).fontWeight ?? ('normal' as FontWeight),
    );
  }

  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): Range {
    for (const row of fontWeights) {
      for (const weight of row) {
        if (weight !== null && weight !== 'bold' && weight !== 'normal') {
          throw new Error(`Invalid font weight: ${String(weight)}. Use "bold" or "normal".`);
        }
      }
    }
    return this.setFormat(fontWeights, 'fontWeight', (value) => value as FontWeight | null);
  }

  getFontSizes(): Grid<number> {
    return this.grid((row, column) => this.formatAt(row, column).fontSize ?? 10);
  }

  setFontSizes(sizes: unknown[][]): Range {
    return this.setFormat(sizes, 'fontSize', (value) =>
      value === null ? undefined : Number(value),
    );
  }

  /** Each cell's colour, weight and size from one TextStyle (what it leaves null is kept). */
  setTextStyles(styles: unknown[][]): Range {
    this.checkShape(styles, 'data');
    styles.forEach((row, rowIndex) => {
      row.forEach((style, columnIndex) => {
        if (!(style instanceof FakeTextStyle))
          throw new Error(
            `Exception: The parameters (${typeof style}) don't match the method signature for SpreadsheetApp.Range.setTextStyles.`,
          );
        this.updateFormat(rowIndex, columnIndex, {
          ...(style.foregroundColor === null ? {} : { fontColor: style.foregroundColor }),
          ...(style.bold === null ? {} : { fontWeight: style.bold ? 'bold' : 'normal' }),
          ...(style.fontSize === null ? {} : { fontSize: style.fontSize }),
        });
      });
    });
    return this.asRange();
  }

  /** Whether text wraps within the cell; Sheets' default (false) lets it overflow. */
  getWraps(): Grid<boolean> {
    return this.grid((row, column) => this.formatAt(row, column).wrap ?? false);
  }

  setWraps(wraps: unknown[][]): Range {
    return this.setFormat(wraps, 'wrap', (value) => (value === null ? undefined : Boolean(value)));
  }

  getNotes(): Grid<string> {
    return this.grid((row, column) => this.formatAt(row, column).note ?? '');
  }

  setNotes(notes: Array<Array<string | null>>): Range {
    return this.setFormat(notes, 'note', (value) =>
      value === null || value === '' ? undefined : String(value),
    );
  }

  /** One rule per cell, null to clear one; the grid must match the range's shape. */
  setDataValidations(rules: Array<Array<DataValidation | null>>): Range {
    for (const rule of Array.isArray(rules) ? rules.flat() : []) {
      if (rule !== null && typeof rule?.getCriteriaType !== 'function')
        throw new Error(`Invalid argument: a data validation rule or null, not ${String(rule)}`);
    }
    return this.setFormat(rules, 'validation', (rule) => (rule ?? null) as DataValidation | null);
  }

  getDataValidation(): DataValidation | null {
    return this.formatAt(0, 0).validation ?? null;
  }

  getDataValidations(): Grid<DataValidation | null> {
    return this.grid((row, column) => this.formatAt(row, column).validation ?? null);
  }

  getHorizontalAlignments(): Grid<string> {
    return this.grid((row, column) => this.formatAt(row, column).horizontalAlignment ?? 'general');
  }

  setHorizontalAlignments(alignments: unknown[][]): Range {
    return this.setFormat(alignments, 'horizontalAlignment', (value) =>
      value === null ? null : String(value),
    );
  }

  // ---- fake-only helpers (not part of the Apps Script API, never counted) ----

  /**
   * A person typing `input` into this one cell, as Sheets treats it: parsed like any entry,
   * then checked against the cell's data validation. A rule that rejects invalid data puts
   * the cell back as it was (contents and format) and its message is returned; null when
   * the entry stands.
   */
  typeIn(input: string): string | null {
    if (this.numRows !== 1 || this.numColumns !== 1)
      throw new Error(`A person types into one cell, not ${this.getA1Notation()}`);
    const engine = this.sheet.spreadsheet.engine;
    const address = this.address(0, 0);
    const rule = this.formatAt(0, 0).validation ?? null;
    const contentBefore = engine.getCellSerialized(address);
    const formatBefore = this.sheet.formats.get(this.key(0, 0));
    this.write([[input]]);
    if (!rule) return null;
    const rejection = rejectionOf(rule, {
      value: this.valueAt(0, 0),
      empty: engine.isCellEmpty(address),
      shownAsDate: isDateFormat(this.formatAt(0, 0).numberFormat),
      evaluate: (formula) => {
        const result = engine.calculateFormula(formula, address.sheet);
        return result instanceof DetailedCellError ? result.value : result;
      },
    });
    if (rejection !== null) {
      engine.setCellContents(address, [[contentBefore]]);
      if (formatBefore) this.sheet.formats.set(this.key(0, 0), formatBefore);
      else this.sheet.formats.delete(this.key(0, 0));
    }
    return rejection;
  }

  // ---- internals ----

  /** Empties the cells and forgets their formats but not their notes (RangeList.clear). */
  clearContentsAndFormats(): void {
    this.sheet.spreadsheet.engine.setCellContents(
      this.address(0, 0),
      this.grid(() => null),
    );
    for (let row = 0; row < this.numRows; row++) {
      for (let column = 0; column < this.numColumns; column++) {
        const key = this.key(row, column);
        const note = this.sheet.formats.get(key)?.note;
        if (note === undefined) this.sheet.formats.delete(key);
        else this.sheet.formats.set(key, { note });
      }
    }
  }

  /** Every cell's note set to `note` (RangeList.clearNote goes through here). */
  setNotesUncounted(note: string | null): void {
    for (let row = 0; row < this.numRows; row++) {
      for (let column = 0; column < this.numColumns; column++)
        this.updateFormat(row, column, { note: note ?? undefined });
    }
  }

  /** The cell at (row, column) of this range, zero-based within the range. */
  address(row: number, column: number) {
    return { sheet: this.sheet.hfSheet, row: this.row - 1 + row, col: this.column - 1 + column };
  }

  private key(row: number, column: number): string {
    return `${this.row + row},${this.column + column}`;
  }

  private formatAt(row: number, column: number): CellFormat {
    return this.sheet.formats.get(this.key(row, column)) ?? {};
  }

  private valueAt(row: number, column: number): unknown {
    const value = this.sheet.spreadsheet.engine.getCellValue(this.address(row, column));
    if (value === null) return '';
    if (value instanceof DetailedCellError) return sheetsErrorCode(value);
    return value;
  }

  private grid<T>(cell: (row: number, column: number) => T): Grid<T> {
    return Array.from({ length: this.numRows }, (_, row) =>
      Array.from({ length: this.numColumns }, (_, column) => cell(row, column)),
    );
  }

  private checkShape(values: unknown[][], what: string): void {
    if (!Array.isArray(values) || values.length !== this.numRows) {
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${Array.isArray(values) ? values.length : 0} but the range has ${this.numRows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${Array.isArray(row) ? row.length : 0} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  /** Writes parsed user-entered values through HyperFormula (text is kept text with its own apostrophe). */
  private write(values: unknown[][]): void {
    // Array.from: the rows may come from the bundle's vm realm, and HyperFormula tells rows
    // from values with instanceof Array, which fails across realms.
    const contents = Array.from(values, (row, rowIndex) =>
      Array.from(row, (value, columnIndex) => {
        const parsed = parseUserEntered(value);
        if (
          parsed.kind === 'number' &&
          parsed.impliedFormat &&
          !this.formatAt(rowIndex, columnIndex).numberFormat
        ) {
          this.updateFormat(rowIndex, columnIndex, { numberFormat: parsed.impliedFormat });
        }
        switch (parsed.kind) {
          case 'empty':
            return null;
          case 'text':
            return `'${parsed.text}`;
          case 'number':
            return parsed.number;
          case 'boolean':
            return parsed.boolean;
          case 'formula':
            return parsed.formula;
          default:
            throw new Error(`unparsed input ${String(value)}`);
        }
      }),
    );
    this.sheet.spreadsheet.engine.setCellContents(this.address(0, 0), contents);
  }

  private updateFormat(row: number, column: number, change: Partial<CellFormat>): void {
    const key = this.key(row, column);
    this.sheet.formats.set(key, { ...this.sheet.formats.get(key), ...change });
  }

  private setFormat<K extends keyof CellFormat>(
    values: unknown[][],
    property: K,
    convert: (value: unknown) => CellFormat[K],
  ): Range {
    this.checkShape(values, 'data');
    values.forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        this.updateFormat(rowIndex, columnIndex, { [property]: convert(value) });
      });
    });
    return this.asRange();
  }

  asRange(): Range {
    return this as unknown as Range;
  }
}

/**
 * The error code Sheets shows for an engine error. A range result that would overwrite
 * data is #REF! in Sheets (in its formula's own cell only), where HyperFormula says #SPILL!.
 */
export function sheetsErrorCode(error: DetailedCellError): string {
  return error.value === '#SPILL!' ? '#REF!' : error.value;
}

/** The message Sheets shows on hover over an engine error. */
export function sheetsErrorMessage(error: DetailedCellError): string {
  if (error.value === '#SPILL!')
    return 'Array result was not expanded because it would overwrite data.';
  return error.message || error.value;
}
