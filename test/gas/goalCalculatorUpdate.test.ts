/**
 * Re-running the goal calculator on a spreadsheet that already has one, as Apps Script runs
 * it: the built dist/server.js in a node:vm over the fake services. The sidebar opens on the
 * inputs currently on the sheet, and an update writes the plan into that sheet in place,
 * keeping everything the person added beside FunnelMath's block.
 */
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { parseCell } from '../../src/layout/a1';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { type AppsScriptRuntime, loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript, type FakeAppsScript } from '../../src/preview/fake';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import { examplePlan, planWithStages } from '../support/plans';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Workbook {
  readonly fake: FakeAppsScript;
  readonly runtime: AppsScriptRuntime;
  readonly sheet: (name: string) => Sheet;
}

/** A spreadsheet with one goal calculator built from `plan`, as the sidebar leaves it. */
function withGoalCalculator(plan: Plan = examplePlan): Workbook & { name: string } {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  const name = String(runtime.call('buildGoalCalculator', plan));
  runtime.call('saveLastPlan', plan);
  const sheet = (sheetName: string) => {
    const found = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
    if (!found) throw new Error(`no sheet ${sheetName}`);
    return found;
  };
  return { fake, runtime, sheet, name };
}

function update(workbook: Workbook, plan: unknown, sheetName: string) {
  workbook.fake.log.reset();
  return workbook.runtime.call('updateGoalCalculator', { plan, sheetName });
}

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

/** What the person put beside the block: a note far right, a total under it, their own rule. */
function addOwnContent(sheet: Sheet): void {
  sheet.getRange('Z1:Z2').setValues([['My notes'], ['=B5*2']]);
  sheet.getRange('A200').setValue('Board meeting: March');
}

function sheetNames(fake: FakeAppsScript): string[] {
  return fake.SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((sheet) => sheet.getName());
}

describe('the sidebar opens on the goal calculator the spreadsheet has', () => {
  it('names the sheet and reads the inputs as they are on it now, not the stored copy', () => {
    const workbook = withGoalCalculator();
    const sheet = workbook.sheet(workbook.name);
    const cells = goalCalculatorCells(examplePlan);
    sheet.getRange(cells.inputs.revenueTarget).setValue(3000000);
    sheet.getRange(cells.stages[1].name).setValue('Sign-ups');
    sheet.getRange(cells.stages[0].conversionToNext ?? '').setValue(0.05);
    sheet.getRange(cells.inputs.costPerLead).setValue('');

    const start = workbook.runtime.call('getSidebarStart') as {
      lastPlan: Plan;
      goalSheet: unknown;
      spreadsheetCurrency: string;
    };
    const { costPerLead: _dropped, ...withoutCost } = examplePlan;
    expect(start.lastPlan).toEqual({
      ...withoutCost,
      revenueTarget: 3000000,
      stages: [
        { name: 'Visitors', conversionToNext: 0.05 },
        { name: 'Sign-ups', conversionToNext: 0.3 },
        ...examplePlan.stages.slice(2),
      ],
    });
    expect(start.goalSheet).toEqual({ name: 'Goal Calculator', updatable: true, problems: [] });
    expect(start.spreadsheetCurrency).toBe('USD');
  });

  it('names each cell that holds no valid value (field, cell, value) and falls back to the stored plan', () => {
    const workbook = withGoalCalculator();
    const sheet = workbook.sheet(workbook.name);
    const cells = goalCalculatorCells(examplePlan);
    sheet.getRange(cells.inputs.revenueTarget).setValue(-5);
    sheet.getRange(cells.stages[2].conversionToNext ?? '').setValue(30);

    const start = workbook.runtime.call('getSidebarStart') as {
      lastPlan: Plan;
      goalSheet: { problems: { field: string; a1: string; value: unknown; message: string }[] };
    };
    expect(start.lastPlan).toEqual(examplePlan);
    expect(start.goalSheet.problems).toEqual([
      {
        field: 'revenueTarget',
        a1: cells.inputs.revenueTarget,
        value: -5,
        message: 'revenueTarget is -5; enter an amount greater than 0 and at most 1000000000000',
      },
      {
        field: 'stages.2.conversionToNext',
        a1: cells.stages[2].conversionToNext,
        value: 30,
        message:
          'stages.2.conversionToNext is 30; enter a fraction greater than 0 and at most 1: for 30% enter 0.3',
      },
    ]);
  });

  it('lists every goal calculator, opens on the active one, and opens another on request', () => {
    const workbook = withGoalCalculator();
    workbook.runtime.call('buildGoalCalculator', { ...examplePlan, revenueTarget: 5000000 });
    expect(sheetNames(workbook.fake)).toEqual(['Sheet1', 'Goal Calculator', 'Goal Calculator (2)']);
    const start = () =>
      workbook.runtime.call('getSidebarStart') as {
        lastPlan: Plan;
        goalSheet: { name: string };
      };
    // The second one is active (the writer activates what it built).
    expect(start().goalSheet.name).toBe('Goal Calculator (2)');
    expect(start().lastPlan.revenueTarget).toBe(5000000);
    workbook.sheet('Goal Calculator').activate();
    expect(start().goalSheet.name).toBe('Goal Calculator');
    expect(start().lastPlan.revenueTarget).toBe(1200000);
    expect(
      (workbook.runtime.call('getSidebarStart') as { goalSheetNames: string[] }).goalSheetNames,
    ).toEqual(['Goal Calculator', 'Goal Calculator (2)']);
    const opened = workbook.runtime.call('openGoalCalculator', 'Goal Calculator (2)') as {
      plan: Plan;
      goalSheet: unknown;
    };
    expect(opened.plan.revenueTarget).toBe(5000000);
    expect(opened.goalSheet).toEqual({
      name: 'Goal Calculator (2)',
      updatable: true,
      problems: [],
    });
    expect(failure(() => workbook.runtime.call('openGoalCalculator', 'Sheet1'))).toBe(
      'There is no goal calculator called “Sheet1” any more (renamed or deleted?).',
    );
  });

  it('offers no update of a named sheet whose layout it cannot know (no tag, no saved plan)', () => {
    const fake = createFakeAppsScript({ sheetNames: ['Sheet1', 'Goal Calculator'] });
    const runtime = loadBundle(fake.globals);
    expect(runtime.call('getSidebarStart')).toMatchObject({
      lastPlan: null,
      goalSheet: { name: 'Goal Calculator', updatable: false, problems: [] },
      goalSheetNames: ['Goal Calculator'],
    });
    const message = failure(() =>
      runtime.call('updateGoalCalculator', { plan: examplePlan, sheetName: 'Goal Calculator' }),
    );
    expect(message).toBe(
      'FunnelMath cannot tell how “Goal Calculator” is laid out (no plan is saved with it); nothing was changed. Build a new sheet instead.',
    );
  });

  it('opens on nothing when the spreadsheet has no goal calculator', () => {
    const fake = createFakeAppsScript({ locale: 'de_DE' });
    const runtime = loadBundle(fake.globals);
    expect(runtime.call('getSidebarStart')).toEqual({
      spreadsheetLanguage: 'en',
      spreadsheetLocale: 'de_DE',
      spreadsheetCurrency: 'EUR',
      lastPlan: null,
      goalSheet: null,
      goalSheetNames: [],
    });
  });
});

describe('updating the goal calculator in place', () => {
  it('writes only the input cells when the shape stays: every figure follows, nothing else moves', () => {
    const workbook = withGoalCalculator();
    const sheet = workbook.sheet(workbook.name);
    addOwnContent(sheet);
    const cells = goalCalculatorCells(examplePlan);
    // The person's own choice of sensitivity step is not part of the plan: it stays.
    sheet.getRange(cells.inputs.sensitivityStep).setValue(0.2);
    const formulasBefore = sheet.getRange('A1:Z60').getFormulas();
    const next: Plan = {
      ...examplePlan,
      revenueTarget: 2400000,
      stages: examplePlan.stages.map((stage, index) =>
        index === 1 ? { ...stage, name: 'Sign-ups', conversionToNext: 0.25 } : stage,
      ),
    };

    expect(update(workbook, next, 'Goal Calculator')).toEqual({
      sheetName: 'Goal Calculator',
      kind: 'inputs',
    });
    expect(sheetNames(workbook.fake)).toEqual(['Sheet1', 'Goal Calculator']);
    const counts = workbook.fake.log.countsByName();
    const layout = goalCalculatorLayout(next);
    const written = layout.inputs.filter((input) => input.key !== 'sensitivityStep').length;
    // One setValues per column run of inputs, far fewer than one per input.
    expect(counts['Range.setValues']).toBeLessThanOrEqual(written / 3);
    expect(counts['Range.setNumberFormats']).toBeUndefined();
    expect(sheet.getRange('A1:Z60').getFormulas()).toEqual(formulasBefore);
    expect(sheet.getRange('Z1:Z2').getValues()).toEqual([['My notes'], [4800000]]);
    expect(sheet.getRange('A200').getValue()).toBe('Board meeting: March');
    expect(sheet.getRange(cells.inputs.sensitivityStep).getValue()).toBe(0.2);
    const read = (a1: string) => sheet.getRange(a1).getValue();
    expect(comparable(readGoalCalculator(next, read)).stages).toEqual(
      comparable(planFunnel(next)).stages,
    );
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('uses fewer service calls than building a new sheet, the same for 3 and for 10 stages', () => {
    const updateCalls = [3, 10].map((stages) => {
      const plan = planWithStages(stages);
      const workbook = withGoalCalculator(plan);
      const fresh = createFakeAppsScript();
      loadBundle(fresh.globals).call('buildGoalCalculator', plan);
      update(workbook, { ...plan, revenueTarget: 999000 }, workbook.name);
      expect(workbook.fake.log.documentCalls).toBeLessThan(fresh.log.documentCalls);
      return workbook.fake.log.countsByName();
    });
    expect(updateCalls[1]).toEqual(updateCalls[0]);
  });

  it('tells the sidebar next time the sheet holds the updated plan', () => {
    const workbook = withGoalCalculator();
    const next = { ...examplePlan, averageDealSize: 40000 };
    update(workbook, next, 'Goal Calculator');
    const start = workbook.runtime.call('getSidebarStart') as { lastPlan: Plan };
    expect(start.lastPlan).toEqual(next);
  });

  it.each([
    ['fewer stages', planWithStages(3)],
    ['more stages and months', planWithStages(8, { period: 'year' })],
    ['another period', { ...examplePlan, period: 'quarter' as const }],
    ['another language', { ...examplePlan, language: 'zh-TW' as const }],
  ])(
    'rewrites only its own block for %s: figures right, leftovers cleared, the person’s cells kept',
    (_, next: Plan) => {
      const workbook = withGoalCalculator();
      const sheet = workbook.sheet(workbook.name);
      addOwnContent(sheet);
      const before = goalCalculatorLayout(examplePlan);
      const after = goalCalculatorLayout(next);

      expect(update(workbook, next, 'Goal Calculator')).toEqual({
        sheetName: 'Goal Calculator',
        kind: 'block',
      });
      expect(sheetNames(workbook.fake)).toEqual(['Sheet1', 'Goal Calculator']);
      const read = (a1: string) => sheet.getRange(a1).getValue();
      expect(comparable(readGoalCalculator(next, read))).toEqual(comparable(planFunnel(next)));
      // The old block's cells the new one does not cover are empty, notes and colours gone.
      const oldBlock = sheet.getRange(1, 1, before.cells.length, before.cells[0].length);
      const notes = oldBlock.getNotes();
      const backgrounds = oldBlock.getBackgrounds();
      oldBlock.getValues().forEach((row, rowIndex) => {
        row.forEach((value, column) => {
          const covered = rowIndex < after.cells.length && column < after.cells[0].length;
          if (covered) return;
          const left = [value, notes[rowIndex][column], backgrounds[rowIndex][column]];
          expect([rowIndex, column, ...left]).toEqual([rowIndex, column, '', '', '#ffffff']);
        });
      });
      expect(sheet.getRange('Z1').getValue()).toBe('My notes');
      expect(sheet.getRange('A200').getValue()).toBe('Board meeting: March');
      expect(sheet.getCharts()).toHaveLength(1);
      expect(sheet.getConditionalFormatRules()).toHaveLength(after.conditionalRules.length);
    },
  );

  it('keeps a chart the person made themselves when it rewrites the block', () => {
    const workbook = withGoalCalculator();
    const sheet = workbook.sheet(workbook.name);
    const own = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('Z1:Z2'))
      .setPosition(30, 20, 0, 0)
      .build();
    sheet.insertChart(own);
    update(workbook, planWithStages(3), 'Goal Calculator');
    const ranges = sheet.getCharts().map((chart) => chart.getRanges()[0].getA1Notation());
    expect(ranges).toEqual(['Z1:Z2', goalCalculatorCells(planWithStages(3)).stageNames]);
  });

  it('replaces its own chart even when a writer gave it other ranges: found by anchor and title', () => {
    const workbook = withGoalCalculator();
    const sheet = workbook.sheet(workbook.name);
    const [ours] = sheet.getCharts();
    sheet.removeChart(ours);
    const spec = goalCalculatorLayout(examplePlan).charts[0];
    const anchor = parseCell(spec.anchor);
    const other = sheet
      .newChart()
      .asBarChart()
      .addRange(sheet.getRange(`${spec.labels.split(':')[0]}:${spec.series[0].split(':')[1]}`))
      .setPosition(anchor.row + 1, anchor.column + 1, 0, 0)
      .setOption('title', spec.title)
      .build();
    sheet.insertChart(other);
    update(workbook, planWithStages(3), 'Goal Calculator');
    expect(
      sheet.getCharts().map((chart) => chart.getRanges().map((r) => r.getA1Notation())),
    ).toEqual([
      [
        goalCalculatorCells(planWithStages(3)).stageNames,
        goalCalculatorCells(planWithStages(3)).needed,
      ],
    ]);
  });

  it('refuses, changing nothing, when a bigger plan would cover the person’s own cells', () => {
    const workbook = withGoalCalculator();
    const sheet = workbook.sheet(workbook.name);
    const before = goalCalculatorLayout(examplePlan);
    const after = goalCalculatorLayout(planWithStages(10));
    // A cell inside the 10-stage block but outside the 5-stage one.
    const row = before.cells.length + 1;
    expect(row).toBeLessThanOrEqual(after.cells.length);
    sheet.getRange(row, 1).setValue('Q3 campaign list');
    const snapshot = sheet.getRange('A1:Z80').getFormulas();

    const message = failure(() => update(workbook, planWithStages(10), 'Goal Calculator'));
    expect(message).toMatch(
      new RegExp(`A${row} holds your own content. Nothing was changed; move those cells`),
    );
    expect(sheet.getRange('A1:Z80').getFormulas()).toEqual(snapshot);
    expect(sheet.getRange(row, 1).getValue()).toBe('Q3 campaign list');
  });

  it('refuses, changing nothing, when the block is no longer where it was written', () => {
    const workbook = withGoalCalculator();
    const sheet = workbook.sheet(workbook.name);
    // As after inserting a row above the inputs: the labels are one row lower.
    sheet.getRange('A5').setValue('Notes from the board');
    const message = failure(() =>
      update(workbook, { ...examplePlan, revenueTarget: 2 }, 'Goal Calculator'),
    );
    expect(message).toBe(
      '“Goal Calculator” no longer has its plan where FunnelMath wrote it: A5 shows “Notes from the board” instead of “Revenue target”. Nothing was changed; build a new sheet instead.',
    );
    expect(sheet.getRange(goalCalculatorCells(examplePlan).inputs.revenueTarget).getValue()).toBe(
      1200000,
    );
    const start = workbook.runtime.call('getSidebarStart') as {
      goalSheet: { updatable: boolean; problems: { a1: string }[] };
    };
    expect(start.goalSheet.updatable).toBe(false);
    expect(start.goalSheet.problems.map((problem) => problem.a1)).toEqual(['A5']);
  });

  it('finds a sheet built before tags by its name and the stored plan, and tags it', () => {
    const workbook = withGoalCalculator();
    const sheet = workbook.sheet(workbook.name);
    for (const tag of sheet.getDeveloperMetadata()) tag.remove();
    expect((workbook.runtime.call('getSidebarStart') as { goalSheet: unknown }).goalSheet).toEqual({
      name: 'Goal Calculator',
      updatable: true,
      problems: [],
    });
    update(workbook, { ...examplePlan, revenueTarget: 2000000 }, 'Goal Calculator');
    expect(sheet.getDeveloperMetadata().map((tag) => tag.getKey())).toEqual([
      'funnelmath.goalCalculator',
    ]);
  });

  it('refuses a sheet that is not a goal calculator and a bad plan, writing nothing', () => {
    const workbook = withGoalCalculator();
    expect(failure(() => update(workbook, examplePlan, 'Sheet1'))).toBe(
      'There is no goal calculator called “Sheet1” any more (renamed or deleted?); build a new one instead.',
    );
    expect(
      failure(() => update(workbook, { ...examplePlan, revenueTarget: -1 }, 'Goal Calculator')),
    ).toMatch(/^The plan has 1 problem:\n- revenueTarget is -1/);
    expect(workbook.fake.log.calls.filter((call) => call.name.startsWith('Range.set'))).toEqual([]);
    expect(failure(() => workbook.runtime.call('updateGoalCalculator', examplePlan))).toMatch(
      /^The plan has/,
    );
  });
});
