import type { AggregateCall, FunctionSpec } from '../types';
import { arg, p } from './define';

const category = 'Pipeline and speed';
const MINUTES_PER_DAY = 1440;

interface ResponsePair {
  readonly created: number | null;
  readonly response: number | null;
  /** Minutes from created to response, when both are present. */
  readonly minutes: number | null;
}

/**
 * Reads created/first_response pairs row by row (both as serial days), rejecting
 * a response that comes before its lead. Shared by RESPONSE_TIME and RESPONDED_WITHIN.
 */
function responsePairs(call: AggregateCall): ResponsePair[] {
  const created = call.grid(0);
  const responses = call.grid(1);
  const rows = created.length;
  const columns = rows === 0 ? 0 : created[0].length;
  if (responses.length !== rows || (responses[0]?.length ?? 0) !== columns) {
    throw call.fail(
      `created is ${rows}x${columns} but first_response is ${responses.length}x${responses[0]?.length ?? 0}; ranges must have the same shape`,
    );
  }
  const pairs: ResponsePair[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const start = call.element(0, created[row][column], row + 1, column + 1);
      const end = call.element(1, responses[row][column], row + 1, column + 1);
      let minutes: number | null = null;
      if (start !== null && end !== null) {
        if (end < start) {
          throw call.fail(
            `first_response is before created in row ${row + 1}, column ${column + 1}; check the dates`,
          );
        }
        minutes = toWholeMilliseconds((end - start) * MINUTES_PER_DAY);
      }
      pairs.push({ created: start, response: end, minutes });
    }
  }
  return pairs;
}

/**
 * Serial-day arithmetic leaves float dust (14.3999999992 minutes); spreadsheet times have
 * millisecond resolution, so round each difference to a whole millisecond.
 */
function toWholeMilliseconds(minutes: number): number {
  return Math.round(minutes * 60_000) / 60_000;
}

function clean(value: number): number {
  return Number(value.toPrecision(15));
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
      const answered = responsePairs(call).filter((pair) => pair.minutes !== null);
      if (answered.length === 0) {
        throw call.fail('no row has both created and first_response, so the average is undefined');
      }
      const total = answered.reduce((sum, pair) => sum + (pair.minutes as number), 0);
      return clean(total / answered.length);
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
      const leads = responsePairs(call).filter((pair) => pair.created !== null);
      if (leads.length === 0) {
        throw call.fail('created has no leads, so the share is undefined');
      }
      const within = leads.filter((pair) => pair.minutes !== null && pair.minutes <= limit).length;
      return within / leads.length;
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
