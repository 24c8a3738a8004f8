/** The dashboard and workbook commands: what they write and how they refuse bad options. */
import ExcelJS from 'exceljs';
import type { CliIo } from '../../src/cli/command';
import { main } from '../../src/cli/main';
import { examplePlan } from '../support/plans';

function memoryIo(files: Record<string, string> = {}) {
  const written = new Map<string, Buffer | string>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      if (!(path in files)) throw new Error('no such file');
      return files[path];
    },
    writeFile: async (path, data) => {
      written.set(path, data);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, written, out, err };
}

async function sheetsOf(data: Buffer | string | undefined) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

test('dashboard --sample writes one sheet, in the language asked for', async () => {
  const { io, written, out } = memoryIo();
  await expect(
    main(['dashboard', '--out', 'kpi.xlsx', '--sample', '--language', 'zh-TW'], io),
  ).resolves.toBe(0);
  expect(await sheetsOf(written.get('kpi.xlsx'))).toEqual(['KPI 儀表板']);
  expect(out.join('')).toBe('Wrote kpi.xlsx: sheet "KPI 儀表板", 12 months of sample data.\n');
});

test('workbook writes the goal calculator and the dashboard, in the plan’s language', async () => {
  const { io, written } = memoryIo({
    'plan.json': JSON.stringify({ ...examplePlan, language: 'zh-CN' }),
  });
  await expect(
    main(['workbook', '--input', 'plan.json', '--out', 'fm.xlsx', '--start', '2026-03'], io),
  ).resolves.toBe(0);
  const sheets = await sheetsOf(written.get('fm.xlsx'));
  expect(sheets).toHaveLength(2);
  expect(sheets[1]).toBe('KPI 仪表板');
});

test.each([
  [
    ['dashboard', '--out', 'x.xlsx', '--start', '2026-13'],
    '--start is "2026-13"; enter a month as YYYY-MM, e.g. 2026-01',
  ],
  [
    ['dashboard', '--out', 'x.xlsx', '--months', '0'],
    '--months is "0"; enter a whole number from 1 to 120',
  ],
  [
    ['dashboard', '--out', 'x.xlsx', '--language', 'fr'],
    '--language is "fr"; enter one of en, zh-CN, zh-TW',
  ],
])(
  '%j is refused with a message naming the option, and nothing is written',
  async (argv, message) => {
    const { io, written, err } = memoryIo();
    await expect(main(argv, io)).resolves.toBe(2);
    expect(err.join('')).toContain(message);
    expect(written.size).toBe(0);
  },
);

test('workbook with a bad plan names the bad field and writes nothing', async () => {
  const { io, written, err } = memoryIo({
    'plan.json': JSON.stringify({ ...examplePlan, revenueTarget: -5 }),
  });
  await expect(main(['workbook', '--input', 'plan.json', '--out', 'fm.xlsx'], io)).resolves.toBe(1);
  expect(err.join('')).toMatch(/revenueTarget/);
  expect(written.size).toBe(0);
});
