/**
 * Every text cell survives another spreadsheet program: a goal calculator whose stage names
 * use the awkward corners of Unicode that the schema accepts is written by the CLI writer,
 * opened and saved again by LibreOffice, and read back: every text cell is still there,
 * unchanged (issue 10: LibreOffice used to drop every text cell after a U+FFFF).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';
import { a1 } from '../../src/layout/a1';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { LIBREOFFICE_TIMEOUT_MS, recalculateXlsx } from '../support/libreoffice';
import { examplePlan } from '../support/plans';
import { checkWellFormedXlsx } from '../support/xlsxXml';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS);

const names = [
  '👨‍👩‍👧‍👦 Families',
  'e\u0301\u0302 Marks',
  '\u200Fעסקאות',
  '营销合格线索',
  '=IMPORTXML("http://x", "//a") & <b>',
  '\uE000\u{10FFFD} Private',
  '\uFFFD Replacement',
  'Soft\u00ADhyphen',
  '🇫🇷'.repeat(60),
];

it('LibreOffice keeps every text cell of a goal calculator with unusual stage names', async () => {
  const plan: Plan = {
    ...examplePlan,
    stages: names.map((name, index) =>
      index < names.length - 1 ? { name, conversionToNext: 0.9 } : { name },
    ),
    leadStageIndex: 0,
  };
  expect(validatePlan(plan)).toMatchObject({ ok: true });
  const layout = goalCalculatorLayout(plan);
  const xlsx = await layoutsToXlsx({ sheets: [layout] });
  await checkWellFormedXlsx(xlsx);
  const directory = await mkdtemp(join(tmpdir(), 'funnelmath-text-'));
  try {
    const path = join(directory, 'names.xlsx');
    await writeFile(path, xlsx);
    const read = await recalculateXlsx(path, layout.name);
    let texts = 0;
    layout.cells.forEach((row, rowIndex) => {
      row.forEach((cell, columnIndex) => {
        if (!cell || !('value' in cell) || typeof cell.value !== 'string' || cell.value === '')
          return;
        texts++;
        const address = a1(rowIndex, columnIndex);
        expect([address, read(address)]).toEqual([address, cell.value]);
      });
    });
    // Every stage name is among them, and there are many more labels besides.
    expect(texts).toBeGreaterThan(names.length * 2);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
