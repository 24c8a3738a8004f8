/**
 * The months a plan is calibrated from, as the "Start from my actuals" panel holds them:
 * "YYYY-MM" strings as a month field gives them. Free of the DOM, tested as functions.
 */
import { isStartMonth } from '../../src/funnel/startMonth';

export interface MonthRange {
  readonly from: string;
  readonly to: string;
}

function monthText(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The six whole months before `today`'s: what most teams compare a plan with. */
export function defaultActualsRange(today: Date): MonthRange {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  return { from: monthText(year, month - 6), to: monthText(year, month - 1) };
}

/** The last six of a dashboard's filled months (all of them when fewer); none: undefined. */
export function recentRange(months: readonly string[]): MonthRange | undefined {
  if (months.length === 0) return undefined;
  return { from: months[Math.max(0, months.length - 6)], to: months[months.length - 1] };
}

export type RangeProblem = 'from' | 'to' | 'order';

/** What is wrong with the range as typed, if anything. */
export function rangeProblem(range: MonthRange): RangeProblem | undefined {
  if (!isStartMonth(range.from)) return 'from';
  if (!isStartMonth(range.to)) return 'to';
  return range.from > range.to ? 'order' : undefined;
}
