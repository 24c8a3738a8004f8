/**
 * The calendar day of a Date in a time zone, read with an offset kept per UTC hour: it must
 * equal reading every Date on its own, across daylight-saving changes and half-hour zones.
 */
import { dayReader } from '../../src/kpi/calendarDay';

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The oracle: format this one Date in the zone, with nothing kept between Dates. */
function dayByFormatting(date: Date, timeZone: string): number {
  const [month, day, year] = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  })
    .format(date)
    .split('/')
    .map(Number);
  return (Date.UTC(year, month - 1, day) - SERIAL_EPOCH_MS) / 86_400_000;
}

test.each([
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Asia/Shanghai',
  'Pacific/Chatham',
])(
  '%s: every 7 minutes around the 2026 clock changes, the day equals formatting each Date',
  (timeZone) => {
    const read = dayReader(timeZone);
    const mismatches: string[] = [];
    for (const [from, to] of [
      [Date.UTC(2026, 2, 6), Date.UTC(2026, 3, 8)],
      [Date.UTC(2026, 8, 25), Date.UTC(2026, 10, 3)],
    ]) {
      for (let ms = from; ms < to; ms += 7 * 60_000) {
        const date = new Date(ms);
        if (read(date) !== dayByFormatting(date, timeZone)) mismatches.push(date.toISOString());
      }
    }
    expect(mismatches).toEqual([]);
  },
);

test('01:00 on 14 March in Shanghai is 14 March there and 13 March in UTC', () => {
  const instant = new Date(Date.UTC(2026, 2, 13, 17, 0));
  expect(dayReader('Asia/Shanghai')(instant)).toBe(46095);
  expect(dayReader('UTC')(instant)).toBe(46094);
});

test('New York on the day clocks go forward: 00:30 and 23:30 local are the same day', () => {
  const read = dayReader('America/New_York');
  // 2026-03-08 00:30 EST is 05:30 UTC; 23:30 EDT is 03:30 UTC on the 9th.
  expect(read(new Date(Date.UTC(2026, 2, 8, 5, 30)))).toBe(
    read(new Date(Date.UTC(2026, 2, 9, 3, 30))),
  );
});
