/** The dashboard and workbook commands: what they write and how they refuse bad options. */
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { memoryIo } from '../support/cliIo';
import { examplePlan } from '../support/plans';

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

describe('--sample fills the months asked for, from the month asked for', () => {
  async function dashboardSheet(argv: string[]) {
    const { io, written, out } = memoryIo();
    await expect(main(argv, io)).resolves.toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written.get('kpi.xlsx') as unknown as ExcelJS.Buffer);
    return { sheet: workbook.worksheets[0], out: out.join('') };
  }
  /** The marketing spend of each month row (B7 onwards) and the first month's date cell. */
  const monthRows = (sheet: ExcelJS.Worksheet, count: number) =>
    Array.from({ length: count }, (_, month) => sheet.getCell(`B${7 + month}`).value);

  test('dashboard --sample --months 36: all 36 months filled', async () => {
    const { sheet, out } = await dashboardSheet([
      'dashboard',
      '--out',
      'kpi.xlsx',
      '--sample',
      '--months',
      '36',
    ]);
    const spend = monthRows(sheet, 36);
    expect(spend.every((value) => typeof value === 'number' && value > 0)).toBe(true);
    // The second year is the first one grown: January 2027's spend is January 2026's x 1.2.
    expect(spend[12]).toBe(48000);
    expect(out).toBe('Wrote kpi.xlsx: sheet "KPI Dashboard", 36 months of sample data.\n');
  });

  test('dashboard --sample --start 2027-04: the sample starts in April 2027', async () => {
    const { sheet } = await dashboardSheet([
      'dashboard',
      '--out',
      'kpi.xlsx',
      '--sample',
      '--start',
      '2027-04',
    ]);
    // exceljs reads a date-formatted serial back as a Date.
    expect(sheet.getCell('A7').value).toEqual(new Date(Date.UTC(2027, 3, 1)));
    expect(sheet.getCell('B7').value).toBe(40000);
  });

  test('workbook --sample needs no plan file: the sample company’s plan, linked', async () => {
    const { io, written, out } = memoryIo();
    await expect(main(['workbook', '--out', 'fm.xlsx', '--sample'], io)).resolves.toBe(0);
    expect(await sheetsOf(written.get('fm.xlsx'))).toEqual(['Goal Calculator', 'KPI Dashboard']);
    expect(out.join('')).toContain('linked');
  });

  test('workbook without --input or --sample says what is missing and writes nothing', async () => {
    const { io, written, err } = memoryIo();
    await expect(main(['workbook', '--out', 'fm.xlsx'], io)).resolves.toBe(1);
    expect(err.join('')).toBe(
      '--input is required (or --sample, for the sample plan and its actuals)\n',
    );
    expect(written.size).toBe(0);
  });
});
