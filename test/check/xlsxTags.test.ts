import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook, type TaggedSheet } from '../../src/check';
import { readXlsxSheets } from '../../src/cli/xlsxGrid';
import { tagFormula, textOfTagFormula } from '../../src/cli/xlsxTags';
import { encodeSheetTag, SHEET_FORMAT_VERSION } from '../../src/layout/sheetTag';
import { linkedWorkbookXlsx, renameSheetInXlsx } from '../support/checkWorkbookFile';
import { convertWithLibreOffice, LIBREOFFICE_TIMEOUT_MS } from '../support/libreoffice';
import { examplePlan } from '../support/plans';

function tagged(sheets: Awaited<ReturnType<typeof readXlsxSheets>>): TaggedSheet[] {
  return sheets.flatMap((sheet) => (sheet.tag ? [{ grid: sheet.grid, tag: sheet.tag }] : []));
}

describe('sheet tags in .xlsx', () => {
  test('a tag is short text constants joined with &, read back exactly, quotes and Chinese included', () => {
    const tag = {
      kind: 'goalCalculator' as const,
      formatVersion: SHEET_FORMAT_VERSION,
      source: { ...examplePlan, stages: [{ name: '线索 "A" & <B>' }] },
    };
    const formula = tagFormula(tag);
    expect(formula).toMatch(/^"[\s\S]*"$/);
    for (const constant of formula.split('"&"')) expect(constant.length).toBeLessThanOrEqual(255);
    expect(textOfTagFormula(formula)).toBe(encodeSheetTag(tag));
    expect(textOfTagFormula('SUM(A1)')).toBeUndefined();
  });

  test('the CLI workbook is tagged sheet by sheet and checks clean', async () => {
    const sheets = await readXlsxSheets(await linkedWorkbookXlsx(examplePlan));
    expect(sheets.map((sheet) => sheet.tag?.kind)).toEqual(['goalCalculator', 'dashboard']);
    expect(sheets[0].tag?.source).toEqual(examplePlan);
    expect(checkWorkbook(tagged(sheets)).findings).toEqual([]);
  }, 120_000);

  const chinesePlan = { ...examplePlan, language: 'zh-TW' as const };
  test.each([
    {
      plan: examplePlan,
      months: 12,
      from: 'Goal Calculator',
      to: 'Plan 2027',
      dashboard: 'KPI Dashboard',
    },
    // LibreOffice writes a Chinese sheet name unquoted in formulas: still the same formula.
    { plan: chinesePlan, months: 36, from: '目標計算器', to: '計畫 2027', dashboard: 'KPI 儀表板' },
  ])(
    'LibreOffice keeps the tags through a save and a rename ($to, $months months), and the workbook still checks clean',
    async ({ plan, months, from, to, dashboard }) => {
      const folder = await mkdtemp(join(tmpdir(), 'funnelmath-tags-'));
      try {
        const renamed = await renameSheetInXlsx(await linkedWorkbookXlsx(plan, months), from, to);
        const path = join(folder, 'renamed.xlsx');
        await writeFile(path, renamed);
        const saved = await convertWithLibreOffice(path);
        const sheets = await readXlsxSheets(await readFile(saved));
        await rm(join(saved, '..'), { recursive: true, force: true });
        expect(sheets.map((sheet) => [sheet.grid.name, sheet.tag?.kind])).toEqual([
          [to, 'goalCalculator'],
          [dashboard, 'dashboard'],
        ]);
        expect(sheets[0].tag?.source).toEqual(plan);
        expect(checkWorkbook(tagged(sheets)).findings).toEqual([]);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});
