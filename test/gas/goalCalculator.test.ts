/**
 * The goal calculator as Apps Script runs it: the built dist/server.js in a node:vm with
 * only the fake services, calling the generated top-level `buildGoalCalculator`.
 */
import fc from 'fast-check';
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript, type FakeAppsScript } from '../../src/preview/fake';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import { arbitraryPlan, examplePlan, planWithStages } from '../support/plans';

function runInBundle(plan: unknown, fake: FakeAppsScript = createFakeAppsScript()) {
  const runtime = loadBundle(fake.globals);
  fake.log.reset();
  const name = runtime.call('buildGoalCalculator', plan);
  return { fake, name };
}

/**
 * The calls that must not depend on the plan (every document call, the chart and rule
 * builders), apart from those that build data-validation rules: in memory, five per rule,
 * one rule per distinct criterion, and a rate's criterion is a formula over its own cell.
 */
function splitCalls(fake: FakeAppsScript) {
  const isValidationBuild = (name: string) =>
    name.startsWith('DataValidationBuilder.') || name === 'SpreadsheetApp.newDataValidation';
  const byName = fake.log.countsByName();
  const validationCalls = Object.entries(byName)
    .filter(([name]) => isValidationBuild(name))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    constant: {
      document: fake.log.documentCalls,
      builder: fake.log.builderCalls - validationCalls,
      byName: Object.fromEntries(
        Object.entries(byName).filter(([name]) => !isValidationBuild(name)),
      ),
    },
    dataValidationBuilds: byName['DataValidationBuilder.build'] ?? 0,
  };
}

function readSheet(fake: FakeAppsScript, sheetName: string) {
  const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return { sheet, read: (a1: string) => sheet.getRange(a1).getValue() };
}

describe('buildGoalCalculator from the built bundle, against the fake Sheets', () => {
  it('writes a "Goal Calculator" sheet that evaluates to the planner\'s numbers', () => {
    const { fake, name } = runInBundle(examplePlan);
    expect(name).toBe('Goal Calculator');
    const { read } = readSheet(fake, 'Goal Calculator');
    expect(comparable(readGoalCalculator(examplePlan, read))).toEqual(
      comparable(planFunnel(examplePlan)),
    );
  });

  it('shows the figures in formats a person reads at once', () => {
    const { fake } = runInBundle(examplePlan);
    const { sheet } = readSheet(fake, 'Goal Calculator');
    const cells = goalCalculatorCells(examplePlan);
    const shown = (a1: string) => sheet.getRange(a1).getDisplayValue();
    expect([
      shown(cells.inputs.revenueTarget),
      shown(cells.stages[0].conversionToNext ?? ''),
      shown(cells.stages[0].needed),
    ]).toEqual(['$1,200,000', '2.0%', '80,000']);
    expect([
      shown(cells.money.marketingBudget),
      shown(cells.money.pipelineCoverage),
      shown(cells.inputs.salesCycleDays),
    ]).toEqual(['$192,000', '4.0x', '60 days']);
    // Months are dates (the fake shows no date formats: the format and the serial say it).
    const firstMonth = sheet.getRange(cells.months.month.split(':')[0]);
    expect([firstMonth.getValue(), firstMonth.getNumberFormats()[0][0]]).toEqual([
      46388,
      'mmm yyyy',
    ]);
    expect(sheet.getRange(cells.arrivals.month.split(':')[0]).getValue()).toBe(46327);
  });

  it('marks the inputs as the cells to edit, with notes, and draws the funnel chart', () => {
    const { fake } = runInBundle(examplePlan);
    const { sheet } = readSheet(fake, 'Goal Calculator');
    const cells = goalCalculatorCells(examplePlan);
    const target = sheet.getRange(cells.inputs.revenueTarget);
    expect(target.getBackgrounds()).toEqual([['#fff2cc']]);
    expect(target.getNotes()[0][0]).toMatch(/revenue to win/);
    expect(sheet.getRange(cells.needed).getBackgrounds().flat()).not.toContain('#fff2cc');
    const [chart] = sheet.getCharts();
    expect(chart.getOptions().get('title')).toBe('Funnel: needed per stage');
    expect(chart.getRanges().map((range) => range.getA1Notation())).toEqual([
      cells.stageNames,
      cells.needed,
    ]);
    // Input check, the budget's shortfall, the biggest savings, the rounding reserves.
    expect(sheet.getConditionalFormatRules()).toHaveLength(4);
  });

  it('makes the same number of service calls for 3 stages as for 10, at most 20', () => {
    const callsFor = (plan: Plan) => {
      const { fake } = runInBundle(plan);
      const { constant, dataValidationBuilds } = splitCalls(fake);
      return { ...constant, dataValidationBuilds, layout: goalCalculatorLayout(plan) };
    };
    const three = callsFor(planWithStages(3));
    const ten = callsFor(planWithStages(10, { period: 'month' }));
    expect({ ...ten, layout: null, dataValidationBuilds: null }).toEqual({
      ...three,
      layout: null,
      dataValidationBuilds: null,
    });
    expect(three.document).toBeLessThanOrEqual(20);
    expect(three.byName['Range.setValues']).toBe(1);
    // Rules are built in memory, at most one per validated cell (cells alike share one).
    for (const { layout, dataValidationBuilds, byName } of [three, ten]) {
      const validated = layout.cells.flat().filter((cell) => cell?.validation).length;
      expect(dataValidationBuilds).toBeLessThanOrEqual(validated);
      expect(byName['Range.setDataValidations'] ?? 0).toBe(validated > 0 ? 1 : 0);
    }
  });

  it('adds one call for the scenarios chart, the same for 1 and 3 scenarios and 3 and 10 stages', () => {
    const documentCalls = (plan: Plan) => splitCalls(runInBundle(plan).fake).constant;
    const scenario = (name: string, rates: number) => ({
      name,
      revenueTarget: 2000000,
      conversionRates: Array<number>(rates).fill(0.6),
    });
    const without = documentCalls(planWithStages(3)).document;
    const one = documentCalls(planWithStages(3, { scenarios: [scenario('A', 2)] }));
    const three = documentCalls(
      planWithStages(10, {
        period: 'month',
        scenarios: [scenario('A', 9), scenario('B', 9), scenario('C', 9)],
      }),
    );
    expect(one).toEqual(three);
    expect(one.byName['Sheet.insertChart']).toBe(2);
    expect(one.document).toBe(without + 1);
    expect(one.document).toBeLessThanOrEqual(20);
  });

  it('stays within 20 with channels and 3 scenarios, the same for 1 and 8 channels', () => {
    const documentCalls = (plan: Plan) => splitCalls(runInBundle(plan).fake).constant;
    const channel = (index: number, count: number) => ({
      name: `Channel ${index + 1}`,
      share: 1 / count,
      costPerLead: 50 + index,
    });
    const scenarios = ['A', 'B', 'C'].map((name) => ({ name, costPerLead: 90 }));
    const withChannels = (count: number) =>
      documentCalls(
        planWithStages(5, {
          channels: Array.from({ length: count }, (_, index) => channel(index, count)),
          scenarios,
        }),
      );
    const one = withChannels(1);
    const eight = withChannels(8);
    expect(eight).toEqual(one);
    expect(one.byName['Sheet.insertChart']).toBe(3);
    expect(one.document).toBeLessThanOrEqual(20);
  });

  it('never touches an existing "Goal Calculator": it writes "Goal Calculator (2)"', () => {
    const fake = createFakeAppsScript({ sheetNames: ['Sheet1', 'Goal Calculator'] });
    const existing = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Goal Calculator');
    existing?.getRange('A1:B2').setValues([
      ['My own notes', 42],
      ['=B1*2', "'keep"],
    ]);
    const before = existing?.getRange('A1:Z60').getFormulas();
    const beforeValues = existing?.getRange('A1:Z60').getValues();

    const { name } = runInBundle(examplePlan, fake);

    expect(name).toBe('Goal Calculator (2)');
    expect(existing?.getRange('A1:Z60').getFormulas()).toEqual(before);
    expect(existing?.getRange('A1:Z60').getValues()).toEqual(beforeValues);
    expect(existing?.getCharts()).toHaveLength(0);
    expect(
      fake.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((sheet) => sheet.getName()),
    ).toEqual(['Sheet1', 'Goal Calculator', 'Goal Calculator (2)']);
    expect(fake.SpreadsheetApp.getActiveSheet().getName()).toBe('Goal Calculator (2)');
  });

  it('keeps hostile stage names as text in the sheet', () => {
    const hostile = [
      '=IMPORTXML("http://evil.example/", "//a")',
      '+1',
      '<img src=x onerror=alert(1)>',
      "'quoted",
      'Customers',
    ];
    const plan: Plan = {
      ...examplePlan,
      stages: hostile.map((stageName, index) =>
        index < hostile.length - 1
          ? { name: stageName, conversionToNext: 0.5 }
          : { name: stageName },
      ),
    };
    const { fake } = runInBundle(plan);
    const { sheet } = readSheet(fake, 'Goal Calculator');
    const names = goalCalculatorCells(plan).stageNames;
    expect(sheet.getRange(names).getValues().flat()).toEqual(hostile);
    expect(sheet.getRange(names).getFormulas().flat()).toEqual(['', '', '', '', '']);
    expect(comparable(readGoalCalculator(plan, (a1) => sheet.getRange(a1).getValue()))).toEqual(
      comparable(planFunnel(plan)),
    );
  });

  it('writes nothing for a bad plan and names every bad field in one error', () => {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    fake.log.reset();
    const bad = {
      ...examplePlan,
      revenueTarget: -1,
      period: 'week',
      stages: [{ name: '', conversionToNext: 30 }, { name: 'Customers' }],
    };
    let message = '';
    try {
      runtime.call('buildGoalCalculator', bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'The plan has 5 problems:',
      '- revenueTarget is -1; enter an amount greater than 0 and at most 1000000000000',
      '- period is "week"; enter "month", "quarter" or "year"',
      '- stages.0.name is ""; enter the stage name as text of 1 to 60 characters',
      '- stages.0.conversionToNext is 30; enter a fraction greater than 0 and at most 1: for 30% enter 0.3',
      '- leadStageIndex is 1; enter the position of a stage before customers, from 0 to 0',
    ]);
    expect(fake.log.calls).toEqual([]);
    expect(fake.SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(1);
  });
});

describe('the sheet name the writer picks', () => {
  it('counts up past every taken copy: "Goal Calculator (3)" when (2) is taken too', () => {
    const fake = createFakeAppsScript({ sheetNames: ['Goal Calculator', 'Goal Calculator (2)'] });
    expect(runInBundle(examplePlan, fake).name).toBe('Goal Calculator (3)');
  });

  it("names the sheet in the plan's language", () => {
    expect(runInBundle({ ...examplePlan, language: 'zh-CN' }).name).toBe('目标计算器');
    const fake = createFakeAppsScript({ sheetNames: ['目標計算器'] });
    expect(runInBundle({ ...examplePlan, language: 'zh-TW' }, fake).name).toBe('目標計算器 (2)');
  });
});

describe('buildGoalCalculator for any valid plan', () => {
  it('writes a sheet that evaluates to the planner, with the same calls every time', () => {
    const callCounts = new Set<string>();
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const { fake, name } = runInBundle(plan);
        const { constant } = splitCalls(fake);
        callCounts.add(`${constant.document}/${constant.builder}`);
        const { read } = readSheet(fake, String(name));
        expect(comparable(readGoalCalculator(plan, read))).toEqual(comparable(planFunnel(plan)));
      }),
      { numRuns: 25 },
    );
    // 14 to write the sheet (text colour, weight and size in one setTextStyles; the grid's
    // range comes in the one getRangeList of the chart and rule ranges), 1 for its
    // wraps, 1 for its data validations, 1 to flush before the document lock is released, 1
    // to tag it as a goal calculator with its plan: 19. Builders (chart, rules, one text
    // style per look) work in memory (68 with the budget's shortfall rule, five calls a
    // rule); validation builders are counted apart.
    expect([...callCounts]).toEqual(['18/68']);
  });
});
