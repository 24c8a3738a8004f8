import { effectiveStageRates } from './channels';
import { planFunnel } from './planner';
import type { Plan, Scenario } from './types';

/**
 * Scenarios side by side: the base plan and each named variant, planned backward by the one
 * planner (planFunnel) on a derived plan, so a scenario's counts follow the very rules of the
 * base plan. The goal-calculator sheet's "Scenarios" block computes the same figures with
 * live formulas (src/layout/goalCalculator/scenariosBlock.ts).
 */

/** The plan fields a scenario may replace. */
export type ScenarioField = Exclude<keyof Scenario, 'name'>;

export const SCENARIO_FIELDS: readonly ScenarioField[] = [
  'revenueTarget',
  'averageDealSize',
  'costPerLead',
  'conversionRates',
];

/** One column of the comparison: the figures in use and what they make the funnel need. */
export interface ScenarioFigures {
  /** The scenario's name; null for the base plan. */
  readonly name: string | null;
  /**
   * The fields this scenario replaces (empty for the base plan); the rest follow the base.
   * conversionRates is in it when the scenario gives at least one rate of its own.
   */
  readonly overridden: readonly ScenarioField[];
  /** Per stage but the last: whether this scenario gives that stage's rate (else the base's). */
  readonly overriddenRates: readonly boolean[];
  readonly revenueTarget: number;
  readonly averageDealSize: number;
  /**
   * The cost per lead in use: the scenario's, else the base's; with channels and no
   * override, the channels' share-weighted cost per lead. Null when there is none.
   */
  readonly costPerLead: number | null;
  /**
   * The conversion rates the counts divide by, top of the funnel first (one fewer than
   * stages); with channels the lead stage's is their share-weighted rate.
   */
  readonly conversionRates: readonly number[];
  /** Every stage's needed count, top of the funnel first (the planner's reverse counts). */
  readonly needed: readonly number[];
  readonly customers: number;
  /** Lead-stage count times cost per lead; null without a cost per lead. */
  readonly marketingBudget: number | null;
  /** Implied CAC: budget / customers needed; null without a budget. */
  readonly cac: number | null;
}

export interface ScenarioComparison {
  readonly base: ScenarioFigures;
  /** In the plan's order. */
  readonly scenarios: readonly ScenarioFigures[];
}

/**
 * The plan a scenario stands for: the base plan with the scenario's fields in place. Its
 * cost per lead replaces every channel's (one blended figure); its rates replace the stages'
 * rates, a null one leaving that stage's (a channel's own rate still applies to that
 * channel's leads). Without scenarios and without a budget: the forward plan is the base
 * plan's alone.
 */
export function scenarioPlan(plan: Plan, scenario: Scenario): Plan {
  const { scenarios: _scenarios, marketingBudget: _budget, ...base } = plan;
  const rates = scenario.conversionRates;
  const costPerLead = scenario.costPerLead;
  return {
    ...base,
    revenueTarget: scenario.revenueTarget ?? plan.revenueTarget,
    averageDealSize: scenario.averageDealSize ?? plan.averageDealSize,
    ...(costPerLead === undefined ? {} : { costPerLead }),
    ...(costPerLead === undefined || plan.channels === undefined
      ? {}
      : { channels: plan.channels.map((channel) => ({ ...channel, costPerLead })) }),
    stages:
      rates === undefined
        ? plan.stages
        : plan.stages.map((stage, index) => {
            const rate = rates[index];
            return rate === undefined || rate === null
              ? stage
              : { ...stage, conversionToNext: rate };
          }),
  };
}

/** The fields a scenario gives, and per stage but the last whether it gives that rate. */
function overridesOf(
  scenario: Scenario,
  stageCount: number,
): Pick<ScenarioFigures, 'overridden' | 'overriddenRates'> {
  const overriddenRates = Array.from(
    { length: stageCount - 1 },
    (_, stage) => typeof scenario.conversionRates?.[stage] === 'number',
  );
  return {
    overridden: SCENARIO_FIELDS.filter((field) =>
      field === 'conversionRates' ? overriddenRates.includes(true) : scenario[field] !== undefined,
    ),
    overriddenRates,
  };
}

function figuresOf(
  plan: Plan,
  name: string | null,
  overrides: Pick<ScenarioFigures, 'overridden' | 'overriddenRates'>,
  costOverride: number | undefined,
): ScenarioFigures {
  const result = planFunnel(plan);
  return {
    name,
    ...overrides,
    revenueTarget: plan.revenueTarget,
    averageDealSize: plan.averageDealSize,
    costPerLead: costOverride ?? result.channelPlan?.averageCostPerLead ?? plan.costPerLead ?? null,
    conversionRates: effectiveStageRates(plan),
    needed: result.stages.map((stage) => stage.needed),
    customers: result.customers,
    marketingBudget: result.marketingBudget,
    cac: result.cac,
  };
}

/**
 * The base plan and each of its scenarios, side by side; undefined when the plan has no
 * scenarios. Expects a validated plan (see validatePlan).
 */
export function planScenarios(plan: Plan): ScenarioComparison | undefined {
  const scenarios = plan.scenarios;
  if (scenarios === undefined || scenarios.length === 0) return undefined;
  return {
    base: figuresOf(
      scenarioPlan(plan, { name: '' }),
      null,
      overridesOf({ name: '' }, plan.stages.length),
      undefined,
    ),
    scenarios: scenarios.map((scenario) =>
      figuresOf(
        scenarioPlan(plan, scenario),
        scenario.name,
        overridesOf(scenario, plan.stages.length),
        scenario.costPerLead,
      ),
    ),
  };
}
