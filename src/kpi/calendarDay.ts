import { dateToSerial, InputError } from './coerce';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
// Read once: a global lookup per cell is slow where the bundle runs in a node:vm context.
const { floor } = Math;

/** Reads the calendar day of a Date as a whole serial day number (days since 1899-12-30). */
export type DayReader = (date: Date) => number;

/**
 * The calendar day of Dates in a time zone. Sheets hands a script a date as an instant, so
 * the day depends on where it is read: 01:00 on 14 March in Shanghai is still 13 March in
 * UTC. Without a time zone a Date is read as its local wall clock, as every other date
 * argument is (coerce.ts).
 *
 * Intl formatting costs about 9 µs a Date, so the zone's offset is kept per UTC hour of the
 * call's Dates (a CRM export repeats hours a lot): an hour whose offset is the same at its
 * first and last millisecond has that offset throughout, since no zone changes its offset
 * twice within an hour; an hour with a change in it is formatted Date by Date.
 */
export function dayReader(timeZone: string | undefined): DayReader {
  if (timeZone === undefined) return (date) => floor(dateToSerial(date));
  const formatter = wallClockFormatter(timeZone);
  const offsetByHour = new Map<number, number>();
  return (date) => {
    const ms = date.getTime();
    const hour = floor(ms / MS_PER_HOUR);
    let offset = offsetByHour.get(hour);
    if (offset === undefined) {
      const first = offsetAt(formatter, hour * MS_PER_HOUR);
      const last = offsetAt(formatter, (hour + 1) * MS_PER_HOUR - 1);
      offset = first === last ? first : Number.NaN;
      offsetByHour.set(hour, offset);
    }
    if (Number.isNaN(offset)) offset = offsetAt(formatter, ms);
    return floor((ms + offset - SERIAL_EPOCH_MS) / MS_PER_DAY);
  };
}

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      // A proleptic Gregorian calendar and a 0-23 hour, whatever the runtime's defaults.
      calendar: 'gregory',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new InputError(
      `the spreadsheet's time zone is ${JSON.stringify(timeZone)}, which is not a time zone this runtime knows; set it in File > Settings`,
    );
  }
}

/** How far the zone's wall clock is ahead of UTC at `ms`, in milliseconds. */
function offsetAt(formatter: Intl.DateTimeFormat, ms: number): number {
  const wall = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(ms)) {
    if (part.type in wall) wall[part.type as keyof typeof wall] = Number(part.value);
  }
  // setUTCFullYear, not Date.UTC, which maps years 0-99 to 1900-1999.
  const clock = new Date(0);
  clock.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  clock.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return clock.getTime() - wholeSecond;
}
