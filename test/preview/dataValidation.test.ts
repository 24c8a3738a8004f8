/**
 * The fake enforces data validation on a person's entry the way Sheets does with
 * allowInvalid false: what the rule allows goes in, anything else is refused with the
 * rule's help text and the cell keeps its contents and format. A script's own writes are
 * not checked (Sheets writes them and only marks the cell).
 */
import { writeLayout } from '../../src/gas/writeLayout';
import { createFakeAppsScript, type FakeAppsScript } from '../../src/preview/fake';
import { validatedInputs, validatedLayout } from '../support/validatedLayout';

function written(): { fake: FakeAppsScript; typeIn: (a1: string, input: string) => string | null } {
  const fake = createFakeAppsScript();
  (globalThis as Record<string, unknown>).SpreadsheetApp = fake.SpreadsheetApp;
  const { name } = writeLayout(fake.SpreadsheetApp.getActiveSpreadsheet(), validatedLayout());
  const sheet = fake.spreadsheet.findSheet(name);
  if (!sheet) throw new Error('the layout was not written');
  return { fake, typeIn: (a1, input) => sheet.rangeAt(a1).typeIn(input) };
}

function cell(fake: FakeAppsScript, a1: string) {
  const range = fake.SpreadsheetApp.getActiveSpreadsheet().getRange(`Validated!${a1}`);
  return {
    value: range.getValue(),
    formula: range.getFormula(),
    format: range.getNumberFormats()[0][0],
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

describe.each(validatedInputs)('the validated cell $a1 ($label)', (input) => {
  it.each(input.accepted)('takes %p', (entry) => {
    const { fake, typeIn } = written();
    expect(typeIn(input.a1, entry)).toBeNull();
    // The cell holds what the same entry gives in a cell without a rule.
    expect(typeIn('D1', entry)).toBeNull();
    const [after, unruled] = [cell(fake, input.a1), cell(fake, 'D1')];
    expect({ value: after.value, formula: after.formula }).toEqual({
      value: unruled.value,
      formula: unruled.formula,
    });
    expect(after.value).not.toBe('');
  });

  it.each(input.rejected)('refuses %p with its help text and keeps its value', (entry) => {
    const { fake, typeIn } = written();
    const before = cell(fake, input.a1);
    expect(typeIn(input.a1, entry)).toBe(input.validation.help);
    expect(cell(fake, input.a1)).toEqual(before);
  });
});

describe('entering into validated cells', () => {
  it('puts an accepted entry in the cell, and the sheet recomputes from it', () => {
    const { fake, typeIn } = written();
    expect(typeIn('B2', '30%')).toBeNull();
    expect(cell(fake, 'B2').value).toBeCloseTo(0.3, 15);
    expect(cell(fake, 'C2').value).toBeCloseTo(300_000, 6);
  });

  it('keeps the plan computed from the old value after a refused entry', () => {
    const { fake, typeIn } = written();
    expect(typeIn('B2', '3000%')).toBe('Win rate: enter a rate above 0% and at most 100%.');
    expect(cell(fake, 'B2')).toEqual({ value: 0.25, formula: '', format: '0%' });
    expect(cell(fake, 'C2').value).toBe(250_000);
  });

  it('allows clearing a validated cell, as Sheets does', () => {
    const { fake, typeIn } = written();
    expect(typeIn('B3', '')).toBeNull();
    expect(cell(fake, 'B3').value).toBe('');
  });

  it('does not check a script writing with setValue (Sheets only marks such a cell)', () => {
    const { fake } = written();
    fake.SpreadsheetApp.getActiveSpreadsheet().getRange('Validated!B2').setValue(30);
    expect(cell(fake, 'B2').value).toBe(30);
  });

  it('leaves a cell without a rule open to anything', () => {
    const { fake, typeIn } = written();
    expect(typeIn('D2', 'anything at all')).toBeNull();
    expect(cell(fake, 'D2').value).toBe('anything at all');
  });
});

describe('the fake data-validation builder', () => {
  function builder() {
    return createFakeAppsScript().SpreadsheetApp.newDataValidation();
  }

  it('accepts an invalid entry when the rule allows invalid data (the Sheets default)', () => {
    const fake = createFakeAppsScript();
    const sheet = fake.spreadsheet.findSheet('Sheet1');
    if (!sheet) throw new Error('the fake starts with Sheet1');
    const rule = fake.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 1)
      .setHelpText('0 to 1')
      .build();
    sheet.getRange('A1').setDataValidations([[rule]]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(sheet.rangeAt('A1').typeIn('5')).toBeNull();
    expect(sheet.getRange('A1').getValue()).toBe(5);
  });

  it("refuses with Sheets' own sentence when the rule has no help text", () => {
    const fake = createFakeAppsScript();
    const sheet = fake.spreadsheet.findSheet('Sheet1');
    if (!sheet) throw new Error('the fake starts with Sheet1');
    const rule = fake.SpreadsheetApp.newDataValidation()
      .requireNumberGreaterThan(0)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('A1').setDataValidations([[rule]]);
    expect(sheet.rangeAt('A1').typeIn('-1')).toBe(
      'The data you entered violates the data validation rules set on this cell.',
    );
  });

  it('rejects arguments Apps Script rejects', () => {
    expect(() => builder().requireNumberBetween(Number.NaN, 1)).toThrow('takes a number');
    expect(() => builder().requireFormulaSatisfied('B2>0')).toThrow('must start with "="');
    expect(() => builder().requireValueInList([])).toThrow('the list of values is empty');
    expect(() =>
      builder().requireDateOnOrAfter('2026-01-01' as unknown as GoogleAppsScript.Base.Date),
    ).toThrow('takes a Date');
    expect(() => builder().setHelpText('no criterion').build()).toThrow('needs a criterion');
  });

  it('counts building rules as builder calls, and setDataValidations as one document call', () => {
    const fake = createFakeAppsScript();
    const range = fake.SpreadsheetApp.getActiveSpreadsheet().getRange('Sheet1!A1:B1');
    fake.log.reset();
    const rule = fake.SpreadsheetApp.newDataValidation().requireDate().build();
    range.setDataValidations([[rule, null]]);
    expect(fake.log.documentCalls).toBe(1);
    expect(fake.log.builderCalls).toBe(3);
    expect(() => range.setDataValidations([[rule]])).toThrow('number of columns in the data');
    expect(() =>
      range.setDataValidations([
        [rule, 'between 0 and 1' as unknown as GoogleAppsScript.Spreadsheet.DataValidation],
      ]),
    ).toThrow('Invalid argument: a data validation rule or null, not between 0 and 1');
  });
});
