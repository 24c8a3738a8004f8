/**
 * The scenarios of a goal-calculator sheet read back and written in place, as Apps Script
 * runs it: the built dist/server.js in a node:vm over the fake services. What a person
 * typed in a scenario's override cells is the plan the sidebar opens on, and an update of
 * the base never drops a scenario.
 */

import { planScenarios } from '../../src/funnel/scenarios';
import type { Plan } from '../../src/funnel/types';
import { isPlanInput } from '../../src/gas/goalInputs';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { type AppsScriptRuntime, loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript, type FakeAppsScript } from '../../src/preview/fake';
import { scenarioExamplePlan } from '../support/scenarioPlans';
import { readScenarios } from '../support/scenarioReader';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface SidebarStart {
  readonly lastPlan: Plan;
  readonly goalSheet: {
    readonly updatable: boolean;
    readonly problems: { field: string; a1: string; value: unknown; message: string }[];
  };
}

function withGoalCalculator(plan: Plan) {
  const fake: FakeAppsScript = createFakeAppsScript();
  const runtime: AppsScriptRuntime = loadBundle(fake.globals);
  const name = String(runtime.call('buildGoalCalculator', plan));
  runtime.call('saveLastPlan', plan);
  const found = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!found) throw new Error(`no sheet ${name}`);
  const sheet: Sheet = found;
  const start = () => runtime.call('getSidebarStart') as SidebarStart;
  return { fake, runtime, name, sheet, start };
}

function scenarioCells(plan: Plan, index: number) {
  const overrides = goalCalculatorCells(plan).scenarios?.scenarios[index];
  if (!overrides?.overrides || !overrides.name) throw new Error('expected a scenario column');
  return { name: overrides.name, ...overrides.overrides };
}

describe('reading a goal sheet back: its scenarios', () => {
  it('reads a scenario field or rate cell into the plan, nothing else under "scenarios"', () => {
    const keys = [
      'scenarios.0.name',
      'scenarios.2.costPerLead',
      'scenarios.1.conversionRates.3',
      'scenarios',
      'scenarios.0',
      'scenarios.0.conversionRates',
      'scenarios.0.marketingBudget',
      'scenarios.x.name',
      'scenarios.0.name.1',
    ];
    expect(keys.map(isPlanInput)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads every override cell into plan.scenarios; a blank one leaves the field out', () => {
    const plan = scenarioExamplePlan;
    const { sheet, start } = withGoalCalculator(plan);
    const conservative = scenarioCells(plan, 0);
    const stretch = scenarioCells(plan, 1);
    sheet.getRange(stretch.revenueTarget).setValue('');
    sheet.getRange(stretch.name).setValue('Upside 2027');
    sheet.getRange(conservative.costPerLead).setValue(90);
    expect(start().lastPlan.scenarios).toEqual([
      {
        name: 'Conservative',
        conversionRates: [0.015, 0.25, 0.35, 0.2],
        averageDealSize: 22000,
        costPerLead: 90,
      },
      { name: 'Upside 2027', costPerLead: 100 },
    ]);
  });

  it('reads rates with every cell blank as none, and a blank among given ones as null', () => {
    const plan = scenarioExamplePlan;
    const { sheet, start } = withGoalCalculator(plan);
    const conservative = scenarioCells(plan, 0);
    const stretch = scenarioCells(plan, 1);
    for (const cell of conservative.conversionRates) sheet.getRange(cell).setValue('');
    sheet.getRange(stretch.conversionRates[2]).setValue(0.5);
    const [first, second] = start().lastPlan.scenarios ?? [];
    expect(first).toEqual({ name: 'Conservative', averageDealSize: 22000 });
    // The other stages of "Stretch" keep following the base rates.
    expect(second.conversionRates).toEqual([null, null, 0.5, null]);
  });

  it('names a bad override cell (field, cell, value) and opens on the stored plan', () => {
    const plan = scenarioExamplePlan;
    const { sheet, start } = withGoalCalculator(plan);
    const stretch = scenarioCells(plan, 1);
    sheet.getRange(stretch.conversionRates[1]).setValue(30);
    const opened = start();
    expect(opened.lastPlan).toEqual(plan);
    expect(opened.goalSheet.problems).toEqual([
      {
        field: 'scenarios.1.conversionRates.1',
        a1: stretch.conversionRates[1],
        value: 30,
        message:
          'scenarios.1.conversionRates.1 is 30; enter a fraction greater than 0 and at most 1: for 30% enter 0.3',
      },
    ]);
  });
});

describe('updating a goal sheet with scenarios in place', () => {
  it('keeps every scenario through an update of the base, and moves those that follow it', () => {
    const plan = scenarioExamplePlan;
    const { runtime, name, sheet, start } = withGoalCalculator(plan);
    const next: Plan = { ...start().lastPlan, revenueTarget: 2400000 };
    const result = runtime.call('updateGoalCalculator', { plan: next, sheetName: name });
    expect(result).toEqual({ sheetName: name, kind: 'inputs' });
    expect(start().lastPlan).toEqual(next);
    const read = (address: string) => sheet.getRange(address).getValue();
    const comparison = planScenarios(next);
    const shown = readScenarios(next, read);
    expect(shown.map((column) => column.needed)).toEqual(
      [comparison?.base, ...(comparison?.scenarios ?? [])].map((figures) => figures?.needed),
    );
    // "Stretch" keeps its own target; "Conservative" follows the new base.
    expect(shown.map((column) => column.revenueTarget)).toEqual([2400000, 2400000, 1500000]);
  });

  it('keeps a null rate null through updates of the base, so it follows each new base rate', () => {
    const plan: Plan = {
      ...scenarioExamplePlan,
      scenarios: [{ name: 'Better MQLs', conversionRates: [null, null, 0.5, null] }],
    };
    const { runtime, name, sheet, start } = withGoalCalculator(plan);
    const read = (address: string) => sheet.getRange(address).getValue();
    const rates = scenarioCells(plan, 0).conversionRates;
    expect(rates.map(read)).toEqual(['', '', 0.5, '']);
    expect(start().lastPlan).toEqual(plan);
    for (const rate of [0.35, 0.4]) {
      const opened = start().lastPlan;
      const next: Plan = {
        ...opened,
        stages: opened.stages.map((stage, index) =>
          index === 1 ? { ...stage, conversionToNext: rate } : stage,
        ),
      };
      runtime.call('updateGoalCalculator', { plan: next, sheetName: name });
      expect(start().lastPlan).toEqual(next);
      expect(start().lastPlan.scenarios?.[0].conversionRates).toEqual([null, null, 0.5, null]);
      expect(rates.map(read)).toEqual(['', '', 0.5, '']);
      const comparison = planScenarios(next);
      expect(readScenarios(next, read).map((column) => column.needed)).toEqual(
        [comparison?.base, ...(comparison?.scenarios ?? [])].map((figures) => figures?.needed),
      );
      expect(
        read(goalCalculatorCells(next).scenarios?.scenarios[0].inUse.conversionRates[1] ?? ''),
      ).toBe(rate);
    }
  });

  it('writes the scenarios in one call however many there are', () => {
    const callsFor = (plan: Plan) => {
      const { fake, runtime, name } = withGoalCalculator(plan);
      fake.log.reset();
      runtime.call('updateGoalCalculator', {
        plan: { ...plan, revenueTarget: 2400000 },
        sheetName: name,
      });
      return fake.log.countsByName();
    };
    const one = callsFor({ ...scenarioExamplePlan, scenarios: [{ name: 'A', costPerLead: 90 }] });
    const three = callsFor({
      ...scenarioExamplePlan,
      scenarios: [
        { name: 'A', costPerLead: 90 },
        { name: 'B', revenueTarget: 900000 },
        { name: 'C', averageDealSize: 30000 },
      ],
    });
    expect(three).toEqual(one);
    const { scenarios: _none, ...without } = scenarioExamplePlan;
    expect(one['Range.setValues']).toBe((callsFor(without)['Range.setValues'] ?? 0) + 1);
  });
});
