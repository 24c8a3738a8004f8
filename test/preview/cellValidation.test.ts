/**
 * Reading a sheet's rules back as layout validations (for the preview's .xlsx download):
 * every rule the Apps Script writer wrote comes back as the validation it was written from,
 * and what a layout cannot say (a warning-only rule, a person's own formula) reads as null.
 */
import ExcelJS from 'exceljs';
import { xlsxValidation } from '../../src/cli/xlsxValidations';
import { writeLayout } from '../../src/gas/writeLayout';
import { cellValidationOf } from '../../src/preview/cellValidation';
import { workbookToXlsx } from '../../src/preview/export';
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

it("keeps every rule in the preview's .xlsx download, as the CLI writes it", async () => {
  const fake = createFakeAppsScript();
  (globalThis as Record<string, unknown>).SpreadsheetApp = fake.SpreadsheetApp;
  writeLayout(fake.SpreadsheetApp.getActiveSpreadsheet(), validatedLayout());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookToXlsx(fake)) as unknown as ExcelJS.Buffer);
  const worksheet = workbook.getWorksheet('Validated');
  if (!worksheet) throw new Error('the download has no Validated sheet');
  const written = new ExcelJS.Workbook();
  const expected = written.addWorksheet('Expected');
  for (const input of validatedInputs) {
    expected.getCell(input.a1).dataValidation = xlsxValidation(input.validation, input.a1);
  }
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await written.xlsx.writeBuffer());
  const wanted = reread.getWorksheet('Expected');
  for (const input of validatedInputs) {
    expect([input.a1, worksheet.getCell(input.a1).dataValidation]).toEqual([
      input.a1,
      wanted?.getCell(input.a1).dataValidation,
    ]);
  }
  expect(worksheet.getCell('A2').dataValidation).toBeUndefined();
});
