/**
 * The print setup of a sheet in the preview's download. Sheets keeps none a script can read,
 * so a FunnelMath sheet gets the one its layout prints with: the layout is rebuilt from the
 * sheet's tag, as Check rebuilds it, and its page breaks kept where the sheet still has its
 * blocks there; pages across and print areas are worked out on the sheet as the person left
 * it. Any other sheet prints one page wide, in the orientation its width needs.
 */
import { type LinkedGoal, layoutOfSource, planOfSource, tagSourceOf } from '../check/tagSources';
import { printOrientation, widePrintSetup } from '../layout/print';
import { decodeSheetTag, type SheetTag, sheetKindOfKey } from '../layout/sheetTag';
import type { Cell, ChartSpec, PrintSetup, SheetLayout } from '../layout/types';
import type { FakeSheet } from './fake';

/** What the download read back of a sheet. */
export interface ReadSheet {
  readonly name: string;
  readonly cells: readonly (readonly (Cell | null)[])[];
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartSpec[];
}

function tagOf(sheet: FakeSheet): SheetTag | undefined {
  for (const entry of sheet.getDeveloperMetadata()) {
    const kind = sheetKindOfKey(entry.getKey());
    const tag = kind && decodeSheetTag(kind, entry.getValue());
    if (tag) return tag;
  }
  return undefined;
}

/** The goal calculator a dashboard's tag follows, among the workbook's sheets. */
function linkedGoalOf(tag: SheetTag, sheets: readonly FakeSheet[]): LinkedGoal | undefined {
  const source = tagSourceOf(tag);
  const goalId = source?.kind === 'dashboard' ? source.dashboard.goal?.sheetId : undefined;
  if (goalId === undefined) return undefined;
  const goal = sheets.find((sheet) => sheet.getSheetId() === goalId);
  const goalTag = goal && tagOf(goal);
  const plan = goalTag?.kind === 'goalCalculator' ? planOfSource(goalTag.source) : undefined;
  return goal && plan ? { plan, sheetName: goal.getName() } : undefined;
}

function shownText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  return 'formula' in cell ? cell.formula : String(cell.value);
}

/** Whether row `row` (0-based) reads the same in both: the block that starts there is there. */
function sameRow(layout: SheetLayout, read: ReadSheet, row: number): boolean {
  const expected = layout.cells[row] ?? [];
  const found = read.cells[row] ?? [];
  const width = Math.max(expected.length, found.length);
  for (let column = 0; column < width; column++)
    if (shownText(expected[column]) !== shownText(found[column])) return false;
  return true;
}

export function printSetupOf(
  sheet: FakeSheet,
  read: ReadSheet,
  sheets: readonly FakeSheet[],
): PrintSetup {
  const tag = tagOf(sheet);
  const source = tag && tagSourceOf(tag);
  if (!tag || !source) return { orientation: printOrientation(read.columnWidths) };
  const linkedGoal = linkedGoalOf(tag, sheets);
  const layout = layoutOfSource(source, read.name, linkedGoal ? { linkedGoal } : {});
  const breaks = layout.print?.pageBreaksBefore ?? [];
  // Rows inserted or deleted above a block move it: then no block starts a page, rather
  // than a page starting in the middle of one.
  const kept = breaks.every((row) => sameRow(layout, read, row - 1)) ? breaks : [];
  return widePrintSetup({
    title: layout.print?.pageTitle ?? read.name,
    cells: read.cells,
    columnWidths: read.columnWidths,
    charts: read.charts,
    orientation: layout.print?.orientation ?? printOrientation(read.columnWidths),
    pageBreaksBefore: kept,
  });
}
