import * as v from 'valibot';
import { reverseFunnelCounts } from '../kpi';
import { effectiveStageRates } from './channels';
import { CURRENCY_CODES } from './currency';
import { MAX_STAGE_NAME_LENGTH, stageNameAllowed, stageNameProblem } from './stageName';
import { isStartMonth, MAX_START_YEAR, MIN_START_YEAR } from './startMonth';
import type { FieldError, Plan, PlanValidation } from './types';

/**
 * The one validator of a plan, used by the sidebar as the user types, by the server before
 * it writes anything, and by the CLI. Pure (valibot only), so it runs in the browser too.
 *
 * Every problem becomes one FieldError per field: "<field> is <value>; <what is allowed>".
 * Each valibot message below is only the "what is allowed" half; `describe` adds the rest.
 */

export const MIN_STAGES = 2;
export const MAX_STAGES = 10;
export { MAX_STAGE_NAME_LENGTH };
/** Large enough for any company, small enough that counts keep 15 significant digits. */
export const MAX_MONEY = 1e12;
/**
 * The most any stage may need (a billion: far beyond any B2B funnel). Counts round up after
 * ROUND(x, 6) (src/layout/formulas.ts), which needs the count's digits plus six decimals
 * within a spreadsheet's 15 significant digits for every engine to agree on ties.
 */
export const MAX_STAGE_COUNT = 1e9;
export const MAX_SALES_CYCLE_DAYS = 730;
export const MAX_CHANNELS = 8;
/** How far the channels' shares may sum from 1 (float noise of fractions typed as percents). */
export const SHARE_SUM_TOLERANCE = 1e-9;
export const MIN_MONTHLY_GROWTH = -0.5;
export const MAX_MONTHLY_GROWTH = 1;
/** Scenarios shown beside the base plan: a base and three variants fit one screen. */
export const MAX_SCENARIOS = 3;

const PLAN_FIELDS = [
  'revenueTarget',
  'period',
  'averageDealSize',
  'stages',
  'leadStageIndex',
  'costPerLead',
  'marketingBudget',
  'channels',
  'salesCycleDays',
  'monthlyGrowth',
  'language',
  'startMonth',
  'currency',
  'scenarios',
] as const;

function amount(allowed: string, minimum: 'positive' | 'zero') {
  return v.pipe(
    v.number(allowed),
    v.finite(allowed),
    minimum === 'positive' ? v.gtValue(0, allowed) : v.minValue(0, allowed),
    v.maxValue(MAX_MONEY, allowed),
  );
}

const daysAllowed = `enter a number of days from 0 to ${MAX_SALES_CYCLE_DAYS}`;

function days() {
  return v.pipe(
    v.number(daysAllowed),
    v.finite(daysAllowed),
    v.minValue(0, daysAllowed),
    v.maxValue(MAX_SALES_CYCLE_DAYS, daysAllowed),
  );
}

const startMonthAllowed = `enter a month as "YYYY-MM", from ${MIN_START_YEAR}-01 to ${MAX_START_YEAR}-12, e.g. "2027-01"`;

const conversionAllowed = 'enter a fraction greater than 0 and at most 1, e.g. 0.3 for 30%';

const stageSchema = v.strictObject(
  {
    name: v.pipe(
      v.string(`enter the stage name as text of 1 to ${MAX_STAGE_NAME_LENGTH} characters`),
      // As a person sees it: storable, visible, at most 60 graphemes (stageName.ts).
      v.check(
        (name) => stageNameProblem(name) === undefined,
        (issue) => stageNameAllowed(stageNameProblem(String(issue.input))),
      ),
    ),
    conversionToNext: v.optional(conversion()),
    daysToNext: v.optional(days()),
  },
  'a stage has only "name", "conversionToNext" and "daysToNext"',
);

const shareAllowed =
  'enter a fraction of the leads greater than 0 and at most 1, e.g. 0.25 for 25%';

function conversion() {
  return v.pipe(
    v.number(conversionAllowed),
    v.finite(conversionAllowed),
    v.gtValue(0, conversionAllowed),
    v.maxValue(1, conversionAllowed),
  );
}

const scenarioNameAllowed = `enter the scenario name as text of 1 to ${MAX_STAGE_NAME_LENGTH} characters`;

/** A scenario's fields follow the base fields' own rules; distinct names and one rate per stage but the last are checked in scenarioErrors. */
const scenarioSchema = v.strictObject(
  {
    name: v.pipe(
      v.string(scenarioNameAllowed),
      v.check(
        (name) => stageNameProblem(name) === undefined,
        (issue) => stageNameAllowed(stageNameProblem(String(issue.input)), 'the scenario name'),
      ),
    ),
    revenueTarget: v.optional(
      amount(`enter an amount greater than 0 and at most ${MAX_MONEY}`, 'positive'),
    ),
    averageDealSize: v.optional(
      amount(`enter an amount greater than 0 and at most ${MAX_MONEY}`, 'positive'),
    ),
    costPerLead: v.optional(amount(`enter an amount of 0 or more, at most ${MAX_MONEY}`, 'zero')),
    conversionRates: v.optional(
      v.array(
        v.nullable(conversion()),
        'enter a list of conversion rates, one per stage but the last, e.g. [0.02, null, 0.25] (null follows the base rate)',
      ),
    ),
  },
  'a scenario has only "name", "revenueTarget", "averageDealSize", "costPerLead" and "conversionRates"',
);

const channelSchema = v.strictObject(
  {
    name: v.pipe(
      v.string(`enter the channel name as text of 1 to ${MAX_STAGE_NAME_LENGTH} characters`),
      // The same rules as a stage name: storable, visible, at most 60 graphemes.
      v.check(
        (name) => stageNameProblem(name) === undefined,
        (issue) =>
          stageNameAllowed(stageNameProblem(String(issue.input))).replace(
            'stage name',
            'channel name',
          ),
      ),
    ),
    share: v.pipe(
      v.number(shareAllowed),
      v.finite(shareAllowed),
      v.gtValue(0, shareAllowed),
      v.maxValue(1, shareAllowed),
    ),
    costPerLead: amount(`enter an amount of 0 or more, at most ${MAX_MONEY}`, 'zero'),
    conversionToNext: v.optional(conversion()),
  },
  'a channel has only "name", "share", "costPerLead" and "conversionToNext"',
);

const planSchema = v.strictObject(
  {
    revenueTarget: amount(`enter an amount greater than 0 and at most ${MAX_MONEY}`, 'positive'),
    period: v.picklist(['month', 'quarter', 'year'], 'enter "month", "quarter" or "year"'),
    averageDealSize: amount(`enter an amount greater than 0 and at most ${MAX_MONEY}`, 'positive'),
    stages: v.pipe(
      v.array(stageSchema, `enter a list of ${MIN_STAGES} to ${MAX_STAGES} stages`),
      v.minLength(MIN_STAGES, `enter ${MIN_STAGES} to ${MAX_STAGES} stages, customers last`),
      v.maxLength(MAX_STAGES, `enter ${MIN_STAGES} to ${MAX_STAGES} stages, customers last`),
    ),
    leadStageIndex: v.optional(
      v.pipe(
        v.number('enter the position of the stage bought at the cost per lead (0 = first)'),
        v.integer('enter a whole position, 0 for the first stage'),
      ),
    ),
    costPerLead: v.optional(amount(`enter an amount of 0 or more, at most ${MAX_MONEY}`, 'zero')),
    marketingBudget: v.optional(
      amount(`enter an amount greater than 0 and at most ${MAX_MONEY}`, 'positive'),
    ),
    channels: v.optional(
      v.pipe(
        v.array(channelSchema, `enter a list of 1 to ${MAX_CHANNELS} channels`),
        v.minLength(1, `enter 1 to ${MAX_CHANNELS} channels, or leave channels out`),
        v.maxLength(MAX_CHANNELS, `enter 1 to ${MAX_CHANNELS} channels`),
      ),
    ),
    salesCycleDays: v.optional(days()),
    monthlyGrowth: v.optional(
      v.pipe(
        v.number(growthAllowed()),
        v.finite(growthAllowed()),
        v.minValue(MIN_MONTHLY_GROWTH, growthAllowed()),
        v.maxValue(MAX_MONTHLY_GROWTH, growthAllowed()),
      ),
    ),
    language: v.optional(v.picklist(['en', 'zh-CN', 'zh-TW'], 'enter "en", "zh-CN" or "zh-TW"')),
    startMonth: v.optional(
      v.pipe(v.string(startMonthAllowed), v.check(isStartMonth, startMonthAllowed)),
    ),
    currency: v.optional(
      v.picklist(
        CURRENCY_CODES as string[],
        `enter an ISO 4217 currency code: ${CURRENCY_CODES.join(', ')}`,
      ),
    ),
    scenarios: v.optional(
      v.pipe(
        v.array(scenarioSchema, `enter a list of 0 to ${MAX_SCENARIOS} scenarios`),
        v.maxLength(MAX_SCENARIOS, `enter at most ${MAX_SCENARIOS} scenarios`),
      ),
    ),
  },
  `a plan has only these fields: ${PLAN_FIELDS.join(', ')}`,
);

function growthAllowed(): string {
  return `enter a fraction from ${MIN_MONTHLY_GROWTH} to ${MAX_MONTHLY_GROWTH}, e.g. 0.05 for 5% a month`;
}

/** Shows a value the way the user typed it (JSON), shortened so a message stays one line. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  let shown: string;
  if (typeof value === 'number') shown = String(value);
  else {
    try {
      shown = JSON.stringify(value) ?? String(value);
    } catch {
      shown = String(value);
    }
  }
  // Invisible and unstorable characters are spelt out, so the message shows what is wrong.
  shown = shown.replace(hiddenCharacter, (character) => {
    const hex = (character.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex}`;
  });
  // Cut by code points: half an emoji would itself be a character no file can store.
  const codePoints = Array.from(shown);
  if (codePoints.length <= 80) return shown;
  // Never end inside an escape (\u200d) or on a lone backslash; a cut text stays quoted.
  let cut = codePoints
    .slice(0, 76)
    .join('')
    .replace(/\\u\{?[0-9a-f]*$/, '');
  if ((/\\+$/.exec(cut)?.[0].length ?? 0) % 2 === 1) cut = cut.slice(0, -1);
  return shown.startsWith('"') ? `${cut}..."` : `${cut}...`;
}

const hiddenCharacter =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;

function fieldError(field: string, value: unknown, allowed: string): FieldError {
  return { field, value, message: `${field} is ${showValue(value)}; ${allowed}` };
}

/** A rate typed as a percentage (30 for 30%) is the most common slip: say how to fix it. */
function conversionHint(value: unknown): string {
  if (typeof value === 'number' && value > 1 && value <= 100) {
    return `enter a fraction greater than 0 and at most 1: for ${value}% enter ${value / 100}`;
  }
  return conversionAllowed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function leadStageInRange(input: Record<string, unknown>, last: number): boolean {
  const index = input.leadStageIndex;
  return index === undefined || (typeof index === 'number' && index >= 0 && index <= last - 1);
}

/** Checks that span fields: only run on fields that are valid on their own. */
function crossFieldErrors(
  input: Record<string, unknown>,
  badFields: ReadonlySet<string>,
  channelsInvalid: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  const stages = input.stages;
  if (!Array.isArray(stages) || badFields.has('stages')) return errors;
  const last = stages.length - 1;
  stages.forEach((stage: Record<string, unknown>, index) => {
    const field = `stages.${index}.conversionToNext`;
    if (badFields.has(field)) return;
    if (index < last && stage.conversionToNext === undefined) {
      errors.push(
        fieldError(
          field,
          undefined,
          `every stage but the last needs its conversion rate to the next; ${conversionAllowed}`,
        ),
      );
    }
    const daysField = `stages.${index}.daysToNext`;
    if (index === last && stage.daysToNext !== undefined && !badFields.has(daysField)) {
      errors.push(
        fieldError(
          daysField,
          stage.daysToNext,
          'the last stage (customers) has no next stage; leave it out',
        ),
      );
    }
    if (index === last && stage.conversionToNext !== undefined) {
      errors.push(
        fieldError(
          field,
          stage.conversionToNext,
          'the last stage (customers) converts to nothing; leave it out',
        ),
      );
    }
  });
  const fundable =
    errors.length === 0 &&
    !channelsInvalid &&
    ![...badFields].some((field) =>
      /^(stages|revenueTarget|averageDealSize|channels|leadStageIndex)/.test(field),
    );
  if (
    fundable &&
    typeof input.revenueTarget === 'number' &&
    typeof input.averageDealSize === 'number'
  ) {
    // With channels the lead stage converts at their weighted rate (channels.ts).
    const rates = leadStageInRange(input, last)
      ? effectiveStageRates(input as unknown as Plan)
      : stages.slice(0, -1).map((stage: Record<string, unknown>) => Number(stage.conversionToNext));
    const top = reverseFunnelCounts(input.revenueTarget, input.averageDealSize, rates)[0];
    if (top > MAX_STAGE_COUNT) {
      const topName = String(stages[0].name);
      // A rate such as 1e-300 makes the count Infinity: say what causes it, not "Infinity".
      errors.push({
        field: 'stages',
        value: stages,
        message: Number.isFinite(top)
          ? `stages need ${top} ${topName} for this target, more than ${MAX_STAGE_COUNT}; raise the conversion rates or lower the target`
          : `stages need more than ${MAX_STAGE_COUNT} ${topName} for this target, too many to count (the lowest conversion rate is ${Math.min(...rates)}); raise the conversion rates or lower the target`,
      });
    }
  }
  const leadStageIndex = input.leadStageIndex;
  if (
    typeof leadStageIndex === 'number' &&
    !badFields.has('leadStageIndex') &&
    (leadStageIndex < 0 || leadStageIndex > last - 1)
  ) {
    errors.push(
      fieldError(
        'leadStageIndex',
        leadStageIndex,
        `enter the position of a stage before customers, from 0 to ${last - 1}`,
      ),
    );
  }
  return errors;
}

/**
 * A budget buys leads at the cost per lead (each channel's own, with channels): it needs
 * costs above 0, and countable leads.
 */
function budgetErrors(
  input: Record<string, unknown>,
  badFields: ReadonlySet<string>,
): FieldError[] {
  const budget = input.marketingBudget;
  if (typeof budget !== 'number' || badFields.has('marketingBudget')) return [];
  if (input.channels !== undefined) return channelBudgetErrors(input.channels, budget, badFields);
  const costPerLead = input.costPerLead;
  if (badFields.has('costPerLead')) return [];
  if (typeof costPerLead !== 'number' || costPerLead === 0) {
    return [
      fieldError(
        'marketingBudget',
        budget,
        `a budget buys leads at the cost per lead: enter a costPerLead greater than 0 too (it is ${showValue(costPerLead)})`,
      ),
    ];
  }
  if (budget / costPerLead > MAX_STAGE_COUNT) {
    return [
      fieldError(
        'marketingBudget',
        budget,
        `at a cost per lead of ${costPerLead} it buys more than ${MAX_STAGE_COUNT} leads; lower the budget or raise the cost per lead`,
      ),
    ];
  }
  return [];
}

/**
 * Checks across a scenario's fields and the plan: names distinct from one another, one rate
 * per stage but the last, and a funnel that stays countable with the scenario's figures.
 */
function scenarioErrors(
  input: Record<string, unknown>,
  badFields: ReadonlySet<string>,
): FieldError[] {
  const scenarios = input.scenarios;
  if (!Array.isArray(scenarios) || badFields.has('scenarios')) return [];
  const errors: FieldError[] = [];
  const stages = Array.isArray(input.stages) && !badFields.has('stages') ? input.stages : null;
  const seen = new Map<string, number>();
  scenarios.forEach((scenario: Record<string, unknown>, index) => {
    const path = `scenarios.${index}`;
    const errorsBefore = errors.length;
    const name = scenario.name;
    if (typeof name === 'string' && !badFields.has(`${path}.name`)) {
      // "Stretch" and " stretch " read as one scenario to a person.
      const key = name.trim().toLocaleLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        errors.push(
          fieldError(
            `${path}.name`,
            name,
            `scenarios.${first}.name is the same; give each scenario its own name`,
          ),
        );
    }
    const rates = scenario.conversionRates;
    const ratesField = `${path}.conversionRates`;
    if (stages === null) return;
    if (Array.isArray(rates) && !badFields.has(ratesField) && rates.length !== stages.length - 1) {
      errors.push(
        fieldError(
          ratesField,
          rates,
          `enter exactly ${stages.length - 1} rates, one per stage but the last (${stages.length} stages)`,
        ),
      );
      return;
    }
    if (
      Array.isArray(rates) &&
      !badFields.has(ratesField) &&
      rates.every((rate) => rate === null)
    ) {
      errors.push(
        fieldError(
          ratesField,
          rates,
          'give at least one rate, or leave conversionRates out to follow every base rate',
        ),
      );
      return;
    }
    const anyBad = [...badFields].some(
      (field) =>
        field.startsWith(`${path}.`) || /^(stages|revenueTarget|averageDealSize)/.test(field),
    );
    if (anyBad || errors.length > errorsBefore) return;
    const baseRates = stages
      .slice(0, -1)
      .map((stage: Record<string, unknown>) => Number(stage.conversionToNext));
    // A null rate follows the base stage's.
    const effectiveRates = Array.isArray(rates)
      ? rates.map((rate, stage) => (rate === null ? baseRates[stage] : Number(rate)))
      : baseRates;
    const target = Number(scenario.revenueTarget ?? input.revenueTarget);
    const dealSize = Number(scenario.averageDealSize ?? input.averageDealSize);
    const top = reverseFunnelCounts(target, dealSize, effectiveRates)[0];
    if (!(top <= MAX_STAGE_COUNT)) {
      errors.push({
        field: path,
        value: scenario,
        message: `${path} needs ${Number.isFinite(top) ? top : 'too many'} ${String(stages[0].name)} for its target, more than ${MAX_STAGE_COUNT}; raise its conversion rates or lower its target`,
      });
    }
  });
  return errors;
}

/** With channels the budget buys leads in their shares, at the mix's cost per lead. */
function channelBudgetErrors(
  channels: unknown,
  budget: number,
  badFields: ReadonlySet<string>,
): FieldError[] {
  if (!Array.isArray(channels) || [...badFields].some((field) => field.startsWith('channels')))
    return [];
  const mixCost = channels.reduce(
    (sum: number, channel: { share: number; costPerLead: number }) =>
      sum + channel.share * channel.costPerLead,
    0,
  );
  if (mixCost === 0) {
    return [
      fieldError(
        'marketingBudget',
        budget,
        "a budget buys leads at the channels' costs per lead, and every channel's is 0: give at least one channel a costPerLead greater than 0, or leave marketingBudget out",
      ),
    ];
  }
  if (budget / mixCost > MAX_STAGE_COUNT) {
    return [
      fieldError(
        'marketingBudget',
        budget,
        `at the channels' average cost per lead of ${shortNumber(mixCost)} it buys more than ${MAX_STAGE_COUNT} leads; lower the budget or raise the costs per lead`,
      ),
    ];
  }
  return [];
}

/** Shown to 12 significant digits: 0.9 rather than 0.8999999999999999. */
function shortNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** Checks across the channels: distinct names, shares summing to 1. */
function channelErrors(
  input: Record<string, unknown>,
  badFields: ReadonlySet<string>,
): FieldError[] {
  const channels = input.channels;
  if (!Array.isArray(channels) || badFields.has('channels')) return [];
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  channels.forEach((channel: Record<string, unknown>, index) => {
    const field = `channels.${index}.name`;
    if (typeof channel.name !== 'string' || badFields.has(field)) return;
    // Spreadsheets compare text ignoring case, so the sheet could not tell "Paid" from "paid".
    const key = channel.name.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      errors.push(
        fieldError(
          field,
          channel.name,
          `channel ${first} has that name already (names are compared ignoring case); give each channel its own name`,
        ),
      );
  });
  const shareFields = channels.map((_, index) => `channels.${index}.share`);
  if (shareFields.some((field) => badFields.has(field))) return errors;
  const shares = channels.map((channel: { share: number }) => channel.share);
  const sum = shares.reduce((total, share) => total + share, 0);
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    const remainder = 1 - sum;
    errors.push({
      field: 'channels',
      value: shares,
      message: `channels have shares ${showValue(shares)}, which sum to ${shortNumber(sum)}; the shares must sum to 1: ${
        remainder > 0
          ? `${shortNumber(remainder)} is not given to any channel`
          : `they are ${shortNumber(-remainder)} over`
      }`,
    });
  }
  return errors;
}

/** A required field that is absent: say what its own schema allows. */
function missingFieldAllowed(field: string): string {
  const key = field.split('.').at(-1) ?? field;
  const entries: Record<string, v.GenericSchema> = field.startsWith('stages.')
    ? stageSchema.entries
    : field.startsWith('scenarios.')
      ? scenarioSchema.entries
      : field.startsWith('channels.')
        ? channelSchema.entries
        : planSchema.entries;
  const schema = entries[key];
  return schema
    ? (v.safeParse(schema, undefined).issues?.[0].message ?? 'enter a value')
    : 'enter a value';
}

/** Validates a plan: either the typed plan, or one clear error per bad field. */
export function validatePlan(input: unknown): PlanValidation {
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [
        fieldError('plan', input, 'enter a plan object such as {"revenueTarget": 1200000, ...}'),
      ],
    };
  }
  const result = v.safeParse(planSchema, input);
  const errors: FieldError[] = [];
  const badFields = new Set<string>();
  for (const issue of result.issues ?? []) {
    const field = v.getDotPath(issue) ?? 'plan';
    if (badFields.has(field)) continue;
    badFields.add(field);
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      // An unknown key (often a typo): valibot's input is the key, so show the key's value.
      const value = issue.path?.at(-1)?.value;
      errors.push({
        field,
        value,
        message: `${field} is not a known field (value ${showValue(value)}); ${issue.message}`,
      });
      continue;
    }
    if (issue.type === 'strict_object') {
      errors.push(fieldError(field, undefined, missingFieldAllowed(field)));
      continue;
    }
    const allowed = /\.conversionToNext$|\.conversionRates\.\d+$/.test(field)
      ? conversionHint(issue.input)
      : issue.message;
    errors.push(fieldError(field, issue.input, allowed));
  }
  const channelProblems = channelErrors(input, badFields);
  errors.push(
    ...crossFieldErrors(input, badFields, channelProblems.length > 0),
    ...channelProblems,
    ...budgetErrors(input, badFields),
    ...scenarioErrors(input, badFields),
  );
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, plan: result.output as Plan };
}

/** One readable paragraph of every error, for a thrown Error or a CLI message. */
export function describePlanErrors(errors: readonly FieldError[]): string {
  return `The plan has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors
    .map((error) => `- ${error.message}`)
    .join('\n')}`;
}
