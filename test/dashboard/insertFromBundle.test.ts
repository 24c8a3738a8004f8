/**
 * Inserting the dashboard as Apps Script runs it: the built dist/server.js in a node:vm with
 * only the fake services, calling the generated top-level entry points.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboard, kpiA1, monthSerial, sampleDashboard } from '../../src/layout/dashboard';
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

  test('without one (or when its stages no longer match the last plan): no reference, a note instead', () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    // The last plan has one stage fewer than the sheet that is there.
    runtime.call('saveLastPlan', {
      ...examplePlan,
      stages: [examplePlan.stages[0], ...examplePlan.stages.slice(2)],
    });
    const name = runtime.call('insertKpiDashboard') as string;
    const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    const formulas = sheet?.getDataRange().getFormulas().flat() ?? [];
    expect(formulas.filter((formula) => formula.includes('!'))).toEqual([]);
    expect(sheet?.getDataRange().getValues().flat()).toContain(
      'Plan vs actual: insert a goal calculator, then a new dashboard, to compare each month with the plan.',
    );
  });

  test('"Goal Calculator (2)" is found when the plain name holds something else', () => {
    // Someone's own sheet already has the name: the goal calculator was written as "(2)".
    const fake = fakeWithLocale('en_US', { sheetNames: ['Sheet1', 'Goal Calculator'] });
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    runtime.call('saveLastPlan', examplePlan);
    const name = runtime.call('insertKpiDashboard') as string;
    const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    const formulas = sheet?.getDataRange().getFormulas().flat() ?? [];
    expect(formulas.some((formula) => formula.includes("'Goal Calculator (2)'!"))).toBe(true);
    expect(formulas.some((formula) => formula.includes("'Goal Calculator'!"))).toBe(false);
  });

  test('the goal sheet a person picks is used and remembered for the next dashboard', () => {
    const fake = fakeWithLocale();
    const runtime = loadBundle(fake.globals);
    runtime.call('buildGoalCalculator', examplePlan);
    runtime.call('buildGoalCalculator', examplePlan);
    runtime.call('saveLastPlan', examplePlan);
    const references = (sheetName: string) => {
      const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
      const formulas = sheet?.getDataRange().getFormulas().flat() ?? [];
      return ['Goal Calculator', 'Goal Calculator (2)'].filter((goal) =>
        formulas.some((formula) => formula.includes(`'${goal}'!`)),
      );
    };
    // Unpicked, the plain name wins; picked, "(2)" wins now and next time.
    expect(references(runtime.call('insertKpiDashboard') as string)).toEqual(['Goal Calculator']);
    const picked = runtime.call('insertKpiDashboard', { goalSheet: 'Goal Calculator (2)' });
    expect(references(picked as string)).toEqual(['Goal Calculator (2)']);
    expect(references(runtime.call('insertKpiDashboard') as string)).toEqual([
      'Goal Calculator (2)',
    ]);
    expect(() => runtime.call('insertKpiDashboard', { goalSheet: 'Plan 2027' })).toThrow(
      'goalSheet is "Plan 2027"; no sheet has that name in this spreadsheet',
    );
    expect(() => runtime.call('insertKpiDashboard', { goalSheet: 'Sheet1' })).toThrow(
      'goalSheet is "Sheet1"; it does not have the stages of the last goal plan (Visitors, Leads, MQLs, SQLs, Customers): pick the goal calculator sheet of that plan',
    );
    // A refused pick is not remembered: the earlier pick still holds.
    expect(references(runtime.call('insertKpiDashboard') as string)).toEqual([
      'Goal Calculator (2)',
    ]);
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
    runtime.call('saveLastPlan', examplePlan);
    return fake;
  };

  test('with sample data: the same calls for 12 and 36 months, at most 25', () => {
    const twelve = callsFor('insertKpiDashboardWithSample', 12);
    expect(callsFor('insertKpiDashboardWithSample', 36)).toEqual(twelve);
    expect(twelve.byName['Range.setValues']).toBe(1);
    expect(twelve.document).toBeLessThanOrEqual(25);
  });

  test('empty: two more to read the last plan, five more to find and check its goal calculator; at most 25', () => {
    const sample = callsFor('insertKpiDashboardWithSample', 12).document;
    const empty = callsFor('insertKpiDashboard', 12);
    expect(callsFor('insertKpiDashboard', 36)).toEqual(empty);
    expect(empty.document).toBe(sample + 2);
    const linked = callsFor('insertKpiDashboard', 12, withGoal());
    expect(callsFor('insertKpiDashboard', 36, withGoal())).toEqual(linked);
    // The remembered pick (getDocumentProperties, getProperty), getSheetByName, getRange and
    // getValues of the stage names; no locale (the plan has a language).
    expect(linked.document).toBe(empty.document + 5 - 1);
    expect(linked.document).toBeLessThanOrEqual(25);
  });
});
