/**
 * The reproductions through the real command (`funnelmath goal`, a separate Node
 * process on dist-node): a plan whose stage name breaks a workbook is refused with the
 * field, the value spelt out and the fix, and no file is written; 60 emoji are a name.
 */
import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { examplePlan } from '../support/plans';
import { checkWellFormedXlsx } from '../support/xlsxXml';

const run = promisify(execFile);
const bin = join(__dirname, '..', '..', 'bin', 'funnelmath.js');

async function goalWithLeadsNamed(name: string) {
  const directory = await mkdtemp(join(tmpdir(), 'funnelmath-names-'));
  const input = join(directory, 'plan.json');
  const out = join(directory, 'goal.xlsx');
  const plan = {
    ...examplePlan,
    stages: examplePlan.stages.map((stage, index) => (index === 1 ? { ...stage, name } : stage)),
  };
  // JSON.stringify keeps U+FFFF raw in the file and escapes a lone surrogate as \udc00.
  await writeFile(input, JSON.stringify(plan), 'utf8');
  const result = await run(process.execPath, [bin, 'goal', '--input', input, '--out', out]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  const written = await access(out).then(
    () => true,
    () => false,
  );
  return { ...result, out, written, plan };
}

test.each([
  ['U+FFFF', 'Leads\uFFFF', '"Leads\\uffff"'],
  ['U+FFFE', 'Leads\uFFFE', '"Leads\\ufffe"'],
  ['U+DC00', 'Le\uDC00ads', '"Le\\udc00ads"'],
])(
  'a name holding %s is refused, naming the field, the value and the fix; nothing is written',
  async (label, name, shown) => {
    const { code, stderr, written } = await goalWithLeadsNamed(name);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `- stages.1.name is ${shown}; it contains ${label}, a character a spreadsheet file cannot store; remove it and enter the stage name as text of 1 to 60 characters`,
    );
    expect(written).toBe(false);
  },
);

test('a name of zero-width spaces only is refused as invisible', async () => {
  const { code, stderr, written } = await goalWithLeadsNamed('\u200B\u200B\u200B');
  expect(code).toBe(1);
  expect(stderr).toContain(
    '- stages.1.name is "\\u200b\\u200b\\u200b"; it shows nothing: it is only invisible characters (U+200B)',
  );
  expect(written).toBe(false);
});

test('60 emoji are written (a well-formed file that gives them back); 61 are refused by count', async () => {
  const sixty = await goalWithLeadsNamed('😀'.repeat(60));
  expect([sixty.code, sixty.written]).toEqual([0, true]);
  const xlsx = await readFile(sixty.out);
  await checkWellFormedXlsx(xlsx);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const cell = goalCalculatorCells(sixty.plan).stages[1].name;
  expect(workbook.getWorksheet('Goal Calculator')?.getCell(cell).value).toBe('😀'.repeat(60));

  const sixtyOne = await goalWithLeadsNamed('😀'.repeat(61));
  expect(sixtyOne.code).toBe(1);
  expect(sixtyOne.stderr).toContain('it is 61 characters long; shorten it to at most 60');
  expect(sixtyOne.written).toBe(false);
});
