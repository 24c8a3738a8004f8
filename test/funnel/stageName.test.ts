/**
 * Stage names as a person sees them (issue 10, "Text that breaks a workbook"): storable in
 * an .xlsx, visible, and at most 60 characters counted as graphemes.
 */
import fc from 'fast-check';
import { showValue, validatePlan } from '../../src/funnel/schema';
import { graphemeCount, stageNameProblem } from '../../src/funnel/stageName';
import type { FieldError } from '../../src/funnel/types';
import { firstUnstorableCodePoint } from '../../src/layout/workbookText';
import { examplePlan } from '../support/plans';

function errorsWithName(name: string): readonly FieldError[] {
  const stages = [{ name, conversionToNext: 0.5 }, { name: 'Customers' }];
  const validation = validatePlan({ ...examplePlan, stages, leadStageIndex: 0 });
  return validation.ok ? [] : validation.errors;
}

function messageFor(name: string): string {
  const errors = errorsWithName(name);
  expect(errors.map((error) => error.field)).toEqual(['stages.0.name']);
  return errors[0].message;
}

describe('a stage name must be text a workbook can store', () => {
  it.each([
    ['U+FFFE', 'Leads\uFFFE'],
    ['U+FFFF', 'Leads\uFFFF'],
    ['U+D800', '\uD800Leads'],
    ['U+DFFF', 'Leads\uDFFF'],
    ['U+0000', 'Le\u0000ads'],
    ['U+001B', 'Le\u001Bads'],
  ])(
    'refuses a name holding %s, naming the field, the value spelt out and the character',
    (label, name) => {
      const message = messageFor(name);
      expect(message).toMatch(/^stages\.0\.name is "/);
      expect(message).toContain(
        `it contains ${label}, a character a spreadsheet file cannot store`,
      );
      expect(message).toContain('remove it');
      // The message itself is storable and shows the bad character as an escape.
      expect(firstUnstorableCodePoint(message)).toBeUndefined();
      expect(message).toContain(`\\u${label.slice(2).toLowerCase()}`);
    },
  );

  it('refuses tabs, line breaks, C1 controls and noncharacters, which XML would carry', () => {
    expect(messageFor('Leads\tA')).toContain('U+0009, a control character');
    expect(messageFor('Leads\nA')).toContain('U+000A, a control character');
    expect(messageFor('Leads\u0085')).toContain('U+0085, a control character');
    expect(messageFor('Leads\uFDD0')).toContain('U+FDD0, a reserved code point that is not text');
    expect(messageFor('Leads\u{1FFFF}')).toContain('U+1FFFF, a reserved code point');
  });
});

describe('a stage name must be visible', () => {
  it.each([
    ['\u200B', 'U+200B'],
    ['\u200B\u200C\u200D', 'U+200B, U+200C, U+200D'],
    ['\uFEFF', 'U+FEFF'],
    ['\u2060\u00AD', 'U+2060, U+00AD'],
    ['\u3164', 'U+3164'],
    ['\u2800', 'U+2800'],
    ['\u00A0\u200B', 'U+00A0, U+200B'],
    ['\u{E0041}\u{E0042}', 'U+E0041, U+E0042'],
  ])('refuses %j, which shows nothing, listing %s', (name, labels) => {
    expect(messageFor(name)).toContain(
      `it shows nothing: it is only invisible characters (${labels}); enter the stage name as text of 1 to 60 characters that people can see`,
    );
  });

  it('accepts a visible name that carries a joiner or a direction mark', () => {
    expect(errorsWithName('👨‍👩‍👧 Team')).toEqual([]);
    expect(errorsWithName('\u200Fעסקאות')).toEqual([]);
    expect(errorsWithName('Lea\u00ADds')).toEqual([]);
  });

  it('still refuses blank names with the plain rule', () => {
    expect(messageFor('   ')).toBe(
      'stages.0.name is "   "; enter the stage name as text of 1 to 60 characters',
    );
  });
});

describe('60 characters are counted as a person counts them', () => {
  it.each([
    ['😀', 60, true],
    ['😀', 61, false],
    ['👨‍👩‍👧‍👦', 60, true],
    ['👨‍👩‍👧‍👦', 61, false],
    ['🇫🇷', 60, true],
    ['é', 60, true],
    ['x', 60, true],
    ['x', 61, false],
    ['营', 60, true],
    ['营', 61, false],
  ])('%s x %d: valid %s', (character, times, valid) => {
    expect(errorsWithName(character.repeat(times)).length === 0).toBe(valid);
  });

  it('says how long the name is and what the limit is', () => {
    expect(messageFor('😀'.repeat(61))).toContain(
      'it is 61 characters long; shorten it to at most 60',
    );
  });

  it('counts a letter with stacked marks once, but caps what it stores', () => {
    expect(graphemeCount('e\u0301\u0302\u0303')).toBe(1);
    expect(messageFor(`e${'\u0301'.repeat(1200)}`)).toContain(
      'it takes 1201 UTF-16 units (characters stacked with many marks); shorten it to at most 1000',
    );
  });
});

describe('for any code points, surrogates included', () => {
  const anyCodeUnitOrPoint = fc.oneof(
    fc
      .integer({ min: 0, max: 0x10ffff })
      .map((code) =>
        code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code),
      ),
    fc.constantFrom('\uFFFE', '\uFFFF', '\u200B', '\u200D', ' ', '😀', 'a', '\uD83D', '\u0301'),
  );
  const anyName = fc.string({ unit: anyCodeUnitOrPoint, minLength: 0, maxLength: 70 });

  it('a name is accepted exactly when it is storable, visible and short, with one message', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const accepted = errorsWithName(name).length === 0;
        const storable = firstUnstorableCodePoint(name) === undefined;
        if (accepted) {
          expect(storable).toBe(true);
          expect(graphemeCount(name)).toBeLessThanOrEqual(60);
          expect(name.trim()).not.toBe('');
        } else {
          const errors = errorsWithName(name);
          expect(errors).toHaveLength(1);
          expect(errors[0].message).toMatch(/^stages\.0\.name is .+; .+/);
          expect(firstUnstorableCodePoint(errors[0].message)).toBeUndefined();
        }
        expect(accepted).toBe(stageNameProblem(name) === undefined);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('showValue in a message', () => {
  it('cuts a long text to one line, still quoted, never inside an escape', () => {
    const shown = showValue(`${'\ufffe'.repeat(3)}${'👨\u200d👩\u200d👧'.repeat(8)}`);
    expect(shown.endsWith('..."')).toBe(true);
    expect(Array.from(shown).length).toBeLessThanOrEqual(80);
    expect(shown).not.toMatch(/\\(u\{?[0-9a-f]{0,3})?\.\.\."$/);
  });

  it('leaves a short value whole', () => {
    expect(showValue('Leads')).toBe('"Leads"');
  });
});
