/**
 * Measurements behind scripts/bench/31-goal-channels.mjs (TypeScript, bundled on the fly):
 * the service calls `buildGoalCalculator` makes from the built bundle against the fake for
 * a plan without channels and with 1 and with 8 channels (the block and its chart must cost
 * a constant, at most 20 that reach the document), and updating it in place with new
 * channel shares.
 */
import type { Channel, Plan } from '../../../src/funnel/types';
import { loadBundle } from '../../../src/preview/bundle';
import { createFakeAppsScript } from '../../../src/preview/fake';
import { examplePlan } from '../../../test/support/plans';

export interface ChannelCallCount {
  readonly channels: number;
  readonly documentCalls: number;
  readonly builderCalls: number;
  /** The same sheet updated in place with other shares (its inputs only). */
  readonly updateDocumentCalls: number;
}

/** `count` channels in equal shares (1 and 8 give exact binary fractions). */
function planWithChannels(count: number): Plan {
  if (count === 0) return { ...examplePlan, marketingBudget: 150000 };
  const channels: Channel[] = Array.from({ length: count }, (_, index) => ({
    name: `Channel ${index + 1}`,
    share: 1 / count,
    costPerLead: 50 + 10 * index,
  }));
  return { ...examplePlan, marketingBudget: 150000, channels };
}

/** The same channels with the first two shares traded (or, for one, a new cost per lead). */
function reshared(plan: Plan): Plan {
  const channels = plan.channels;
  if (!channels) return { ...plan, revenueTarget: 2400000 };
  if (channels.length === 1) return { ...plan, channels: [{ ...channels[0], costPerLead: 75 }] };
  const shares = channels.map((channel) => channel.share);
  [shares[0], shares[1]] = [shares[0] / 2, shares[1] + shares[0] / 2];
  return {
    ...plan,
    channels: channels.map((channel, index) => ({ ...channel, share: shares[index] })),
  };
}

function callsFor(channels: number): ChannelCallCount {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  fake.log.reset();
  const plan = planWithChannels(channels);
  const sheetName = runtime.call('buildGoalCalculator', plan);
  const built = { documentCalls: fake.log.documentCalls, builderCalls: fake.log.builderCalls };
  fake.log.reset();
  runtime.call('updateGoalCalculator', { plan: reshared(plan), sheetName });
  return { channels, ...built, updateDocumentCalls: fake.log.documentCalls };
}

export function measure(): ChannelCallCount[] {
  return [callsFor(0), callsFor(1), callsFor(8)];
}
