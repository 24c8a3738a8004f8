/**
 * Random text over the full code point range, lone surrogates included, biased towards the
 * characters that break workbooks or hide (U+FFFE, U+FFFF, controls, zero-width, joiners),
 * so both accepted and refused names turn up often.
 */
import fc from 'fast-check';

const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  // A surrogate code point becomes a lone UTF-16 unit, as a broken paste would give.
  .map((code) =>
    code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code),
  );

const troublesome = fc.constantFrom(
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u0008',
  '\t',
  '\n',
  '\u0085',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u0301',
  '\u{E0041}',
  '\uFDD0',
  '\u{10FFFF}',
);

const ordinary = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '=',
  '+',
  '<',
  '&',
  '"',
  "'",
  '营',
  '😀',
  '👨‍👩‍👧',
  'é',
);

/** One unit of random text: a code point anywhere, a troublesome one, or an ordinary one. */
export const unicodeUnit = fc.oneof(anyCodePoint, troublesome, ordinary);

/**
 * Half the texts are drawn from every code point and the ordinary ones only (nearly all
 * storable), half with the troublesome ones mixed in (nearly all refused).
 */
export function unicodeText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: fc.oneof(anyCodePoint, ordinary), minLength: 1, maxLength }),
    fc.string({ unit: unicodeUnit, minLength: 1, maxLength }),
  );
}
