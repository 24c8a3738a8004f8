/**
 * The form as the user typed it (strings), and its translation into a candidate plan for
 * `validatePlan`. Rates are typed as percentages, the way people think: "30" in a % field
 * is 30%, sent as 0.3. Kept free of the DOM so it is tested as plain functions.
 */
import type { Language, Period, Plan } from '../../src/funnel/types';
import type { Messages } from '../i18n';
import { type ChannelDraft, channelDraftsFromPlan, channelsCandidate } from './channelDrafts';
import { type NumberConvention, numberConvention, readNumber, typedNumber } from './numberInput';
import { type ScenarioDraft, scenarioDraftsFromPlan, scenariosCandidate } from './scenarioDrafts';

/** Numbers as an English form reads them: what callers get when they name no locale. */
const englishNumbers = numberConvention('en-US');

export interface StageDraft {
  /** Stable identity across reorders, so focus can follow a moved row. */
  readonly id: number;
  readonly name: string;
  /** The conversion to the next stage in percent, as typed; ignored on the last stage. */
  readonly ratePercent: string;
  /** Days from this stage to the next, as typed; blank: the sales cycle applies. */
  readonly daysToNext: string;
}

export interface Draft {
  readonly revenueTarget: string;
  readonly period: Period;
  readonly averageDealSize: string;
  readonly stages: readonly StageDraft[];
  /** The stage bought at the cost per lead, by identity so it follows a reorder. */
  readonly leadStageId: number;
  readonly costPerLead: string;
  readonly salesCycleDays: string;
  readonly monthlyGrowthPercent: string;
  /** 'auto' follows the spreadsheet's locale. */
  readonly language: Language | 'auto';
  /** ISO 4217 code; chosen apart from the language (a Taipei team may plan in USD). */
  readonly currency: string;
  /** "YYYY-MM" as a month field gives it; blank leaves the plan's default to the server. */
  readonly startMonth: string;
  /** What marketing may spend over the period, as typed; blank: no budget-first plan. */
  readonly marketingBudget: string;
  /** Lead sources, in the order shown; empty: the plan's one cost per lead buys every lead. */
  readonly channels: readonly ChannelDraft[];
  /** Up to 3 variants beside the base plan. */
  readonly scenarios: readonly ScenarioDraft[];
}

/** What a new form starts from besides the words: the spreadsheet's currency and today. */
export interface DraftDefaults {
  readonly currency: string;
  readonly startMonth: string;
}

let nextStageId = 1;
export function newStageId(): number {
  return nextStageId++;
}

/** The funnel most B2B teams start from: 2% of visitors leave details, 30% qualify... */
const defaultRatesPercent = ['2', '30', '40', '25', ''];

export function defaultDraft(messages: Messages, defaults: DraftDefaults): Draft {
  const stages = messages.defaultStageNames.map((name, index) => ({
    id: newStageId(),
    name,
    ratePercent: defaultRatesPercent[index],
    daysToNext: '',
  }));
  return {
    revenueTarget: '1200000',
    period: 'year',
    averageDealSize: '25000',
    stages,
    leadStageId: stages[1].id,
    costPerLead: '120',
    salesCycleDays: '60',
    monthlyGrowthPercent: '5',
    language: 'auto',
    currency: defaults.currency,
    startMonth: defaults.startMonth,
    marketingBudget: '',
    channels: [],
    scenarios: [],
  };
}

/**
 * A saved plan shown back in the form (fractions become the percentages people type); the
 * defaults fill what an older plan does not say (its currency, its first month).
 */
export function draftFromPlan(
  plan: Plan,
  defaults: DraftDefaults,
  numbers: NumberConvention = englishNumbers,
): Draft {
  // Written back the way this form reads numbers: 2.5% is "2,5" in a German form.
  const percentText = (fraction: number) =>
    typedNumber(Number(fractionToPercentText(fraction)), numbers);
  const typed = (value: number) => typedNumber(value, numbers);
  const stages = plan.stages.map((stage) => ({
    id: newStageId(),
    name: stage.name,
    ratePercent: stage.conversionToNext === undefined ? '' : percentText(stage.conversionToNext),
    daysToNext: stage.daysToNext === undefined ? '' : typed(stage.daysToNext),
  }));
  const leadStageIndex = plan.leadStageIndex ?? (plan.stages.length >= 3 ? 1 : 0);
  return {
    revenueTarget: typed(plan.revenueTarget),
    period: plan.period,
    averageDealSize: typed(plan.averageDealSize),
    stages,
    leadStageId: stages[Math.min(leadStageIndex, stages.length - 1)].id,
    costPerLead: plan.costPerLead === undefined ? '' : typed(plan.costPerLead),
    salesCycleDays: plan.salesCycleDays === undefined ? '' : typed(plan.salesCycleDays),
    monthlyGrowthPercent: plan.monthlyGrowth === undefined ? '' : percentText(plan.monthlyGrowth),
    language: plan.language ?? 'auto',
    currency: plan.currency ?? defaults.currency,
    startMonth: plan.startMonth ?? defaults.startMonth,
    marketingBudget: plan.marketingBudget === undefined ? '' : typed(plan.marketingBudget),
    channels: channelDraftsFromPlan(plan, typed, percentText),
    scenarios: scenarioDraftsFromPlan(plan, stages, typed, percentText),
  };
}

/**
 * What a typed number field means: absent when blank, the number when it reads as one in
 * the form's locale (numberInput.ts), else the text itself so the validator can say which
 * text is not a number.
 */
export type ParsedNumber = number | string | undefined;

export function parseNumber(typed: string, numbers = englishNumbers): ParsedNumber {
  return parsedValue(typed, numbers, false);
}

/** "30" -> 0.3, "2,5" -> 0.025 in a German form. A trailing "%" is accepted. */
export function parsePercent(typed: string, numbers = englishNumbers): ParsedNumber {
  return parsedValue(typed, numbers, true);
}

function parsedValue(typed: string, numbers: NumberConvention, percent: boolean): ParsedNumber {
  const reading = readNumber(typed, numbers, { percent });
  if (reading.kind === 'blank') return undefined;
  return reading.kind === 'number' ? reading.value : reading.typed;
}

/** 0.3 -> "30", without the binary noise of 0.07 * 100 = 7.000000000000001. */
export function fractionToPercentText(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(15)));
}

export function effectiveLanguage(draft: Draft, spreadsheetLanguage: Language): Language {
  return draft.language === 'auto' ? spreadsheetLanguage : draft.language;
}

/**
 * The object handed to `validatePlan`: numbers where the user typed numbers, the raw text
 * where they did not, optional fields left out when blank. Required blank fields stay
 * present as `undefined` so the validator reports them as missing.
 */
export function candidateFromDraft(
  draft: Draft,
  spreadsheetLanguage: Language,
  numbers: NumberConvention = englishNumbers,
): Record<string, unknown> {
  const parseNumber = (typed: string) => parsedValue(typed, numbers, false);
  const parsePercent = (typed: string) => parsedValue(typed, numbers, true);
  const lastIndex = draft.stages.length - 1;
  const candidate: Record<string, unknown> = {
    revenueTarget: parseNumber(draft.revenueTarget),
    period: draft.period,
    averageDealSize: parseNumber(draft.averageDealSize),
    stages: draft.stages.map((stage, index) => {
      if (index === lastIndex) return { name: stage.name.trim() };
      const daysToNext = parseNumber(stage.daysToNext);
      return {
        name: stage.name.trim(),
        conversionToNext: parsePercent(stage.ratePercent),
        ...(daysToNext === undefined ? {} : { daysToNext }),
      };
    }),
    leadStageIndex: draft.stages.findIndex((stage) => stage.id === draft.leadStageId),
    language: effectiveLanguage(draft, spreadsheetLanguage),
    currency: draft.currency,
  };
  if (draft.startMonth.trim() !== '') candidate.startMonth = draft.startMonth.trim();
  // Left out when empty: every plan without them stays the plan it was.
  if (draft.channels.length > 0)
    candidate.channels = channelsCandidate(draft.channels, parseNumber, parsePercent);
  if (draft.scenarios.length > 0)
    candidate.scenarios = scenariosCandidate(draft, parseNumber, parsePercent);
  const optional: Record<string, ParsedNumber> = {
    costPerLead: parseNumber(draft.costPerLead),
    marketingBudget: parseNumber(draft.marketingBudget),
    salesCycleDays: parseNumber(draft.salesCycleDays),
    monthlyGrowth: parsePercent(draft.monthlyGrowthPercent),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) candidate[key] = value;
  }
  return candidate;
}
