/**
 * Rule 4 over random numeric text: a number typed as text is read only when it means one
 * number with a decimal point and with a decimal comma; otherwise the call is an Error
 * that names the argument and the value and shows how to type it. Never a silent
 * different number. The two readings below are the contract's, written out independently
 * of src/kpi/numericText.ts.
 */
import fc from 'fast-check';
import { callFunction } from '../../src/kpi';

/** The text as a number when its separators follow one convention, else undefined. */
function readingWith(text: string, decimal: ',' | '.'): number | undefined {
  const group = decimal === '.' ? ',' : '.';
  const match = /^([+-]?)(.*?)(%?)$/.exec(text.trim()) as RegExpExecArray;
  const [, sign, body, percent] = match;
  const escapedGroup = `\\${group}`;
  const escapedDecimal = `\\${decimal}`;
  const plain = new RegExp(
    `^(\\d+(${escapedDecimal}\\d*)?|${escapedDecimal}\\d+)${decimal === '.' ? '(e[+-]?\\d+)?' : ''}$`,
    'i',
  );
  const grouped = new RegExp(`^[1-9]\\d{0,2}(${escapedGroup}\\d{3})+(${escapedDecimal}\\d*)?$`);
  let literal: string;
  if (plain.test(body)) literal = body;
  else if (grouped.test(body)) literal = body.split(group).join('');
  else return undefined;
  const value = Number(sign + literal.replace(decimal, '.'));
  // Compare percentages as the typed number / 100 (both readings the same way).
  return percent === '%' ? value / 100 : value;
}

function spendOf(text: string): { value: number } | { message: string } {
  try {
    return { value: callFunction('CPL', [text, 1]) as number };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

/** Digits, points, commas, signs, percent, exponent and spaces, in any order. */
const numericLookingText = fc
  .array(fc.constantFrom(...'0123456789012345678901234567890123456789.,.,%-+e '.split('')), {
    minLength: 1,
    maxLength: 14,
  })
  .map((characters) => characters.join(''))
  // Only spaces is a blank cell (rule 2), not text.
  .filter((text) => text.trim() !== '');

/** A number as a person might type it: plain, or grouped by either convention. */
const typedNumber = fc
  .record({
    whole: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fraction: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
    negative: fc.boolean(),
    percent: fc.boolean(),
    style: fc.constantFrom('plain', 'point-grouped', 'comma-grouped', 'comma-plain'),
  })
  .map(({ whole, fraction, negative, percent, style }) => {
    const digits = whole.toString();
    const groups = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '|');
    const [groupMark, decimalMark] =
      style === 'point-grouped' ? [',', '.'] : style === 'comma-grouped' ? ['.', ','] : ['', ''];
    const integer =
      style === 'plain' || style === 'comma-plain' ? digits : groups.replace(/\|/g, groupMark);
    const decimal = style === 'comma-plain' ? ',' : decimalMark || '.';
    const text = `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : decimal + fraction}${percent ? '%' : ''}`;
    const canonical = `${negative ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
    return { text, style, meant: Number(percent ? `${canonical}e-2` : canonical) };
  });

describe('numeric text: one meaning or an error', () => {
  test('random numeric-looking text is never read as a number other than its one meaning', () => {
    fc.assert(
      fc.property(numericLookingText, (text) => {
        const withPoint = readingWith(text, '.');
        const withComma = readingWith(text, ',');
        const outcome = spendOf(text);
        if ('value' in outcome) {
          // Read: it has a decimal-point meaning, and the comma reading (if any) agrees.
          if (withPoint === undefined) return false;
          if (
            withComma !== undefined &&
            Math.abs(withComma - withPoint) > 1e-12 * Math.abs(withPoint)
          )
            return false;
          return Math.abs(outcome.value - withPoint) <= 1e-12 * Math.abs(withPoint);
        }
        const twoMeanings =
          withPoint !== undefined && withComma !== undefined && withPoint !== withComma;
        // One meaning, negative: refused by the money rule, which shows the number it read.
        if (
          !twoMeanings &&
          withPoint !== undefined &&
          withPoint < 0 &&
          Number.isFinite(withPoint)
        ) {
          return outcome.message.startsWith(`CPL: spend is ${withPoint};`);
        }
        // Refused: the message names the function, the argument and the text as typed.
        if (!outcome.message.startsWith(`CPL: spend is ${JSON.stringify(text)}`)) return false;
        // Two different readings, or only a comma reading: the message says how to type it.
        if (twoMeanings || (withPoint === undefined && withComma !== undefined)) {
          return /; enter \S+( or \S+)? as a number, not as text$/.test(outcome.message);
        }
        return true;
      }),
      { numRuns: 5000 },
    );
  });

  test('a number typed in any common way is either exactly that number or an error', () => {
    fc.assert(
      fc.property(typedNumber, ({ text, meant }) => {
        const outcome = spendOf(text);
        if ('value' in outcome) return Object.is(outcome.value + 0, meant + 0);
        // A negative amount is refused by the money rule, which shows the number it read.
        if (meant < 0 && outcome.message.startsWith(`CPL: spend is ${meant};`)) return true;
        return outcome.message.startsWith(`CPL: spend is ${JSON.stringify(text)}`);
      }),
      { numRuns: 3000 },
    );
  });

  test('a plain number without separators is always read, exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), fc.boolean(), (value, percent) => {
        const text = `${value}${percent ? '%' : ''}`;
        // A percentage moves the decimal point two places (exactly, unlike value / 100).
        const [mantissa, exponent = '0'] = String(value).split('e');
        const expected = percent ? Number(`${mantissa}e${Number(exponent) - 2}`) : value;
        return Object.is(callFunction('CPL', [text, 1]), expected + 0);
      }),
      { numRuns: 2000 },
    );
  });

  test('inside a range the refusal names the row and column', () => {
    const spend = [['100'], ['2,5']];
    expect(() => callFunction('CPL', [spend, [[1], [1]]])).toThrow(
      'CPL: spend is "2,5" (row 2, column 1), which is a number only with a decimal comma; enter 2.5 as a number, not as text',
    );
  });
});
