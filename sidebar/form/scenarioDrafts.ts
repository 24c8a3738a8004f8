/**
 * The scenario editor's state: up to three variants of the plan as typed, where a blank
 * field follows the base plan. Rates are kept per stage identity, so a scenario's override
 * stays on its stage when the stages are reordered. No DOM.
 */
import type { Plan } from '../../src/funnel/types';
import type { Draft, ParsedNumber, StageDraft } from './draft';

export interface ScenarioDraft {
  readonly id: number;
  readonly name: string;
  /** Blank: the base plan's value, live. */
  readonly revenueTarget: string;
  readonly averageDealSize: string;
  readonly costPerLead: string;
  /** Per stage id, the conversion to the next stage in percent; blank or absent: the base rate. */
  readonly ratesPercent: Readonly<Record<number, string>>;
}

let nextScenarioId = 1;

export const scenarioNameKey = (id: number) => `scenario-${id}-name`;
export const scenarioTargetKey = (id: number) => `scenario-${id}-target`;
export const scenarioDealKey = (id: number) => `scenario-${id}-deal`;
export const scenarioCostKey = (id: number) => `scenario-${id}-cost`;
export const scenarioRateKey = (id: number, stageId: number) => `scenario-${id}-rate-${stageId}`;

/** A saved plan's scenarios in the form: a null rate (it follows the base) shows blank. */
export function scenarioDraftsFromPlan(
  plan: Plan,
  stages: readonly StageDraft[],
  typed: (value: number) => string,
  percentText: (fraction: number) => string,
): ScenarioDraft[] {
  const optional = (value: number | undefined) => (value === undefined ? '' : typed(value));
  return (plan.scenarios ?? []).map((scenario) => {
    const ratesPercent: Record<number, string> = {};
    scenario.conversionRates?.forEach((rate, index) => {
      const stage = stages[index];
      if (stage && rate !== null) ratesPercent[stage.id] = percentText(rate);
    });
    return {
      id: nextScenarioId++,
      name: scenario.name,
      revenueTarget: optional(scenario.revenueTarget),
      averageDealSize: optional(scenario.averageDealSize),
      costPerLead: optional(scenario.costPerLead),
      ratesPercent,
    };
  });
}

export function addScenario(draft: Draft, name: string): Draft {
  const scenario: ScenarioDraft = {
    id: nextScenarioId++,
    name,
    revenueTarget: '',
    averageDealSize: '',
    costPerLead: '',
    ratesPercent: {},
  };
  return { ...draft, scenarios: [...draft.scenarios, scenario] };
}

export function removeScenario(draft: Draft, id: number): Draft {
  return { ...draft, scenarios: draft.scenarios.filter((scenario) => scenario.id !== id) };
}

export type ScenarioTextField = 'name' | 'revenueTarget' | 'averageDealSize' | 'costPerLead';

export function updateScenario(
  draft: Draft,
  id: number,
  change: { readonly field: ScenarioTextField; readonly value: string },
): Draft {
  return {
    ...draft,
    scenarios: draft.scenarios.map((scenario) =>
      scenario.id === id ? { ...scenario, [change.field]: change.value } : scenario,
    ),
  };
}

export function setScenarioRate(
  draft: Draft,
  id: number,
  stageId: number,
  ratePercent: string,
): Draft {
  return {
    ...draft,
    scenarios: draft.scenarios.map((scenario) =>
      scenario.id === id
        ? { ...scenario, ratesPercent: { ...scenario.ratesPercent, [stageId]: ratePercent } }
        : scenario,
    ),
  };
}

/** The rate a scenario typed for a stage; blank when it follows the base. */
export function scenarioRateTyped(scenario: ScenarioDraft, stageId: number): string {
  return scenario.ratesPercent[stageId] ?? '';
}

/**
 * The scenarios as the schema reads them. When any rate is typed the scenario holds a list
 * with one entry per stage but the last, null for a blank one (it follows the base rate).
 */
export function scenariosCandidate(
  draft: Draft,
  parseNumber: (typed: string) => ParsedNumber,
  parsePercent: (typed: string) => ParsedNumber,
): Record<string, unknown>[] {
  const rated = draft.stages.slice(0, -1);
  return draft.scenarios.map((scenario) => {
    const candidate: Record<string, unknown> = { name: scenario.name.trim() };
    const numbers = {
      revenueTarget: parseNumber(scenario.revenueTarget),
      averageDealSize: parseNumber(scenario.averageDealSize),
      costPerLead: parseNumber(scenario.costPerLead),
    };
    for (const [key, value] of Object.entries(numbers))
      if (value !== undefined) candidate[key] = value;
    const typedRates = rated.map((stage) => scenarioRateTyped(scenario, stage.id).trim());
    if (typedRates.some((typed) => typed !== '')) {
      candidate.conversionRates = typedRates.map((typed) =>
        typed === '' ? null : parsePercent(typed),
      );
    }
    return candidate;
  });
}
