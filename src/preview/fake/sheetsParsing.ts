/**
 * What Google Sheets does with a string written by `setValues` (or typed by a person):
 * it is parsed as user-entered input, not stored as text. A writer that forgets this turns
 * a stage called "=IMPORTXML(...)" into a live formula and "+1" into the number 1; the
 * fake reproduces the parsing so such a writer fails its tests.
 *
 * Only a leading apostrophe reliably keeps a string as text (the apostrophe is not
 * stored). The fake does not assume a plain-text number format protects a "=" string.
 */

export type ParsedInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly number: number; readonly impliedFormat?: string }
  | { readonly kind: 'boolean'; readonly boolean: boolean }
  | { readonly kind: 'formula'; readonly formula: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** 2026-03-14, and with a time as CRM exports write it: 2026-03-14 10:22 or 10:22:05. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SHEETS_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Parses one value the way Sheets parses user-entered input. */
export function parseUserEntered(value: unknown): ParsedInput {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', number: value };
  if (typeof value === 'boolean') return { kind: 'boolean', boolean: value };
  // A Date may come from another realm (the bundle's node:vm context), so no instanceof.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return {
      kind: 'number',
      number: ((value as Date).getTime() - SHEETS_EPOCH_UTC) / DAY_MS,
      impliedFormat: 'yyyy-mm-dd',
    };
  }
  const text = String(value);
  if (text.startsWith("'")) return { kind: 'text', text: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed))
    return { kind: 'boolean', boolean: trimmed.toLowerCase() === 'true' };
  const percent = trimmed.endsWith('%');
  const numeric = percent ? trimmed.slice(0, -1) : trimmed;
  if (numeric !== '' && /\d/.test(numeric) && NUMBER.test(numeric)) {
    const number = Number(numeric.replace(/,/g, ''));
    return percent
      ? { kind: 'number', number: number / 100, impliedFormat: '0%' }
      : { kind: 'number', number };
  }
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [hours, minutes, seconds] = [date[4], date[5], date[6]].map((part) => Number(part ?? 0));
    const serial =
      (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), hours, minutes, seconds) -
        SHEETS_EPOCH_UTC) /
      DAY_MS;
    const withTime = date[4] !== undefined;
    // The time is kept in the number; the fake's formats show the day (it has no time codes).
    if (!withTime || (hours < 24 && minutes < 60 && seconds < 60))
      return { kind: 'number', number: serial, impliedFormat: 'yyyy-mm-dd' };
  }
  return { kind: 'text', text };
}
