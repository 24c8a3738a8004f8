/**
 * "Restore formulas": the fix the check core computed for each sheet, applied in Sheets.
 * The sheets are read and checked again here (the sidebar's list may be stale, and the
 * client is not trusted), then for each sheet with findings to fix: its deleted rows are
 * inserted back (Sheets moves every reference to the rows below, on every sheet), the
 * reported cells are written, and an older sheet gets the current tag. Input values and
 * everything outside FunnelMath's cells stay as they are; invalid inputs are left for the
 * person to correct (the check keeps reporting them).
 *
 * Writing only the reported cells in a constant number of calls: the rectangle around them
 * is read (getFormulas, getValues) after the row insertions and written in one setValues,
 * each reported cell with FunnelMath's content and every other cell with its own formula or
 * value as just read, so nothing but the reported cells changes (formats, notes and data
 * validation are not written at all). Four calls a sheet, plus one per group of rows put back.
 */
import type { FixChange, SheetFix } from '../check';
import type { Language } from '../funnel/types';
import { retagSheet, tagSheet } from './sheetTags';
import { checkLanguage, checkSheets, type ReadSheet, readFunnelMathSheets } from './workbookCheck';
import { sheetsValue } from './writeLayout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What was changed on one sheet: each change's address and sentence, in the user's language. */
export interface SheetRestore {
  readonly sheet: string;
  readonly changes: readonly FixChange[];
}

export interface RestoreReport {
  readonly language: Language;
  readonly restored: readonly SheetRestore[];
  /** How many cells were rewritten, over every sheet. */
  readonly cellCount: number;
}

/** A cell written back as it is: its formula, else its value (text kept as text). */
function ownContent(formula: string, value: unknown): string | number | boolean | Date {
  if (formula !== '') return formula;
  if (typeof value === 'string') return sheetsValue({ value });
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  return '';
}

/** The reported cells, written in one setValues over the rectangle around them. */
function writeCells(sheet: Sheet, fix: SheetFix): void {
  if (fix.writes.length === 0) return;
  const top = Math.min(...fix.writes.map((write) => write.row));
  const left = Math.min(...fix.writes.map((write) => write.column));
  const bottom = Math.max(...fix.writes.map((write) => write.row));
  const right = Math.max(...fix.writes.map((write) => write.column));
  const range = sheet.getRange(top + 1, left + 1, bottom - top + 1, right - left + 1);
  const formulas = range.getFormulas();
  const values = range.getValues();
  const content = formulas.map((row, rowIndex) =>
    row.map((formula, column) => ownContent(formula, values[rowIndex][column])),
  );
  for (const write of fix.writes) {
    const cell = 'formula' in write.content ? write.content : { value: write.content.value };
    content[write.row - top][write.column - left] = sheetsValue(cell);
  }
  range.setValues(content);
}

function applyFix(read: ReadSheet, fix: SheetFix): void {
  for (const insertion of fix.insertRows) {
    read.sheet.insertRowsBefore(insertion.beforeRow + 1, insertion.count);
  }
  writeCells(read.sheet, fix);
  if (fix.retag) {
    if (read.entry) retagSheet(read.entry, fix.retag);
    else tagSheet(read.sheet, fix.retag);
  }
}

/** Server entry point: restores what the check reports as fixable, and says what it changed. */
export function restoreFormulas(request?: unknown): RestoreReport {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = checkLanguage(spreadsheet, request);
  const sheets = readFunnelMathSheets(spreadsheet);
  const checks = checkSheets(sheets, language);
  const restored: SheetRestore[] = [];
  let cellCount = 0;
  checks.forEach((check, index) => {
    const { fix } = check;
    if (fix.insertRows.length === 0 && fix.writes.length === 0 && !fix.retag) return;
    applyFix(sheets[index], fix);
    cellCount += fix.writes.length;
    restored.push({ sheet: fix.sheet, changes: fix.changes });
  });
  return { language, restored, cellCount };
}
