/**
 * The goal calculator's input cells as a plan and back, built only on `SheetLayout.inputs`
 * ({ key, a1 }, the key a plan path such as "revenueTarget" or "stages.2.daysToNext"), so
 * a reworked layout needs no change here. Pure: the Apps Script side (goalSheetUpdate.ts)
 * does the one batched read and the batched writes.
 */
import { validatePlan } from '../funnel/schema';
import type { Period, Plan, Scenario } from '../funnel/types';
import { a1, parseRange, rangeA1 } from '../layout/a1';
import { goalCalculatorLabels } from '../layout/i18n/goalCalculator';
import type { Cell, SheetLayout } from '../layout/types';

/** One input cell of a layout, zero-based. */
export interface InputCell {
  readonly key: string;
  readonly row: number;
  readonly column: number;
}

/** A cell on the sheet whose content is not a valid value for its plan field. */
export interface SheetInputProblem {
  /** The plan field, e.g. "revenueTarget" or "stages.1.conversionToNext". */
  readonly field: string;
  /** Where it sits, e.g. "B5"; "" when the problem is not one cell's. */
  readonly a1: string;
  /** What the cell holds, as read. */
  readonly value: unknown;
  /** The schema's sentence: "<field> is <value>; <what is allowed>". */
  readonly message: string;
}

/**
 * Every top-level plan field, checked against `Plan` by the compiler: a layout input whose
 * key is not one of these (such as the sheet-only "sensitivityStep") is not read into the plan.
 */
const planFields: Readonly<Record<keyof Plan, true>> = {
  revenueTarget: true,
  period: true,
  averageDealSize: true,
  stages: true,
  leadStageIndex: true,
  costPerLead: true,
  marketingBudget: true,
  channels: true,
  scenarios: true,
  salesCycleDays: true,
  monthlyGrowth: true,
  language: true,
  startMonth: true,
  currency: true,
};

/** The plan's lists whose items have input cells: "stages.2.name", "channels.0.share". */
const listFields = new Set(['stages', 'channels']);

/** Whether a layout input holds a plan field ("stages.2.name" does, "sensitivityStep" not). */
export function isPlanInput(key: string): boolean {
  const [field, index, itemField] = key.split('.');
  if (field === 'scenarios') return isScenarioInput(key);
  if (listFields.has(field)) return index !== undefined && itemField !== undefined;
  return Object.hasOwn(planFields, field) && index === undefined;
}

const scenarioFields: Readonly<Record<keyof Scenario, true>> = {
  name: true,
  revenueTarget: true,
  averageDealSize: true,
  costPerLead: true,
  conversionRates: true,
};

/** "scenarios.1.costPerLead" and "scenarios.1.conversionRates.2" are; "scenarios.1" is not. */
function isScenarioInput(key: string): boolean {
  const [, index, field, rate, ...rest] = key.split('.');
  if (index === undefined || field === undefined || rest.length > 0) return false;
  if (!/^\d+$/.test(index) || !Object.hasOwn(scenarioFields, field)) return false;
  return field === 'conversionRates'
    ? rate !== undefined && /^\d+$/.test(rate)
    : rate === undefined;
}

/** The layout's input cells, one per cell (a range-valued input is expanded). */
export function inputCells(layout: SheetLayout): InputCell[] {
  return layout.inputs.flatMap(({ key, a1: address }) => {
    const { start, end } = parseRange(address);
    const cells: InputCell[] = [];
    for (let row = start.row; row <= end.row; row++) {
      for (let column = start.column; column <= end.column; column++)
        cells.push({ key, row, column });
    }
    return cells;
  });
}

export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The smallest rectangle holding every input cell: read with one getValues. */
export function inputBounds(cells: readonly InputCell[]): Bounds {
  if (cells.length === 0) throw new Error('FunnelMath: this layout has no input cells');
  return {
    top: Math.min(...cells.map((cell) => cell.row)),
    left: Math.min(...cells.map((cell) => cell.column)),
    bottom: Math.max(...cells.map((cell) => cell.row)),
    right: Math.max(...cells.map((cell) => cell.column)),
  };
}

export function boundsA1(bounds: Bounds): string {
  return rangeA1(bounds.top, bounds.left, bounds.bottom, bounds.right);
}

/** A column run of adjacent input cells: written with one setValues. */
export interface InputRun {
  readonly a1: string;
  /** Top to bottom. */
  readonly cells: readonly InputCell[];
}

/**
 * The input cells grouped into vertical runs of adjacent cells, so an update writes only
 * input cells (never the labels or formulas between them) in a few setValues calls. The
 * number of runs depends on the layout's design, not on the number of stages.
 */
export function inputRuns(cells: readonly InputCell[]): InputRun[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: InputCell[][] = [];
  for (const cell of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (last && last.column === cell.column && last.row === cell.row) continue;
    if (run && last && last.column === cell.column && last.row + 1 === cell.row) run.push(cell);
    else runs.push([cell]);
  }
  return runs.map((run) => ({
    a1: rangeA1(run[0].row, run[0].column, run[run.length - 1].row, run[0].column),
    cells: run,
  }));
}

/** A rectangle of input cells, row by row: written with one setValues. */
export interface InputBlock {
  readonly a1: string;
  readonly rows: readonly (readonly InputCell[])[];
}

/**
 * Column runs side by side over the same rows (the channel table's name, share, cost and
 * rate) merged into one rectangle each, so a table of inputs costs one call, not one per
 * column. `runs` as inputRuns gives them: by column, then row.
 */
export function inputBlocks(runs: readonly InputRun[]): InputBlock[] {
  const blocks: { top: number; bottom: number; left: number; columns: InputCell[][] }[] = [];
  for (const run of runs) {
    const top = run.cells[0].row;
    const bottom = run.cells[run.cells.length - 1].row;
    const column = run.cells[0].column;
    const beside = blocks.find(
      (block) =>
        block.top === top &&
        block.bottom === bottom &&
        block.left + block.columns.length === column,
    );
    if (beside) beside.columns.push([...run.cells]);
    else blocks.push({ top, bottom, left: column, columns: [[...run.cells]] });
  }
  return blocks.map((block) => ({
    a1: rangeA1(block.top, block.left, block.bottom, block.left + block.columns.length - 1),
    rows: block.columns[0].map((_, row) => block.columns.map((cells) => cells[row])),
  }));
}

/**
 * What stays the same when only the inputs change: every cell except the input cells'
 * contents, the widths, charts, rules and where the inputs are. Two layouts with the same
 * shape differ only in their input values, so an update may write the input cells alone.
 */
export function layoutShape(layout: SheetLayout): string {
  const inputs = new Set(inputCells(layout).map((cell) => `${cell.row},${cell.column}`));
  const cells = layout.cells.map((row, rowIndex) =>
    row.map((cell, column) => {
      if (!cell || !inputs.has(`${rowIndex},${column}`)) return cell;
      const {
        value: _value,
        formula: _formula,
        ...rest
      } = cell as Cell & {
        value?: unknown;
        formula?: unknown;
      };
      return rest;
    }),
  );
  const { columnWidths, frozenRows, inputs: inputList, charts, conditionalRules } = layout;
  return JSON.stringify({ cells, columnWidths, frozenRows, inputList, charts, conditionalRules });
}

export function sameShape(before: SheetLayout, after: SheetLayout): boolean {
  return layoutShape(before) === layoutShape(after);
}

/** Days from Sheets' day 0 (1899-12-30) to 1970-01-01: a date cell read as a serial number. */
const SERIAL_OF_UNIX_EPOCH = 25569;
const MS_PER_DAY = 86400000;

function yearMonth(year: number, monthIndex: number): string {
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}`;
}

/** Sheets hands a date cell to Apps Script as a Date; the preview's engine as a serial number. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell's content as the value of plan field `key` (undefined: the field is left out). */
export function planValueOf(key: string, value: unknown, language: Plan['language']): unknown {
  if (value === '' || value === null || value === undefined) return undefined;
  if (key === 'startMonth') {
    if (isDate(value)) return yearMonth(value.getFullYear(), value.getMonth());
    if (typeof value === 'number') {
      const date = new Date((value - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY);
      return yearMonth(date.getUTCFullYear(), date.getUTCMonth());
    }
  }
  if (key === 'period') return periodOf(value, language) ?? value;
  if (key.endsWith('.name') && typeof value === 'number') return String(value);
  if (typeof value === 'string' && key === 'currency') return value.trim().toUpperCase();
  return value;
}

/** A period cell may hold the code, its name in the sheet's language, or its month count. */
function periodOf(value: unknown, language: Plan['language']): Period | undefined {
  const names = goalCalculatorLabels[language ?? 'en'].periodNames;
  const byMonths: Record<number, Period> = { 1: 'month', 3: 'quarter', 12: 'year' };
  if (typeof value === 'number') return byMonths[value];
  const text = String(value).trim();
  return (Object.keys(names) as Period[]).find(
    (period) => period === text || names[period] === text,
  );
}

type MutablePlan = Record<string, unknown> & {
  stages: Record<string, unknown>[];
  scenarios?: (Record<string, unknown> & { conversionRates?: unknown[] })[];
  channels?: Record<string, unknown>[];
};

/**
 * Sets `key` ("costPerLead", "stages.2.name", "channels.0.share") on the candidate; unknown
 * keys are skipped.
 */
function assign(candidate: MutablePlan, key: string, value: unknown): void {
  if (!isPlanInput(key)) return;
  const [field, index, itemField] = key.split('.');
  if (field === 'scenarios') {
    assignScenario(candidate, key, value);
    return;
  }
  if (itemField !== undefined) {
    const list = field === 'stages' ? candidate.stages : candidate.channels;
    const item = list?.[Number(index)];
    if (!item) return;
    if (value === undefined) delete item[itemField];
    else item[itemField] = value;
    return;
  }
  if (value === undefined) delete candidate[field];
  else candidate[field] = value;
}

/** A scenario's cell: a blank override leaves the field out (the scenario follows the base). */
function assignScenario(candidate: MutablePlan, key: string, value: unknown): void {
  const [, index, field, rate] = key.split('.');
  const scenario = candidate.scenarios?.[Number(index)];
  if (!scenario) return;
  if (field === 'conversionRates') {
    // Gathered one cell at a time; completeScenarioRates decides what the list means.
    const rates = Array.isArray(scenario.conversionRates) ? scenario.conversionRates : [];
    rates[Number(rate)] = value;
    scenario.conversionRates = rates;
    return;
  }
  if (value === undefined) delete scenario[field];
  else scenario[field] = value;
}

/**
 * A scenario's rate cells as its conversionRates: every cell blank, no override (the base's
 * rates, live); some blank, null for those stages, so they keep following the base rate.
 */
function completeScenarioRates(candidate: MutablePlan, rateCells: number): void {
  for (const scenario of candidate.scenarios ?? []) {
    const rates = scenario.conversionRates;
    if (!Array.isArray(rates)) continue;
    const given = Array.from({ length: rateCells }, (_, stage) => rates[stage]);
    if (given.every((rate) => rate === undefined)) delete scenario.conversionRates;
    else scenario.conversionRates = given.map((rate) => rate ?? null);
  }
}

export type SheetReading =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly problems: readonly SheetInputProblem[] };

/**
 * The plan the sheet's input cells describe: `stored` (the plan the sheet was built from,
 * which gives its shape and the fields that have no cell) with every input cell's content
 * put in, then validated by the schema. `valueAt` reads a zero-based cell of the sheet.
 */
export function planFromInputs(
  stored: Plan,
  layout: SheetLayout,
  valueAt: (row: number, column: number) => unknown,
): SheetReading {
  const candidate = JSON.parse(JSON.stringify(stored)) as MutablePlan;
  const cellOf = new Map<string, string>();
  for (const cell of inputCells(layout)) {
    cellOf.set(cell.key, a1(cell.row, cell.column));
    assign(
      candidate,
      cell.key,
      planValueOf(cell.key, valueAt(cell.row, cell.column), stored.language),
    );
  }
  // Rate cells exist only for a stored plan's scenarios, one per stage but the last.
  if (inputCells(layout).some((cell) => cell.key.includes('.conversionRates.')))
    completeScenarioRates(candidate, candidate.stages.length - 1);
  const validation = validatePlan(candidate);
  if (validation.ok) return { ok: true, plan: validation.plan };
  return {
    ok: false,
    problems: validation.errors.map((error) => ({
      field: error.field,
      a1: cellOf.get(error.field) ?? '',
      value: error.value,
      message: error.message,
    })),
  };
}

/**
 * The first literal label of the layout inside `bounds` that the sheet no longer shows
 * where FunnelMath wrote it (rows inserted above the block, a label typed over), or null.
 * Before writing inputs by address, this proves the addresses still hold the plan.
 */
export function movedLabel(
  layout: SheetLayout,
  bounds: Bounds,
  valueAt: (row: number, column: number) => unknown,
): { readonly a1: string; readonly expected: string; readonly found: unknown } | null {
  const inputs = new Set(inputCells(layout).map((cell) => `${cell.row},${cell.column}`));
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    for (let column = bounds.left; column <= bounds.right; column++) {
      const cell = layout.cells[row]?.[column];
      if (!cell || inputs.has(`${row},${column}`) || !('value' in cell)) continue;
      if (typeof cell.value !== 'string' || cell.value === '') continue;
      const found = valueAt(row, column);
      if (found !== cell.value) return { a1: a1(row, column), expected: cell.value, found };
    }
  }
  return null;
}
