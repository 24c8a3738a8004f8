/**
 * The goal-calculator plan: one JSON object. The sidebar sends it, the CLI reads it from a
 * file, tests generate it. Validated in one place (src/funnel/schema.ts), on the client as
 * the user types and again on the server.
 */

export type Period = 'month' | 'quarter' | 'year';
export type Language = 'en' | 'zh-CN' | 'zh-TW';

export interface Stage {
  readonly name: string;
  /** Fraction in (0, 1] of this stage that reaches the next; absent on the last stage. */
  readonly conversionToNext?: number;
  /**
   * Days from entering this stage to entering the next one; absent on the last stage. When
   * no stage gives one, the plan's salesCycleDays is the whole lag (as before).
   */
  readonly daysToNext?: number;
}

/**
 * A lead source (inbound, paid, events...). Channels buy the lead stage: their shares split
 * its volume, each at its own cost per lead; a channel's own conversionToNext replaces the
 * lead stage's rate for its leads (lead quality differs by source).
 */
export interface Channel {
  readonly name: string;
  /** Fraction in (0, 1] of the lead stage's volume; a plan's shares sum to 1. */
  readonly share: number;
  readonly costPerLead: number;
  /** This channel's leads reaching the next stage; default: the lead stage's rate. */
  readonly conversionToNext?: number;
}

/**
 * A named variant of the plan (conservative, stretch): any field given replaces the base
 * plan's; every field left out follows the base plan, live on the sheet.
 */
export interface Scenario {
  readonly name: string;
  readonly revenueTarget?: number;
  readonly averageDealSize?: number;
  /** Replaces every channel's cost per lead too (one blended figure). */
  readonly costPerLead?: number;
  /**
   * One entry per stage but the last, top of the funnel first: a rate overrides that stage's,
   * null follows the base stage's rate (live on the sheet). At least one is a rate.
   */
  readonly conversionRates?: readonly (number | null)[];
}

export interface Plan {
  readonly revenueTarget: number;
  readonly period: Period;
  readonly averageDealSize: number;
  /** 2 to 10 stages, top of the funnel first; the last one is customers. */
  readonly stages: readonly Stage[];
  /** The stage whose count is bought at costPerLead (default: 1 when there are 3+ stages, else 0). */
  readonly leadStageIndex?: number;
  readonly costPerLead?: number;
  /**
   * What marketing may spend over the period (budget first): the plan then also goes forward
   * from the lead stage, at costPerLead, to the revenue that budget buys. Needs costPerLead > 0.
   */
  readonly marketingBudget?: number;
  /** 1 to 8 lead sources whose shares sum to 1; with them the plan's costPerLead is not used. */
  readonly channels?: readonly Channel[];
  /** Up to 3 variants shown beside the base plan. */
  readonly scenarios?: readonly Scenario[];
  readonly salesCycleDays?: number;
  readonly monthlyGrowth?: number;
  readonly language?: Language;
  /** First month of the plan, "YYYY-MM"; callers with a clock default it to next month. */
  readonly startMonth?: string;
  /** ISO 4217 code of every money figure (src/funnel/currency.ts); default from the locale. */
  readonly currency?: string;
}

/** One problem with one field: which field, what value, what is allowed. */
export interface FieldError {
  /** A path such as "revenueTarget" or "stages.2.conversionToNext". */
  readonly field: string;
  readonly value: unknown;
  /** A full sentence naming the field, the value and what is allowed. */
  readonly message: string;
}

export type PlanValidation =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly errors: readonly FieldError[] };
