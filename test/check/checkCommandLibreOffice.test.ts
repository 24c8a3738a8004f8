import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { CliIo } from '../../src/cli/command';
import { main } from '../../src/cli/main';
import { writeFileSafely } from '../../src/cli/safeWrite';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { readXlsxSheets } from '../../src/cli/xlsxGrid';
import { convertWithLibreOffice, LIBREOFFICE_TIMEOUT_MS } from '../support/libreoffice';
import { examplePlan } from '../support/plans';
import { engineOf, linkedWorkbook, xlsxOfEngine } from '../support/tamperedWorkbook';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'funnelmath-check-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => readFile(path, 'utf8'),
    readBinaryFile: (path) => readFile(path),
    writeFile: (path, data, options) => writeFileSafely(path, data, options),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Saves the bytes, lets LibreOffice open, recalculate and save them; returns the new path. */
async function throughLibreOffice(bytes: Buffer, name: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  const converted = await convertWithLibreOffice(path);
  const kept = join(folder, `lo-${name}`);
  await writeFile(kept, await readFile(converted));
  await rm(join(converted, '..'), { recursive: true, force: true });
  return kept;
}

/** Every computed value of each sheet, by position (names may differ). */
async function valuesOf(path: string): Promise<unknown[][][]> {
  return (await readXlsxSheets(await readFile(path))).map((sheet) =>
    sheet.grid.values.map((row) =>
      row.map((value) => (typeof value === 'number' ? Number(value.toPrecision(12)) : value)),
    ),
  );
}

/** Chart parts, conditional formats and validations of the file: what exceljs would drop. */
async function decorations(path: string) {
  const zip = await JSZip.loadAsync(await readFile(path));
  const files = Object.keys(zip.files);
  const sheets = await Promise.all(
    files
      .filter((file) => /^xl\/worksheets\/sheet\d+\.xml$/.test(file))
      .sort()
      .map((file) => zip.file(file)?.async('string') ?? ''),
  );
  return {
    charts: files.filter((file) => /^xl\/charts\/[^/]+\.xml$/.test(file)).length,
    conditionalFormats: sheets.map((xml) => (xml.match(/<conditionalFormatting\b/g) ?? []).length),
    validations: sheets.map((xml) => (xml.match(/<dataValidation\b/g) ?? []).length),
  };
}

const workbook = linkedWorkbook(examplePlan);
const stageRow = (name: string) =>
  workbook.goal.cells.findIndex((row) => row[0] && 'value' in row[0] && row[0].value === name);

describe('funnelmath check on files recalculated by LibreOffice', () => {
  test(
    'a clean workbook reports nothing (exit 0)',
    async () => {
      const fresh = await throughLibreOffice(
        await layoutsToXlsx(
          { sheets: [workbook.goal, workbook.dashboard] },
          { tags: workbook.tags },
        ),
        'fresh.xlsx',
      );
      const result = await run('check', '--input', fresh);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('nothing to report');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  test(
    'typed-over formulas, a deleted stage row (#REF!) and a renamed goal sheet: found by address, fixed exactly, recomputing as fresh',
    async () => {
      const fresh = await throughLibreOffice(
        await layoutsToXlsx(
          { sheets: [workbook.goal, workbook.dashboard] },
          { tags: workbook.tags },
        ),
        'fresh2.xlsx',
      );
      const engine = engineOf(workbook);
      const goalId = engine.getSheetId('Goal Calculator') as number;
      const dashboardId = engine.getSheetId('KPI Dashboard') as number;
      // A number typed over the monthly revenue formula of the first month (D-column sits at C).
      const monthsRow = workbook.goal.cells.findIndex(
        (row) => row[2] && 'formula' in row[2] && row[2].formula.includes('*$B$'),
      );
      engine.setCellContents({ sheet: goalId, row: monthsRow, col: 2 }, [[99999]]);
      // A dashboard KPI formula typed over.
      const kpiRow = workbook.dashboard.cells.findIndex(
        (row, index) => index > 20 && row[1] && 'formula' in row[1],
      );
      engine.setCellContents({ sheet: dashboardId, row: kpiRow, col: 1 }, [[1]]);
      // The MQLs stage row deleted: references to it become #REF!, the rows below move up.
      const mqls = stageRow('MQLs');
      engine.removeRows(goalId, [mqls, 1]);
      engine.renameSheet(goalId, 'Plan 2027');
      const tampered = await throughLibreOffice(
        await xlsxOfEngine(engine, workbook, ['Plan 2027', 'KPI Dashboard']),
        'tampered.xlsx',
      );

      const checked = await run('check', '--input', tampered);
      expect(checked.code).toBe(1);
      const lines = checked.stdout.trim().split('\n');
      expect(lines).toContain(
        `'Plan 2027'!C${monthsRow + 1 - 1}: FunnelMath wrote the formula ${workbook.goal.cells[monthsRow][2] && 'formula' in workbook.goal.cells[monthsRow][2] ? workbook.goal.cells[monthsRow][2].formula.replace(/'Goal Calculator'/g, "'Plan 2027'") : ''} here; it now holds the typed value 99999`,
      );
      expect(
        lines.some((line) =>
          line.startsWith(`'Plan 2027'!A${mqls + 1}: 1 row(s) FunnelMath wrote were deleted here`),
        ),
      ).toBe(true);
      expect(
        lines.some((line) =>
          line.startsWith(`'KPI Dashboard'!B${kpiRow + 1}: FunnelMath wrote the formula`),
        ),
      ).toBe(true);
      expect(lines.some((line) => line.includes('#REF!'))).toBe(true);
      // Every line names a sheet and a cell.
      for (const line of lines) expect(line).toMatch(/^'[^']+'![A-Z]+\d+: /);

      const fixedPath = join(folder, 'fixed.xlsx');
      const fixed = await run('check', '--input', tampered, '--fix', '--out', fixedPath);
      expect(fixed).toMatchObject({ code: 0, stderr: '' });
      expect(fixed.stdout).toContain(`Wrote ${fixedPath}`);
      // One change per fixed finding, at the same cells: never more than reported.
      const changeLines = fixed.stdout.split('\n').filter((line) => line.startsWith('  '));
      const fixable = lines.filter((line) => !line.includes('#REF!: a cell it refers to'));
      expect(changeLines.length).toBe(fixable.length);

      const recalculated = await throughLibreOffice(
        await readFile(fixedPath),
        'fixed-recalculated.xlsx',
      );
      expect((await run('check', '--input', recalculated)).code).toBe(0);
      expect(await valuesOf(recalculated)).toEqual(await valuesOf(fresh));
      const kept = await decorations(fixedPath);
      const original = await decorations(fresh);
      expect(kept).toEqual(original);
    },
    LIBREOFFICE_TIMEOUT_MS * 3,
  );

  test(
    'a 3000% conversion rate is reported at its cell in Chinese with --lang, and --fix leaves it to the user (exit 1)',
    async () => {
      const engine = engineOf(workbook);
      const leads = stageRow('Leads');
      engine.setCellContents(
        { sheet: engine.getSheetId('Goal Calculator') as number, row: leads, col: 1 },
        [[30]],
      );
      const tampered = await throughLibreOffice(await xlsxOfEngine(engine, workbook), 'rate.xlsx');
      const checked = await run('check', '--input', tampered, '--lang', 'zh-CN');
      expect(checked.code).toBe(1);
      expect(checked.stdout.trim().split('\n')).toEqual([
        expect.stringMatching(new RegExp(`^'Goal Calculator'!B${leads + 1}: .*3000%`)),
      ]);
      const out = join(folder, 'rate-fixed.xlsx');
      const fixed = await run('check', '--input', tampered, '--fix', '--out', out);
      expect(fixed.code).toBe(1);
      const sheets = await readXlsxSheets(await readFile(out));
      expect(sheets[0].grid.values[leads][1]).toBe(30);
    },
    LIBREOFFICE_TIMEOUT_MS * 2,
  );
});
