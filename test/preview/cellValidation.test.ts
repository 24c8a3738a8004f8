/**
 * Reading a sheet's rules back as layout validations (for the preview's .xlsx download):
 * every rule the Apps Script writer wrote comes back as the validation it was written from,
 * and what a layout cannot say (a warning-only rule, a person's own formula) reads as null.
 */
import { writeLayout } from '../../src/gas/writeLayout';
import { cellValidationOf } from '../../src/preview/cellValidation';
import { createFakeAppsScript } from '../../src/preview/fake';
import { validatedInputs, validatedLayout } from '../support/validatedLayout';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

it('gives back every validation the writer wrote, from the rule on the sheet', () => {
  const fake = createFakeAppsScript();
  (globalThis as Record<string, unknown>).SpreadsheetApp = fake.SpreadsheetApp;
  const { sheet } = writeLayout(fake.SpreadsheetApp.getActiveSpreadsheet(), validatedLayout());
  for (const input of validatedInputs) {
    const rule = sheet.getRange(input.a1).getDataValidation();
    if (!rule) throw new Error(`no rule on ${input.a1}`);
    expect([input.a1, cellValidationOf(rule, input.a1)]).toEqual([input.a1, input.validation]);
  }
});

it('reads a rule a layout cannot say as null', () => {
  const app = createFakeAppsScript().SpreadsheetApp;
  const warning = app.newDataValidation().requireNumberBetween(0, 1).build();
  const ownFormula = app
    .newDataValidation()
    .requireFormulaSatisfied('=B2<>B3')
    .setAllowInvalid(false)
    .build();
  const otherCell = app
    .newDataValidation()
    .requireFormulaSatisfied('=AND(ISNUMBER(B3), B3>0)')
    .setAllowInvalid(false)
    .build();
  expect(cellValidationOf(warning, 'B2')).toBeNull();
  expect(cellValidationOf(ownFormula, 'B2')).toBeNull();
  expect(cellValidationOf(otherCell, 'B2')).toBeNull();
  expect(cellValidationOf(otherCell, 'B3')).toEqual({ kind: 'number', greaterThan: 0, help: '' });
});
