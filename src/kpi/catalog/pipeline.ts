import type { AggregateCall, FunctionSpec } from '../types';
import { arg, p } from './define';

const category = 'Pipeline and speed';
const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
// Read once: a global lookup per row is slow where the bundle runs in a node:vm context.
const { round } = Math;

/**
 * A serial day number as whole milliseconds since the spreadsheet epoch. Spreadsheet times
 * have millisecond resolution, and whole numbers add up exactly: summing 10,000 float
 * differences of 14.4 minutes drifted to 14.3999999999973.
 */
function wholeMilliseconds(serialDays: number): number {
  return round(serialDays * MS_PER_DAY);
}

/**
 * Reads created/first_response pairs row by row, rejecting a response that comes before
 * its lead, and hands each row to `visit`: whether it has a lead, and the delay in whole
 * milliseconds when both are present. Shared by RESPONSE_TIME and RESPONDED_WITHIN; it
 * keeps nothing per row, so a million rows cost no memory.
 */
function forEachResponse(
  call: AggregateCall,
  visit: (hasLead: boolean, delayMs: number | null) => void,
): void {
  const created = call.grid(0);
  const responses = call.grid(1);
  const rows = created.length;
  const columns = rows === 0 ? 0 : created[0].length;
  if (responses.length !== rows || (responses[0]?.length ?? 0) !== columns) {
    throw call.fail(
      `created is ${rows}x${columns} but first_response is ${responses.length}x${responses[0]?.length ?? 0}; ranges must have the same shape`,
    );
  }
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const start = call.element(0, created[row][column], row + 1, column + 1);
      const end = call.element(1, responses[row][column], row + 1, column + 1);
      if (start === null || end === null) {
        visit(start !== null, null);
        continue;
      }
      if (end < start) {
        throw call.fail(
          `first_response is before created in row ${row + 1}, column ${column + 1}; check the dates`,
        );
      }
      visit(true, wholeMilliseconds(end) - wholeMilliseconds(start));
    }
  }
}

/** A sum of whole numbers that stays exact beyond 2^53 (BigInt only when it gets there). */
class ExactSum {
  private small = 0;
  private large = 0n;

  add(whole: number): void {
    const next = this.small + whole;
    if (next <= Number.MAX_SAFE_INTEGER) {
      this.small = next;
    } else {
      this.large += BigInt(this.small) + BigInt(whole);
      this.small = 0;
    }
  }

  /** sum / divisor, rounded once (divisor a whole number below 2^53). */
  dividedBy(divisor: number): number {
    if (this.large === 0n) return this.small / divisor;
    const total = this.large + BigInt(this.small);
    const bigDivisor = BigInt(divisor);
    return Number(total / bigDivisor) + Number(total % bigDivisor) / divisor;
  }
}

export const pipeline: readonly FunctionSpec[] = [
  {
    name: 'PIPELINE_VELOCITY',
    aliases: ['SPV'],
    category,
    mode: 'elementwise',
    summary: 'Sales pipeline velocity: revenue the pipeline produces per day.',
    args: [
      arg('opportunities', 'count', 'Qualified opportunities in the pipeline.'),
      arg('avg_deal_value', 'money', 'Average value of a won deal.'),
      arg('win_rate', 'rate', 'Share of opportunities that are won.'),
      arg('cycle_days', 'days', 'Average length of the sales cycle in days.'),
    ],
    result: 'money_per_day',
    formula: 'opportunities x avg_deal_value x win_rate / cycle_days',
    zeroIsUndefined: ['cycle_days'],
    compute: (opportunities, dealValue, winRate, cycleDays) =>
      (opportunities * dealValue * winRate) / cycleDays,
    native: ([opportunities, dealValue, winRate, cycleDays]) =>
      `${p(opportunities)}*${p(dealValue)}*${p(winRate)}/${p(cycleDays)}`,
    examples: [
      {
        formula: '=PIPELINE_VELOCITY(100, 25000, 25%, 60)',
        args: [100, 25000, 0.25, 60],
        result: (100 * 25000 * 0.25) / 60,
      },
    ],
  },
  {
    name: 'RESPONSE_TIME',
    category,
    mode: 'aggregate',
    summary: 'Average lead response time in minutes, over the leads that have a response.',
    args: [
      arg('created', 'date', 'When each lead came in.'),
      arg('first_response', 'date', 'When each lead first heard back; blank if not yet.'),
    ],
    result: 'minutes',
    formula: 'mean of (first_response - created) over rows where both are present',
    errors: [
      'created and first_response must have the same shape.',
      'A first_response before its created is an error naming the row.',
      'No row with both created and first_response: the average is undefined, an error.',
    ],
    computeAggregate(call) {
      const totalMs = new ExactSum();
      let answered = 0;
      forEachResponse(call, (_hasLead, delayMs) => {
        if (delayMs === null) return;
        totalMs.add(delayMs);
        answered++;
      });
      if (answered === 0) {
        throw call.fail('no row has both created and first_response, so the average is undefined');
      }
      return totalMs.dividedBy(answered * MS_PER_MINUTE);
    },
    examples: [
      {
        formula: '=RESPONSE_TIME({45000; 45000.5}, {45000.01; 45000.52})',
        args: [
          [45000, 45000.5],
          [45000.01, 45000.52],
        ],
        result: 21.6,
      },
    ],
  },
  {
    name: 'RESPONDED_WITHIN',
    category,
    mode: 'aggregate',
    summary: 'Share of leads answered within a number of minutes; unanswered leads count as late.',
    args: [
      arg('created', 'date', 'When each lead came in.'),
      arg('first_response', 'date', 'When each lead first heard back; blank if not yet.'),
      arg('minutes', 'minutes', 'The response-time target in minutes (e.g. 5).'),
    ],
    result: 'fraction',
    formula: 'leads answered within minutes / leads',
    errors: [
      'created and first_response must have the same shape; minutes must be a single value.',
      'A first_response before its created is an error naming the row.',
      'No lead in created: the share is undefined, an error.',
    ],
    computeAggregate(call) {
      const limit = call.scalar(2);
      let leads = 0;
      let within = 0;
      forEachResponse(call, (hasLead, delayMs) => {
        if (!hasLead) return;
        leads++;
        if (delayMs !== null && delayMs / MS_PER_MINUTE <= limit) within++;
      });
      if (leads === 0) {
        throw call.fail('created has no leads, so the share is undefined');
      }
      return within / leads;
    },
    examples: [
      {
        formula: '=RESPONDED_WITHIN({45000; 45000.5}, {45000.002; 45000.6}, 5)',
        args: [[45000, 45000.5], [45000.002, 45000.6], 5],
        result: 0.5,
      },
    ],
  },
];
