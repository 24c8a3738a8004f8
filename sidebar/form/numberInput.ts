/**
 * The one reader of numbers typed into the sidebar. It reads text the way the form's locale
 * writes numbers ("2,5" is two and a half in German, "1,200,000" is 1.2 million in English),
 * refuses text that only reads as a number in the other convention ("2,5" in an English form:
 * 2.5 or 25?) with the ways to type it, and says what it understood ("read as 2.5%") so a
 * separator is never dropped or guessed silently. Pure: Intl only, no DOM.
 */

export interface NumberConvention {
  /** BCP 47 tag used to show numbers back, e.g. "de-DE". */
  readonly locale: string;
  readonly decimal: '.' | ',';
  /** Separators allowed between groups of three digits, the locale's own first. */
  readonly groups: readonly string[];
}

export type NumberReading =
  | { readonly kind: 'blank' }
  /** `value` is the number (a fraction for a percentage); `shown` is how the locale writes it. */
  | { readonly kind: 'number'; readonly value: number; readonly shown: string }
  /** Readable only with the other decimal separator: `ways` are how to type each meaning here. */
  | { readonly kind: 'ambiguous'; readonly typed: string; readonly ways: readonly string[] }
  | { readonly kind: 'notANumber'; readonly typed: string };

/** Spaces of every width people and locales use between digit groups, plus apostrophes. */
const SPACE_GROUPS = [' ', "'", '’'];

/** Sheets says "de_DE"; Intl wants "de-DE". Unknown tags fall back to English. */
export function bcp47(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en-US';
  } catch {
    return 'en-US';
  }
}

/** How `locale` writes numbers. Locales with another decimal sign (Arabic "٫") read ".". */
export function numberConvention(locale: string): NumberConvention {
  const tag = bcp47(locale);
  const parts = new Intl.NumberFormat(tag, { useGrouping: true }).formatToParts(1234567.5);
  const decimal = parts.find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
  const group = parts.find((part) => part.type === 'group')?.value ?? '';
  // A locale that groups with spaces or apostrophes (fr, de-CH) reads neither "." nor ","
  // as a group sign: "1.000" there is refused with the ways to type it, never guessed.
  const groups = group === '.' || group === ',' ? [group, ...SPACE_GROUPS] : SPACE_GROUPS;
  return { locale: tag, decimal, groups: groups.filter((sign) => sign !== decimal) };
}

function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u202F\u2009]/g, ' ');
}

const otherConvention = (convention: NumberConvention): NumberConvention => ({
  locale: convention.locale,
  decimal: convention.decimal === '.' ? ',' : '.',
  groups: [convention.decimal, ...SPACE_GROUPS],
});

interface Digits {
  readonly negative: boolean;
  readonly whole: string;
  readonly fraction: string;
}

/** Splits `body` by the convention, or undefined when it does not follow it. */
function digitsOf(body: string, convention: NumberConvention): Digits | undefined {
  const negative = body.startsWith('-');
  const unsigned = body.replace(/^[+-]/, '');
  const [whole, fraction = '', extra] = unsigned.split(convention.decimal);
  if (extra !== undefined || !/^\d*$/.test(fraction)) return undefined;
  if (whole === '' && fraction === '') return undefined;
  const groups = convention.groups.filter((group) => whole.includes(group));
  if (groups.length > 1) return undefined;
  if (groups.length === 1) {
    const parts = whole.split(groups[0]);
    const grouped =
      /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((part) => /^\d{3}$/.test(part));
    if (!grouped) return undefined;
    return { negative, whole: parts.join(''), fraction };
  }
  return /^\d*$/.test(whole) ? { negative, whole, fraction } : undefined;
}

/** The number the digits stand for; `exponent` -2 moves the point for a percentage exactly. */
function numberOf(digits: Digits, exponent: number): number {
  const text = `${digits.negative ? '-' : ''}${digits.whole || '0'}.${digits.fraction || '0'}e${exponent}`;
  return Number(text);
}

/** The digits as they are typed in `convention`, without group separators. */
function typedIn(digits: Digits, convention: NumberConvention, percent: boolean): string {
  const sign = digits.negative ? '-' : '';
  const fraction = digits.fraction ? `${convention.decimal}${digits.fraction}` : '';
  return `${sign}${digits.whole || '0'}${fraction}${percent ? '%' : ''}`;
}

/** How the locale shows the number back ("2.5%", "2,5 %", "1,200,000"). */
export function showNumber(value: number, convention: NumberConvention, percent: boolean): string {
  return new Intl.NumberFormat(convention.locale, {
    style: percent ? 'percent' : 'decimal',
    maximumFractionDigits: 12,
  }).format(value);
}

/**
 * Reads `typed` in `convention`. A percentage field (`percent`) accepts a trailing "%" and
 * gives the fraction (2.5 -> 0.025, by moving the point, not dividing, so it is the double
 * a cell formatted as % holds).
 */
export function readNumber(
  typed: string,
  convention: NumberConvention,
  options: { readonly percent?: boolean } = {},
): NumberReading {
  const percent = options.percent ?? false;
  // NFKC: full-width digits and commas from a Chinese input method are digits and commas.
  const text = normalizeSpaces(typed.normalize('NFKC'))
    .trim()
    .replace(/^\u2212/, '-');
  if (text === '') return { kind: 'blank' };
  const body = (percent ? text.replace(/\s*%$/, '') : text).trim();
  if (!/^[+-]?[\d.,' ’]+$/.test(body) || !/\d/.test(body))
    return { kind: 'notANumber', typed: typed.trim() };
  const exponent = percent ? -2 : 0;
  const digits = digitsOf(body, convention);
  if (digits) {
    const value = numberOf(digits, exponent);
    return { kind: 'number', value, shown: showNumber(value, convention, percent) };
  }
  const other = digitsOf(body, otherConvention(convention));
  if (!other) return { kind: 'notANumber', typed: typed.trim() };
  // The ways keep a "%" only if the person typed one (the field shows its unit anyway).
  const withPercent = body !== text;
  const ways = [typedIn(other, convention, withPercent)];
  // "2,5" may also be 25 typed with a stray separator: offer the digits alone too.
  const joined = body.replace(/[.,' ’]/g, '');
  const separators = body.length - joined.length;
  const asWhole = `${joined.replace(/^([+-]?)0+(?=\d)/, '$1')}${withPercent ? '%' : ''}`;
  if (separators === 1 && /^[+-]?\d+$/.test(joined) && !ways.includes(asWhole)) ways.push(asWhole);
  return { kind: 'ambiguous', typed: typed.trim(), ways };
}

/** A number put back into a field (a saved plan), typed the way the locale reads it. */
export function typedNumber(value: number, convention: NumberConvention): string {
  const plain = String(value);
  return convention.decimal === ',' ? plain.replace('.', ',') : plain;
}
