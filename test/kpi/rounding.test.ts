/**
 * ROUNDUP to a whole number, the spreadsheet way: first to 6 decimals, so a
 * quotient that is whole on paper but lands 1 ulp above it in binary asks for exactly
 * that many leads, as Sheets, Excel and LibreOffice do, not one more.
 */
import { callFunction, reverseFunnelCounts, roundUpWhole } from '../../src/kpi';

/** Whole counts n for which n / 0.7 is whole on paper (10n/7) but a hair above it in binary. */
const onePlusUlpCases = Array.from({ length: 2000 }, (_, index) => 7 * (index + 1)).filter(
  (count) => count / 0.7 > (10 * count) / 7,
);

test('real n / 0.7 quotients land 1 ulp above the whole number', () => {
  expect(21 / 0.7).toBe(30.000000000000004);
  expect(onePlusUlpCases.length).toBeGreaterThan(50);
  for (const count of onePlusUlpCases) {
    const onPaper = (10 * count) / 7;
    // Exactly the next double above the whole number: the naive ceil asks for one more.
    expect(Math.ceil(count / 0.7)).toBe(onPaper + 1);
  }
});

test.each(onePlusUlpCases.slice(0, 20))(
  'ROUNDUP(%i / 0.7) is the whole number on paper',
  (count) => {
    expect(roundUpWhole(count / 0.7)).toBe((10 * count) / 7);
  },
);

test('every such case in the first 2000 multiples of 7 rounds to the number on paper', () => {
  for (const count of onePlusUlpCases) expect(roundUpWhole(count / 0.7)).toBe((10 * count) / 7);
});

test('a real fraction of a millionth or more still rounds up; less is noise', () => {
  expect(roundUpWhole(30.1)).toBe(31);
  expect(roundUpWhole(30.000001)).toBe(31);
  expect(roundUpWhole(30.0000004)).toBe(30);
  expect(roundUpWhole(0.0001)).toBe(1);
  expect(roundUpWhole(66666.66666666667)).toBe(66667);
});

test('whole numbers and zero stay as they are', () => {
  expect(roundUpWhole(0)).toBe(0);
  expect(roundUpWhole(40)).toBe(40);
  expect(roundUpWhole(1e15)).toBe(1e15);
});

test('the reverse funnel uses the rule: 21 customers at a 70% close rate need 30 SQLs', () => {
  expect(reverseFunnelCounts(21 * 1000, 1000, [0.7])).toEqual([30, 21]);
  expect(callFunction('REVERSE_FUNNEL', [21000, 1000, 0.7])).toEqual([[30], [21]]);
});
