/**
 * "Check this workbook" for one tagged sheet: the layout FunnelMath writes for the tag's
 * source is rebuilt (named as the sheet is now, linked to the goal sheet as it is now
 * named) and compared cell by cell with what the sheet holds. Each difference is a finding
 * with its address and a sentence in the user's language; the fix is the list of cell
 * writes that restores exactly the reported FunnelMath cells. Input values are never
 * written (an invalid one is reported for the user to choose), except an input whose row
 * was deleted, put back with the value FunnelMath wrote; cells FunnelMath left empty, and
 * everything outside its blocks, are never touched.
 *
 * The expected layout comes from the tag's source, not from the inputs now on the sheet:
 * the cells were written from it (the number of calendar rows, the currency note...), and
 * the sheet's formulas read the inputs live whatever their values.
 */
import type { Language } from '../funnel/types';
import { inputCells } from '../gas/goalInputs';
import { a1 } from '../layout/a1';
import { dashboardLabels } from '../layout/dashboard';
import { SHEET_FORMAT_VERSION, type SheetKind, type SheetTag } from '../layout/sheetTag';
import type { Cell, SheetLayout } from '../layout/types';
import { hasBrokenReference, sameFormula, shiftRows } from './formulaText';
import { breaksValidation } from './inputRules';
import { type CheckMessages, checkMessages, fill, shownValue } from './messages';
import { alignRows, currentRowOf, type RowInsertion } from './rowAlignment';
import { formulaAt, isErrorValue, type SheetGrid, valueAt } from './sheetGrid';
import {
  type LayoutContext,
  type LinkedGoal,
  languageOfSource,
  layoutOfSource,
  type TagSource,
  tagSourceOf,
} from './tagSources';

export type FindingKind =
  /** A formula cell now holds a typed value (or nothing). */
  | 'formulaOverwritten'
  /** A formula cell holds another formula. */
  | 'formulaChanged'
  /** A formula or value shows #REF!: what it linked to is gone. */
  | 'brokenLink'
  /**
   * FunnelMath's formula, intact, shows #REF! because a cell it reads is broken (reported
   * there): restoring that cell mends it.
   */
  | 'brokenResult'
  /** An input cell's value breaks its validation (a 3000% rate). */
  | 'invalidInput'
  /** A label FunnelMath wrote shows something else. */
  | 'labelChanged'
  /** An input cell was on a deleted row. */
  | 'inputLost'
  /** Rows of a block were deleted (found by the block's labels). */
  | 'rowsMissing'
  /** A block was pushed down by inserted rows; the check stops there. */
  | 'rowsAdded'
  /** A dashboard's goal calculator is not in the workbook: its plan vs actual is not checked. */
  | 'goalMissing'
  /** The sheet's format version is older than this add-on's. */
  | 'olderVersion'
  /** The tag's source is not one FunnelMath wrote; the sheet is not checked. */
  | 'unreadableTag';

export interface Finding {
  /** The sheet's name now. */
  readonly sheet: string;
  /** Where, as the sheet is now ("B7"); a cell of a put-back row: where it will be. */
  readonly a1: string;
  readonly kind: FindingKind;
  /** One sentence in the user's language. */
  readonly message: string;
  /** Whether the fix rewrites it (an invalid input is the user's to correct). */
  readonly fixable: boolean;
}

/** One cell the fix writes: FunnelMath's formula, or its literal (text stays text). */
export interface CellWrite {
  /** Zero-based, in the rows as they are after the fix's row insertions. */
  readonly row: number;
  readonly column: number;
  readonly a1: string;
  readonly content: { readonly formula: string } | { readonly value: string | number | boolean };
}

/**
 * How to restore the sheet, applied in this order: put rows back (a spreadsheet program's
 * "insert rows", which moves every reference to the rows below, on every sheet), write the
 * cells, store the new tag.
 */
export interface SheetFix {
  readonly sheet: string;
  readonly insertRows: readonly RowInsertion[];
  readonly writes: readonly CellWrite[];
  /** The tag to store afterwards (an older sheet upgraded); undefined: the tag stays. */
  readonly retag?: SheetTag;
  /** What the fix changes, one per cell or row, in the user's language. */
  readonly changes: readonly FixChange[];
}

/** One change of a fix: where (in the rows after the fix) and what, in the user's language. */
export interface FixChange {
  readonly a1: string;
  readonly message: string;
}

export interface SheetCheck {
  readonly sheet: string;
  /**
   * False for a kind this check cannot rebuild yet (export sheets): no findings, and the
   * caller says the sheet was not checked rather than clean.
   */
  readonly checked: boolean;
  /** For a dashboard: the goal calculator it was checked against (its links' target). */
  readonly linkedGoal?: LinkedGoal;
  readonly kind: SheetKind;
  readonly findings: readonly Finding[];
  readonly fix: SheetFix;
}

export interface SheetCheckInput {
  /** What the sheet holds now. */
  readonly grid: SheetGrid;
  /** Its tag, as decodeSheetTag read it. */
  readonly tag: SheetTag;
  /** For a dashboard: the goal calculator it follows, found by the caller (checkWorkbook). */
  readonly linkedGoal?: LinkedGoal;
  /** The messages' language; default: the sheet's own. */
  readonly language?: Language;
}

function contentOf(cell: Cell): CellWrite['content'] {
  return 'formula' in cell ? { formula: cell.formula } : { value: cell.value };
}

function shownExpected(cell: Cell): string {
  return 'formula' in cell ? cell.formula : shownValue(cell.value, cell.numberFormat);
}

/** What a cell holds as the user sees it in a message: its formula, else its value. */
function shownFound(
  grid: SheetGrid,
  row: number,
  column: number,
  messages: CheckMessages,
  numberFormat?: string,
): string {
  const formula = formulaAt(grid, row, column);
  if (formula !== '') return formula;
  const value = valueAt(grid, row, column);
  return value === '' ? messages.empty : shownValue(value, numberFormat);
}

/** The literal a label cell holds, compared as the programs store it. */
function sameLiteral(found: unknown, expected: string | number | boolean): boolean {
  if (typeof expected === 'number' && typeof found === 'number')
    return Math.abs(found - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return found === expected;
}

/** The label a person knows an input by: the first text to its left on the same row. */
function inputLabel(layout: SheetLayout, row: number, column: number): string {
  for (let left = column - 1; left >= 0; left--) {
    const cell = layout.cells[row]?.[left];
    if (cell && 'value' in cell && typeof cell.value === 'string' && cell.value !== '')
      return cell.value;
  }
  return a1(row, column);
}

class SheetChecker {
  readonly findings: Finding[] = [];
  readonly writes: CellWrite[] = [];
  readonly changes: FixChange[] = [];
  readonly messages: CheckMessages;

  constructor(
    private readonly sheet: string,
    language: Language,
  ) {
    this.messages = checkMessages[language];
  }

  report(address: string, kind: FindingKind, message: string, write?: CellWrite): void {
    this.findings.push({
      sheet: this.sheet,
      a1: address,
      kind,
      message,
      fixable: write !== undefined,
    });
    if (write) {
      this.writes.push(write);
      const expected =
        'formula' in write.content ? write.content.formula : shownValue(write.content.value);
      this.changes.push({ a1: write.a1, message: fill(this.messages.restored, { expected }) });
    }
  }
}

function unreadable(input: SheetCheckInput): SheetCheck {
  const messages = checkMessages[input.language ?? 'en'];
  return {
    sheet: input.grid.name,
    checked: true,
    kind: input.tag.kind,
    findings: [
      {
        sheet: input.grid.name,
        a1: 'A1',
        kind: 'unreadableTag',
        message: messages.unreadableTag,
        fixable: false,
      },
    ],
    fix: { sheet: input.grid.name, insertRows: [], writes: [], changes: [] },
  };
}

/** Checks one tagged sheet; a clean sheet has no findings and an empty fix. */
export function checkSheet(input: SheetCheckInput): SheetCheck {
  if (input.tag.kind === 'export') {
    const name = input.grid.name;
    const fix = { sheet: name, insertRows: [], writes: [], changes: [] };
    return { sheet: name, checked: false, kind: input.tag.kind, findings: [], fix };
  }
  const source: TagSource | undefined = tagSourceOf(input.tag);
  if (!source) return unreadable(input);
  const name = input.grid.name;
  const language = input.language ?? languageOfSource(source);
  const context: LayoutContext = { linkedGoal: input.linkedGoal };
  const expected = layoutOfSource(source, name, context);
  // Help texts and labels for the messages, in the messages' language (same positions).
  const worded =
    language === languageOfSource(source)
      ? expected
      : layoutOfSource(source, name, { ...context, language });
  const checker = new SheetChecker(name, language);
  const { messages } = checker;
  const inputs = new Set(inputCells(expected).map((cell) => `${cell.row},${cell.column}`));
  // A dashboard that follows a goal calculator no longer in the workbook: the layout has no
  // plan-vs-actual block to compare with, so the rows from there on are left alone.
  let readableRows = expected.cells.length;
  const goalMissing = source.kind === 'dashboard' && source.dashboard.goal && !input.linkedGoal;
  if (goalMissing) {
    const note = dashboardLabels(languageOfSource(source)).noGoalNote;
    const noteRow = expected.cells.findIndex((cells) =>
      cells.some((cell) => cell !== null && 'value' in cell && cell.value === note),
    );
    if (noteRow >= 0) readableRows = noteRow;
  }
  const alignment = alignRows(expected, input.grid, inputs, readableRows);
  const { grid, insertions } = alignment;
  const current = (row: number, column: number) => a1(currentRowOf(row, insertions) ?? row, column);

  if (goalMissing) {
    checker.findings.push({
      sheet: name,
      a1: current(Math.min(readableRows, expected.cells.length - 1), 0),
      kind: 'goalMissing',
      message: messages.goalMissing,
      fixable: false,
    });
  }
  let putBackAbove = 0;
  for (const insertion of alignment.insertions) {
    // Where the rows are missing: the sheet's row now at the place they go back.
    const missingAt = insertion.beforeRow - putBackAbove;
    putBackAbove += insertion.count;
    checker.findings.push({
      sheet: name,
      a1: a1(missingAt, 0),
      kind: 'rowsMissing',
      message: fill(messages.rowsMissing, {
        count: insertion.count,
        label: `“${insertion.label}”`,
        expectedRow: insertion.expectedRow + 1,
        foundRow: insertion.foundRow + 1,
      }),
      fixable: true,
    });
    checker.changes.push({
      a1: a1(insertion.beforeRow, 0),
      message: fill(messages.rowsRestored, {
        count: insertion.count,
        expectedRow: insertion.beforeRow + 1,
      }),
    });
  }
  if (alignment.pushedDown) {
    const pushedDown = alignment.pushedDown;
    checker.findings.push({
      sheet: name,
      a1: a1(pushedDown.foundRow, 0),
      kind: 'rowsAdded',
      message: fill(messages.rowsAdded, {
        count: pushedDown.count,
        label: `“${pushedDown.label}”`,
        expectedRow: pushedDown.expectedRow + 1,
        foundRow: pushedDown.foundRow + 1,
      }),
      fixable: false,
    });
  }

  // Above a block pushed down by inserted rows, a formula reading the moved rows follows them,
  // as the program moved its references: the same formula, not a change to restore.
  const pushed = alignment.pushedDown;
  const pushedDownFormula = (found: string, written: string): boolean => {
    if (!pushed) return false;
    for (let first = pushed.after + 1; first <= pushed.expectedRow; first++) {
      if (sameFormula(found, shiftRows(written, name, name, first + 1, pushed.count))) return true;
    }
    return false;
  };
  for (let row = 0; row < Math.min(alignment.readableRows, readableRows); row++) {
    const putBack = currentRowOf(row, insertions) === undefined;
    expected.cells[row].forEach((cell, column) => {
      if (!cell) return;
      const address = current(row, column);
      const write: CellWrite = { row, column, a1: a1(row, column), content: contentOf(cell) };
      const found = valueAt(grid, row, column);
      const formula = formulaAt(grid, row, column);
      const shown = () => shownFound(grid, row, column, messages, cell.numberFormat);
      if (inputs.has(`${row},${column}`)) {
        if (putBack) {
          // An optional input FunnelMath left empty: nothing was lost.
          if ('value' in cell && cell.value === '') return;
          checker.report(
            address,
            'inputLost',
            fill(messages.inputLost, { expected: shownExpected(cell) }),
            write,
          );
        } else if (hasBrokenReference(formula) || isErrorValue(found)) {
          checker.report(
            address,
            'brokenLink',
            formula !== ''
              ? fill(messages.brokenLink, { found: formula })
              : messages.brokenLinkValue,
          );
        } else if (formula === '' && cell.validation && breaksValidation(found, cell.validation)) {
          const wordedCell = worded.cells[row]?.[column];
          checker.report(
            address,
            'invalidInput',
            fill(messages.invalidInput, {
              label: inputLabel(worded, row, column),
              found: shownValue(found, cell.numberFormat),
              help: wordedCell?.validation?.help ?? cell.validation.help,
            }),
          );
        }
        return;
      }
      if ('formula' in cell) {
        if (formula === '') {
          const template = found === '' ? messages.formulaMissing : messages.formulaOverwritten;
          checker.report(
            address,
            'formulaOverwritten',
            fill(template, { expected: cell.formula, found: shown() }),
            write,
          );
        } else if (hasBrokenReference(formula)) {
          checker.report(
            address,
            'brokenLink',
            fill(messages.brokenLink, { found: formula }),
            write,
          );
        } else if (
          !sameFormula(formula, cell.formula) &&
          !pushedDownFormula(formula, cell.formula)
        ) {
          checker.report(
            address,
            'formulaChanged',
            fill(messages.formulaChanged, { expected: cell.formula, found: formula }),
            write,
          );
        } else if (isErrorValue(found)) {
          // The formula is FunnelMath's: what it reads is broken, and is reported there.
          checker.report(address, 'brokenResult', messages.brokenLinkValue);
        }
        return;
      }
      if (cell.value === '' || (formula === '' && sameLiteral(found, cell.value))) return;
      const wordedCell = worded.cells[row]?.[column];
      checker.report(
        address,
        'labelChanged',
        fill(messages.labelChanged, {
          expected: shownExpected(wordedCell ?? cell),
          found: shown(),
        }),
        write,
      );
    });
  }

  let retag: SheetTag | undefined;
  if (input.tag.formatVersion < SHEET_FORMAT_VERSION) {
    checker.findings.push({
      sheet: name,
      a1: 'A1',
      kind: 'olderVersion',
      message: fill(messages.olderVersion, {
        found: input.tag.formatVersion,
        expected: SHEET_FORMAT_VERSION,
      }),
      fixable: true,
    });
    retag = { kind: input.tag.kind, formatVersion: SHEET_FORMAT_VERSION, source: input.tag.source };
    checker.changes.push({
      a1: 'A1',
      message: fill(messages.upgraded, { expected: SHEET_FORMAT_VERSION }),
    });
  }
  return {
    sheet: name,
    checked: true,
    kind: input.tag.kind,
    ...(input.linkedGoal ? { linkedGoal: input.linkedGoal } : {}),
    findings: checker.findings,
    fix: {
      sheet: name,
      insertRows: insertions.map(({ beforeRow, count }) => ({ beforeRow, count })),
      writes: checker.writes,
      ...(retag ? { retag } : {}),
      changes: checker.changes,
    },
  };
}
