import { type DateReading, readExportDate } from '../../exports/dates';
import type { Language } from '../../funnel/types';
import { readNumericText } from '../../kpi/numericText';
import { absolute, columnLetter } from '../a1';
import { SHEET_FORMAT_VERSION, type SheetTag } from '../sheetTag';
import type { Cell, SheetLayout } from '../types';
import { exportSheetLabels } from './labels';
import {
  dateColumns,
  type ExportMapping,
  type MappingSource,
  mappedColumns,
  numberColumns,
} from './mapping';

/**
 * An export as a sheet: its header row and rows as they were, except that a date any
 * export tool writes becomes a real date (so COUNTIFS can compare it with a month) and an
 * amount or a count of visitors a real number. Everything else, and every date or number
 * nobody can read, stays the text it was: text never becomes a formula, and an unreadable
 * date is counted in no month. Beside the data, a column gives the row number of each row
 * with an unreadable date, and a live count covers rows added later as well.
 */

export interface ExportSheetInput {
  readonly name?: string;
  readonly language?: Language;
  readonly source: MappingSource;
  readonly mapping: ExportMapping;
  readonly header: readonly string[];
  /** The data rows below the header, as text. */
  readonly rows: readonly (readonly string[])[];
}

/** Where the sheet's own cells sit, for the dashboard's formulas and for tests. */
export interface ExportSheetMap {
  readonly name: string;
  readonly mapping: ExportMapping;
  /** Last row of data written (1-based; the header is row 1). */
  readonly lastDataRow: number;
  /** The column giving the row number of a row with an unreadable date. */
  readonly unreadableRowColumn: string;
  /** Absolute cells: rows flagged, and unreadable date cells in whole columns. */
  readonly unreadableRowsCell: string;
  readonly unreadableCellsCell: string;
  /** Traffic only: the editable list of organic channel groups (absolute range). */
  readonly organicChannels?: string;
}

export interface ExportSheet {
  readonly layout: SheetLayout;
  readonly map: ExportSheetMap;
  readonly tag: SheetTag;
  /** 1-based sheet rows holding a date nobody can read (counted in no month). */
  readonly unreadableRows: readonly number[];
}

/** GA4's default channel groups that seed 001 counts as organic. */
export const DEFAULT_ORGANIC_CHANNELS: readonly string[] = [
  'Organic Search',
  'Organic Social',
  'Referral',
  'Direct',
];
/** Room in the organic list for the user's own additions. */
export const ORGANIC_SLOTS = 8;

const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const DATA_COLUMN_WIDTH = 130;
const HELPER_COLUMN_WIDTH = 170;

/** What the export sheet's tag stores: the recognised kind and the column mapping. */
export interface ExportTagSource {
  readonly source: MappingSource;
  readonly mapping: ExportMapping;
  /** The header row the mapping was made for, so a finder can tell a pasted-over sheet. */
  readonly header: readonly string[];
}

export function exportSheetTag(
  source: MappingSource,
  mapping: ExportMapping,
  header: readonly string[],
): SheetTag {
  const tagSource: ExportTagSource = { source, mapping, header };
  return { kind: 'export', formatVersion: SHEET_FORMAT_VERSION, source: tagSource };
}

/** The first columns right of the data: a gap, the row flags, then the summary's labels and values. */
export function helperColumns(dataWidth: number) {
  return { flag: dataWidth + 1, label: dataWidth + 2, value: dataWidth + 3 };
}

/** A text cell of the export as the sheet keeps it: a date, a number, a won flag, or the text. */
function dataCell(
  text: string,
  role: 'date' | 'number' | 'boolean' | 'text',
  readDate: (text: string) => DateReading,
): { cell: Cell | null; unreadable: boolean } {
  if (text === '') return { cell: null, unreadable: false };
  if (role === 'date') {
    const reading = readDate(text);
    if (reading.kind === 'date') {
      const format = Number.isInteger(reading.serial) ? DATE_FORMAT : DATE_TIME_FORMAT;
      return { cell: { value: reading.serial, numberFormat: format }, unreadable: false };
    }
    return {
      cell: reading.kind === 'blank' ? null : { value: text },
      unreadable: reading.kind === 'unreadable',
    };
  }
  if (role === 'number') {
    const reading = readNumericText(text);
    if (reading.kind === 'number' && Number.isFinite(reading.value))
      return { cell: { value: reading.value }, unreadable: false };
  }
  if (role === 'boolean') {
    // As Sheets reads TRUE/FALSE on import, and as read.ts reads Salesforce's "Won".
    const word = text.trim().toLowerCase();
    if (word === 'true' || word === '1') return { cell: { value: true }, unreadable: false };
    if (word === 'false' || word === '0') return { cell: { value: false }, unreadable: false };
  }
  return { cell: { value: text }, unreadable: false };
}

/** Checks that every column the mapping names exists in the header, naming the first that does not. */
export function checkMapping(mapping: ExportMapping, header: readonly string[]): void {
  for (const column of mappedColumns(mapping)) {
    if (!Number.isInteger(column) || column < 0 || column >= header.length) {
      throw new Error(
        `the column mapping names column ${column + 1}, but the header row has ${header.length} columns`,
      );
    }
  }
}

export function buildExportSheet(input: ExportSheetInput): ExportSheet {
  const { mapping, header } = input;
  checkMapping(mapping, header);
  const labels = exportSheetLabels(input.language ?? 'en');
  const name = input.name ?? labels.sheetName[mapping.kind];
  // A loop, not Math.max(...rows): a spread of 100,000 arguments overflows the stack.
  let dataWidth = header.length;
  for (const row of input.rows) dataWidth = Math.max(dataWidth, row.length);
  const helper = helperColumns(dataWidth);
  const width = helper.value + 1;
  const roles: ('date' | 'number' | 'boolean' | 'text')[] = Array(dataWidth).fill('text');
  const dates = dateColumns(mapping);
  for (const column of dates) roles[column] = 'date';
  for (const column of numberColumns(mapping)) roles[column] = 'number';
  if (mapping.kind === 'deals' && typeof mapping.won.equals === 'boolean')
    roles[mapping.won.column] = 'boolean';

  const emptyRow = (): (Cell | null)[] => Array<Cell | null>(width).fill(null);
  const headerRow = emptyRow();
  header.forEach((text, column) => {
    headerRow[column] = { value: text, role: 'header' };
  });
  const flagLetter = columnLetter(helper.flag);
  headerRow[helper.flag] = {
    value: labels.unreadableRow,
    role: 'header',
    note: labels.unreadableRowNote,
  };
  const cells: (Cell | null)[][] = [headerRow];
  const unreadableRows: number[] = [];
  // Exports repeat the same date text row after row: read each text once.
  const dateReadings = new Map<string, DateReading>();
  const readDate = (text: string) => {
    let reading = dateReadings.get(text);
    if (reading === undefined) {
      reading = readExportDate(text);
      dateReadings.set(text, reading);
    }
    return reading;
  };
  input.rows.forEach((texts, index) => {
    const sheetRow = index + 2;
    const row = emptyRow();
    let unreadable = false;
    texts.forEach((text, column) => {
      const read = dataCell(text, roles[column], readDate);
      row[column] = read.cell;
      unreadable ||= read.unreadable;
    });
    if (unreadable) unreadableRows.push(sheetRow);
    const tests = dates.map((column) => `ISTEXT(${columnLetter(column)}${sheetRow})`).join(',');
    row[helper.flag] = { formula: `=IF(OR(${tests}),ROW(),"")`, role: 'output' };
    cells.push(row);
  });
  const lastDataRow = input.rows.length + 1;

  // The summary beside the data: its own rows, below any header row the data has.
  const put = (row: number, column: number, cell: Cell) => {
    while (cells.length < row) cells.push(emptyRow());
    cells[row - 1][column] = cell;
  };
  const flagRange = `${flagLetter}2:${flagLetter}${Math.max(lastDataRow, 2)}`;
  put(1, helper.label, { value: labels.unreadableRows, role: 'label' });
  put(1, helper.value, { formula: `=COUNT(${flagRange})`, role: 'output' });
  put(2, helper.label, {
    value: labels.unreadableCells,
    role: 'label',
    note: labels.unreadableCellsNote,
  });
  // Whole columns: text in a date column is an unreadable date, the header excepted.
  const wholeColumnText = dates
    .map((column) => `COUNTIF(${columnLetter(column)}:${columnLetter(column)},"*")`)
    .join('+');
  put(2, helper.value, { formula: `=${wholeColumnText}-${dates.length}`, role: 'output' });
  let organicChannels: string | undefined;
  if (mapping.kind === 'traffic') {
    put(4, helper.label, {
      value: labels.organicChannels,
      role: 'header',
      note: labels.organicChannelsNote,
    });
    for (let slot = 0; slot < ORGANIC_SLOTS; slot++)
      put(4 + slot, helper.value, { value: DEFAULT_ORGANIC_CHANNELS[slot] ?? '', role: 'input' });
    organicChannels = `${absolute(3, helper.value)}:${absolute(3 + ORGANIC_SLOTS - 1, helper.value)}`;
  }

  const layout: SheetLayout = {
    name,
    cells,
    columnWidths: [
      ...Array<number>(dataWidth).fill(DATA_COLUMN_WIDTH),
      40,
      HELPER_COLUMN_WIDTH,
      HELPER_COLUMN_WIDTH * 1.5,
      HELPER_COLUMN_WIDTH,
    ],
    frozenRows: 1,
    inputs: organicChannels ? [{ key: 'organicChannels', a1: organicChannels }] : [],
    charts: [],
    conditionalRules: [],
  };
  return {
    layout,
    map: {
      name,
      mapping,
      lastDataRow,
      unreadableRowColumn: flagLetter,
      unreadableRowsCell: absolute(0, helper.value),
      unreadableCellsCell: absolute(1, helper.value),
      ...(organicChannels ? { organicChannels } : {}),
    },
    tag: exportSheetTag(input.source, mapping, header),
    unreadableRows,
  };
}
