/**
 * The .xlsx writer gives every validated input cell a stop-style data validation with the
 * help sentence as prompt and error; exceljs reads them back, and LibreOffice opens the file
 * with each rule intact (its own .ods names every condition, and its re-saved .xlsx keeps it).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { xlsxValidation } from '../../src/cli/xlsxValidations';
import { convertWithLibreOffice, LIBREOFFICE_TIMEOUT_MS } from '../support/libreoffice';
import { validatedInputs, validatedLayout } from '../support/validatedLayout';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);

/** type, operator, formulae per cell, as written (dates as exceljs reads them back). */
const expectedCriteria: Record<
  string,
  Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'>
> = {
  B2: { type: 'custom', formulae: ['AND(ISNUMBER(B2), B2>0, B2<=1)'] },
  B3: { type: 'decimal', operator: 'greaterThan', formulae: [0] },
  B4: { type: 'whole', operator: 'between', formulae: [1, 36] },
  B5: { type: 'decimal', operator: 'between', formulae: [0, 0.5] },
  B6: { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] },
  B7: { type: 'decimal', operator: 'lessThanOrEqual', formulae: [1] },
  B8: { type: 'custom', formulae: ['AND(ISNUMBER(B8), INT(B8)=B8)'] },
  B9: { type: 'custom', formulae: ['ISNUMBER(B9)'] },
  B10: { type: 'list', formulae: ['"USD,EUR,GBP"'] },
  B11: {
    type: 'date',
    operator: 'between',
    formulae: ['2000-01-01T00:00:00.000Z', '2099-12-01T00:00:00.000Z'],
  },
  B12: { type: 'date', operator: 'greaterThanOrEqual', formulae: ['2026-01-01T00:00:00.000Z'] },
  B13: { type: 'date', operator: 'lessThanOrEqual', formulae: ['2026-12-31T00:00:00.000Z'] },
  B14: { type: 'date', operator: 'greaterThanOrEqual', formulae: ['1900-03-01T00:00:00.000Z'] },
};

/** LibreOffice's own reading of each rule, from the .ods it saves (Validated.B2 -> B2). */
const libreOfficeConditions: Record<string, string> = {
  B2: 'of:is-true-formula(AND(ISNUMBER([.B2]); [.B2]>0; [.B2]<=1))',
  B3: 'of:cell-content-is-decimal-number() and cell-content()>0',
  B4: 'of:cell-content-is-whole-number() and cell-content-is-between(1,36)',
  B5: 'of:cell-content-is-decimal-number() and cell-content-is-between(0,0.5)',
  B6: 'of:cell-content-is-decimal-number() and cell-content()>=0',
  B7: 'of:cell-content-is-decimal-number() and cell-content()<=1',
  B8: 'of:is-true-formula(AND(ISNUMBER([.B8]); INT([.B8])=[.B8]))',
  B9: 'of:is-true-formula(ISNUMBER([.B9]))',
  B10: 'of:cell-content-is-in-list("USD";"EUR";"GBP")',
  // 2000-01-01 is day 36526, 2099-12-01 day 73020, 2026-01-01 day 46023.
  B11: 'of:cell-content-is-date() and cell-content-is-between(36526,73020)',
  B12: 'of:cell-content-is-date() and cell-content()>=46023',
  B13: 'of:cell-content-is-date() and cell-content()<=46387',
  B14: 'of:cell-content-is-date() and cell-content()>=61',
};

async function writtenXlsx(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'funnelmath-validations-'));
  const path = join(directory, 'validated.xlsx');
  await writeFile(path, await layoutsToXlsx({ sheets: [validatedLayout()] }));
  return path;
}

async function readValidations(path: string): Promise<Map<string, ExcelJS.DataValidation>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const worksheet = workbook.getWorksheet('Validated');
  if (!worksheet) throw new Error(`${path} has no Validated sheet`);
  return new Map(
    validatedInputs.map((input) => [input.a1, worksheet.getCell(input.a1).dataValidation]),
  );
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('data validations in the .xlsx', () => {
  let path: string;
  beforeAll(async () => {
    path = await writtenXlsx();
  });
  afterAll(async () => {
    await rm(dirname(path), { recursive: true, force: true });
  });

  it('read back by exceljs: each input cell stops what its rule refuses, with its help text', async () => {
    const validations = await readValidations(path);
    for (const input of validatedInputs) {
      expect([input.a1, validations.get(input.a1)]).toEqual([
        input.a1,
        {
          ...expectedCriteria[input.a1],
          formulae: expectedCriteria[input.a1].formulae.map((formula) =>
            typeof formula === 'string' && formula.endsWith('Z') ? new Date(formula) : formula,
          ),
          allowBlank: true,
          showInputMessage: true,
          prompt: input.validation.help,
          showErrorMessage: true,
          errorStyle: 'stop',
          error: input.validation.help,
        },
      ]);
    }
    const labelValidation = (await readValidations(path)).get('A2');
    expect(labelValidation).toBeUndefined();
  });

  it('opened by LibreOffice: its .ods holds every rule, as a stop with the help text', async () => {
    const ods = await convertWithLibreOffice(path, 'ods');
    try {
      const content = await (await JSZip.loadAsync(await readFile(ods)))
        .file('content.xml')
        ?.async('string');
      const rules = [
        ...(content ?? '').matchAll(/<table:content-validation (.*?)<\/table:content-validation>/g),
      ].map(([rule]) => ({
        cell: /table:base-cell-address="Validated\.([A-Z]+\d+)"/.exec(rule)?.[1],
        condition: unescapeXml(/table:condition="([^"]*)"/.exec(rule)?.[1] ?? ''),
        allowsEmpty: /table:allow-empty-cell="true"/.test(rule),
        error:
          /<table:error-message table:message-type="stop" table:display="true"><text:p>(.*?)<\/text:p>/.exec(
            rule,
          )?.[1],
        help: /<table:help-message table:display="true"><text:p>(.*?)<\/text:p>/.exec(rule)?.[1],
      }));
      expect(rules.map((rule) => rule.cell).sort()).toEqual(
        validatedInputs.map((input) => input.a1).sort(),
      );
      for (const input of validatedInputs) {
        expect(rules.find((rule) => rule.cell === input.a1)).toEqual({
          cell: input.a1,
          condition: libreOfficeConditions[input.a1],
          allowsEmpty: true,
          error: input.validation.help,
          help: input.validation.help,
        });
      }
    } finally {
      await rm(dirname(ods), { recursive: true, force: true });
    }
  });

  it('saved again by LibreOffice as .xlsx: every rule survives for exceljs to read', async () => {
    const resaved = await convertWithLibreOffice(path, 'xlsx');
    try {
      const validations = await readValidations(resaved);
      for (const input of validatedInputs) {
        const rule = validations.get(input.a1);
        const expected = expectedCriteria[input.a1];
        expect([input.a1, rule?.type, rule?.errorStyle, rule?.error, rule?.prompt]).toEqual([
          input.a1,
          expected.type,
          'stop',
          input.validation.help,
          input.validation.help,
        ]);
        // The first bound or formula, as text (exceljs reads a date rule's bounds as Dates).
        const first = rule?.formulae[0];
        expect([input.a1, first instanceof Date ? first.toISOString() : String(first)]).toEqual([
          input.a1,
          String(expected.formulae[0]),
        ]);
      }
    } finally {
      await rm(dirname(resaved), { recursive: true, force: true });
    }
  });
});

describe('limits of a spreadsheet file', () => {
  it('refuses a help text Excel would not open, naming the cell', () => {
    expect(() =>
      xlsxValidation({ kind: 'number', atLeast: 0, help: 'x'.repeat(226) }, 'B2'),
    ).toThrow('The help text of B2 has 226 characters; a spreadsheet file allows 225');
  });

  it('refuses a list value with a comma, which an inline list cannot hold', () => {
    expect(() =>
      xlsxValidation({ kind: 'list', values: ['USD', 'EUR, GBP'], help: 'Currency' }, 'B10'),
    ).toThrow('The list of B10 has "EUR, GBP": a list value cannot contain a comma');
  });

  it('doubles a quote inside a list value', () => {
    expect(
      xlsxValidation({ kind: 'list', values: ['A "B"', 'C'], help: 'h' }, 'B1').formulae,
    ).toEqual(['"A ""B"",C"']);
  });
});
