/**
 * Formula text as the check compares it. The same formula comes back in different spellings
 * from each program (Sheets adds spaces, LibreOffice's .xlsx writes `_xlfn.` prefixes and
 * drops the "=", exceljs reads it without "="), so two formulas are the same when their
 * canonical forms are; text inside double quotes is never touched.
 */

/** Splits a formula into quoted string literals (kept) and the code between them. */
function mapOutsideStrings(formula: string, change: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, index) => (index % 2 === 1 ? part : change(part))).join('');
}

/**
 * The canonical text of a formula: no "=", no spaces, upper case, no `_xlfn.` markers, sheet
 * names unquoted (LibreOffice writes '目標計算器'! as 目標計算器!).
 */
export function canonicalFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, '');
  return mapOutsideStrings(body, (code) =>
    code
      .replace(/'((?:[^']|'')+)'!/g, (_, name: string) => `${name.replace(/''/g, "'")}!`)
      .replace(/\s+/g, '')
      .replace(/_xlfn\.|_xlws\./gi, '')
      .toUpperCase(),
  );
}

export function sameFormula(left: string, right: string): boolean {
  return canonicalFormula(left) === canonicalFormula(right);
}

/** Whether the formula has a reference the program could no longer resolve. */
export function hasBrokenReference(formula: string): boolean {
  return mapOutsideStrings(formula, (code) =>
    code.toUpperCase().includes('#REF!') ? '\u0000' : '',
  ).includes('\u0000');
}

/** A sheet name as it appears before "!" in a formula, unquoted. */
function sheetOfPrefix(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

const REFERENCE =
  /(?<![\w.$])((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

/**
 * The formula after `count` rows were inserted before 1-based row `beforeRow` of sheet
 * `sheetName`, as a spreadsheet program rewrites it: every reference to that sheet at or
 * below the row moves down. `hostSheet` is the sheet the formula is on (its unprefixed
 * references are to it). Used to undo a row deletion where the writer cannot insert rows
 * with reference adjustment (exceljs).
 */
export function shiftRows(
  formula: string,
  hostSheet: string,
  sheetName: string,
  beforeRow: number,
  count: number,
): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      REFERENCE,
      (whole, prefix: string | undefined, dollarColumn, column, dollarRow, row: string) => {
        const target = prefix ? sheetOfPrefix(prefix) : hostSheet;
        if (target !== sheetName || Number(row) < beforeRow) return whole;
        return `${prefix ?? ''}${dollarColumn}${column}${dollarRow}${Number(row) + count}`;
      },
    ),
  );
}
