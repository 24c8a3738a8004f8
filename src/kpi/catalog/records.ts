import type { AggregateCall, FunctionSpec } from '../types';
import { arg } from './define';

/**
 * Functions over raw CRM records (one row per deal or contact, as an export holds them),
 * counted in whole calendar days: a deal created on the 3rd at 17:00 and closed on the 4th
 * at 09:00 took one day, as the user reads the two dates on the sheet.
 */
const category = 'Pipeline and speed';

/** Serial day numbers of 1899-12-30 and 9999-12-31, the range spreadsheets hold. */
const FIRST_DAY = 0;
const LAST_DAY = 2958465;

/**
 * Reads two date columns of the same shape row by row as calendar days, rejecting a second
 * date before the first (naming the row), and hands each row to `visit` (null for a blank).
 */
function forEachDatePair(
  call: AggregateCall,
  names: readonly [string, string],
  visit: (first: number | null, second: number | null) => void,
): void {
  const firsts = call.grid(0);
  const seconds = call.grid(1);
  const rows = firsts.length;
  const columns = rows === 0 ? 0 : firsts[0].length;
  if (seconds.length !== rows || (seconds[0]?.length ?? 0) !== columns) {
    throw call.fail(
      `${names[0]} is ${rows}x${columns} but ${names[1]} is ${seconds.length}x${seconds[0]?.length ?? 0}; ranges must have the same shape`,
    );
  }
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const first = call.calendarDay(0, firsts[row][column], row + 1, column + 1);
      const second = call.calendarDay(1, seconds[row][column], row + 1, column + 1);
      if (first !== null && second !== null && second < first) {
        throw call.fail(
          `${names[1]} is before ${names[0]} in row ${row + 1}, column ${column + 1}; check the dates`,
        );
      }
      visit(first, second);
    }
  }
}

/** A serial day number as the date a person reads (2026-03-14). */
function isoDay(serialDay: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serialDay * 86_400_000).toISOString().slice(0, 10);
}

/** The median of whole numbers; an even count takes the mean of the two middle values. */
export function median(values: Float64Array): number {
  const sorted = values.slice().sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const records: readonly FunctionSpec[] = [
  {
    name: 'SALES_CYCLE',
    category,
    mode: 'aggregate',
    summary:
      'Median sales cycle in whole calendar days from created to closed, over the rows with both dates.',
    args: [
      arg('created_dates', 'date', 'When each deal was created.'),
      arg('closed_dates', 'date', 'When each deal closed; blank if still open.'),
    ],
    result: 'days',
    formula:
      'median of (closed day - created day) over rows where both are present; an even count takes the mean of the two middle values',
    errors: [
      'created_dates and closed_dates must have the same shape.',
      'Days are calendar days in the spreadsheet’s time zone; the time of day is ignored.',
      'A closed date before its created date is an error naming the row.',
      'No row with both dates: the median is undefined, an error.',
    ],
    computeAggregate(call) {
      const days: number[] = [];
      forEachDatePair(call, ['created_dates', 'closed_dates'], (created, closed) => {
        if (created !== null && closed !== null) days.push(closed - created);
      });
      if (days.length === 0) {
        throw call.fail(
          'no row has both created_dates and closed_dates, so the median is undefined',
        );
      }
      return median(Float64Array.from(days));
    },
    examples: [
      {
        formula:
          '=SALES_CYCLE({46000; 46010; 46020; 46030; 46040}, {46030; 46055.75; 46040; 46090; ""})',
        args: [
          [46000, 46010, 46020, 46030, 46040],
          [46030, 46055.75, 46040, 46090, null],
        ],
        result: 37.5,
      },
    ],
  },
  {
    name: 'STAGE_CONVERSION',
    category,
    mode: 'aggregate',
    summary:
      'Cohort conversion: of the records that reached the first stage between start and end, the share that reached the second.',
    args: [
      arg('from_dates', 'date', 'When each record reached the first stage; blank if it never did.'),
      arg('to_dates', 'date', 'When each record reached the next stage; blank if not (yet).'),
      {
        ...arg('start', 'date', 'First day of the cohort window (inclusive).', FIRST_DAY),
        whenOmitted: 'no lower limit',
      },
      {
        ...arg('end', 'date', 'Last day of the cohort window (inclusive).', LAST_DAY),
        whenOmitted: 'no upper limit',
      },
    ],
    result: 'fraction',
    formula:
      'rows whose from_dates is in [start, end] and that have a to_dates / rows whose from_dates is in [start, end]',
    errors: [
      'from_dates and to_dates must have the same shape; start and end must be single dates, start not after end.',
      'Days are calendar days in the spreadsheet’s time zone; the time of day is ignored.',
      'A to_dates before its from_dates is an error naming the row.',
      'No from_dates in the window: the share is undefined, an error.',
    ],
    computeAggregate(call) {
      const start = call.scalarCalendarDay(2);
      const end = call.scalarCalendarDay(3);
      if (start > end) {
        throw call.fail(`start (${isoDay(start)}) is after end (${isoDay(end)}); swap them`);
      }
      let cohort = 0;
      let converted = 0;
      forEachDatePair(call, ['from_dates', 'to_dates'], (from, to) => {
        if (from === null || from < start || from > end) return;
        cohort++;
        if (to !== null) converted++;
      });
      if (cohort === 0) {
        throw call.fail(
          'no from_dates falls between start and end, so the conversion is undefined',
        );
      }
      return converted / cohort;
    },
    examples: [
      {
        formula:
          '=STAGE_CONVERSION({46000; 46010.5; 46020; 46040; 46050}, {46003; ""; 46020.25; 46041; ""}, 46005, 46045)',
        args: [
          [46000, 46010.5, 46020, 46040, 46050],
          [46003, null, 46020.25, 46041, null],
          46005,
          46045,
        ],
        result: 2 / 3,
      },
    ],
  },
];
