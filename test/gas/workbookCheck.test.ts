/**
 * "Check this workbook" and "Restore formulas" as Apps Script runs them: the built
 * dist/server.js in a node:vm over the fake services (HyperFormula computes every sheet).
 * A workbook with a goal calculator and the dashboard that follows it is tampered with as
 * people do (values typed over formulas, a row of a block deleted, sheets renamed, an input
 * broken); the check names each by sheet and address, Restore rewrites exactly those cells,
 * and the workbook then computes what a fresh one computes from the same inputs.
 */
import { withPlanDefaults } from '../../src/funnel/defaults';
import type { Plan } from '../../src/funnel/types';
import { parseRange } from '../../src/layout/a1';
import { buildDashboard, kpiA1 } from '../../src/layout/dashboard';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { SHEET_FORMAT_VERSION } from '../../src/layout/sheetTag';
import { type AppsScriptRuntime, loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript, type FakeAppsScript } from '../../src/preview/fake';
import { examplePlan, planWithStages } from '../support/plans';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Finding {
  readonly sheet: string;
  readonly a1: string;
  readonly kind: string;
  readonly message: string;
  readonly fixable: boolean;
}
interface Report {
  readonly sheets: string[];
  readonly notChecked: string[];
  readonly findings: Finding[];
}
interface Restore {
  readonly restored: { sheet: string; changes: { a1: string; message: string }[] }[];
  readonly cellCount: number;
}

interface Workbook {
  readonly fake: FakeAppsScript;
  readonly runtime: AppsScriptRuntime;
  readonly goal: string;
  readonly dashboard: string;
  sheet(name: string): Sheet;
  check(language?: string): Report;
  restore(): Restore;
}

const plan: Plan = withPlanDefaults(examplePlan, new Date());

/** A goal calculator and a 12-month dashboard following it, with a few months of figures. */
function workbook(): Workbook {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  const goal = String(runtime.call('buildGoalCalculator', plan));
  const dashboard = String(runtime.call('insertKpiDashboard', { monthCount: 12 }));
  const sheet = (name: string) => {
    const found = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  // Figures typed into the dashboard's input table: inputs the check must keep.
  sheet(dashboard)
    .getRange('B7:C8')
    .setValues([
      [1200, 4000],
      [1300, 4100],
    ]);
  return {
    fake,
    runtime,
    goal,
    dashboard,
    sheet,
    check: (language = 'en') => runtime.call('checkThisWorkbook', { language }) as Report,
    restore: () => runtime.call('restoreFormulas', { language: 'en' }) as Restore,
  };
}

/** Everything a sheet shows: formulas and computed values of its whole data range. */
function contents(sheet: Sheet) {
  const range = sheet.getDataRange();
  return { formulas: range.getFormulas(), values: range.getValues() };
}

const cells = goalCalculatorCells(plan);

describe('check this workbook, through the built bundle', () => {
  test('a clean workbook reports nothing and Restore changes nothing', () => {
    const book = workbook();
    const report = book.check();
    expect(report.sheets).toEqual([book.goal, book.dashboard]);
    expect(report.findings).toEqual([]);
    const before = [contents(book.sheet(book.goal)), contents(book.sheet(book.dashboard))];
    expect(book.restore()).toEqual({ language: 'en', restored: [], cellCount: 0 });
    expect([contents(book.sheet(book.goal)), contents(book.sheet(book.dashboard))]).toEqual(before);
  });

  test('values typed over formulas: found by address, restored exactly, the sheets compute as fresh ones', () => {
    const book = workbook();
    const fresh = workbook();
    const goal = book.sheet(book.goal);
    const dashboard = book.sheet(book.dashboard);
    const needed = cells.stages[1].needed;
    goal.getRange(needed).setValue(999);
    const revenueCell = parseRange(cells.months.revenue).start;
    const revenueA1 = `C${revenueCell.row + 1}`;
    goal.getRange(revenueA1).setValue(12345);
    // A formula of the dashboard's KPI table, and the user's own cell beside the blocks.
    const today = new Date();
    const { map } = buildDashboard({
      firstMonth: { year: today.getFullYear(), month: today.getMonth() + 1 },
      monthCount: 12,
    });
    const kpiCell = kpiA1(map, 'cac', 0);
    dashboard.getRange(kpiCell).setValue(42);
    goal.getRange('Z3').setValue('my own note');
    // The person's own cells inside the rectangle Restore writes (column C between the two
    // reported cells, where FunnelMath left the cell empty): kept as they are.
    const layout = goalCalculatorLayout(plan, book.goal);
    const ownRows = layout.cells
      .map((row, index) => ({ row, index }))
      .filter(
        ({ row, index }) =>
          index > parseRange(needed).start.row && index < revenueCell.row && row[2] === null,
      )
      .map(({ index }) => index + 1);
    expect(ownRows.length).toBeGreaterThanOrEqual(2);
    goal.getRange(`C${ownRows[0]}`).setValue('=1+1');
    goal.getRange(`C${ownRows[1]}`).setValue("'=text, not a formula");

    const findings = book.check().findings;
    expect(findings.map(({ sheet, a1, kind }) => [sheet, a1, kind])).toEqual([
      [book.goal, needed, 'formulaOverwritten'],
      [book.goal, revenueA1, 'formulaOverwritten'],
      [book.dashboard, kpiCell, 'formulaOverwritten'],
    ]);
    expect(findings[0].message).toContain('999');

    const restore = book.restore();
    expect(restore.cellCount).toBe(3);
    expect(restore.restored.map((sheet) => sheet.sheet)).toEqual([book.goal, book.dashboard]);
    expect(restore.restored[0].changes[0]).toEqual({
      a1: needed,
      message: expect.stringMatching(/^restored =/),
    });
    expect(book.check().findings).toEqual([]);
    expect(goal.getRange('Z3').getValue()).toBe('my own note');
    expect(goal.getRange(`C${ownRows[0]}`).getFormula()).toBe('=1+1');
    expect(goal.getRange(`C${ownRows[1]}`).getFormula()).toBe('');
    expect(goal.getRange(`C${ownRows[1]}`).getValue()).toBe('=text, not a formula');
    for (const row of ownRows.slice(0, 2)) goal.getRange(`C${row}`).setValue('');
    const freshGoal = contents(fresh.sheet(fresh.goal));
    const restoredGoal = contents(goal);
    // The fresh sheet's rectangle; the restored one also has the person's note in Z3.
    const width = freshGoal.formulas[0].length;
    expect(width).toBeLessThan(25);
    expect(restoredGoal.formulas.map((row) => row.slice(0, width))).toEqual(freshGoal.formulas);
    expect(restoredGoal.values.map((row) => row.slice(0, width))).toEqual(freshGoal.values);
    expect(contents(dashboard)).toEqual(contents(fresh.sheet(fresh.dashboard)));
  });

  test('a deleted row of a block: reported, put back by Restore, every figure as in a fresh sheet', () => {
    const book = workbook();
    const fresh = workbook();
    const goal = book.sheet(book.goal);
    const monthRow = parseRange(cells.months.month).start.row + 3;
    goal.deleteRows(monthRow + 1, 1);
    const report = book.check();
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.some((finding) => finding.kind === 'rowsMissing')).toBe(true);
    expect(report.findings.every((finding) => /^[A-Z]+\d+$/.test(finding.a1))).toBe(true);
    book.restore();
    expect(book.check().findings).toEqual([]);
    expect(contents(goal).values).toEqual(contents(fresh.sheet(fresh.goal)).values);
    expect(contents(book.sheet(book.dashboard)).values).toEqual(
      contents(fresh.sheet(fresh.dashboard)).values,
    );
  });

  test('renamed sheets: still found by their tags, findings under the new names', () => {
    const book = workbook();
    book.sheet(book.goal).setName('Plan FY27');
    book.sheet(book.dashboard).setName('Board KPIs');
    expect(book.check()).toEqual({
      language: 'en',
      sheets: ['Plan FY27', 'Board KPIs'],
      notChecked: [],
      findings: [],
    });
    book.sheet('Plan FY27').getRange(cells.stages[0].needed).setValue(1);
    expect(book.check().findings.map(({ sheet, a1 }) => [sheet, a1])).toEqual([
      ['Plan FY27', cells.stages[0].needed],
    ]);
    book.restore();
    expect(book.check().findings).toEqual([]);
  });

  test('a broken input (a 3000% growth): reported by address in the user’s language, left for the person', () => {
    const book = workbook();
    const growth = cells.inputs.monthlyGrowth;
    book.sheet(book.goal).getRange(growth).setValue(30);
    const [finding] = book.check().findings;
    expect(finding).toMatchObject({
      sheet: book.goal,
      a1: growth,
      kind: 'invalidInput',
      fixable: false,
    });
    expect(finding.message).toContain('3000%');
    const [chinese] = book.check('zh-CN').findings;
    expect(chinese.a1).toBe(growth);
    expect(chinese.message).not.toBe(finding.message);
    expect(book.restore().cellCount).toBe(0);
    expect(book.sheet(book.goal).getRange(growth).getValue()).toBe(30);
  });

  test('an older goal calculator (untagged, named) is upgraded in place, keeping its inputs', () => {
    const book = workbook();
    const goal = book.sheet(book.goal);
    for (const tag of goal.getDeveloperMetadata()) tag.remove();
    book.runtime.call('saveLastPlan', plan);
    goal.getRange(cells.inputs.revenueTarget).setValue(1500000);
    const findings = book.check().findings;
    expect(findings.map(({ sheet, a1, kind }) => [sheet, a1, kind])).toEqual([
      [book.goal, 'A1', 'olderVersion'],
    ]);
    book.restore();
    expect(book.check().findings).toEqual([]);
    expect(goal.getRange(cells.inputs.revenueTarget).getValue()).toBe(1500000);
    const tags = goal.getDeveloperMetadata().map((tag) => JSON.parse(tag.getValue() ?? ''));
    expect(tags.map((tag) => tag.formatVersion)).toEqual([SHEET_FORMAT_VERSION]);
  });

  test('a goal calculator tagged before format versions (its tag the bare plan) is upgraded in place', () => {
    const book = workbook();
    const goal = book.sheet(book.goal);
    const [tag] = goal.getDeveloperMetadata();
    tag.setValue(JSON.stringify(plan));
    const findings = book.check().findings;
    expect(findings.map(({ sheet, a1, kind }) => [sheet, a1, kind])).toEqual([
      [book.goal, 'A1', 'olderVersion'],
    ]);
    // The dashboard still follows it: its plan is read from the old tag as well.
    expect(book.check().sheets).toEqual([book.goal, book.dashboard]);
    book.restore();
    expect(book.check().findings).toEqual([]);
    expect(goal.getDeveloperMetadata().map((entry) => JSON.parse(entry.getValue() ?? ''))).toEqual([
      { formatVersion: SHEET_FORMAT_VERSION, source: plan },
    ]);
  });

  test('an export sheet is listed as not checked, neither clean nor with findings', () => {
    const book = workbook();
    const spreadsheet = book.fake.SpreadsheetApp.getActiveSpreadsheet();
    const exported = spreadsheet.insertSheet('CRM export');
    exported.getRange('A1:B2').setValues([
      ['Month', 'Leads'],
      ['2027-01', 40],
    ]);
    exported.addDeveloperMetadata(
      'funnelmath.export',
      JSON.stringify({ formatVersion: 2, source: { columns: ['month', 'leads'] } }),
    );
    const report = book.check();
    expect(report.sheets).toEqual([book.goal, book.dashboard]);
    expect(report.notChecked).toEqual(['CRM export']);
    expect(report.findings).toEqual([]);
    expect(book.restore().restored).toEqual([]);
  });
});

describe('batching', () => {
  test('reading for the check: a constant number of calls, whatever the months and stages', () => {
    const callsFor = (stages: number, months: number) => {
      const fake = createFakeAppsScript();
      const runtime = loadBundle(fake.globals);
      const stagePlan: Plan = {
        ...plan,
        stages: Array.from({ length: stages }, (_, index) =>
          index === stages - 1
            ? { name: `Stage ${index + 1}` }
            : { name: `Stage ${index + 1}`, conversionToNext: 0.5 },
        ),
        leadStageIndex: 0,
      };
      runtime.call('buildGoalCalculator', stagePlan);
      runtime.call('insertKpiDashboard', { monthCount: months });
      fake.log.reset();
      runtime.call('checkThisWorkbook', { language: 'en' });
      return { document: fake.log.documentCalls, byName: fake.log.countsByName() };
    };
    const small = callsFor(3, 12);
    expect(callsFor(10, 36)).toEqual(small);
    expect(small.byName['Range.getValues']).toBe(2);
    expect(small.byName['Range.getFormulas']).toBe(2);
    // The active spreadsheet; three finder queries (goal, dashboard, export); per tagged sheet its tag's location, sheet
    // and value, its name, and getDataRange, getValues, getFormulas; the goal sheet's id
    // (its dashboard follows it by id). Language given: no locale call.
    expect(small.document).toBe(1 + 3 + 2 * 7 + 1);
  });

  test('Restore: the reading, then four calls a sheet it writes (getRange, getFormulas, getValues, setValues)', () => {
    const restoreCalls = (stages: number, months: number) => {
      const fake = createFakeAppsScript();
      const runtime = loadBundle(fake.globals);
      const sized = withPlanDefaults(planWithStages(stages), new Date());
      const goal = String(runtime.call('buildGoalCalculator', sized));
      const dashboard = String(runtime.call('insertKpiDashboard', { monthCount: months }));
      const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
      const sizedCells = goalCalculatorCells(sized);
      spreadsheet.getSheetByName(goal)?.getRange(sizedCells.stages[0].needed).setValue(1);
      spreadsheet.getSheetByName(goal)?.getRange(sizedCells.stages[1].needed).setValue(2);
      const today = new Date();
      const { map } = buildDashboard({
        firstMonth: { year: today.getFullYear(), month: today.getMonth() + 1 },
        monthCount: months,
      });
      spreadsheet
        .getSheetByName(dashboard)
        ?.getRange(kpiA1(map, 'cac', 0))
        .setValue(3);
      fake.log.reset();
      const restored = runtime.call('restoreFormulas', { language: 'en' }) as Restore;
      expect(restored.cellCount).toBe(3);
      return fake.log.documentCalls;
    };
    const small = restoreCalls(3, 12);
    expect(restoreCalls(10, 36)).toBe(small);
    expect(small).toBe(19 + 2 * 4);
  });
});
