/**
 * A small interpreter of the number-format patterns the add-on writes, for
 * `getDisplayValues`: a literal prefix and suffix ("$", "NT$", " days"), digit grouping
 * ("#,##0"), fixed decimals ("0.00"), per cent ("0.0%"), dates shown as months ("mmm yyyy",
 * 'yyyy"年"m"月"') and sections that are only text ('"OK"'). "@" shows text as it is.
 * Anything else is shown the way Sheets shows an unformatted number.
 */

const NUMBER_PATTERN = /[#0][#0,]*(?:\.[0#]+)?%?/;

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

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
/** Day 0 of spreadsheet date serial numbers. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DATE_TOKEN = /yyyy|yy|mmmm|mmm|mm|m|dd|d/y;

/** A date code ("mmm yyyy"), outside its quoted literals: y, m or d. */
function isDatePattern(section: string): boolean {
  return /[ymd]/.test(section.replace(/"[^"]*"/g, ''));
}

function formatDate(serial: number, section: string): string {
  const date = new Date(SERIAL_EPOCH + Math.floor(serial) * 86_400_000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const tokens: Record<string, string> = {
    yyyy: String(year),
    yy: String(year % 100).padStart(2, '0'),
    mmmm: MONTH_NAMES[month],
    mmm: MONTH_NAMES[month],
    mm: String(month + 1).padStart(2, '0'),
    m: String(month + 1),
    dd: String(day).padStart(2, '0'),
    d: String(day),
  };
  let shown = '';
  for (let index = 0; index < section.length; ) {
    if (section[index] === '"') {
      const end = section.indexOf('"', index + 1);
      shown += section.slice(index + 1, end === -1 ? undefined : end);
      index = end === -1 ? section.length : end + 1;
      continue;
    }
    DATE_TOKEN.lastIndex = index;
    const token = DATE_TOKEN.exec(section);
    if (token) {
      shown += tokens[token[0]];
      index += token[0].length;
    } else {
      shown += section[index];
      index++;
    }
  }
  return shown;
}

function unquote(literal: string): string {
  return literal.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

export function formatNumber(shownValue: number, pattern: string | null | undefined): string {
  let value = shownValue;
  if (!pattern || pattern === 'General' || pattern === '@') return general(value);
  // Sections: positive;negative;zero. A negative section shows the absolute value.
  const sections = pattern.split(';');
  let section = sections[0];
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -value;
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  if (isDatePattern(section)) return formatDate(value, section);
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
