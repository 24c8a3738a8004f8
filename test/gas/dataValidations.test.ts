/**
 * The Apps Script writer turns each input cell's validation into a Sheets DataValidation
 * that rejects anything else and shows the help sentence, all of them in one batched
 * setDataValidations call, so a sheet with more validated cells costs no more calls.
 */
import { writeLayout } from '../../src/gas/writeLayout';
import { a1 } from '../../src/layout/a1';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import type { SheetLayout } from '../../src/layout/types';
import { createFakeAppsScript } from '../../src/preview/fake';
import { planWithStages } from '../support/plans';
import { validatedInputs, validatedLayout } from '../support/validatedLayout';

function write(layout: SheetLayout) {
  const fake = createFakeAppsScript();
  // The writer runs inside Apps Script, where SpreadsheetApp is a global.
  (globalThis as Record<string, unknown>).SpreadsheetApp = fake.SpreadsheetApp;
  fake.log.reset();
  const { sheet } = writeLayout(fake.SpreadsheetApp.getActiveSpreadsheet(), layout);
  const calls = { document: fake.log.documentCalls, byName: fake.log.countsByName() };
  return { fake, sheet, calls };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

/** A rule as plain data: criteria name, values (dates as local "YYYY-MM-DD"), help, allowInvalid. */
function ruleOf(rule: GoogleAppsScript.Spreadsheet.DataValidation | null) {
  if (!rule) return null;
  const day = (value: unknown) =>
    Object.prototype.toString.call(value) === '[object Date]'
      ? [
          (value as Date).getFullYear(),
          String((value as Date).getMonth() + 1).padStart(2, '0'),
          String((value as Date).getDate()).padStart(2, '0'),
        ].join('-')
      : value;
  return {
    criteria: String(rule.getCriteriaType()),
    values: rule.getCriteriaValues().map(day),
    help: rule.getHelpText(),
    allowInvalid: rule.getAllowInvalid(),
  };
}

describe('writeLayout writes data validations', () => {
  it('gives each input cell the Sheets criterion for its rule, with its help text, rejecting the rest', () => {
    const { sheet } = write(validatedLayout());
    const expected: Record<string, { criteria: string; values: unknown[] }> = {
      B2: { criteria: 'CUSTOM_FORMULA', values: ['=AND(ISNUMBER(B2), B2>0, B2<=1)'] },
      B3: { criteria: 'NUMBER_GREATER_THAN', values: [0] },
      B4: {
        criteria: 'CUSTOM_FORMULA',
        values: ['=AND(ISNUMBER(B4), B4>=1, B4<=36, INT(B4)=B4)'],
      },
      B5: { criteria: 'NUMBER_BETWEEN', values: [0, 0.5] },
      B6: { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [0] },
      B7: { criteria: 'NUMBER_LESS_THAN_OR_EQUAL_TO', values: [1] },
      B8: { criteria: 'CUSTOM_FORMULA', values: ['=AND(ISNUMBER(B8), INT(B8)=B8)'] },
      B9: { criteria: 'CUSTOM_FORMULA', values: ['=ISNUMBER(B9)'] },
      B10: { criteria: 'VALUE_IN_LIST', values: [['USD', 'EUR', 'GBP'], true] },
      B11: { criteria: 'DATE_BETWEEN', values: ['2000-01-01', '2099-12-01'] },
      B12: { criteria: 'DATE_ON_OR_AFTER', values: ['2026-01-01'] },
      B13: { criteria: 'DATE_ON_OR_BEFORE', values: ['2026-12-31'] },
      B14: { criteria: 'DATE_IS_VALID_DATE', values: [] },
    };
    expect(Object.keys(expected)).toEqual(validatedInputs.map((input) => input.a1));
    for (const input of validatedInputs) {
      expect([input.a1, ruleOf(sheet.getRange(input.a1).getDataValidation())]).toEqual([
        input.a1,
        { ...expected[input.a1], help: input.validation.help, allowInvalid: false },
      ]);
    }
  });

  it('leaves every other cell without a rule', () => {
    const { sheet } = write(validatedLayout());
    const rules = sheet.getRange('A1:C14').getDataValidations();
    const validated = new Set(validatedInputs.map((input) => input.a1));
    rules.forEach((row, rowIndex) => {
      row.forEach((rule, columnIndex) => {
        const address = `${'ABC'[columnIndex]}${rowIndex + 1}`;
        expect([address, rule !== null]).toEqual([address, validated.has(address)]);
      });
    });
  });

  it('sends every rule in one setDataValidations call: 1 validated cell or 13 cost the same', () => {
    const one = write(validatedLayout(validatedInputs.slice(0, 1))).calls;
    const all = write(validatedLayout()).calls;
    expect(all.byName['Range.setDataValidations']).toBe(1);
    expect(all.document).toBe(one.document);
    const withoutRules = write({
      ...validatedLayout(),
      cells: validatedLayout().cells.map((row) =>
        row.map((cell) => {
          if (!cell?.validation) return cell;
          const { validation: _dropped, ...rest } = cell;
          return rest;
        }),
      ),
    }).calls;
    expect(withoutRules.byName['Range.setDataValidations']).toBeUndefined();
    expect(all.document).toBe(withoutRules.document + 1);
  });

  it('builds one rule for cells alike (same criterion, same help), not one per cell', () => {
    const days = { kind: 'number', atLeast: 0, atMost: 365, help: 'Days: 0 to 365.' } as const;
    const layout = validatedLayout(
      ['B2', 'B3', 'B4'].map((a1) => ({ ...validatedInputs[0], a1, validation: days })),
    );
    const { sheet, calls } = write({
      ...layout,
      cells: layout.cells.map((row, rowIndex) =>
        rowIndex === 3 && row[1]
          ? [row[0], { ...row[1], validation: { ...days, help: 'Other help.' } }, row[2]]
          : row,
      ),
    });
    expect(calls.byName['DataValidationBuilder.build']).toBe(2);
    const rules = sheet.getRange('B2:B4').getDataValidations();
    expect(rules.map(([rule]) => rule?.getHelpText())).toEqual([
      'Days: 0 to 365.',
      'Days: 0 to 365.',
      'Other help.',
    ]);
  });

  it('refuses a number rule that allows nothing, naming the bounds', () => {
    const layout = validatedLayout([
      {
        ...validatedInputs[0],
        validation: { kind: 'number', greaterThan: 1, atMost: 1, help: 'never' },
      },
    ]);
    expect(() => write(layout)).toThrow('A number validation allows no value: > 1 and <= 1');
  });
});

describe('the goal calculator with a rule on every input cell', () => {
  /** The goal calculator's layout with a rate rule on each named input cell (what item 8 adds). */
  function validatedGoalCalculator(stages: number): SheetLayout {
    const layout = goalCalculatorLayout(planWithStages(stages));
    const inputCells = new Set(layout.inputs.map((input) => input.a1));
    return {
      ...layout,
      cells: layout.cells.map((row, rowIndex) =>
        row.map((cell, columnIndex) =>
          cell && inputCells.has(a1(rowIndex, columnIndex))
            ? {
                ...cell,
                validation: { kind: 'number', greaterThan: 0, atMost: 1, help: 'help' } as const,
              }
            : cell,
        ),
      ),
    };
  }

  it('stays within the budget of 20 document calls, the same for 3 and 10 stages', () => {
    const small = validatedGoalCalculator(3);
    const large = validatedGoalCalculator(10);
    expect(large.inputs.length).toBeGreaterThan(small.inputs.length);
    const [smallCalls, largeCalls] = [write(small).calls, write(large).calls];
    expect(largeCalls.document).toBe(smallCalls.document);
    expect(smallCalls.document).toBeLessThanOrEqual(20);
    expect(smallCalls.byName['Range.setDataValidations']).toBe(1);
    // Building rules is in memory: one rule built per validated cell.
    expect(largeCalls.byName['DataValidationBuilder.build']).toBe(large.inputs.length);
  });
});
