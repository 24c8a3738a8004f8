/**
 * The sidebar's number reader (issue 10, "Numbers that silently become other numbers"):
 * by the form's locale, refusing what only reads with the other decimal separator, and
 * saying what it understood.
 */
import fc from 'fast-check';
import { candidateFromDraft, defaultDraft, draftFromPlan } from '../../sidebar/form/draft';
import { fieldMessages } from '../../sidebar/form/fieldErrors';
import {
  type NumberConvention,
  numberConvention,
  readNumber,
  showNumber,
} from '../../sidebar/form/numberInput';
import { fieldReadings, retypeNumbers } from '../../sidebar/form/readings';
import { messagesFor } from '../../sidebar/i18n';
import { validatePlan } from '../../src/funnel/schema';
import { examplePlan } from '../support/plans';

const defaults = { currency: 'USD', startMonth: '2027-01' };

const en = numberConvention('en_US');
const de = numberConvention('de_DE');
const fr = numberConvention('fr_FR');
const ch = numberConvention('de_CH');
const zh = numberConvention('zh_CN');
const conventions: [string, NumberConvention][] = [
  ['en_US', en],
  ['de_DE', de],
  ['fr_FR', fr],
  ['de_CH', ch],
  ['zh_CN', zh],
  ['es_ES', numberConvention('es_ES')],
  ['pt_BR', numberConvention('pt_BR')],
];

describe('the locale decides the decimal separator', () => {
  it('knows how each locale writes numbers', () => {
    expect([en.decimal, de.decimal, fr.decimal, ch.decimal, zh.decimal]).toEqual([
      '.',
      ',',
      ',',
      '.',
      '.',
    ]);
    expect(numberConvention('xx_not_a_locale').locale).toBe('en-US');
  });

  it.each([
    ['2,5', de, 0.025, '2,5 %'],
    ['2.5', en, 0.025, '2.5%'],
    ['2,5 %', fr, 0.025, '2,5 %'],
    ['0,1', de, 0.001, '0,1 %'],
    ['30', de, 0.3, '30 %'],
    ['２，５', de, 0.025, '2,5 %'],
  ])('"%s" in a %s percentage field is %d, read as %s', (typed, numbers, value, shown) => {
    const reading = readNumber(typed, numbers as NumberConvention, { percent: true });
    expect(reading).toEqual({
      kind: 'number',
      value,
      shown: (shown as string).replace(' ', '\u00A0'),
    });
  });

  it.each([
    ['1,200,000', en, 1200000],
    ['1.200.000', de, 1200000],
    ['1 200 000', fr, 1200000],
    ['1\u202F200\u202F000', fr, 1200000],
    ["1'200'000", ch, 1200000],
    ['1’200’000', ch, 1200000],
    ['25 000', en, 25000],
    ['1,000.50', en, 1000.5],
    ['1.000,50', de, 1000.5],
    ['-5', de, -5],
    ['\u22125', en, -5],
    ['.5', en, 0.5],
  ])('"%s" is %d', (typed, numbers, value) => {
    expect(readNumber(typed, numbers as NumberConvention)).toMatchObject({ kind: 'number', value });
  });
});

describe('text that only reads with the other separator is refused with the ways to type it', () => {
  it.each([
    ['2,5', en, ['2.5', '25']],
    ['2,5%', en, ['2.5%', '25%']],
    ['2.5', de, ['2,5', '25']],
    ['0.5', de, ['0,5', '5']],
    ['1.000,50', en, ['1000.50']],
    ['1,000.50', de, ['1000,50']],
    ['1.000', fr, ['1,000', '1000']],
    ['1,5', zh, ['1.5', '15']],
  ])('"%s" in %s: type %j', (typed, numbers, ways) => {
    expect(readNumber(typed, numbers as NumberConvention, { percent: true })).toEqual({
      kind: 'ambiguous',
      typed,
      ways,
    });
  });

  it.each(['12k', '%', '1,2,3', '1..2', '--5', 'e5', '1e3', '0x10', 'NaN', 'Infinity', '1,00,000'])(
    '"%s" is not a number anywhere',
    (typed) => {
      for (const [, numbers] of conventions)
        expect(readNumber(typed, numbers, { percent: true }).kind).toBe('notANumber');
    },
  );

  it('the form says it in its language, with the decimal separator of the locale', () => {
    const draft = { ...defaultDraft(messagesFor('en'), defaults), monthlyGrowthPercent: '2,5' };
    const validation = validatePlan(candidateFromDraft(draft, 'en', en));
    expect(validation.ok).toBe(false);
    if (validation.ok) return;
    expect(
      fieldMessages(validation.errors, draft, messagesFor('en'), en).get('monthlyGrowth'),
    ).toBe(
      '“2,5” could mean more than one number: type 2.5 or 25 (the decimal separator here is “.”).',
    );
    expect(
      fieldMessages(validation.errors, draft, messagesFor('zh-CN'), en).get('monthlyGrowth'),
    ).toBe('“2,5”可能表示不止一个数字：请输入 2.5 或 25（此处小数点为“.”）。');
    const german = validatePlan(candidateFromDraft(draft, 'en', de));
    expect(german).toMatchObject({ ok: true, plan: { monthlyGrowth: 0.025 } });
  });
});

describe('what the form understood', () => {
  it('shows a reading under fields typed with separators, none under plain digits', () => {
    const draft = {
      ...defaultDraft(messagesFor('en'), defaults),
      revenueTarget: '1.200.000',
      averageDealSize: '25000',
      monthlyGrowthPercent: '2,5',
    };
    expect(Object.fromEntries(fieldReadings(draft, de, messagesFor('en')))).toEqual({
      revenueTarget: 'Read as 1.200.000',
      monthlyGrowth: 'Read as 2,5\u00A0%',
    });
    expect(fieldReadings(draft, de, messagesFor('zh-TW')).get('monthlyGrowth')).toBe(
      '讀作 2,5\u00A0%',
    );
  });

  it('a saved plan comes back typed for the locale, and reads back to the same plan', () => {
    const plan = { ...examplePlan, monthlyGrowth: 0.025, costPerLead: 120.5, ...defaults };
    const draft = draftFromPlan(plan, defaults, de);
    expect([draft.monthlyGrowthPercent, draft.costPerLead, draft.stages[0].ratePercent]).toEqual([
      '2,5',
      '120,5',
      '2',
    ]);
    expect(validatePlan(candidateFromDraft(draft, 'en', de))).toEqual({ ok: true, plan });
  });

  it('choosing another language retypes the numbers for it instead of refusing them', () => {
    const draft = { ...defaultDraft(messagesFor('en'), defaults), monthlyGrowthPercent: '2,5' };
    const retyped = retypeNumbers(draft, de, en);
    expect(retyped.monthlyGrowthPercent).toBe('2.5');
    expect(retyped.revenueTarget).toBe(draft.revenueTarget);
    expect(retypeNumbers(draft, en, en)).toBe(draft);
  });
});

describe('for random numbers and random numeric text', () => {
  /** A decimal written as digits: the exact text a person would mean. */
  const decimalText = fc
    .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 9999 }))
    .map(([whole, fraction]) => (fraction === 0 ? `${whole}` : `${whole}.${fraction}`));

  it('a number the locale formats itself reads back as exactly that number', () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.boolean(),
        fc.constantFrom(...conventions),
        (text, grouping, [, numbers]) => {
          const value = Number(text);
          const formatted = new Intl.NumberFormat(numbers.locale, {
            useGrouping: grouping,
            maximumFractionDigits: 4,
          }).format(value);
          expect(readNumber(formatted, numbers)).toMatchObject({ kind: 'number', value });
        },
      ),
      { numRuns: 2000 },
    );
  });

  const numericText = fc.string({
    unit: fc.constantFrom('0', '1', '2', '5', '9', '.', ',', ' ', "'", '-', '%'),
    minLength: 1,
    maxLength: 12,
  });

  it('never drops a separator: a number has one reading here, an ambiguity offers ways that read', () => {
    fc.assert(
      fc.property(numericText, fc.constantFrom(...conventions), (typed, [, numbers]) => {
        const reading = readNumber(typed, numbers, { percent: true });
        if (reading.kind === 'number') {
          // The other decimal separator only ever separates groups of three digits here.
          const other = numbers.decimal === '.' ? ',' : '.';
          for (const [index, character] of [...typed].entries()) {
            if (character === other) expect(typed.slice(index + 1)).toMatch(/^\d{3}(\D|$)/);
          }
          // What it shows reads back as the same number.
          const shown = readNumber(showNumber(reading.value, numbers, true), numbers, {
            percent: true,
          });
          expect(shown).toMatchObject({ kind: 'number', value: reading.value });
        }
        if (reading.kind === 'ambiguous') {
          expect(reading.ways.length).toBeGreaterThan(0);
          for (const way of reading.ways)
            expect(readNumber(way, numbers, { percent: true }).kind).toBe('number');
        }
      }),
      { numRuns: 5000 },
    );
  });
});
