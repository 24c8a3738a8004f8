/**
 * The goal calculator with channels as Apps Script runs it: the built dist/server.js in a
 * node:vm with only the fake services.
 */
import { planFunnel } from '../../src/funnel/planner';
import type { Channel, Plan } from '../../src/funnel/types';
import { parseRange, rangeA1 } from '../../src/layout/a1';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript } from '../../src/preview/fake';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import { channelPlan, examplePlan } from '../support/plans';

function build(plan: Plan) {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  fake.log.reset();
  const name = String(runtime.call('buildGoalCalculator', plan));
  // Counted before this test's own reads of the sheet.
  const calls = { total: fake.log.documentCalls, byName: fake.log.countsByName() };
  const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return { calls, sheet, read: (a1: string) => sheet.getRange(a1).getValue() };
}

/** `count` channels in equal shares (eighths and halves add up to exactly 1). */
function planWithChannels(count: number): Plan {
  const channels: Channel[] = Array.from({ length: count }, (_, index) => ({
    name: `Channel ${index + 1}`,
    share: 1 / count,
    costPerLead: 50 + 10 * index,
    ...(index % 2 === 0 ? { conversionToNext: 0.2 + index / 100 } : {}),
  }));
  return { ...examplePlan, channels, marketingBudget: 150000 };
}

describe('buildGoalCalculator with channels, from the built bundle', () => {
  it('writes the Channels block, live, with the same figures as the planner', () => {
    const { read } = build(channelPlan);
    expect(comparable(readGoalCalculator(channelPlan, read))).toEqual(
      comparable(planFunnel(channelPlan)),
    );
  });

  it('draws "Budget and customers by channel" from the channel names, budgets and customers', () => {
    const { sheet } = build(channelPlan);
    const cells = goalCalculatorCells(channelPlan).channels;
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(2);
    expect(charts[1].getOptions().get('title')).toBe('Budget and customers by channel');
    // From the header row, which names the series.
    expect(charts[1].getRanges().map((range) => range.getA1Notation())).toEqual(
      [cells?.columns.name, cells?.columns.budget, cells?.columns.expectedCustomers].map((range) =>
        fromHeader(range ?? ''),
      ),
    );
  });

  it('makes the same document calls for 1 channel as for 8, at most 20: one chart more', () => {
    const documentCalls = (plan: Plan) => build(plan).calls;
    const none = documentCalls({ ...examplePlan, marketingBudget: 150000 });
    const one = documentCalls(planWithChannels(1));
    const eight = documentCalls(planWithChannels(8));
    expect(eight.total).toBe(one.total);
    expect(eight.total).toBeLessThanOrEqual(20);
    expect(one.total).toBe(none.total + 1);
    expect(one.byName['Sheet.insertChart']).toBe(2);
    expect(none.byName['Sheet.insertChart']).toBe(1);
  });
});

/** A column range of the channel rows, from the header row above them (the chart's ranges). */
function fromHeader(range: string): string {
  const { start, end } = parseRange(range);
  return rangeA1(start.row - 1, start.column, end.row, end.column);
}
