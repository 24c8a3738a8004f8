import type { Plan } from '../../funnel/types';
import { a1, rangeA1 } from '../a1';

/**
 * Where the "Scenarios" block of the goal-calculator sheet sits: after the calendar of when
 * each stage must fill, one column per scenario beside the base. Rows depend on the number
 * of stages only, columns on the number of scenarios.
 */

/** Columns of the block: labels, the base plan, then one per scenario. */
export const SCENARIO_COLUMNS = { label: 0, base: 1, firstScenario: 2 } as const;
/** Columns of the side-by-side table the chart reads. */
export const SUMMARY_COLUMNS = { name: 0, customers: 1, budget: 2, cac: 3 } as const;

export interface ScenarioPositions {
  readonly section: number;
  readonly howToRead: number;
  /** "Overrides" header, with the scenario names (inputs) over their columns. */
  readonly overridesHeader: number;
  /** Revenue target, deal size, cost per lead, then one rate per stage but the last. */
  readonly firstOverride: number;
  readonly inUseHeader: number;
  /** Same order as the overrides. */
  readonly firstInUse: number;
  readonly resultsHeader: number;
  /** One row per stage, top first. */
  readonly firstNeeded: number;
  readonly budget: number;
  readonly cac: number;
  readonly summarySection: number;
  readonly summaryHeader: number;
  /** Base first, then each scenario. */
  readonly firstSummary: number;
  /** The last row of the block. */
  readonly last: number;
}

/** Overrides (and in-use figures) in this order; rates follow, one per stage but the last. */
export const OVERRIDE_OFFSETS = { revenueTarget: 0, averageDealSize: 1, costPerLead: 2 } as const;
export const FIRST_RATE_OFFSET = 3;

/** The block's rows when it starts at `section`; null for a plan without scenarios. */
export function scenarioPositionsOf(plan: Plan, section: number): ScenarioPositions | null {
  const count = plan.scenarios?.length ?? 0;
  if (count === 0) return null;
  const overrideRows = FIRST_RATE_OFFSET + plan.stages.length - 1;
  const overridesHeader = section + 2;
  const inUseHeader = overridesHeader + 1 + overrideRows;
  const resultsHeader = inUseHeader + 1 + overrideRows;
  const firstNeeded = resultsHeader + 1;
  const budget = firstNeeded + plan.stages.length;
  const summarySection = budget + 3;
  const firstSummary = summarySection + 2;
  return {
    section,
    howToRead: section + 1,
    overridesHeader,
    firstOverride: overridesHeader + 1,
    inUseHeader,
    firstInUse: inUseHeader + 1,
    resultsHeader,
    firstNeeded,
    budget,
    cac: budget + 1,
    summarySection,
    summaryHeader: summarySection + 1,
    firstSummary,
    last: firstSummary + count,
  };
}

/** One column of the block: the base (`name` null) or a scenario. */
export interface ScenarioColumnCells {
  /** The scenario's name, an input cell; null for the base column. */
  readonly name: string | null;
  /** The override input cells; null for the base column. */
  readonly overrides: {
    readonly revenueTarget: string;
    readonly averageDealSize: string;
    readonly costPerLead: string;
    /** One per stage but the last, top first. */
    readonly conversionRates: readonly string[];
  } | null;
  /** The figures the column plans with: the override, or the base input. */
  readonly inUse: {
    readonly revenueTarget: string;
    readonly averageDealSize: string;
    readonly costPerLead: string;
    readonly conversionRates: readonly string[];
  };
  /** Every stage's needed count, top first. */
  readonly needed: readonly string[];
  readonly budget: string;
  readonly cac: string;
}

export interface ScenarioCells {
  readonly base: ScenarioColumnCells;
  readonly scenarios: readonly ScenarioColumnCells[];
  /** The side-by-side table, header row included (what the chart reads). */
  readonly summary: {
    readonly names: string;
    readonly customers: string;
    readonly budget: string;
    readonly cac: string;
  };
}

export function scenarioCellsOf(plan: Plan, at: ScenarioPositions): ScenarioCells {
  const rates = plan.stages.length - 1;
  const column = (index: number | null): ScenarioColumnCells => {
    const col = index === null ? SCENARIO_COLUMNS.base : SCENARIO_COLUMNS.firstScenario + index;
    const rows = (first: number) => ({
      revenueTarget: a1(first + OVERRIDE_OFFSETS.revenueTarget, col),
      averageDealSize: a1(first + OVERRIDE_OFFSETS.averageDealSize, col),
      costPerLead: a1(first + OVERRIDE_OFFSETS.costPerLead, col),
      conversionRates: Array.from({ length: rates }, (_, stage) =>
        a1(first + FIRST_RATE_OFFSET + stage, col),
      ),
    });
    return {
      name: index === null ? null : a1(at.overridesHeader, col),
      overrides: index === null ? null : rows(at.firstOverride),
      inUse: rows(at.firstInUse),
      needed: plan.stages.map((_, stage) => a1(at.firstNeeded + stage, col)),
      budget: a1(at.budget, col),
      cac: a1(at.cac, col),
    };
  };
  const summaryColumn = (index: number) => rangeA1(at.summaryHeader, index, at.last, index);
  return {
    base: column(null),
    scenarios: (plan.scenarios ?? []).map((_, index) => column(index)),
    summary: {
      names: summaryColumn(SUMMARY_COLUMNS.name),
      customers: summaryColumn(SUMMARY_COLUMNS.customers),
      budget: summaryColumn(SUMMARY_COLUMNS.budget),
      cac: summaryColumn(SUMMARY_COLUMNS.cac),
    },
  };
}
