/**
 * A small interpreter of the number-format patterns the add-on writes, for
 * `getDisplayValues`: a literal prefix and suffix ("$", "NT$", " days"), digit grouping
 * ("#,##0"), fixed decimals ("0.00") and per cent ("0.0%"). "@" shows text as it is.
 * Anything else is shown the way Sheets shows an unformatted number.
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

export function formatNumber(shownValue: number, pattern: string | null | undefined): string {
  let value = shownValue;
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
