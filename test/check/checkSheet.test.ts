import type { HyperFormula } from 'hyperformula';
import {
  checkSheet,
  checkWorkbook,
  dashboardTagSource,
  layoutOfSource,
  type SheetCheck,
} from '../../src/check';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { goalCalculatorLabels } from '../../src/layout/i18n/goalCalculator';
import {
  FIRST_FORMAT_VERSION,
  SHEET_FORMAT_VERSION,
  type SheetTag,
} from '../../src/layout/sheetTag';
import { applyFixToEngine, gridOfEngine } from '../support/checkGrid';
import { evaluateLayout } from '../support/evaluateLayout';
import { examplePlan } from '../support/plans';

const plan = examplePlan;
const tag: SheetTag = { kind: 'goalCalculator', formatVersion: SHEET_FORMAT_VERSION, source: plan };

function freshGoal(name = 'Goal Calculator') {
  const layout = goalCalculatorLayout(plan, name);
  return { layout, sheet: evaluateLayout(layout) };
}

function check(engine: HyperFormula, name = 'Goal Calculator', sheetTag = tag): SheetCheck {
  return checkSheet({ grid: gridOfEngine(engine, name), tag: sheetTag });
}

/** Every computed value of the sheet, for comparing a fixed sheet with a fresh one. */
function allValues(engine: HyperFormula, name: string): unknown[][] {
  return gridOfEngine(engine, name).values as unknown[][];
}

describe('checkSheet on a goal calculator (HyperFormula)', () => {
  test('a freshly written sheet reports nothing and its fix changes nothing', () => {
    const { sheet } = freshGoal();
    const result = check(sheet.engine);
    expect(result.findings).toEqual([]);
    expect(result.fix.writes).toEqual([]);
    expect(result.fix.insertRows).toEqual([]);
  });

  test('a typed value over a formula is found by address, and the fix restores only it', () => {
    const { sheet } = freshGoal();
    // C14..: "Needed" of the first stage (a formula) overwritten with a number.
    const { layout } = freshGoal();
    const neededRow = layout.cells.findIndex(
      (row) => row[0] && 'value' in row[0] && row[0].value === 'Visitors',
    );
    const address = `C${neededRow + 1}`;
    sheet.set(address, 5000);
    const result = check(sheet.engine);
    expect(result.findings.map((finding) => [finding.a1, finding.kind])).toEqual([
      [address, 'formulaOverwritten'],
    ]);
    expect(result.findings[0].message).toContain('typed value 5000');
    expect(result.fix.writes.map((write) => write.a1)).toEqual([address]);
    applyFixToEngine(sheet.engine, result.fix);
    expect(allValues(sheet.engine, 'Goal Calculator')).toEqual(
      allValues(freshGoal().sheet.engine, 'Goal Calculator'),
    );
    expect(check(sheet.engine).findings).toEqual([]);
  });

  test('a 3000% conversion rate is reported in the plan language and never rewritten', () => {
    const { sheet, layout } = freshGoal();
    const rateRow = layout.cells.findIndex(
      (row) => row[0] && 'value' in row[0] && row[0].value === 'Leads',
    );
    sheet.set(`B${rateRow + 1}`, 30);
    const result = check(sheet.engine);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      a1: `B${rateRow + 1}`,
      kind: 'invalidInput',
      fixable: false,
    });
    expect(result.findings[0].message).toContain('3000%');
    expect(result.fix.writes).toEqual([]);
    const chinese = checkSheet({
      grid: gridOfEngine(sheet.engine, 'Goal Calculator'),
      tag,
      language: 'zh-CN',
    });
    expect(chinese.findings[0].message).toMatch(/3000%/);
    expect(chinese.findings[0].message).not.toMatch(/[a-z]{6}/);
  });

  test('a deleted stage row is found by the block labels, put back, and the sheet recomputes as fresh', () => {
    const { sheet, layout } = freshGoal();
    const leadsRow = layout.cells.findIndex(
      (row) => row[0] && 'value' in row[0] && row[0].value === 'Leads',
    );
    const sheetId = sheet.engine.getSheetId('Goal Calculator') as number;
    sheet.engine.removeRows(sheetId, [leadsRow, 1]);
    const result = check(sheet.engine);
    const kinds = new Set(result.findings.map((finding) => finding.kind));
    expect(kinds.has('rowsMissing')).toBe(true);
    expect(result.fix.insertRows).toEqual([{ beforeRow: leadsRow, count: 1 }]);
    // The stage's inputs come back with the values FunnelMath wrote, reported as lost.
    expect(
      result.findings
        .filter((finding) => finding.kind === 'inputLost')
        .map((finding) => finding.a1),
    ).toEqual([`A${leadsRow + 1}`, `B${leadsRow + 1}`]);
    applyFixToEngine(sheet.engine, result.fix);
    expect(check(sheet.engine).findings).toEqual([]);
    expect(allValues(sheet.engine, 'Goal Calculator')).toEqual(
      allValues(freshGoal().sheet.engine, 'Goal Calculator'),
    );
  });

  test('a renamed sheet is checked under its new name and reports nothing', () => {
    const { sheet } = freshGoal();
    const sheetId = sheet.engine.getSheetId('Goal Calculator') as number;
    sheet.engine.renameSheet(sheetId, 'Plan 2027');
    expect(check(sheet.engine, 'Plan 2027').findings).toEqual([]);
  });

  test('an older sheet is reported and upgraded by retagging, inputs kept', () => {
    const { sheet } = freshGoal();
    const older: SheetTag = {
      kind: 'goalCalculator',
      formatVersion: FIRST_FORMAT_VERSION,
      source: plan,
    };
    const result = check(sheet.engine, 'Goal Calculator', older);
    expect(result.findings.map((finding) => finding.kind)).toEqual(['olderVersion']);
    expect(result.fix.retag).toEqual({ ...older, formatVersion: SHEET_FORMAT_VERSION });
    expect(result.fix.writes).toEqual([]);
  });

  test('an export sheet is not checked by this version, and says so rather than "clean"', () => {
    const { sheet } = freshGoal();
    const result = check(sheet.engine, 'Goal Calculator', {
      kind: 'export',
      formatVersion: 2,
      source: {},
    });
    expect(result).toMatchObject({ checked: false, findings: [] });
  });

  test('a tag that is not a plan is reported, not checked', () => {
    const { sheet } = freshGoal();
    const result = check(sheet.engine, 'Goal Calculator', {
      ...tag,
      source: { revenueTarget: 'lots' },
    });
    expect(result.findings.map((finding) => finding.kind)).toEqual(['unreadableTag']);
  });

  test('checkWorkbook links the dashboard to the renamed goal sheet by its tag', () => {
    const goal = goalCalculatorLayout(plan, 'Goal Calculator');
    const source = dashboardTagSource(
      { firstMonth: { year: 2027, month: 1 }, monthCount: 12, language: 'en' },
      false,
      { sheetId: 1, chosen: false },
    );
    const dashboardTag: SheetTag = {
      kind: 'dashboard',
      formatVersion: SHEET_FORMAT_VERSION,
      source,
    };
    const dashboard = layoutOfSource({ kind: 'dashboard', dashboard: source }, 'KPI Dashboard', {
      linkedGoal: { plan, sheetName: 'Goal Calculator' },
    });
    const { engine } = evaluateLayout(dashboard, [goal]);
    const tagged = () => [
      { grid: gridOfEngine(engine, 'Plan 2027'), tag },
      { grid: gridOfEngine(engine, 'KPI Dashboard'), tag: dashboardTag },
    ];
    engine.renameSheet(engine.getSheetId('Goal Calculator') as number, 'Plan 2027');
    expect(checkWorkbook(tagged()).findings).toEqual([]);
    // A typed value over a plan-vs-actual formula is found on the dashboard.
    const planVsActual = dashboard.cells.findIndex((row) =>
      row.some((cell) => cell && 'formula' in cell && cell.formula.includes("'Goal Calculator'!")),
    );
    const column = dashboard.cells[planVsActual].findIndex(
      (cell) => cell && 'formula' in cell && cell.formula.includes("'Goal Calculator'!"),
    );
    const dashboardId = engine.getSheetId('KPI Dashboard') as number;
    engine.setCellContents({ sheet: dashboardId, row: planVsActual, col: column }, [[7]]);
    const result = checkWorkbook(tagged());
    expect(result.findings.map((finding) => [finding.sheet, finding.kind])).toEqual([
      ['KPI Dashboard', 'formulaOverwritten'],
    ]);
    expect(result.sheets[1].fix.writes[0].content).toEqual({
      formula: expect.stringContaining("'Plan 2027'!"),
    });
  });
});

describe('checkSheet on cells read as they are', () => {
  test('a #REF! in a formula and in a value are broken links, by address', () => {
    const { sheet } = freshGoal();
    const grid = gridOfEngine(sheet.engine, 'Goal Calculator');
    const formulaRow = grid.formulas.findIndex((row) => row[2]?.startsWith('=IF('));
    const formulas = grid.formulas.map((row) => [...row]);
    formulas[formulaRow][2] = '=#REF!/B14';
    const values = grid.values.map((row) => [...row]);
    values[formulaRow][2] = '#REF!';
    const result = checkSheet({ grid: { ...grid, formulas, values }, tag });
    expect(result.findings.map((finding) => [finding.a1, finding.kind])).toEqual([
      [`C${formulaRow + 1}`, 'brokenLink'],
    ]);
    expect(result.fix.writes.map((write) => write.a1)).toEqual([`C${formulaRow + 1}`]);
  });
});

describe('rows deleted or inserted on a linked workbook (HyperFormula)', () => {
  const source = dashboardTagSource(
    { firstMonth: { year: 2027, month: 1 }, monthCount: 12, language: 'en' },
    false,
    { sheetId: 1, chosen: false },
  );
  const dashboardTag: SheetTag = { kind: 'dashboard', formatVersion: SHEET_FORMAT_VERSION, source };
  const goal = goalCalculatorLayout(plan, 'Goal Calculator');
  const dashboard = layoutOfSource({ kind: 'dashboard', dashboard: source }, 'KPI Dashboard', {
    linkedGoal: { plan, sheetName: 'Goal Calculator' },
  });
  const sheetsOf = (engine: HyperFormula) => [
    { grid: gridOfEngine(engine, 'Goal Calculator'), tag },
    { grid: gridOfEngine(engine, 'KPI Dashboard'), tag: dashboardTag },
  ];

  test('a deleted month row of the dashboard is put back and the workbook recomputes as fresh', () => {
    const { engine } = evaluateLayout(dashboard, [goal]);
    const dashboardId = engine.getSheetId('KPI Dashboard') as number;
    // The fourth month of the input table (row 10), figures and check formula with it.
    engine.removeRows(dashboardId, [9, 1]);
    const result = checkWorkbook(sheetsOf(engine));
    expect(result.sheets[0].findings).toEqual([]);
    const fix = result.sheets[1].fix;
    expect(fix.insertRows).toEqual([{ beforeRow: 9, count: 1 }]);
    expect(result.sheets[1].findings[0]).toMatchObject({ a1: 'A10', kind: 'rowsMissing' });
    applyFixToEngine(engine, fix);
    expect(checkWorkbook(sheetsOf(engine)).findings).toEqual([]);
    expect(allValues(engine, 'KPI Dashboard')).toEqual(
      allValues(evaluateLayout(dashboard, [goal]).engine, 'KPI Dashboard'),
    );
  });

  test('a dashboard whose goal calculator was deleted says so and leaves its plan vs actual alone', () => {
    const { engine } = evaluateLayout(dashboard, [goal]);
    engine.removeSheet(engine.getSheetId('Goal Calculator') as number);
    const result = checkWorkbook([
      { grid: gridOfEngine(engine, 'KPI Dashboard'), tag: dashboardTag },
    ]);
    expect(result.findings.map((finding) => finding.kind)).toEqual(['goalMissing']);
    expect(result.sheets[0].fix.writes).toEqual([]);
  });

  test('rows inserted above a block are reported where the block now starts, and nothing below is guessed', () => {
    const { engine } = evaluateLayout(goal, []);
    const goalId = engine.getSheetId('Goal Calculator') as number;
    const funnelTitle = goal.cells.findIndex(
      (row) =>
        row[0] && 'value' in row[0] && row[0].value === goalCalculatorLabels.en.funnelSection,
    );
    engine.addRows(goalId, [funnelTitle, 2]);
    const result = check(engine);
    expect(result.findings.map((finding) => [finding.a1, finding.kind])).toEqual([
      [`A${funnelTitle + 3}`, 'rowsAdded'],
    ]);
    expect(result.fix.writes).toEqual([]);
  });
});
