import { MAX_SALES_CYCLE_DAYS, validatePlan } from './schema';
import type { Language, Plan, Stage } from './types';

/**
 * A plan whose rates are the company's own: from what happened in some months (counts per
 * stage, revenue, deal timing) to a goal-calculator plan. A figure the plan cannot take (a
 * rate of 0 or above 100%, no deals won) is a message naming the stage, the months and the
 * counts, never clamped into a plan that looks fine.
 */

/** Two totals over the same months (layout/dashboard/periodFunnel.ts computes them). */
export interface ActualRatio {
  readonly numerator: number;
  readonly denominator: number;
  /** "YYYY-MM" of each month counted. */
  readonly months: readonly string[];
}

export interface FunnelActuals {
  /** Leads > MQLs > SQLs > Opportunities > Customers: each stage's next over its own. */
  readonly rates: readonly ActualRatio[];
  /** Revenue over deals won; absent when the source has no revenue. */
  readonly dealSize?: ActualRatio;
  /** Marketing spend over leads (a dashboard has it; exports do not). */
  readonly costPerLead?: ActualRatio;
  /** Median days from created to closed over won deals (SALES_CYCLE). */
  readonly salesCycleDays?: number;
  /** Median days from each stage to the next; one per rate, undefined where unknown. */
  readonly stageDays?: readonly (number | undefined)[];
}

export interface CalibrationOptions {
  /** Default: the revenue of the months counted, scaled to a year. */
  readonly revenueTarget?: number;
  readonly language?: Language;
}

export type Calibration =
  | { readonly ok: true; readonly plan: Plan; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Stage names of a calibrated plan, in the words of the dashboard's input columns. */
export const calibratedStageNames: Readonly<Record<Language, readonly string[]>> = {
  en: ['Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'],
  'zh-CN': ['线索', 'MQL', 'SQL', '商机', '客户'],
  'zh-TW': ['潛在客戶', 'MQL', 'SQL', '商機', '客戶'],
};

/** "2026-01 to 2026-06" for consecutive months, else the list; "no month" when empty. */
export function describeMonths(months: readonly string[]): string {
  if (months.length === 0) return 'no month';
  if (months.length === 1) return months[0];
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  const consecutive = months.every(
    (month, position) => position === 0 || index(month) === index(months[position - 1]) + 1,
  );
  return consecutive ? `${months[0]} to ${months.at(-1)}` : months.join(', ');
}

function rateProblem(ratio: ActualRatio, from: string, to: string): string | undefined {
  const { numerator, denominator } = ratio;
  const months = describeMonths(ratio.months);
  const step = `the rate ${from} → ${to}`;
  if (ratio.months.length === 0) {
    return `${step}: no month has both ${from} and ${to} as numbers; choose other months`;
  }
  if (denominator === 0) {
    return `${step} is undefined: there are 0 ${from} in ${months} (and ${numerator} ${to}); choose months with ${from}`;
  }
  if (numerator === 0) {
    return `${step} is 0: there are 0 ${to} in ${months} (of ${denominator} ${from}); a plan needs a rate above 0, so choose months in which some ${from} became ${to}`;
  }
  if (numerator > denominator) {
    return `${step} is ${numerator}/${denominator}, over 100%: there are more ${to} (${numerator}) than ${from} (${denominator}) in ${months}; a stage counts those that reached it in each month, so choose more months or check the ${to} dates`;
  }
  return undefined;
}

function dealSizeProblem(dealSize: ActualRatio | undefined, customers: string): string | undefined {
  if (dealSize === undefined) {
    return 'the average deal size is unknown: the source has no revenue (give a deals export)';
  }
  const months = describeMonths(dealSize.months);
  if (dealSize.months.length === 0) {
    return 'the average deal size: no month has both revenue and deals won as numbers; choose other months';
  }
  if (dealSize.denominator === 0) {
    return `the average deal size is undefined: 0 deals won (${customers}) in ${months}; choose months with won deals`;
  }
  if (dealSize.numerator <= 0) {
    return `the average deal size is 0: the ${dealSize.denominator} deals won in ${months} have no revenue; check the amounts`;
  }
  return undefined;
}

function daysProblem(what: string, days: number): string | undefined {
  return days > MAX_SALES_CYCLE_DAYS
    ? `${what} is ${days} days, more than the ${MAX_SALES_CYCLE_DAYS} a plan allows; check the dates`
    : undefined;
}

/** The plan the actuals describe, or every reason there is none. */
export function calibratePlan(
  actuals: FunnelActuals,
  options: CalibrationOptions = {},
): Calibration {
  const language = options.language ?? 'en';
  const names = calibratedStageNames[language];
  const problems: string[] = [];
  const notes: string[] = [];
  if (actuals.rates.length !== names.length - 1) {
    throw new Error(`calibratePlan needs ${names.length - 1} rates, got ${actuals.rates.length}`);
  }
  actuals.rates.forEach((ratio, index) => {
    const problem = rateProblem(ratio, names[index], names[index + 1]);
    if (problem) problems.push(problem);
  });
  const dealSizeIssue = dealSizeProblem(actuals.dealSize, names.at(-1) ?? '');
  if (dealSizeIssue) problems.push(dealSizeIssue);
  const cycle = actuals.salesCycleDays;
  const cycleIssue = cycle === undefined ? undefined : daysProblem('the sales cycle', cycle);
  if (cycleIssue) problems.push(cycleIssue);
  const stageDays = actuals.stageDays ?? [];
  stageDays.forEach((days, index) => {
    const issue =
      days === undefined ? undefined : daysProblem(`${names[index]} → ${names[index + 1]}`, days);
    if (issue) problems.push(issue);
  });
  if (problems.length > 0 || actuals.dealSize === undefined) return { ok: false, problems };

  const dealSize = actuals.dealSize;
  const revenueTarget = options.revenueTarget ?? (dealSize.numerator * 12) / dealSize.months.length;
  // A stage's days only when every stage has them: the planner reads a missing one as 0.
  const missingDays = actuals.rates
    .map((_, index) => index)
    .filter((index) => stageDays[index] === undefined);
  const everyStageTimed = missingDays.length === 0;
  if (!everyStageTimed && stageDays.some((days) => days !== undefined)) {
    notes.push(
      `no per-stage days: no record has both dates for ${missingDays
        .map((index) => `${names[index]} → ${names[index + 1]}`)
        .join(', ')}; the sales cycle is the whole lag`,
    );
  }
  const stages: Stage[] = names.map((name, index) => {
    if (index === names.length - 1) return { name };
    const ratio = actuals.rates[index];
    const days = stageDays[index];
    return {
      name,
      conversionToNext: ratio.numerator / ratio.denominator,
      ...(everyStageTimed && days !== undefined ? { daysToNext: days } : {}),
    };
  });
  const cost = actuals.costPerLead;
  const costPerLead =
    cost && cost.months.length > 0 && cost.denominator > 0
      ? cost.numerator / cost.denominator
      : undefined;
  const candidate: Plan = {
    revenueTarget,
    period: 'year',
    averageDealSize: dealSize.numerator / dealSize.denominator,
    stages,
    // The first stage is the one marketing buys (leads), not the planner's default second.
    leadStageIndex: 0,
    ...(costPerLead === undefined ? {} : { costPerLead }),
    ...(cycle === undefined ? {} : { salesCycleDays: cycle }),
    language,
  };
  const validation = validatePlan(candidate);
  if (!validation.ok) return { ok: false, problems: validation.errors.map((e) => e.message) };
  return { ok: true, plan: validation.plan, notes };
}
