/**
 * The Apps Script writer on layouts other than the goal calculator: a layout wider or
 * longer than a new sheet grows the sheet first, and the rest stays one call per property.
 */
import { writeLayout } from '../../src/gas/writeLayout';
import type { Cell, SheetLayout } from '../../src/layout/types';
import { createFakeAppsScript } from '../../src/preview/fake';

function gridLayout(rows: number, columns: number): SheetLayout {
  const cells: Cell[][] = Array.from({ length: rows }, (_, row) =>
    Array.from(
      { length: columns },
      (_, column): Cell =>
        row === 0 ? { value: `=C${column}`, role: 'header' } : { formula: `=${row}*${column}` },
    ),
  );
  return {
    name: 'Grid',
    cells,
    columnWidths: Array(columns).fill(80),
    frozenRows: 1,
    inputs: [],
    charts: [],
    conditionalRules: [],
  };
}

function write(layout: SheetLayout) {
  const fake = createFakeAppsScript();
  // The writer runs inside Apps Script, where SpreadsheetApp is a global.
  (globalThis as Record<string, unknown>).SpreadsheetApp = fake.SpreadsheetApp;
  fake.log.reset();
  const { sheet } = writeLayout(fake.SpreadsheetApp.getActiveSpreadsheet(), layout);
  return { fake, sheet };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

describe('writeLayout', () => {
  it('grows a new sheet for a layout wider than A:Z, with one extra call', () => {
    const narrow = write(gridLayout(3, 26)).fake.log.documentCalls;
    const { fake, sheet } = write(gridLayout(3, 30));
    expect(fake.log.documentCalls).toBe(narrow + 1);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange('AD3').getValue()).toBe(2 * 29);
  });

  it('keeps header text that looks like a formula as text, and freezes the header row', () => {
    const { sheet } = write(gridLayout(2, 3));
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=C0', '=C1', '=C2']]);
    expect(sheet.getFrozenRows()).toBe(1);
  });
});
