/**
 * Plans for tests: the worked example, and a fast-check generator of valid plans
 * (2 to 10 stages, every period, optional fields present or not (a marketing budget among
 * them), all three languages; the startMonth is always given, as the callers resolve it
 * before planning).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CURRENCY_CODES } from '../../src/funnel/currency';
import { validatePlan } from '../../src/funnel/schema';
import type { Channel, Language, Plan, Stage } from '../../src/funnel/types';

/** The example plan of the issue: 1.2M a year at 25k a deal through five stages. */
export const examplePlan: Plan = {
  revenueTarget: 1200000,
  period: 'year',
  averageDealSize: 25000,
  stages: [
    { name: 'Visitors', conversionToNext: 0.02 },
    { name: 'Leads', conversionToNext: 0.3 },
    { name: 'MQLs', conversionToNext: 0.4 },
    { name: 'SQLs', conversionToNext: 0.25 },
    { name: 'Customers' },
  ],
  leadStageIndex: 1,
  costPerLead: 120,
  salesCycleDays: 60,
  monthlyGrowth: 0.05,
  language: 'en',
  startMonth: '2027-01',
  currency: 'USD',
};

/** The plans of the issue where the months used to miss "Needed" by one. */
export const tiePlans: Plan[] = [
  {
    revenueTarget: 45366000,
    period: 'year',
    averageDealSize: 4700,
    stages: [
      { name: 'Leads', conversionToNext: 0.31 },
      { name: 'SQLs', conversionToNext: 0.418 },
      { name: 'Customers' },
    ],
    monthlyGrowth: -0.167,
    startMonth: '2027-01',
  },
];

/** A plan with `stageCount` stages, every rate 0.5: for "same calls for 3 and 10 stages". */
export function planWithStages(stageCount: number, overrides: Partial<Plan> = {}): Plan {
  const stages: Stage[] = Array.from({ length: stageCount }, (_, index) =>
    index < stageCount - 1
      ? { name: `Stage ${index + 1}`, conversionToNext: 0.5 }
      : { name: 'Customers' },
  );
  return { ...examplePlan, stages, leadStageIndex: undefined, ...overrides };
}

/** Rates people actually use, including ones like 0.7 whose quotients are 1 ulp off. */
const rate = fc.oneof(
  fc.constantFrom(0.7, 0.3, 0.1, 0.35, 0.07, 0.9, 1, 0.02),
  fc.integer({ min: 1, max: 1000 }).map((perMille) => perMille / 1000),
);

const stageName = fc.oneof(
  fc.constantFrom(
    'Visitors',
    'Leads',
    'MQLs',
    'SQLs',
    '营销合格线索',
    '=IMPORTXML("http://x", "//a")',
    '+1',
  ),
  fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim().length > 0),
);

export const arbitraryPlan: fc.Arbitrary<Plan> = fc
  .integer({ min: 2, max: 10 })
  .chain((stageCount) =>
    fc.record(
      {
        revenueTarget: fc.integer({ min: 1000, max: 50_000_000 }),
        period: fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<Plan['period']>,
        averageDealSize: fc.integer({ min: 100, max: 500_000 }),
        stages: fc
          .tuple(
            fc.array(
              fc.record(
                {
                  name: stageName,
                  conversionToNext: rate,
                  daysToNext: fc.integer({ min: 0, max: 120 }),
                },
                { requiredKeys: ['name', 'conversionToNext'] },
              ),
              { minLength: stageCount - 1, maxLength: stageCount - 1 },
            ),
            stageName,
          )
          .map(([upper, last]): Stage[] => [...upper, { name: last }]),
        leadStageIndex: fc.integer({ min: 0, max: stageCount - 2 }),
        costPerLead: fc.integer({ min: 0, max: 2000 }),
        // In cents, so leads bought are often fractional before rounding down.
        marketingBudget: fc.integer({ min: 100, max: 500_000_000 }).map((cents) => cents / 100),
        salesCycleDays: fc.integer({ min: 0, max: 400 }),
        monthlyGrowth: fc.integer({ min: -20, max: 30 }).map((percent) => percent / 100),
        language: fc.constantFrom('en', 'zh-CN', 'zh-TW') as fc.Arbitrary<Plan['language']>,
        startMonth: fc
          .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
          .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
        currency: fc.constantFrom(...CURRENCY_CODES),
      },
      { requiredKeys: ['revenueTarget', 'period', 'averageDealSize', 'stages', 'startMonth'] },
    ),
  )
  // A few random funnels need more than a billion visitors, and a budget needs a cost per
  // lead above 0: the schema refuses those.
  .filter((plan) => validatePlan(plan).ok);

/** The channels of the example: paid search, webinars and partners. */
export const exampleChannels: Channel[] = [
  { name: 'Paid search', share: 0.5, costPerLead: 140, conversionToNext: 0.25 },
  { name: 'Webinars', share: 0.3, costPerLead: 90 },
  { name: 'Partners', share: 0.2, costPerLead: 60, conversionToNext: 0.45 },
];

/** The example plan bought through the example channels. */
export const channelPlan: Plan = { ...examplePlan, channels: exampleChannels };

/** Whole percents (1 to 100) that add up to 100: cut points on 1..99. */
const percentShares = (count: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const points = [0, ...[...cuts].sort((a, b) => a - b), 100];
      return points.slice(1).map((point, index) => (point - points[index]) / 100);
    });

/** 1 to 8 channels with distinct names, shares summing to 1, an own rate or not. */
export const arbitraryChannels: fc.Arbitrary<Channel[]> = fc
  .integer({ min: 1, max: 8 })
  .chain((count) =>
    fc.tuple(
      percentShares(count),
      fc.array(
        fc.record(
          {
            name: stageName,
            // Cents, and now and then free leads (0).
            costPerLead: fc.oneof(
              fc.integer({ min: 1, max: 100_000 }).map((cents) => cents / 100),
              fc.constant(0),
            ),
            conversionToNext: rate,
          },
          { requiredKeys: ['name', 'costPerLead'] },
        ),
        { minLength: count, maxLength: count },
      ),
    ),
  )
  .map(([shares, channels]) =>
    channels.map((channel, index) => ({
      ...channel,
      // Distinct whatever the generator drew: the number keeps names apart.
      name: `${channel.name} ${index + 1}`,
      share: shares[index],
    })),
  );

/** Valid plans with channels (and often a marketing budget). */
export const arbitraryChannelPlan: fc.Arbitrary<Plan> = fc
  .tuple(arbitraryPlan, arbitraryChannels)
  .map(([plan, channels]) => ({ ...plan, channels }))
  // A budget needs every channel to cost more than 0 a lead; some funnels get too big.
  .filter((plan) => validatePlan(plan).ok);

/**
 * examples/plan-channels-scenarios.json, validated (in `language` when given): the goal
 * sheet with every block (budget, channels, scenarios).
 */
export function channelsScenariosPlan(language?: Language): Plan {
  const file = join(__dirname, '..', '..', 'examples', 'plan-channels-scenarios.json');
  const example = JSON.parse(readFileSync(file, 'utf8'));
  const validation = validatePlan(language ? { ...example, language } : example);
  if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
  return validation.plan;
}
