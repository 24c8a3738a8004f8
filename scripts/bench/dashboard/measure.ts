/**
 * Measurements behind scripts/bench/50-dashboard.mjs (TypeScript, bundled on the fly):
 * - the service calls the dashboard entry points make from the built bundle against the
 *   fake, for 12 and for 36 months (each must be the same for both);
 * - the .xlsx of a 36-month dashboard with every month filled: its size, and the time to
 *   write it against the time to build its layout, as a ratio.
 */

import { layoutsToXlsx } from '../../../src/cli/xlsx';
import { buildDashboard, sampleDashboard, sampleFigures } from '../../../src/layout/dashboard';
import { loadBundle } from '../../../src/preview/bundle';
import type { FakeAppsScript } from '../../../src/preview/fake';
import { fakeWithLocale } from '../../../test/dashboard/support/appsScript';
import { examplePlan } from '../../../test/support/plans';
import { medianTime } from '../support/medianTime';

export interface CallCount {
  readonly entryPoint: string;
  readonly months: number;
  readonly documentCalls: number;
  readonly builderCalls: number;
}

type Scenario = {
  readonly entryPoint: string;
  readonly label: string;
  readonly fake: () => FakeAppsScript;
};

const withGoalCalculator = (): FakeAppsScript => {
  const fake = fakeWithLocale();
  const runtime = loadBundle(fake.globals);
  runtime.call('buildGoalCalculator', examplePlan);
  runtime.call('saveLastPlan', examplePlan);
  return fake;
};

const scenarios: readonly Scenario[] = [
  {
    entryPoint: 'insertKpiDashboardWithSample',
    label: 'with sample data',
    fake: () => fakeWithLocale(),
  },
  {
    entryPoint: 'insertKpiDashboard',
    label: 'empty, no goal calculator',
    fake: () => fakeWithLocale(),
  },
  {
    entryPoint: 'insertKpiDashboard',
    label: 'empty, linked to a goal calculator',
    fake: withGoalCalculator,
  },
];

function callsFor(scenario: Scenario, months: number): CallCount {
  const fake = scenario.fake();
  const runtime = loadBundle(fake.globals);
  fake.log.reset();
  runtime.call(scenario.entryPoint, { monthCount: months });
  return {
    entryPoint: `${scenario.entryPoint} (${scenario.label})`,
    months,
    documentCalls: fake.log.documentCalls,
    builderCalls: fake.log.builderCalls,
  };
}

export async function measure() {
  const calls = scenarios.flatMap((scenario) => [callsFor(scenario, 12), callsFor(scenario, 36)]);
  const options = {
    ...sampleDashboard,
    monthCount: 36,
    figures: Array.from({ length: 36 }, (_, month) => sampleFigures[month % sampleFigures.length]),
  };
  const { layout } = buildDashboard(options);
  const xlsx = await layoutsToXlsx({ sheets: [layout] });
  const layoutMs = await medianTime(() => buildDashboard(options), 15);
  const writeMs = await medianTime(() => layoutsToXlsx({ sheets: [layout] }), 15);
  const cells = layout.cells.flat().filter((cell) => cell !== null).length;
  return { calls, xlsxBytes: xlsx.length, cells, layoutMs, writeMs, ratio: writeMs / layoutMs };
}
