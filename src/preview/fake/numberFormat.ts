/**
 * A small interpreter of the number-format patterns the add-on writes, for
 * `getDisplayValues`: a literal prefix and suffix ("$", "NT$", " days"), digit grouping
 * ("#,##0"), fixed decimals ("0.00") and per cent ("0.0%"), and sections that are only text ('"OK"'). "@" shows
 * text as it is.
 * Date patterns ("yyyy-mm-dd", "mmm yyyy", 'yyyy"年"m"月"') show the serial number's day,
 * with month and weekday names in the spreadsheet's locale, as Sheets does. Anything else
 * is shown the way Sheets shows an unformatted number.
 */

const AUTOMATIC = '0.###############';
const NUMBER_PATTERN = /[#0][#0,]*(?:\.[0#]+)?%?/;

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function unquote(literal: string): string {
  return literal.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

/**
 * True when a pattern shows a date: a day, month or year code outside quoted text,
 * escapes and [colour/currency] brackets.
 */
export function isDateFormat(pattern: string | null | undefined): boolean {
  if (!pattern || /^general$/i.test(pattern)) return false;
  return /[dmy]/i.test(pattern.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));
}

const SHEETS_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const DATE_CODE = /"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d/gi;

/** A serial number through a date pattern; names (Jan, 1月) in the locale ("en_US", "zh_CN"). */
function formatDate(serial: number, pattern: string, locale: string): string {
  const date = new Date(SHEETS_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  const language = locale.replace('_', '-');
  const name = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
  const two = (number: number) => String(number).padStart(2, '0');
  return pattern.replace(DATE_CODE, (code) => {
    if (code.startsWith('"')) return code.slice(1, -1);
    if (code.startsWith('\\')) return code.slice(1);
    if (code.startsWith('[')) return '';
    switch (code.toLowerCase()) {
      case 'yyyy':
        return String(date.getUTCFullYear());
      case 'yy':
        return two(date.getUTCFullYear() % 100);
      case 'mmmmm':
        return name({ month: 'narrow' });
      case 'mmmm':
        return name({ month: 'long' });
      case 'mmm':
        return name({ month: 'short' });
      case 'mm':
        return two(date.getUTCMonth() + 1);
      case 'm':
        return String(date.getUTCMonth() + 1);
      case 'dddd':
        return name({ weekday: 'long' });
      case 'ddd':
        return name({ weekday: 'short' });
      case 'dd':
        return two(date.getUTCDate());
      default:
        return String(date.getUTCDate());
    }
  });
}

export function formatNumber(
  shownValue: number,
  pattern: string | null | undefined,
  locale = 'en_US',
): string {
  let value = shownValue;
  if (pattern && pattern !== AUTOMATIC && isDateFormat(pattern))
    return formatDate(value, pattern.split(';')[0], locale);
  // '0.###############' is what Sheets reports for a cell nobody formatted (and what the
  // writer sends for one): shown as typed, not as "12." or with 15 decimals.
  if (!pattern || pattern === 'General' || pattern === '@' || pattern === AUTOMATIC)
    return general(value);
  // Sections: positive;negative;zero. A negative section shows the absolute value.
  const sections = pattern.split(';');
  let section = sections[0];
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -value;
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const match = NUMBER_PATTERN.exec(section);
  // A section of quoted text only ("OK") shows that text.
  if (!match) return /^(\s*"[^"]*"\s*)+$/.test(section) ? unquote(section) : general(value);
  const body = match[0];
  const prefix = unquote(section.slice(0, match.index));
  const suffix = unquote(section.slice(match.index + body.length));
  const isPercent = body.endsWith('%');
  const core = isPercent ? body.slice(0, -1) : body;
  const [integerPart, decimalPart = ''] = core.split('.');
  const decimals = decimalPart.length;
  const grouped = integerPart.includes(',');
  const shown = isPercent ? value * 100 : value;
  const negative = shown < 0;
  let digits = Math.abs(shown).toFixed(decimals);
  if (grouped) {
    const [whole, fraction] = digits.split('.');
    digits =
      whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
  }
  return `${negative ? '-' : ''}${prefix}${digits}${isPercent ? '%' : ''}${suffix}`;
}
