import { type InputKey, inputColumns } from './inputs';
import { cellArg, type KpiArgument } from './kpiFormula';
import { type KpiColumn, type KpiKey, kpiColumns, type RowRefs } from './kpis';

/**
 * The period row of the KPI table. A period figure is computed from the months in which
 * every input it rests on is a number: a month with spend but no customers yet, or "n/a"
 * in its revenue, is left out whole instead of moving the ratio (its spend counted, its
 * outcome not). KPIs built from one another (LTV:CAC from LTV and CAC, velocity from deal
 * size and win rate) share one set of months, so each period figure still equals the one
 * computed from its neighbours on the row. SUMIFS/COUNTIFS with a numeric criterion pick
 * the months: text and blanks fail it on every engine, with no array formula needed.
 */

/** Matches any number, and no text or blank. */
export const NUMBER_CRITERION = '">-1E+300"';

const inputOrder = new Map(inputColumns.map((column, index) => [column.key, index]));

/** The inputs and KPIs a column reads, found by calling its argument builder on markers. */
function readsOf(column: KpiColumn): { inputs: Set<InputKey>; kpis: Set<KpiKey> } {
  const inputs = new Set<InputKey>();
  const kpis = new Set<KpiKey>();
  const marker = (text: string): KpiArgument => ({ expr: text, blankWhen: [] });
  const recorder: RowRefs = {
    isPeriod: true,
    input: (key) => {
      inputs.add(key);
      return marker(key);
    },
    stock: (key) => {
      inputs.add(key);
      return marker(key);
    },
    kpi: (key) => {
      kpis.add(key);
      return marker(key);
    },
    previous: () => undefined,
    grossMargin: 'grossMargin',
    salesCycleDays: 'salesCycleDays',
  };
  column.args(recorder);
  return { inputs, kpis };
}

/**
 * For each KPI, the inputs that must all be numbers for a month to count in its period
 * figure: the inputs of every KPI it is connected to by reading or being read.
 */
export function periodInputs(): Readonly<Record<KpiKey, readonly InputKey[]>> {
  const reads = new Map(kpiColumns.map((column) => [column.key, readsOf(column)]));
  const group = new Map<KpiKey, KpiKey>(kpiColumns.map((column) => [column.key, column.key]));
  const root = (key: KpiKey): KpiKey => {
    const parent = group.get(key) ?? key;
    return parent === key ? key : root(parent);
  };
  for (const [key, read] of reads) {
    for (const other of read.kpis) group.set(root(other), root(key));
  }
  const inputsOfGroup = new Map<KpiKey, Set<InputKey>>();
  for (const [key, read] of reads) {
    const inputs = inputsOfGroup.get(root(key)) ?? new Set<InputKey>();
    for (const input of read.inputs) inputs.add(input);
    inputsOfGroup.set(root(key), inputs);
  }
  const result = {} as Record<KpiKey, InputKey[]>;
  for (const column of kpiColumns) {
    result[column.key] = [...(inputsOfGroup.get(root(column.key)) ?? [])].sort(
      (left, right) => (inputOrder.get(left) ?? 0) - (inputOrder.get(right) ?? 0),
    );
  }
  return result;
}

/** The month range of an input column, and the period KPI cell of a KPI. */
export interface PeriodSheet {
  months(key: InputKey): string;
  periodKpi(key: KpiKey): string;
  readonly grossMargin: string;
  readonly salesCycleDays: string;
}

/** How many months have every one of `inputs` as a number. */
export function coveredMonths(sheet: PeriodSheet, inputs: readonly InputKey[]): string {
  return `COUNTIFS(${criteria(sheet, inputs)})`;
}

function criteria(sheet: PeriodSheet, inputs: readonly InputKey[]): string {
  return inputs.map((key) => `${sheet.months(key)},${NUMBER_CRITERION}`).join(',');
}

/** The period row's references for a KPI covering the months where `inputs` are numbers. */
export function periodRefs(sheet: PeriodSheet, inputs: readonly InputKey[]): RowRefs {
  const count = coveredMonths(sheet, inputs);
  const missing = [`${count}=0`];
  const total = (key: InputKey) => `SUMIFS(${sheet.months(key)},${criteria(sheet, inputs)})`;
  const needs = (key: InputKey) => {
    if (!inputs.includes(key)) throw new Error(`the period of this KPI does not cover ${key}`);
  };
  return {
    isPeriod: true,
    input: (key) => {
      needs(key);
      return { expr: total(key), blankWhen: missing };
    },
    stock: (key) => {
      needs(key);
      return { expr: `${total(key)}/${count}`, blankWhen: missing };
    },
    kpi: (key) => cellArg(sheet.periodKpi(key)),
    previous: () => undefined,
    grossMargin: sheet.grossMargin,
    salesCycleDays: sheet.salesCycleDays,
  };
}
