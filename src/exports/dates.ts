/**
 * Dates as CRM and analytics tools export them, read as the wall-clock time written (a
 * spreadsheet serial number: days since 1899-12-30, the time of day as a fraction), the
 * way a spreadsheet reads the same text. Anything else is unreadable: reported by the
 * caller with its row, never guessed (14/3/2026 is not taken for 14 March).
 */

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

export type DateReading =
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'unreadable' };

const BLANK: DateReading = { kind: 'blank' };
const UNREADABLE: DateReading = { kind: 'unreadable' };

const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?`;
/** 2026-03-14, 2026-03-14 10:22, 2026-03-14T10:22:05 (HubSpot, ISO). */
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
/** 3/14/2026, 3/14/2026 10:22 AM (Salesforce, HubSpot in US formats): month first. */
const US = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}),?${TIME}$`);
/** 20260314 (GA4's Date) and 202603 (its Year month). */
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;

export function readExportDate(text: string): DateReading {
  const value = text.trim();
  if (value === '') return BLANK;
  let match = ISO.exec(value);
  if (match) return build(match[1], match[2], match[3], match.slice(4));
  match = US.exec(value);
  if (match) return build(match[3], match[1], match[2], match.slice(4));
  match = COMPACT_DAY.exec(value);
  if (match) return build(match[1], match[2], match[3], []);
  match = COMPACT_MONTH.exec(value);
  if (match) return build(match[1], match[2], '1', []);
  return UNREADABLE;
}

function build(
  yearText: string,
  monthText: string,
  dayText: string,
  [hourText, minuteText, secondText, meridiem]: readonly (string | undefined)[],
): DateReading {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  let hour = hourText === undefined ? 0 : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return UNREADABLE;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return UNREADABLE;
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 April over to 1 May: such a day does not exist.
  if (new Date(ms).getUTCDate() !== day || year < 1900) return UNREADABLE;
  return { kind: 'date', serial: (ms - SERIAL_EPOCH_MS) / MS_PER_DAY };
}
