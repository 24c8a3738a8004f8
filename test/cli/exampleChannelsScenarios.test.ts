/**
 * examples/plan-channels-scenarios.json: a valid plan with a budget, channels and scenarios,
 * shown as it is in the README, whose figures there are the pure model's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planChannels } from '../../src/funnel/channels';
import { planFunnel } from '../../src/funnel/planner';
import { planScenarios } from '../../src/funnel/scenarios';
import { validatePlan } from '../../src/funnel/schema';

const repoRoot = join(__dirname, '..', '..');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const exampleFile = JSON.parse(
  readFileSync(join(repoRoot, 'examples', 'plan-channels-scenarios.json'), 'utf8'),
);

function validExample() {
  const validation = validatePlan(exampleFile);
  if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
  return validation.plan;
}

const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const dollars = (value: number) =>
  `$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value)}`;
/** The README's prose wraps lines: compare its words, not its line breaks. */
const prose = readme.replace(/\s+/g, ' ');

test('the example is valid and uses a budget, channels and scenarios', () => {
  const plan = validExample();
  expect(plan.marketingBudget).toBeGreaterThan(0);
  expect(plan.channels?.length).toBeGreaterThan(1);
  expect(plan.scenarios?.length).toBeGreaterThan(1);
});

test('the README shows the example as it is', () => {
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) =>
    JSON.parse(match[1]),
  );
  expect(blocks).toContainEqual(exampleFile);
  expect(readme).toContain('--input examples/plan-channels-scenarios.json');
});

test('the figures the README states are the model’s', () => {
  const plan = validExample();
  const result = planFunnel(plan);
  const channels = planChannels(plan);
  const comparison = planScenarios(plan);
  const budgetPlan = result.budgetPlan;
  if (!channels || !comparison || !budgetPlan || result.cac === null)
    throw new Error('the example plans channels, scenarios and a budget');
  const leads = result.stages[result.leadStageIndex].needed;
  expect(prose).toContain(`the target needs ${count(leads)} leads`);
  expect(prose).toContain(`rate to MQLs is ${channels.effectiveRate * 100}%`);
  expect(prose).toContain(
    `a marketing budget of ${dollars(channels.marketingBudget)}, a CAC of ${dollars(result.cac)}`,
  );
  const ranked = [...channels.channels].sort((first, second) => first.rank - second.rank);
  const rankedText = ranked
    .map(
      (channel, index) =>
        `${channel.name} (${dollars(channel.costPerCustomer)}${index === 0 ? ' a customer' : ''}, ${count(channel.leads)} leads, ${dollars(channel.budget)})`,
    )
    .join(', ');
  expect(prose).toContain(`Cheapest customer first: ${rankedText}.`);
  // The channels' total is not the funnel's count: each channel rounds up.
  const bought = channels.channels.reduce((sum, channel) => sum + channel.leads, 0);
  expect(bought).toBeGreaterThan(leads);
  expect(prose).toContain(
    `Each channel's leads are rounded up, so together they buy ${count(bought)} leads, and the budget pays for those.`,
  );
  const customers = budgetPlan.counts[budgetPlan.counts.length - 1];
  expect(prose).toContain(
    `the ${dollars(budgetPlan.budget)} budget buys ${count(budgetPlan.counts[0])} leads and ${count(customers)} customers, ${dollars(budgetPlan.revenue)} of revenue: ${dollars(budgetPlan.revenueOverTarget)} over the target, with ${dollars(-budgetPlan.extraBudgetNeeded)} of budget to spare`,
  );
  for (const scenario of comparison.scenarios) {
    if (scenario.marketingBudget === null || scenario.cac === null)
      throw new Error('every scenario has a budget');
    expect(prose).toContain(
      `${scenario.name} needs ${count(scenario.needed[0])} visitors, ${dollars(scenario.marketingBudget)} and a CAC of ${dollars(scenario.cac)}`,
    );
  }
});
