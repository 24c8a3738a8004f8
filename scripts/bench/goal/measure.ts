/**
 * Measurements behind scripts/bench/30-goal.mjs (TypeScript, bundled on the fly):
 * - the service calls `buildGoalCalculator` makes from the built bundle against the fake,
 *   for 3 and for 10 stages (must be equal, at most 20 that reach the document), and for a
 *   plan with a budget, 1 or 8 channels and 0 or 3 scenarios (constant in both);
 * - the time to compute a 10-stage yearly plan in the pure planner against building its
 *   layout and evaluating it in HyperFormula, as a ratio.
 */
import { performance } from 'node:perf_hooks';
import { planFunnel } from '../../../src/funnel/planner';
import type { Channel, Plan, Scenario } from '../../../src/funnel/types';
import { goalCalculatorLayout } from '../../../src/layout/goalCalculator';
import { loadBundle } from '../../../src/preview/bundle';
import { createFakeAppsScript } from '../../../src/preview/fake';
import { evaluateLayout } from '../../../test/support/evaluateLayout';
import { readGoalCalculator } from '../../../test/support/goalCalculatorReader';
import { planWithStages } from '../../../test/support/plans';

export interface CallCount {
  readonly stages: number;
  /** Scenarios beside the base plan (0 or 3): their block adds one chart, whatever their number. */
  readonly scenarios: number;
  /** Channels buying the lead stage (0 or 8): their block adds one chart. */
  readonly channels: number;
  readonly documentCalls: number;
  readonly builderCalls: number;
  /** Re-running the sidebar with a new target: the same sheet updated in place (its inputs). */
  readonly updateDocumentCalls: number;
  readonly updateBuilderCalls: number;
}

/** `count` scenarios, each overriding the target and every rate. */
function scenarios(count: number, stages: number): Scenario[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `Scenario ${index + 1}`,
    revenueTarget: 1000000 + 100000 * index,
    conversionRates: Array<number>(stages - 1).fill(0.6),
  }));
}

/** `count` channels with equal shares (1 / 8 each is exact in binary). */
function channels(count: number): Channel[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `Channel ${index + 1}`,
    share: 1 / count,
    costPerLead: 50 + 10 * index,
  }));
}

function callsFor(stages: number, scenarioCount = 0, channelCount = 0): CallCount {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  fake.log.reset();
  const plan = planWithStages(stages, {
    ...(scenarioCount === 0 ? {} : { scenarios: scenarios(scenarioCount, stages) }),
    ...(channelCount === 0 ? {} : { channels: channels(channelCount) }),
  });
  const sheetName = runtime.call('buildGoalCalculator', plan);
  const built = { documentCalls: fake.log.documentCalls, builderCalls: fake.log.builderCalls };
  fake.log.reset();
  runtime.call('updateGoalCalculator', { plan: { ...plan, revenueTarget: 2400000 }, sheetName });
  return {
    stages,
    scenarios: scenarioCount,
    channels: channelCount,
    ...built,
    updateDocumentCalls: fake.log.documentCalls,
    updateBuilderCalls: fake.log.builderCalls,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds per run of `work`, after a warm-up; `batch` runs per sample for tiny work. */
function time(work: () => void, samples: number, batch: number): number {
  for (let index = 0; index < batch; index++) work();
  const results: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    for (let index = 0; index < batch; index++) work();
    results.push((performance.now() - started) / batch);
  }
  return median(results);
}

export interface ShapeCallCount {
  readonly channels: number;
  readonly scenarios: number;
  readonly documentCalls: number;
  readonly builderCalls: number;
  /** How many times each document method was called, e.g. { 'Range.setValues': 2 }. */
  readonly documentCallsByName: Readonly<Record<string, number>>;
}

/** `count` channels whose shares (whole percents) sum to exactly 1. */
function channelsOf(count: number): Channel[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `Channel ${index + 1}`,
    share: (index === 0 ? 100 - 10 * (count - 1) : 10) / 100,
    costPerLead: 60 + 10 * index,
    ...(index % 2 === 0 ? { conversionToNext: 0.3 } : {}),
  }));
}

function scenariosOf(count: number, rateCount: number): Scenario[] {
  const variants: Scenario[] = [
    { name: 'Conservative', averageDealSize: 22000, conversionRates: Array(rateCount).fill(0.2) },
    { name: 'Stretch', revenueTarget: 1500000, costPerLead: 100 },
    { name: 'Upside', conversionRates: Array(rateCount).fill(0.4) },
  ];
  return variants.slice(0, count);
}

/** A new sheet for a 5-stage plan with a budget, `channels` channels and `scenarios` scenarios. */
function callsForShape(channels: number, scenarios: number): ShapeCallCount {
  const base = planWithStages(5);
  const plan: Plan = {
    ...base,
    marketingBudget: 300000,
    channels: channelsOf(channels),
    ...(scenarios > 0 ? { scenarios: scenariosOf(scenarios, base.stages.length - 1) } : {}),
  };
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  fake.log.reset();
  runtime.call('buildGoalCalculator', plan);
  const documentCallsByName: Record<string, number> = {};
  for (const call of fake.log.calls.filter((each) => !each.builder && !each.lock))
    documentCallsByName[call.name] = (documentCallsByName[call.name] ?? 0) + 1;
  return {
    channels,
    scenarios,
    documentCalls: fake.log.documentCalls,
    builderCalls: fake.log.builderCalls,
    documentCallsByName,
  };
}

export function measure() {
  const calls = [
    callsFor(3),
    callsFor(10),
    callsFor(3, 3),
    callsFor(10, 3),
    callsFor(3, 3, 8),
    callsFor(10, 3, 8),
  ];
  const shapes = [1, 8].flatMap((channels) =>
    [0, 3].map((scenarios) => callsForShape(channels, scenarios)),
  );
  const plan = planWithStages(10, { period: 'year' });
  const plannerMs = time(() => planFunnel(plan), 15, 200);
  const layoutMs = time(
    () => {
      const sheet = evaluateLayout(goalCalculatorLayout(plan));
      readGoalCalculator(plan, (a1) => sheet.value(a1));
    },
    15,
    1,
  );
  return { calls, shapes, plannerMs, layoutMs, ratio: layoutMs / plannerMs };
}
