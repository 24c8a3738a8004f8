/**
 * The calibration core: from totals over months to a plan, or to messages naming the stage,
 * the months and the counts. Worked examples with round numbers.
 */
import { type ActualRatio, calibratePlan, describeMonths } from '../../src/funnel/calibrate';
import { validatePlan } from '../../src/funnel/schema';

const months = ['2026-01', '2026-02', '2026-03'];
const ratio = (numerator: number, denominator: number, over = months): ActualRatio => ({
  numerator,
  denominator,
  months: over,
});
const rates = [ratio(300, 1000), ratio(120, 300), ratio(60, 120), ratio(15, 60)];

test('a worked example: rates, deal size, cost per lead, cycle, days and a year’s target', () => {
  const calibration = calibratePlan({
    rates,
    dealSize: ratio(75_000, 15),
    costPerLead: ratio(40_000, 1000),
    salesCycleDays: 60,
    stageDays: [10, 20, 15, 30],
  });
  expect(calibration).toEqual({
    ok: true,
    notes: [],
    plan: {
      revenueTarget: 300_000,
      period: 'year',
      averageDealSize: 5000,
      stages: [
        { name: 'Leads', conversionToNext: 0.3, daysToNext: 10 },
        { name: 'MQLs', conversionToNext: 0.4, daysToNext: 20 },
        { name: 'SQLs', conversionToNext: 0.5, daysToNext: 15 },
        { name: 'Opportunities', conversionToNext: 0.25, daysToNext: 30 },
        { name: 'Customers' },
      ],
      leadStageIndex: 0,
      costPerLead: 40,
      salesCycleDays: 60,
      language: 'en',
    },
  });
  if (calibration.ok) expect(validatePlan(calibration.plan).ok).toBe(true);
});

test('days for only some stages: none used (the planner would read the others as 0), said so', () => {
  const calibration = calibratePlan({
    rates,
    dealSize: ratio(75_000, 15),
    salesCycleDays: 60,
    stageDays: [10, undefined, 15, undefined],
  });
  if (!calibration.ok) throw new Error(calibration.problems.join('\n'));
  expect(calibration.plan.stages.every((stage) => stage.daysToNext === undefined)).toBe(true);
  expect(calibration.notes).toEqual([
    'no per-stage days: no record has both dates for MQLs → SQLs, Opportunities → Customers; the sales cycle is the whole lag',
  ]);
});

test('what a plan cannot take is a message, never a clamped figure', () => {
  const calibration = calibratePlan(
    {
      rates: [ratio(300, 1000), ratio(0, 0, []), ratio(60, 120), ratio(15, 60)],
      dealSize: ratio(0, 15),
      salesCycleDays: 800,
    },
    { language: 'zh-CN' },
  );
  expect(calibration).toEqual({
    ok: false,
    problems: [
      'the rate MQL → SQL: no month has both MQL and SQL as numbers; choose other months',
      'the average deal size is 0: the 15 deals won in 2026-01 to 2026-03 have no revenue; check the amounts',
      'the sales cycle is 800 days, more than the 730 a plan allows; check the dates',
    ],
  });
});

test('a target too large for a plan is the schema’s own message', () => {
  const calibration = calibratePlan(
    { rates, dealSize: ratio(75_000, 15) },
    { revenueTarget: 2e12 },
  );
  expect(calibration).toEqual({
    ok: false,
    problems: [
      'revenueTarget is 2000000000000; enter an amount greater than 0 and at most 1000000000000',
    ],
  });
});

test('months read as a range when consecutive, else as a list', () => {
  expect(describeMonths([])).toBe('no month');
  expect(describeMonths(['2026-03'])).toBe('2026-03');
  expect(describeMonths(['2025-11', '2025-12', '2026-01'])).toBe('2025-11 to 2026-01');
  expect(describeMonths(['2026-01', '2026-03'])).toBe('2026-01, 2026-03');
});
