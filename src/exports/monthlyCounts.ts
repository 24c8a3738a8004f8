import type { InputKey } from '../layout/dashboard/inputs';
import type { MonthInputs } from '../layout/dashboard/periodFunnel';
import type { ContactRecord, DealRecord } from './read';
import type { FunnelStage } from './recognise';

/**
 * The dashboard's monthly funnel inputs counted from export records, with the issue's
 * definitions: leads, MQLs and SQLs in month m are the contacts whose date for that stage
 * falls in m; opportunities are the deals created in m (the contacts that became
 * opportunities in m when there is no deals export); deals won and new customers are the
 * won deals closed in m (the contacts that became customers, without deals); revenue is
 * the sum of those deals' amounts (a blank amount adds nothing, as in SUMIFS).
 */

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Exports repeat the same few thousand days: each day's month is worked out once. */
const monthOfDay = new Map<number, string>();

/** "YYYY-MM" of a serial date (the wall-clock date written in the export). */
export function monthOfSerial(serial: number): string {
  const day = Math.floor(serial);
  let month = monthOfDay.get(day);
  if (month === undefined) {
    month = new Date(SERIAL_EPOCH_MS + day * MS_PER_DAY).toISOString().slice(0, 7);
    monthOfDay.set(day, month);
  }
  return month;
}

/** Every "YYYY-MM" from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (year * 12 + month <= last) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** The inputs the counts give: an export has no spend, traffic or open pipeline. */
export function countedInputs(hasDeals: boolean): ReadonlySet<InputKey> {
  const keys: InputKey[] = ['leads', 'mqls', 'sqls', 'opportunities', 'dealsWon', 'newCustomers'];
  if (hasDeals) keys.push('revenue');
  return new Set(keys);
}

const contactStageInputs: readonly [FunnelStage, InputKey][] = [
  ['lead', 'leads'],
  ['mql', 'mqls'],
  ['sql', 'sqls'],
];

export function monthlyCounts(
  contacts: readonly ContactRecord[],
  deals: readonly DealRecord[] | undefined,
  months: readonly string[],
): MonthInputs[] {
  const counts = new Map<string, Partial<Record<InputKey, number>>>();
  for (const month of months) {
    const zero: Partial<Record<InputKey, number>> = {};
    for (const key of countedInputs(deals !== undefined)) zero[key] = 0;
    counts.set(month, zero);
  }
  const add = (serial: number | null | undefined, key: InputKey, amount = 1) => {
    if (serial === null || serial === undefined) return;
    const month = counts.get(monthOfSerial(serial));
    if (month) month[key] = (month[key] ?? 0) + amount;
  };
  for (const contact of contacts) {
    for (const [stage, key] of contactStageInputs) add(contact.stages[stage], key);
    if (deals === undefined) {
      add(contact.stages.opportunity, 'opportunities');
      add(contact.stages.customer, 'dealsWon');
      add(contact.stages.customer, 'newCustomers');
    }
  }
  for (const deal of deals ?? []) {
    add(deal.created, 'opportunities');
    if (deal.outcome !== 'won') continue;
    add(deal.closed, 'dealsWon');
    add(deal.closed, 'newCustomers');
    add(deal.closed, 'revenue', deal.amount ?? 0);
  }
  return months.map((month) => ({ month, inputs: counts.get(month) ?? {} }));
}
