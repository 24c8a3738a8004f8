/**
 * SALES_CYCLE and STAGE_CONVERSION over raw records, as a CRM export holds them: calendar
 * days in the spreadsheet's time zone, the median's even-count rule, the cohort window,
 * and the errors that name the row.
 */
import { callFunction } from '../../src/kpi';

const column = (values: readonly (number | Date | string | null)[]) =>
  values.map((value) => [value]);

/** 2026-03-14 as a serial day number. */
const MARCH_14 = 46095;

describe('SALES_CYCLE', () => {
  test('is the median of whole days; an even count takes the mean of the two middle values', () => {
    const created = column([46000, 46010, 46020, 46030]);
    expect(callFunction('SALES_CYCLE', [created, column([46030, 46055, 46040, 46090])])).toBe(37.5);
    expect(callFunction('SALES_CYCLE', [created.slice(0, 3), column([46030, 46055, 46040])])).toBe(
      30,
    );
  });

  test('sorts numerically, not as text (9 days is shorter than 10)', () => {
    const created = column([0, 0, 0].map((offset) => 46000 + offset));
    expect(callFunction('SALES_CYCLE', [created, column([46009, 46010, 46100])])).toBe(10);
  });

  test('ignores the time of day: 23:00 to 01:00 the next day is one day', () => {
    expect(callFunction('SALES_CYCLE', [46000 + 23 / 24, 46001 + 1 / 24])).toBe(1);
    expect(callFunction('SALES_CYCLE', [46000.1, 46000.9])).toBe(0);
  });

  test('skips rows where either date is blank (open deals)', () => {
    const created = column([46000, null, 46010, 46020]);
    const closed = column([46004, 46030, '', 46026]);
    expect(callFunction('SALES_CYCLE', [created, closed])).toBe(5);
  });

  test('a closed date before its created date is an error naming the row', () => {
    const created = column([46000, 46010, 46020]);
    const closed = column([46004, 46009, 46026]);
    expect(() => callFunction('SALES_CYCLE', [created, closed])).toThrow(
      'SALES_CYCLE: closed_dates is before created_dates in row 2, column 1; check the dates',
    );
  });

  test('the same day with an earlier time is not before: it is zero days', () => {
    expect(callFunction('SALES_CYCLE', [46000.9, 46000.1])).toBe(0);
  });

  test('no row with both dates is undefined, an error', () => {
    expect(() =>
      callFunction('SALES_CYCLE', [column([46000, null]), column([null, 46001])]),
    ).toThrow(
      'SALES_CYCLE: no row has both created_dates and closed_dates, so the median is undefined',
    );
  });

  test('ranges of different shapes are an error naming both', () => {
    expect(() => callFunction('SALES_CYCLE', [column([1, 2, 3]), column([1, 2])])).toThrow(
      'SALES_CYCLE: created_dates is 3x1 but closed_dates is 2x1; ranges must have the same shape',
    );
  });

  test('text that is not a date is an error naming the argument, value and row', () => {
    expect(() =>
      callFunction('SALES_CYCLE', [column([46000, 'soon']), column([46001, 46002])]),
    ).toThrow('SALES_CYCLE: created_dates is "soon" (row 2, column 1), which is not a number');
  });
});

describe('Dates in the spreadsheet’s time zone', () => {
  // 2026-03-14 01:00 in Shanghai (UTC+8) is 2026-03-13 17:00 in UTC.
  const shanghaiOneAm = new Date(Date.UTC(2026, 2, 13, 17, 0));
  // 2026-03-20 09:00 in Shanghai.
  const shanghaiLater = new Date(Date.UTC(2026, 2, 20, 1, 0));

  test('01:00 in Shanghai is that day there, though the previous day in UTC', () => {
    const shanghai = { timeZone: () => 'Asia/Shanghai' };
    const utc = { timeZone: () => 'UTC' };
    expect(callFunction('SALES_CYCLE', [shanghaiOneAm, shanghaiLater], shanghai)).toBe(6);
    expect(callFunction('SALES_CYCLE', [shanghaiOneAm, shanghaiLater], utc)).toBe(7);
    // The serial number of the same wall-clock day gives the same answer as the Date.
    expect(callFunction('SALES_CYCLE', [MARCH_14 + 1 / 24, shanghaiLater], shanghai)).toBe(6);
  });

  test('the window of STAGE_CONVERSION is read in the same zone', () => {
    const shanghai = { timeZone: () => 'Asia/Shanghai' };
    const from = [[shanghaiOneAm], [shanghaiLater]];
    const to = [[null], [shanghaiLater]];
    // Only March 14 in Shanghai: the first record, which did not convert.
    expect(callFunction('STAGE_CONVERSION', [from, to, MARCH_14, MARCH_14], shanghai)).toBe(0);
    // In UTC that record is on March 13, outside the window: nobody is in it.
    expect(() =>
      callFunction('STAGE_CONVERSION', [from, to, MARCH_14, MARCH_14], { timeZone: () => 'UTC' }),
    ).toThrow(/no from_dates falls between start and end/);
  });

  test('the time zone is read once per call, and only when a Date needs it', () => {
    let reads = 0;
    const counting = {
      timeZone: () => {
        reads++;
        return 'Asia/Shanghai';
      },
    };
    callFunction('SALES_CYCLE', [column([46000, 46001]), column([46002, 46003])], counting);
    expect(reads).toBe(0);
    callFunction(
      'SALES_CYCLE',
      [
        [[shanghaiOneAm], [shanghaiOneAm]],
        [[shanghaiLater], [shanghaiLater]],
      ],
      counting,
    );
    expect(reads).toBe(1);
  });

  test('an unknown time zone is a clear error', () => {
    expect(() =>
      callFunction('SALES_CYCLE', [shanghaiOneAm, shanghaiLater], {
        timeZone: () => 'Mars/Olympus',
      }),
    ).toThrow(
      'SALES_CYCLE: the spreadsheet\'s time zone is "Mars/Olympus", which is not a time zone this runtime knows; set it in File > Settings',
    );
  });

  test('100,000 Date pairs give the median of their known day counts (time measured, not asserted)', () => {
    const created: Date[][] = [];
    const closed: Date[][] = [];
    const days: number[] = [];
    for (let row = 0; row < 100_000; row++) {
      // Minutes spread over half a year, as a CRM export's timestamps are.
      const createdMs = Date.UTC(2026, 0, 1) + ((row * 7919) % (180 * 1440)) * 60_000;
      const cycle = (row * 7) % 90;
      created.push([new Date(createdMs)]);
      closed.push([new Date(createdMs + cycle * 86_400_000)]);
      days.push(cycle);
    }
    days.sort((a, b) => a - b);
    const started = performance.now();
    const result = callFunction('SALES_CYCLE', [created, closed], { timeZone: () => 'UTC' });
    const seconds = (performance.now() - started) / 1000;
    console.log(`SALES_CYCLE over 100,000 Date pairs: ${seconds.toFixed(2)} s`);
    expect(result).toBe((days[49_999] + days[50_000]) / 2);
  });
});

describe('STAGE_CONVERSION', () => {
  const from = column([46000, 46010, 46020, 46040, null]);
  const to = column([46003, null, 46020.5, 46041, 46050]);

  test('without a window, every row with a first date is in the cohort', () => {
    expect(callFunction('STAGE_CONVERSION', [from, to])).toBe(0.75);
  });

  test('start and end are inclusive whole days', () => {
    expect(callFunction('STAGE_CONVERSION', [from, to, 46010.9, 46020.1])).toBe(0.5);
    expect(callFunction('STAGE_CONVERSION', [from, to, 46011])).toBe(1);
    expect(callFunction('STAGE_CONVERSION', [from, to, 46000, 46000])).toBe(1);
  });

  test('a second date before the first is an error naming the row', () => {
    expect(() =>
      callFunction('STAGE_CONVERSION', [column([46000, 46010]), column([46001, 46009])]),
    ).toThrow(
      'STAGE_CONVERSION: to_dates is before from_dates in row 2, column 1; check the dates',
    );
  });

  test('no row in the window is a zero denominator, an error', () => {
    expect(() => callFunction('STAGE_CONVERSION', [from, to, 47000])).toThrow(
      'STAGE_CONVERSION: no from_dates falls between start and end, so the conversion is undefined',
    );
  });

  test('start after end is an error that says to swap them', () => {
    expect(() => callFunction('STAGE_CONVERSION', [from, to, 46020, 46010])).toThrow(
      'STAGE_CONVERSION: start (2025-12-29) is after end (2025-12-19); swap them',
    );
  });

  test('start and end must be single dates', () => {
    expect(() => callFunction('STAGE_CONVERSION', [from, to, [[1], [2]]])).toThrow(
      'STAGE_CONVERSION: start is a 2x1 range; enter a single value',
    );
  });
});
