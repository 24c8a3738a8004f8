/**
 * Numbers typed into text-formatted cells ("1200", "25%", "1,000,000"). A custom function
 * cannot know the spreadsheet's locale, so text is read only when it means one number
 * whether its writer used a decimal point (1,000.5) or a decimal comma (1.000,5); a
 * separator is never dropped to make a number (FUNCTIONS.md rule 4).
 */

/** How one piece of text reads as a number. */
export type TextReading =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'not-a-number' }
  /** Only a decimal comma makes it a number ("0,5", "1.000,50"). */
  | { readonly kind: 'decimal-comma-only'; readonly typed: string }
  /** A decimal point and a decimal comma make it two different numbers ("1,000", "1.000"). */
  | { readonly kind: 'ambiguous'; readonly withPoint: string; readonly withComma: string };

const SIGN_AND_PERCENT = /^([+-]?)(.*?)(%?)$/;
/** Digits with an optional decimal point and exponent, no separators: 1200, .5, 1e3. */
const PLAIN_WITH_POINT = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** Commas between groups of three, then a decimal point: 1,000 or 12,345,678.9. */
const GROUPED_WITH_POINT = /^[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/;
/** Digits with a decimal comma: 0,5 or ,5. */
const PLAIN_WITH_COMMA = /^(\d+(,\d*)?|,\d+)$/;
/** Points between groups of three, then a decimal comma: 1.000 or 1.000,50. */
const GROUPED_WITH_COMMA = /^[1-9]\d{0,2}(\.\d{3})+(,\d*)?$/;

/** The text as a JavaScript number literal, or undefined when the convention cannot read it. */
function withDecimalPoint(body: string): string | undefined {
  if (PLAIN_WITH_POINT.test(body)) return body;
  if (GROUPED_WITH_POINT.test(body)) return body.replace(/,/g, '');
  return undefined;
}

function withDecimalComma(body: string): string | undefined {
  if (PLAIN_WITH_COMMA.test(body)) return body.replace(',', '.');
  if (GROUPED_WITH_COMMA.test(body)) return body.replace(/\./g, '').replace(',', '.');
  return undefined;
}

/** The number a literal means, a percentage shifted by two places in decimal (no 0.1/100 dust). */
function numberOf(literal: string, sign: string, percent: boolean): number {
  if (!percent) return Number(sign + literal);
  const [mantissa, exponent = '0'] = literal.toLowerCase().split('e');
  return Number(`${sign}${mantissa}e${Number(exponent) - 2}`);
}

/** How to type a reading: "1000", "-0.5", "2.5%"; every significant digit kept, none rounded. */
function typedForm(literal: string, sign: string, percent: boolean): string {
  const withoutTrailingZeros = literal.includes('.') ? literal.replace(/0+$/, '') : literal;
  const digits = withoutTrailingZeros.replace(/^\./, '0.').replace(/\.$/, '');
  return `${sign === '-' ? '-' : ''}${digits}${percent ? '%' : ''}`;
}

export function readNumericText(text: string): TextReading {
  const [, sign, body, percentSign] = SIGN_AND_PERCENT.exec(text.trim()) as RegExpExecArray;
  const percent = percentSign === '%';
  const pointLiteral = withDecimalPoint(body);
  const commaLiteral = withDecimalComma(body);
  if (pointLiteral === undefined && commaLiteral === undefined) return { kind: 'not-a-number' };
  if (pointLiteral === undefined) {
    return { kind: 'decimal-comma-only', typed: typedForm(commaLiteral as string, sign, percent) };
  }
  const value = numberOf(pointLiteral, sign, percent);
  if (commaLiteral !== undefined && numberOf(commaLiteral, sign, percent) !== value) {
    return {
      kind: 'ambiguous',
      withPoint: typedForm(pointLiteral, sign, percent),
      withComma: typedForm(commaLiteral, sign, percent),
    };
  }
  return { kind: 'number', value };
}
