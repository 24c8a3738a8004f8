import { callFunction } from '../kpi';
import { monthOfSerial } from './monthlyCounts';
import type { ContactRecord, DealRecord } from './read';
import { type FunnelStage, funnelStages } from './recognise';

/**
 * How long the funnel takes, measured by the catalog's SALES_CYCLE itself (the median of
 * whole calendar days, an even count taking the mean of the middle two; a second date
 * before the first is an error naming the row): the sales cycle over the won deals closed
 * in the months, and each stage's days over the contacts that reached it in the months and
 * reached the next stage too. SALES_CYCLE's "row 1, column n" is a position in the list
 * handed to it; the message names the export's own row as well.
 */

export type Timing =
  | { readonly ok: true; readonly days: number | undefined }
  | { readonly ok: false; readonly problem: string };

interface DatePair {
  readonly row: number;
  readonly first: number;
  readonly second: number;
}

function isoDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * SALES_CYCLE over the pairs; undefined days when there is none. A second date before the
 * first is SALES_CYCLE's error; `explain` says it in the export's words, naming its row.
 */
function medianDays(
  pairs: readonly DatePair[],
  explain: (pair: DatePair | undefined, message: string) => string,
): Timing {
  if (pairs.length === 0) return { ok: true, days: undefined };
  try {
    // One row of dates, not a column: one array per argument instead of one per record.
    const days = callFunction('SALES_CYCLE', [
      [pairs.map((pair) => pair.first)],
      [pairs.map((pair) => pair.second)],
    ]);
    return { ok: true, days: days as number };
  } catch (error) {
    const message = (error as Error).message;
    const position = /in row 1, column (\d+)/.exec(message);
    return {
      ok: false,
      problem: explain(position ? pairs[Number(position[1]) - 1] : undefined, message),
    };
  }
}

export function salesCycle(deals: readonly DealRecord[], months: ReadonlySet<string>): Timing {
  const pairs: DatePair[] = [];
  for (const deal of deals) {
    if (deal.outcome !== 'won' || deal.created === null || deal.closed === null) continue;
    if (!months.has(monthOfSerial(deal.closed))) continue;
    pairs.push({ row: deal.row, first: deal.created, second: deal.closed });
  }
  return medianDays(pairs, (pair, message) =>
    pair
      ? `deals export row ${pair.row} (created ${isoDate(pair.first)}, closed ${isoDate(pair.second)}): ${message}`
      : `deals export: ${message}`,
  );
}

const stageWords: Readonly<Record<FunnelStage, string>> = {
  lead: 'lead',
  mql: 'MQL',
  sql: 'SQL',
  opportunity: 'opportunity',
  customer: 'customer',
};

/** One Timing per step between consecutive funnel stages, top first. */
export function stageDays(
  contacts: readonly ContactRecord[],
  months: ReadonlySet<string>,
): Timing[] {
  return funnelStages.slice(0, -1).map((stage, index) => {
    const next: FunnelStage = funnelStages[index + 1];
    const pairs: DatePair[] = [];
    for (const contact of contacts) {
      const first = contact.stages[stage];
      const second = contact.stages[next];
      if (first === undefined || second === undefined) continue;
      if (!months.has(monthOfSerial(first))) continue;
      pairs.push({ row: contact.row, first, second });
    }
    return medianDays(pairs, (pair, message) =>
      pair
        ? `contacts export row ${pair.row}: its ${stageWords[next]} date ${isoDate(pair.second)} is before its ${stageWords[stage]} date ${isoDate(pair.first)}, so the days from one to the other are negative; check the dates (${message})`
        : `contacts export: ${message}`,
    );
  });
}
