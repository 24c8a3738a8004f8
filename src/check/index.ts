/**
 * The check core: pure, shared by the Sheets side (src/gas) and the CLI (src/cli).
 *
 * - Read each tagged sheet into a SheetGrid (values and formulas, zero-based) and decode
 *   its tag (src/layout/sheetTag.ts).
 * - checkWorkbook(sheets) or checkSheet({ grid, tag, linkedGoal }) gives the findings
 *   (sheet, a1, kind, message in the user's language) and each sheet's fix.
 * - Apply a fix: insert fix.insertRows in order (references moving as a program's "insert
 *   rows" moves them), then write fix.writes (formulas as formulas, values as values: text
 *   stays text), then store fix.retag if any. fix.changes says what was done.
 * - Tag what you write with the sources of tagSources.ts (a goal calculator: its plan; a
 *   dashboard: dashboardTagSource, src/layout/dashboard/tagSource.ts).
 */
export {
  type CellWrite,
  checkSheet,
  type Finding,
  type FindingKind,
  type FixChange,
  type SheetCheck,
  type SheetCheckInput,
  type SheetFix,
} from './checkSheet';
export {
  checkWorkbook,
  linkedGoalOf,
  referencedSheetNames,
  type TaggedSheet,
  type WorkbookCheck,
} from './checkWorkbook';
export { canonicalFormula, hasBrokenReference, sameFormula, shiftRows } from './formulaText';
export { breaksValidation } from './inputRules';
export { type CheckMessages, checkMessages } from './messages';
export { insertRows, type RowInsertion } from './rowAlignment';
export { formulaAt, type SheetGrid, valueAt } from './sheetGrid';
export {
  dashboardTagSource,
  type GoalCalculatorSource,
  type LayoutContext,
  type LinkedGoal,
  layoutOfSource,
  planOfSource,
  type TagSource,
  tagSourceOf,
} from './tagSources';
