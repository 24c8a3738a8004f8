/**
 * A small interpreter of the number-format patterns the add-on writes, for
 * `getDisplayValues`: a literal prefix and suffix ("$", "NT$", " days"), digit grouping
 * ("#,##0"), fixed decimals ("0.00") and per cent ("0.0%"), and dates ("mmm yyyy",
 * 'yyyy"年"m"月"'), read as days since 1899-12-30 as every spreadsheet does. "@" shows text
 * as it is. Anything else is shown the way Sheets shows an unformatted number.
 */

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const FULL_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** A date code outside quoted literals: y, m or d (an "m" next to h or s would be minutes). */
const DATE_TOKEN = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dd|d/gi;

function isDatePattern(pattern: string): boolean {
  const unquoted = pattern.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymd]/i.test(unquoted) && !/[#0?]/.test(unquoted);
}

function formatDate(serial: number, pattern: string): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return pattern.replace(DATE_TOKEN, (token) => {
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith('\\')) return token.slice(1);
    switch (token.toLowerCase()) {
      case 'yyyy':
        return String(year);
      case 'yy':
        return String(year % 100).padStart(2, '0');
      case 'mmmm':
        return FULL_MONTH_NAMES[month];
      case 'mmm':
        return MONTH_NAMES[month];
      case 'mm':
        return String(month + 1).padStart(2, '0');
      case 'm':
        return String(month + 1);
      case 'dd':
        return String(day).padStart(2, '0');
      default:
        return String(day);
    }
  });
}

const NUMBER_PATTERN = /[#0][#0,]*(?:\.[0#]+)?%?/;

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function unquote(literal: string): string {
  return literal.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

export function formatNumber(shownValue: number, pattern: string | null | undefined): string {
  let value = shownValue;
  if (!pattern || pattern === 'General' || pattern === '@') return general(value);
  if (isDatePattern(pattern)) return formatDate(value, pattern);
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
  if (!match) return general(value);
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
