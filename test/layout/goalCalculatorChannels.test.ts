import fc from 'fast-check';
import { leadStageIndexOf } from '../../src/funnel/period';
import { monthsBeforeClose, planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { a1, parseCell, parseRange, rangeA1 } from '../../src/layout/a1';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { channelLabels } from '../../src/layout/i18n/channels';
import { goalCalculatorLabels } from '../../src/layout/i18n/goalCalculator';
import { type EvaluatedLayout, evaluateLayout, rawContent } from '../support/evaluateLayout';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import { arbitraryChannelPlan, channelPlan, examplePlan } from '../support/plans';

/** The example plan through the example channels, with 150,000 to spend. */
const budgetChannelPlan: Plan = { ...channelPlan, marketingBudget: 150000 };

function evaluatedPlan(plan: Plan) {
  const sheet = evaluateLayout(goalCalculatorLayout(plan));
  return { sheet, result: readGoalCalculator(plan, (address) => sheet.value(address)) };
}

function channelCells(plan: Plan) {
  const cells = goalCalculatorCells(plan).channels;
  if (!cells) throw new Error('a plan with channels has a Channels block');
  return cells;
}

/** Every cell's value, by address: to see which figures an edit moves. */
function snapshot(sheet: EvaluatedLayout, plan: Plan): Map<string, unknown> {
  const layout = goalCalculatorLayout(plan);
  const values = new Map<string, unknown>();
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((_, column) => {
      const address = a1(rowIndex, column);
      values.set(address, sheet.value(address));
    });
  });
  return values;
}

function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  return [...before.keys()].filter((address) => before.get(address) !== after.get(address));
}

/**
 * Sheets evaluated once per shape (stages, lead stage, channels), then re-filled with each
 * random plan's inputs, as a person would type them: evaluating a fresh sheet per plan is
 * too slow for hundreds of plans.
 */
const sheetsByShape = new Map<string, { laidOutFor: Plan; sheet: EvaluatedLayout }>();

function sheetShowing(plan: Plan) {
  // The reader reads hints and marks in the plan's language: one sheet per language too.
  const shape = `${plan.stages.length}|${leadStageIndexOf(plan)}|${plan.channels?.length}|${plan.period}|${plan.language}|${monthsBeforeClose(plan)[0]}`;
  let entry = sheetsByShape.get(shape);
  if (!entry) {
    entry = { laidOutFor: plan, sheet: evaluateLayout(goalCalculatorLayout(plan)) };
    sheetsByShape.set(shape, entry);
  }
  const { sheet } = entry;
  const layout = goalCalculatorLayout(plan);
  sheet.engine.batch(() => {
    for (const input of layout.inputs) {
      const { row, column } = parseCell(input.a1);
      sheet.set(input.a1, rawContent(layout.cells[row][column]) as number | string | null);
    }
  });
  return entry;
}

describe('the Channels block, evaluated in HyperFormula', () => {
  it('shows the example channels as the planner computes them', () => {
    const { sheet, result } = evaluatedPlan(channelPlan);
    const cells = channelCells(channelPlan);
    expect(comparable(result)).toEqual(comparable(planFunnel(channelPlan)));
    expect(sheet.values(cells.columns.leads).flat()).toEqual([787, 473, 315]);
    expect(sheet.values(cells.columns.budget).flat()).toEqual([110180, 42570, 18900]);
    expect(sheet.values(cells.columns.costPerCustomer).flat()).toEqual([5600, 3000, 1333.33]);
    expect(sheet.values(cells.columns.rank).flat()).toEqual([3, 2, 1]);
    expect(sheet.value(cells.totals.budget)).toBe(171650);
    expect(sheet.value(cells.effectiveRate)).toBeCloseTo(0.305, 15);
    expect(sheet.value(cells.averageCostPerLead)).toBe(109);
    const main = goalCalculatorCells(channelPlan);
    // The funnel's lead stage at the weighted rate; the budget is the channels' total.
    expect(sheet.value(main.stages[1].needed)).toBe(1574);
    expect(sheet.value(main.money.marketingBudget)).toBe(171650);
    // Without a budget the leads it buys ask for one.
    expect(sheet.value(cells.channels[0].leadsBought)).toBe('enter a marketing budget');
  });

  it('buys leads in the shares with a budget, as the planner does', () => {
    const { sheet, result } = evaluatedPlan(budgetChannelPlan);
    const cells = channelCells(budgetChannelPlan);
    expect(comparable(result)).toEqual(comparable(planFunnel(budgetChannelPlan)));
    expect(sheet.values(cells.columns.leadsBought).flat()).toEqual([688, 412, 275]);
    const budget = goalCalculatorCells(budgetChannelPlan).budget;
    expect(budget.stages.map((stage) => sheet.value(stage.bought))).toEqual([1375, 419, 167, 41]);
  });

  it('equals the pure planner for random plans with channels, with and without a budget', () => {
    fc.assert(
      fc.property(arbitraryChannelPlan, (plan) => {
        const { sheet, laidOutFor } = sheetShowing(plan);
        const result = readGoalCalculator(plan, (address) => sheet.value(address), laidOutFor);
        expect(comparable(result)).toEqual(comparable(planFunnel(plan)));
      }),
      { numRuns: 250 },
    );
  });

  it('moves exactly the figures that depend on a channel share when a person edits it', () => {
    const plan = budgetChannelPlan;
    const sheet = evaluateLayout(goalCalculatorLayout(plan));
    const main = goalCalculatorCells(plan);
    const cells = channelCells(plan);
    const before = snapshot(sheet, plan);
    // 50/30/20 becomes 40/30/30: the shares still add up to 100%.
    sheet.set(cells.channels[0].share, 0.4);
    sheet.set(cells.channels[2].share, 0.3);
    const edited: Plan = {
      ...plan,
      channels: (plan.channels ?? []).map((channel, index) =>
        index === 0
          ? { ...channel, share: 0.4 }
          : index === 2
            ? { ...channel, share: 0.3 }
            : channel,
      ),
    };
    const lead = leadStageIndexOf(plan);
    // By design: the shares feed the weighted rate and cost, so the lead stage and every
    // stage above it, each channel's leads, budget and expected customers (not its cost per
    // customer or rank, which do not depend on shares), the budget and CAC, the leads the
    // budget buys and everything forward of them, the sensitivity rows' counts at and above
    // the lead stage and their savings, and the months' and calendar's counts at and above
    // the lead stage.
    const expected = new Set<string>([
      cells.channels[0].share,
      cells.channels[2].share,
      ...main.stages.slice(0, lead + 1).map((stage) => stage.needed),
      ...[0, 1, 2].flatMap((index) => [
        cells.channels[index].leads,
        cells.channels[index].budget,
        cells.channels[index].expectedCustomers,
        cells.channels[index].leadsBought,
      ]),
      cells.totals.leads,
      cells.totals.budget,
      cells.totals.expectedCustomers,
      cells.totals.leadsBought,
      cells.effectiveRate,
      cells.averageCostPerLead,
      main.money.marketingBudget,
      main.money.cac,
      ...main.budget.stages.map((stage) => stage.bought),
      // The lead stage's count beside what the budget buys.
      main.budget.stages[0].needed,
      main.budget.revenue,
      main.budget.revenueOverTarget,
      main.budget.extraBudgetNeeded,
      ...main.sensitivity.flatMap((row) => [
        ...row.counts.slice(0, lead + 1),
        row.topOfFunnelSaved,
        row.budgetSaved,
      ]),
      main.sensitivity[lead].improvedRate,
    ]);
    const actual = new Set(changed(before, snapshot(sheet, plan)));
    // The months' and calendar's columns at and above the lead stage: every row may move.
    const monthColumns = new Set(
      [...actual].filter((address) =>
        [...main.months.counts.slice(0, lead + 1), ...main.arrivals.counts.slice(0, lead + 1)]
          .flatMap((range) => rangeCells(range))
          .concat(
            main.months.totalCounts.slice(0, lead + 1),
            main.months.reserveCounts.slice(0, lead + 1),
            main.months.neededCounts.slice(0, lead + 1),
            main.arrivals.totalCounts.slice(0, lead + 1),
            main.arrivals.earlier.slice(0, lead + 1),
          )
          .includes(address),
      ),
    );
    const rest = [...actual].filter((address) => !monthColumns.has(address));
    expect(new Set(rest)).toEqual(
      // Only the ones that really moved: a figure may keep its value by chance (e.g. a
      // sensitivity row's saving), but none outside the list may move.
      new Set([...expected].filter((address) => actual.has(address))),
    );
    expect([...expected].filter((address) => !actual.has(address)).sort()).toEqual(
      unchangedByChance(plan, edited),
    );
    const result = readGoalCalculator(edited, (address) => sheet.value(address), plan);
    expect(comparable(result)).toEqual(comparable(planFunnel(edited)));
  });

  it('shows "check inputs" when the shares do not add up to 100%, and names them', () => {
    const sheet = evaluateLayout(goalCalculatorLayout(channelPlan));
    const main = goalCalculatorCells(channelPlan);
    const cells = channelCells(channelPlan);
    const labels = channelLabels.en;
    sheet.set(cells.channels[2].share, 0.1);
    expect(sheet.value(main.inputCheck)).toBe(0);
    expect(String(sheet.value(main.inputProblems))).toContain(
      `${labels.sharesCheck}: ${labels.sharesSumHelp}`,
    );
    expect(sheet.value(cells.totals.budget)).toBe(goalCalculatorLabels.en.checkInputs);
    expect(sheet.value(main.stages[1].needed)).toBe(goalCalculatorLabels.en.checkInputs);
    sheet.set(cells.channels[2].share, 0.2);
    expect(sheet.value(main.inputCheck)).toBe(1);
    // A repeated name (ignoring case), an empty one, a negative cost, a rate above 100%.
    for (const [address, value, label] of [
      [cells.channels[1].name, 'paid SEARCH', labels.namesCheck],
      [cells.channels[1].name, null, labels.namesCheck],
      [cells.channels[0].costPerLead, -1, labels.costPerLeadCheck],
      [cells.channels[0].ownConversion, 1.5, labels.ownConversionCheck],
    ] as const) {
      const original = sheet.value(address);
      sheet.set(address, value);
      expect(sheet.value(main.inputCheck)).toBe(0);
      expect(String(sheet.value(main.inputProblems))).toContain(`${label}:`);
      sheet.set(address, original as string | number);
      expect(sheet.value(main.inputCheck)).toBe(1);
    }
    // A blank own rate is allowed: the channel then converts at the lead stage's rate.
    sheet.set(cells.channels[0].ownConversion, null);
    expect(sheet.value(main.inputCheck)).toBe(1);
    expect(sheet.value(cells.channels[0].conversionUsed)).toBe(0.3);
  });

  it('asks for a channel cost above 0 when a budget meets only free channels', () => {
    const sheet = evaluateLayout(goalCalculatorLayout(budgetChannelPlan));
    const cells = channelCells(budgetChannelPlan);
    for (const channel of cells.channels) sheet.set(channel.costPerLead, 0);
    const main = goalCalculatorCells(budgetChannelPlan);
    expect(sheet.value(main.budget.stages[0].bought)).toBe(channelLabels.en.needsChannelCost);
    expect(sheet.value(cells.channels[0].leadsBought)).toBe(channelLabels.en.needsChannelCost);
  });
});

describe('what the Channels block is made of', () => {
  it('keeps channel names as text, even ones that look like formulas', () => {
    const plan: Plan = {
      ...channelPlan,
      channels: [
        { name: '=IMPORTXML("http://x", "//a")', share: 0.5, costPerLead: 10 },
        { name: '+1', share: 0.5, costPerLead: 20 },
      ],
    };
    const layout = goalCalculatorLayout(plan);
    const cells = channelCells(plan);
    const sheet = evaluateLayout(layout);
    expect(sheet.value(cells.channels[0].name)).toBe('=IMPORTXML("http://x", "//a")');
    expect(sheet.value(cells.channels[1].name)).toBe('+1');
    const { row, column } = parseCell(cells.channels[0].name);
    expect(layout.cells[row][column]).toEqual({
      value: '=IMPORTXML("http://x", "//a")',
      role: 'input',
    });
  });

  it('validates the channel inputs, and lists them under plan keys for reading back', () => {
    const layout = goalCalculatorLayout(channelPlan);
    const cells = channelCells(channelPlan);
    const cellAt = (address: string) => {
      const { row, column } = parseCell(address);
      return layout.cells[row][column];
    };
    expect(cellAt(cells.channels[0].share)?.validation).toMatchObject({
      kind: 'number',
      greaterThan: 0,
      atMost: 1,
    });
    expect(cellAt(cells.channels[0].costPerLead)?.validation).toMatchObject({
      kind: 'number',
      atLeast: 0,
    });
    expect(cellAt(cells.channels[0].ownConversion)?.validation).toMatchObject({
      kind: 'number',
      greaterThan: 0,
      atMost: 1,
    });
    expect(layout.inputs.filter((input) => input.key.startsWith('channels.'))).toEqual(
      cells.channels.flatMap((channel, index) => [
        { key: `channels.${index}.name`, a1: channel.name },
        { key: `channels.${index}.share`, a1: channel.share },
        { key: `channels.${index}.costPerLead`, a1: channel.costPerLead },
        { key: `channels.${index}.conversionToNext`, a1: channel.ownConversion },
      ]),
    );
  });

  it('draws "Budget and customers by channel" below the block and highlights the cheapest', () => {
    const layout = goalCalculatorLayout(channelPlan);
    const cells = channelCells(channelPlan);
    expect(layout.charts).toHaveLength(2);
    expect(layout.charts[1]).toMatchObject({
      type: 'column',
      title: 'Budget and customers by channel',
      labels: fromHeader(cells.columns.name),
      series: [fromHeader(cells.columns.budget), fromHeader(cells.columns.expectedCustomers)],
      seriesNames: ['Budget', 'Expected customers'],
      valueScale: 'log',
    });
    const chartRow = parseCell(layout.charts[1].anchor).row;
    const sensitivityRow = parseCell(
      goalCalculatorCells(channelPlan).sensitivity[0].improvedRate,
    ).row;
    // 300 px at 21 px a row: the chart ends before the sensitivity table starts.
    expect(chartRow + 300 / 21).toBeLessThan(sensitivityRow - 1);
    const rank = parseCell(cells.channels[0].rank);
    expect(layout.conditionalRules).toContainEqual({
      range: `${cells.channels[0].costPerCustomer}:${cells.channels[2].rank}`,
      formula: `=AND(ISNUMBER($${'I'}${rank.row + 1}),$I${rank.row + 1}=1)`,
      fill: 'good',
    });
  });

  it('leaves a plan without channels exactly as it was laid out', () => {
    const layout = goalCalculatorLayout(examplePlan);
    expect(goalCalculatorCells(examplePlan).channels).toBeNull();
    expect(layout.charts).toHaveLength(1);
    expect(layout.inputs.some((input) => input.key.startsWith('channels.'))).toBe(false);
  });

  it('places the same cells in every language', () => {
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      const plan = { ...budgetChannelPlan, language };
      expect(goalCalculatorCells(plan)).toEqual(goalCalculatorCells(budgetChannelPlan));
      const { result } = evaluatedPlan(plan);
      expect(comparable(result)).toEqual(comparable(planFunnel(budgetChannelPlan)));
    }
  });
});

/** Every cell address of an A1 range. */
function rangeCells(range: string): string[] {
  const [start, end] = range.split(':');
  const from = parseCell(start);
  const to = parseCell(end ?? start);
  const cells: string[] = [];
  for (let row = from.row; row <= to.row; row++)
    for (let column = from.column; column <= to.column; column++) cells.push(a1(row, column));
  return cells;
}

/**
 * The listed dependents whose value the edit leaves as it was, by the planner: the list says
 * what may move; the planner says which of them keep their value for these numbers.
 */
function unchangedByChance(before: Plan, after: Plan): string[] {
  const cells = goalCalculatorCells(before);
  const was = planFunnel(before);
  const is = planFunnel(after);
  const lead = leadStageIndexOf(before);
  const same: string[] = [];
  was.sensitivity.forEach((row, index) => {
    const now = is.sensitivity[index];
    row.counts.slice(0, lead + 1).forEach((count, stage) => {
      if (now.counts[stage] === count) same.push(cells.sensitivity[index].counts[stage]);
    });
    if (now.topOfFunnelSaved === row.topOfFunnelSaved)
      same.push(cells.sensitivity[index].topOfFunnelSaved);
    if (now.budgetSaved === row.budgetSaved) same.push(cells.sensitivity[index].budgetSaved);
  });
  was.stages.slice(0, lead + 1).forEach((stage, index) => {
    if (is.stages[index].needed === stage.needed) same.push(cells.stages[index].needed);
  });
  const budgetWas = was.budgetPlan;
  const budgetIs = is.budgetPlan;
  budgetWas?.counts.forEach((count, offset) => {
    if (budgetIs?.counts[offset] === count) same.push(cells.budget.stages[offset].bought);
  });
  if (budgetWas?.extraBudgetNeeded === budgetIs?.extraBudgetNeeded)
    same.push(cells.budget.extraBudgetNeeded);
  return same.sort();
}

/** A column range of the channel rows, from the header row above them (the chart's ranges). */
function fromHeader(range: string): string {
  const { start, end } = parseRange(range);
  return rangeA1(start.row - 1, start.column, end.row, end.column);
}
