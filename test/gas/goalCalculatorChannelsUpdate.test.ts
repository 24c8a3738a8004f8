/**
 * A goal calculator with channels read back and updated in place, as Apps Script runs it
 * (the built bundle over the fake services): the channel inputs are plan fields, so an
 * update never drops or blanks them, and the sidebar opens on what the cells hold now.
 */
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { isPlanInput, planFromInputs } from '../../src/gas/goalInputs';
import { a1 } from '../../src/layout/a1';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript } from '../../src/preview/fake';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import { channelPlan } from '../support/plans';

const plan: Plan = { ...channelPlan, marketingBudget: 150000 };

function withGoalCalculator(built: Plan = plan) {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  const name = String(runtime.call('buildGoalCalculator', built));
  runtime.call('saveLastPlan', built);
  const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return { fake, runtime, name, sheet };
}

function channelCells(of: Plan) {
  const cells = goalCalculatorCells(of).channels;
  if (!cells) throw new Error('no Channels block');
  return cells;
}

describe('channel inputs as plan fields', () => {
  it('are plan inputs, and read back into plan.channels from the cells', () => {
    expect(isPlanInput('channels.0.share')).toBe(true);
    expect(isPlanInput('channels.2.conversionToNext')).toBe(true);
    expect(isPlanInput('channels')).toBe(false);
    const layout = goalCalculatorLayout(plan);
    const cells = channelCells(plan);
    const edits = new Map<string, unknown>([
      [cells.channels[0].name, 'Search ads'],
      [cells.channels[0].share, 0.4],
      [cells.channels[2].share, 0.3],
      [cells.channels[1].costPerLead, 95],
      // Emptied: the channel then converts at the lead stage's rate.
      [cells.channels[2].ownConversion, ''],
      [cells.channels[1].ownConversion, 0.35],
    ]);
    const reading = planFromInputs(plan, layout, (row, column) => {
      const cell = layout.cells[row][column];
      const address = a1(row, column);
      if (edits.has(address)) return edits.get(address);
      return cell && 'value' in cell ? cell.value : '';
    });
    expect(reading).toEqual({
      ok: true,
      plan: {
        ...plan,
        channels: [
          { name: 'Search ads', share: 0.4, costPerLead: 140, conversionToNext: 0.25 },
          { name: 'Webinars', share: 0.3, costPerLead: 95, conversionToNext: 0.35 },
          { name: 'Partners', share: 0.3, costPerLead: 60 },
        ],
      },
    });
  });

  it('name the channel cell and its value when the shares on the sheet no longer add up', () => {
    const layout = goalCalculatorLayout(plan);
    const cells = channelCells(plan);
    const reading = planFromInputs(plan, layout, (row, column) => {
      if (a1(row, column) === cells.channels[0].share) return 0.6;
      if (a1(row, column) === cells.channels[1].costPerLead) return -3;
      const cell = layout.cells[row][column];
      return cell && 'value' in cell ? cell.value : '';
    });
    expect(reading).toEqual({
      ok: false,
      problems: [
        {
          field: 'channels.1.costPerLead',
          a1: cells.channels[1].costPerLead,
          value: -3,
          message:
            'channels.1.costPerLead is -3; enter an amount of 0 or more, at most 1000000000000',
        },
        // Not one cell's problem: no address, the shares named in the message.
        {
          field: 'channels',
          a1: '',
          value: [0.6, 0.3, 0.2],
          message:
            'channels have shares [0.6,0.3,0.2], which sum to 1.1; the shares must sum to 1: they are 0.1 over',
        },
      ],
    });
  });
});

describe('a goal calculator with channels, from the built bundle', () => {
  it('opens the sidebar on the channels as the cells hold them now', () => {
    const { runtime, sheet } = withGoalCalculator();
    const cells = channelCells(plan);
    sheet.getRange(cells.channels[0].share).setValue(0.45);
    sheet.getRange(cells.channels[1].share).setValue(0.35);
    sheet.getRange(cells.channels[2].name).setValue('Resellers');
    const start = runtime.call('getSidebarStart') as { lastPlan: Plan };
    expect(start.lastPlan.channels).toEqual([
      { name: 'Paid search', share: 0.45, costPerLead: 140, conversionToNext: 0.25 },
      { name: 'Webinars', share: 0.35, costPerLead: 90 },
      { name: 'Resellers', share: 0.2, costPerLead: 60, conversionToNext: 0.45 },
    ]);
  });

  it('writes new channel inputs in place and keeps them, every figure following', () => {
    const { fake, runtime, name, sheet } = withGoalCalculator();
    const next: Plan = {
      ...plan,
      revenueTarget: 1500000,
      channels: [
        { name: 'Paid search', share: 0.25, costPerLead: 150, conversionToNext: 0.2 },
        { name: 'Webinars', share: 0.25, costPerLead: 80, conversionToNext: 0.4 },
        { name: '=1+1', share: 0.5, costPerLead: 60 },
      ],
    };
    fake.log.reset();
    expect(runtime.call('updateGoalCalculator', { plan: next, sheetName: name })).toEqual({
      sheetName: name,
      kind: 'inputs',
    });
    const read = (a1: string) => sheet.getRange(a1).getValue();
    expect(comparable(readGoalCalculator(next, read))).toEqual(comparable(planFunnel(next)));
    const cells = channelCells(next);
    // User text stays text, never a formula.
    expect(sheet.getRange(cells.channels[2].name).getFormula()).toBe('');
    expect(read(cells.channels[2].name)).toBe('=1+1');
    // Read back, the sheet gives the updated plan, channels included.
    const start = runtime.call('getSidebarStart') as { lastPlan: Plan };
    expect(start.lastPlan).toEqual(next);
  });

  it('updates the channel table in one setValues: fewer calls than a new sheet, same for 1 and 8', () => {
    const updateCalls = [1, 8].map((count) => {
      const channels = Array.from({ length: count }, (_, index) => ({
        name: `Channel ${index + 1}`,
        share: 1 / count,
        costPerLead: 40 + index,
      }));
      const built: Plan = { ...plan, channels };
      const { fake, runtime, name } = withGoalCalculator(built);
      const fresh = createFakeAppsScript();
      loadBundle(fresh.globals).call('buildGoalCalculator', built);
      fake.log.reset();
      const next = {
        ...built,
        channels: channels.map((channel) => ({ ...channel, costPerLead: channel.costPerLead * 2 })),
      };
      runtime.call('updateGoalCalculator', { plan: next, sheetName: name });
      expect(fake.log.documentCalls).toBeLessThan(fresh.log.documentCalls);
      return fake.log.countsByName();
    });
    expect(updateCalls[1]).toEqual(updateCalls[0]);
  });

  it('rewrites the block when the number of channels changes, channels and chart included', () => {
    const { runtime, name, sheet } = withGoalCalculator();
    const next: Plan = {
      ...plan,
      channels: [
        { name: 'Inbound', share: 0.6, costPerLead: 40 },
        { name: 'Outbound', share: 0.4, costPerLead: 200, conversionToNext: 0.1 },
      ],
    };
    expect(runtime.call('updateGoalCalculator', { plan: next, sheetName: name })).toEqual({
      sheetName: name,
      kind: 'block',
    });
    const read = (a1: string) => sheet.getRange(a1).getValue();
    expect(comparable(readGoalCalculator(next, read))).toEqual(comparable(planFunnel(next)));
    expect(sheet.getCharts()).toHaveLength(2);
    const start = runtime.call('getSidebarStart') as { lastPlan: Plan };
    expect(start.lastPlan.channels).toEqual(next.channels);
  });
});
