import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CliIo } from '../../src/cli/command';
import { main } from '../../src/cli/main';
import { writeFileSafely } from '../../src/cli/safeWrite';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { addCharts } from '../../src/cli/xlsxCharts';
import { readXlsxSheets } from '../../src/cli/xlsxGrid';
import { writeSheetTags } from '../../src/cli/xlsxTags';
import { SHEET_FORMAT_VERSION } from '../../src/layout/sheetTag';
import type { SheetLayout } from '../../src/layout/types';
import { PARTIAL_MONTHS, partialContactsCsv, partialDealsCsv } from '../support/partialExports';
import { examplePlan } from '../support/plans';
import { linkedWorkbook } from '../support/tamperedWorkbook';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'funnelmath-check-cli-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(...argv: string[]) {
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
  return { code: await main(argv, io), stdout, stderr };
}

const workbook = linkedWorkbook(examplePlan);
/** exceljs reads and writes the workbook a few times: slow on a shared machine. */
const FILE_TEST_MS = 120_000;
const goalFormulaRow = workbook.goal.cells.findIndex(
  (row) => row[2] && 'formula' in row[2] && row[2].formula.includes('CEILING'),
);

/**
 * The CLI's workbook after a person's edits in a program that keeps FunnelMath's tags: a
 * formula typed over, a note and a formula of their own beside the blocks, a sheet of
 * their own. exceljs edits it (and drops the charts; the fix draws FunnelMath's again).
 */
async function editedWorkbook(extra?: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    (await layoutsToXlsx({
      sheets: [workbook.goal, workbook.dashboard],
    })) as unknown as ArrayBuffer,
  );
  const goal = book.worksheets[0];
  goal.getCell(goalFormulaRow + 1, 3).value = 1234;
  goal.getCell('Z3').value = 'my note';
  goal.getCell('Z3').font = { italic: true };
  goal.getCell('Z4').value = { formula: "'Goal Calculator'!B5*2" } as ExcelJS.CellFormulaValue;
  const notes = book.addWorksheet('Notes');
  notes.getCell('A1').value = 'Board questions';
  notes.getCell('B2').value = { formula: "'KPI Dashboard'!B7+1" } as ExcelJS.CellFormulaValue;
  extra?.(book);
  return writeSheetTags(Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer), [
    ...workbook.tags,
    undefined,
  ]);
}

describe('funnelmath check (files, without LibreOffice)', () => {
  test(
    'a dashboard counted from exports, blank in the months they do not cover, has nothing to report',
    async () => {
      const contacts = join(folder, 'partial-contacts.csv');
      const deals = join(folder, 'partial-deals.csv');
      await writeFile(contacts, partialContactsCsv);
      await writeFile(deals, partialDealsCsv);
      const path = join(folder, 'from-exports.xlsx');
      const written = await run(
        'dashboard',
        '--contacts',
        contacts,
        '--deals',
        deals,
        '--start',
        '2025-12',
        '--months',
        String(PARTIAL_MONTHS),
        '--out',
        path,
      );
      expect(written.code).toBe(0);
      const result = await run('check', '--input', path);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('1 FunnelMath sheet(s) checked, nothing to report');
    },
    FILE_TEST_MS,
  );

  test('--fix needs --out, --out needs --fix, the input must be an .xlsx (exit 2)', async () => {
    expect((await run('check', '--input', 'a.xlsx', '--fix')).code).toBe(2);
    expect((await run('check', '--input', 'a.xlsx', '--out', 'b.xlsx')).code).toBe(2);
    const notXlsx = await run('check', '--input', 'plan.json');
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain('--input');
  });

  test(
    'a workbook FunnelMath did not write has nothing to check (exit 0)',
    async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Budget').getCell('A1').value = 5;
      const path = join(folder, 'other.xlsx');
      await writeFile(path, Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer));
      const result = await run('check', '--input', path);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('nothing to check');
    },
    FILE_TEST_MS,
  );

  test(
    '--fix restores the reported cell only and keeps what the person added, in a new file',
    async () => {
      const input = join(folder, 'edited.xlsx');
      const bytes = await editedWorkbook();
      await writeFile(input, bytes);
      const checked = await run('check', '--input', input);
      expect(checked.code).toBe(1);
      expect(checked.stdout.trim().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(`^'Goal Calculator'!C${goalFormulaRow + 1}: .*typed value 1234$`),
        ),
      ]);
      // The input is never the output, and an existing file needs --force.
      expect((await run('check', '--input', input, '--fix', '--out', input)).code).toBe(2);
      const out = join(folder, 'edited-fixed.xlsx');
      const fixed = await run('check', '--input', input, '--fix', '--out', out);
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain(`'Goal Calculator'!C${goalFormulaRow + 1}: restored =`);
      expect((await run('check', '--input', input, '--fix', '--out', out)).code).toBe(2);
      expect(await readFile(input)).toEqual(bytes);

      const [goal, dashboard, notes] = await readXlsxSheets(await readFile(out));
      expect(goal.grid.formulas[goalFormulaRow][2]).toBe(
        (workbook.goal.cells[goalFormulaRow][2] as { formula: string }).formula,
      );
      expect(goal.grid.values[2][25]).toBe('my note');
      expect(goal.grid.formulas[3][25]).toBe("='Goal Calculator'!B5*2");
      expect(notes.grid.name).toBe('Notes');
      expect(notes.tag).toBeUndefined();
      expect(notes.grid.values[0][0]).toBe('Board questions');
      expect(notes.grid.formulas[1][1]).toBe("='KPI Dashboard'!B7+1");
      expect([goal.tag, dashboard.tag]).toEqual(workbook.tags);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
      expect(book.worksheets[0].getCell('Z3').font?.italic).toBe(true);
      expect((await run('check', '--input', out)).code).toBe(0);
    },
    FILE_TEST_MS,
  );

  test(
    '--fix writes nothing when it would drop a chart the person drew',
    async () => {
      const edited = await editedWorkbook();
      const blank = (name: string): SheetLayout => ({
        name,
        cells: [],
        columnWidths: [],
        frozenRows: 0,
        inputs: [],
        charts: [],
        conditionalRules: [],
      });
      const withChart = await addCharts(edited, [
        blank('Goal Calculator'),
        blank('KPI Dashboard'),
        {
          ...blank('Notes'),
          charts: [{ ...workbook.goal.charts[0], labels: 'A1:A2', series: ['B1:B2'] }],
        },
      ]);
      const input = join(folder, 'with-chart.xlsx');
      await writeFile(input, withChart);
      const out = join(folder, 'with-chart-fixed.xlsx');
      const result = await run('check', '--input', input, '--fix', '--out', out);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('1 on sheet "Notes"');
      await expect(readFile(out)).rejects.toThrow();
    },
    FILE_TEST_MS,
  );

  test(
    'an older sheet is reported and --fix upgrades its tag in place, inputs kept',
    async () => {
      const older = workbook.tags.map((tag) => ({ ...tag, formatVersion: 1 }));
      const input = join(folder, 'older.xlsx');
      await writeFile(
        input,
        await layoutsToXlsx({ sheets: [workbook.goal, workbook.dashboard] }, { tags: older }),
      );
      const checked = await run('check', '--input', input);
      expect(checked.code).toBe(1);
      expect(checked.stdout.trim().split('\n')).toEqual([
        `'Goal Calculator'!A1: this sheet was written by an older FunnelMath (format 1; this one writes ${SHEET_FORMAT_VERSION})`,
        `'KPI Dashboard'!A1: this sheet was written by an older FunnelMath (format 1; this one writes ${SHEET_FORMAT_VERSION})`,
      ]);
      const out = join(folder, 'upgraded.xlsx');
      const fixed = await run('check', '--input', input, '--fix', '--out', out);
      expect(fixed.code).toBe(0);
      const sheets = await readXlsxSheets(await readFile(out));
      expect(sheets.map((sheet) => sheet.tag)).toEqual(workbook.tags);
      expect(sheets[0].grid.values).toEqual(
        (await readXlsxSheets(await readFile(input)))[0].grid.values,
      );
      expect((await run('check', '--input', out)).code).toBe(0);
    },
    FILE_TEST_MS,
  );
});
