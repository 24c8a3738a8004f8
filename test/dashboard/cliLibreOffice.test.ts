/**
 * The CLI's workbooks in another spreadsheet program: LibreOffice recalculates every
 * formula of the .xlsx (no cached results are written) and must land on the numbers
 * HyperFormula computes for the same layout (which equal the catalog functions, see
 * kpiCells.test.ts); after one month's inputs are edited in the file, its values follow.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import type { Plan } from '../../src/funnel/types';
import {
  buildDashboard,
  type DashboardMap,
  goalPlanSource,
  inputA1,
  inputColumns,
  kpiA1,
  sampleDashboard,
  sampleDashboardFor,
  samplePlan,
} from '../../src/layout/dashboard';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { silentIo } from '../support/cliIo';
import {
  convertWithLibreOffice,
  LIBREOFFICE_TIMEOUT_MS,
  type RecalculatedValue,
  readWorkbookValues,
} from '../support/libreoffice';
import { examplePlan } from '../support/plans';
import { type EvaluatedSheet, evaluate } from './support/engine';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'funnelmath-dashboard-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Recalculates a file in LibreOffice; returns a reader per sheet. */
async function recalculated(path: string) {
  const converted = await convertWithLibreOffice(path, 'xlsx');
  try {
    return await readWorkbookValues(converted);
  } finally {
    await rm(join(converted, '..'), { recursive: true, force: true });
  }
}

/** Blank is blank whichever way an engine says it ('' from a formula, or an empty cell). */
function sameValue(libreOffice: RecalculatedValue, hyperFormula: unknown): boolean {
  const blank = (value: unknown) => value === null || value === '';
  if (blank(libreOffice) || blank(hyperFormula)) return blank(libreOffice) && blank(hyperFormula);
  if (typeof libreOffice === 'number' && typeof hyperFormula === 'number') {
    return Math.abs(libreOffice - hyperFormula) <= 1e-9 * Math.max(1, Math.abs(hyperFormula));
  }
  return libreOffice === hyperFormula;
}

/** Every KPI cell and every period input: [address, LibreOffice, HyperFormula] where they differ. */
function differences(
  map: DashboardMap,
  read: (a1: string) => RecalculatedValue,
  sheet: EvaluatedSheet,
) {
  const cells = [
    ...map.kpiCells.map((cell) => cell.a1),
    ...map.kpiCells
      .filter((cell) => cell.month === 'period')
      .map((cell) => `${map.kpiColumn[cell.key]}${map.kpiCoverageRow}`),
    ...inputColumns.map((column) => inputA1(map, column.key, 'period')),
    ...Array.from(
      { length: map.monthCount + 1 },
      (_, month) => `${map.checkColumn}${map.firstMonthRow + month}`,
    ),
  ];
  return cells
    .map((a1) => [a1, read(a1), sheet.value(a1)] as const)
    .filter(([, libreOffice, hyperFormula]) => !sameValue(libreOffice, hyperFormula));
}

/** Opens an .xlsx, applies edits (sheet name -> A1 -> value), saves it under a new name. */
async function editXlsx(
  path: string,
  edits: Record<string, Record<string, number | string | null>>,
) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const [sheetName, cells] of Object.entries(edits)) {
    const worksheet = workbook.getWorksheet(sheetName);
    if (!worksheet) throw new Error(`no sheet ${sheetName}`);
    for (const [a1, value] of Object.entries(cells)) worksheet.getCell(a1).value = value;
  }
  const edited = path.replace(/\.xlsx$/, '-edited.xlsx');
  await workbook.xlsx.writeFile(edited);
  return edited;
}

describe('npx funnelmath dashboard --sample, recalculated by LibreOffice', () => {
  const { layout, map } = buildDashboard({ ...sampleDashboard, language: 'en' });

  test('every KPI and period figure is the number HyperFormula computes', async () => {
    const out = join(directory, 'kpi.xlsx');
    await expect(main(['dashboard', '--out', out, '--sample'], silentIo)).resolves.toBe(0);
    const read = (await recalculated(out))(layout.name);
    const sheet = evaluate(layout)[layout.name];
    expect(differences(map, read, sheet)).toEqual([]);
    expect(read(kpiA1(map, 'cac', 0))).toBe(4000);
    expect(read(kpiA1(map, 'ltvCac', 0))).toBeCloseTo(4.8, 12);
  });

  test('after editing January in the file, LibreOffice’s values follow', async () => {
    const out = join(directory, 'kpi-edit.xlsx');
    await main(['dashboard', '--out', out, '--sample'], silentIo);
    // January: twice the marketing spend, and no new customer at all.
    const edits = {
      [inputA1(map, 'marketingSpend', 0)]: 80000,
      [inputA1(map, 'newCustomers', 0)]: 0,
    };
    const read = (await recalculated(await editXlsx(out, { [layout.name]: edits })))(layout.name);
    const sheet = evaluate(layout)[layout.name];
    for (const [a1, value] of Object.entries(edits)) sheet.set(a1, value);
    expect(differences(map, read, sheet)).toEqual([]);
    expect(read(kpiA1(map, 'cpl', 0))).toBe(80); // 80,000 / 1,000 leads
    expect([null, '']).toContain(read(kpiA1(map, 'cac', 0))); // zero customers: blank CAC
    expect(read(inputA1(map, 'marketingSpend', 'period'))).toBe(647000);
  });

  test('an empty 36-month dashboard shows blanks, not errors', async () => {
    const out = join(directory, 'kpi-empty.xlsx');
    await main(['dashboard', '--out', out, '--months', '36', '--start', '2027-01'], silentIo);
    const { map: emptyMap, layout: empty } = buildDashboard({
      firstMonth: { year: 2027, month: 1 },
      monthCount: 36,
    });
    const read = (await recalculated(out))(empty.name);
    const shown = emptyMap.kpiCells.map((cell) => read(cell.a1));
    expect(shown.filter((value) => value !== null && value !== '')).toEqual([]);
    expect(emptyMap.kpiCells).toHaveLength(36 * 25 - 3 + 22);
  });
});

describe('npx funnelmath workbook: both templates, linked, recalculated by LibreOffice', () => {
  const plan: Plan = examplePlan;
  const goal = goalCalculatorLayout(plan);
  const { layout, map } = buildDashboard({
    ...sampleDashboard,
    language: plan.language,
    goal: goalPlanSource(plan, goal.name),
  });
  const block = map.planVsActual;
  const planCells = () =>
    [...(block?.stages ?? []), ...(block ? [block.revenue] : [])].flatMap((stage) =>
      Array.from({ length: block?.monthCount ?? 0 }, (_, month) => [
        `${stage.planColumn}${(block?.firstMonthRow ?? 0) + month}`,
        `${stage.ofPlanColumn}${(block?.firstMonthRow ?? 0) + month}`,
      ]).flat(),
    );
  const paceCells = () =>
    [...(block?.stages ?? []), ...(block ? [block.revenue] : [])].flatMap((stage) =>
      ['B', 'C', 'D', 'E', 'F'].map((column) => `${column}${stage.paceRow}`),
    );

  test('plan vs actual reads the goal calculator sheet; a new revenue target flows through', async () => {
    const planPath = join(directory, 'plan.json');
    await writeFile(planPath, JSON.stringify(plan));
    const out = join(directory, 'funnelmath.xlsx');
    await expect(
      main(['workbook', '--input', planPath, '--out', out, '--sample'], silentIo),
    ).resolves.toBe(0);
    const target = goalCalculatorCells(plan).inputs.revenueTarget;
    const edited = await editXlsx(out, { [goal.name]: { [target]: 2400000 } });
    const [original, followed] = [await recalculated(out), await recalculated(edited)];
    const sheets = evaluate(goal, layout);
    const sheet = sheets[layout.name];
    const compare = (read: (a1: string) => RecalculatedValue) =>
      [...planCells(), ...paceCells()]
        .map((a1) => [a1, read(a1), sheet.value(a1)] as const)
        .filter(([, libreOffice, hyperFormula]) => !sameValue(libreOffice, hyperFormula));
    expect(planCells().length).toBe((5 + 1) * 12 * 2);
    expect(compare(original(layout.name))).toEqual([]);
    expect(differences(map, original(layout.name), sheet)).toEqual([]);
    const targetBefore = sheet.value(`B${block?.stages[4].paceRow}`);
    sheets[goal.name].set(target, 2400000);
    expect(compare(followed(layout.name))).toEqual([]);
    // Twice the revenue needs more customers.
    expect(Number(followed(layout.name)(`B${block?.stages[4].paceRow}`))).toBeGreaterThan(
      Number(targetBefore),
    );
  });
});

describe('the sample company in LibreOffice: 36 months, and the workbook with its own plan', () => {
  test('dashboard --sample --months 36: every KPI, period figure and check as HyperFormula computes it', async () => {
    const out = join(directory, 'kpi-36.xlsx');
    await expect(
      main(['dashboard', '--out', out, '--sample', '--months', '36'], silentIo),
    ).resolves.toBe(0);
    const { layout, map } = buildDashboard(sampleDashboardFor({ year: 2026, month: 1 }, 36));
    const read = (await recalculated(out))(layout.name);
    const sheet = evaluate(layout)[layout.name];
    expect(sheet.errors()).toEqual([]);
    expect(differences(map, read, sheet)).toEqual([]);
    expect(read(`${map.kpiColumn.cac}${map.kpiCoverageRow}`)).toBe(36);
    expect(typeof read(kpiA1(map, 'pipelineVelocity', 35))).toBe('number');
  });

  test('workbook --sample: plan vs actual of one company, the same in LibreOffice', async () => {
    const out = join(directory, 'demo.xlsx');
    await expect(main(['workbook', '--out', out, '--sample'], silentIo)).resolves.toBe(0);
    const first = { year: 2026, month: 1 };
    const plan = samplePlan(first);
    const goal = goalCalculatorLayout(plan);
    const { layout, map } = buildDashboard({
      ...sampleDashboardFor(first, 12),
      goal: goalPlanSource(plan, goal.name),
    });
    const read = (await recalculated(out))(layout.name);
    const sheet = evaluate(goal, layout)[layout.name];
    const block = map.planVsActual;
    if (!block) throw new Error('no plan vs actual');
    const compared = [...block.stages, block.revenue].flatMap((row) => [
      ...Array.from({ length: 12 }, (_, month) => [
        `${row.planColumn}${block.firstMonthRow + month}`,
        `${row.ofPlanColumn}${block.firstMonthRow + month}`,
      ]).flat(),
      ...['B', 'C', 'D', 'E', 'F'].map((column) => `${column}${row.paceRow}`),
    ]);
    const mismatched = compared
      .map((a1) => [a1, read(a1), sheet.value(a1)] as const)
      .filter(([, libreOffice, hyperFormula]) => !sameValue(libreOffice, hyperFormula));
    expect(mismatched).toEqual([]);
    expect(differences(map, read, sheet)).toEqual([]);
    // Revenue: 1,130,000 won against the 1,200,000 planned for the year.
    expect(read(`D${block.revenue.paceRow}`)).toBe(1130000);
    expect(Number(read(`E${block.revenue.paceRow}`))).toBeCloseTo(1130000 / 1200000, 9);
  });
});

describe('hostile text in the inputs stays text, in the .xlsx and in LibreOffice', () => {
  test('a formula-like figure is a string cell; its month shows an error, the others compute', async () => {
    const hostile = ['=IMPORTXML("http://evil.example/","//a")', '+1', '@SUM(1)', '-2+3'];
    const figures = sampleDashboard.figures
      ?.slice(0, 5)
      .map((month, index) =>
        index < hostile.length ? { ...month, marketingSpend: hostile[index] } : month,
      );
    const { layout, map } = buildDashboard({ ...sampleDashboard, figures, language: 'en' });
    const out = join(directory, 'hostile.xlsx');
    await writeFile(out, await layoutsToXlsx({ sheets: [layout] }));
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const cells = hostile.map((_, month) =>
      written.getWorksheet(layout.name)?.getCell(inputA1(map, 'marketingSpend', month)),
    );
    expect(cells.map((cell) => cell?.type)).toEqual(hostile.map(() => ExcelJS.ValueType.String));
    expect(cells.map((cell) => cell?.value)).toEqual(hostile);
    const read = (await recalculated(out))(layout.name);
    expect(hostile.map((_, month) => read(inputA1(map, 'marketingSpend', month)))).toEqual(hostile);
    // Text is not a number: January's CPL is an error, not a silent value; May computes.
    expect(String(read(kpiA1(map, 'cpl', 0)))).toMatch(/^#|^Err/);
    expect(read(kpiA1(map, 'cpl', 4))).toBeCloseTo(47000 / 1220, 9);
  });
});
