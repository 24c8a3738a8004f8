import fc from 'fast-check';
import { channelRates, planChannels } from '../../src/funnel/channels';
import { leadStageIndexOf } from '../../src/funnel/period';
import { planFunnel, stageRates } from '../../src/funnel/planner';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';
import { roundUpWhole } from '../../src/kpi';
import { arbitraryChannelPlan, channelPlan, exampleChannels, examplePlan } from '../support/plans';

/** What ROUND(x, 6) may add before rounding down: the noise removal, never a whole one. */
const NOISE = 5e-7;

function errorsOf(input: unknown) {
  const result = validatePlan(input);
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.errors;
}

function messagesOf(input: unknown) {
  return errorsOf(input).map((error) => error.message);
}

describe('the example channels (paid search 50% at 140, webinars 30% at 90, partners 20% at 60)', () => {
  it('plans the lead stage at the share-weighted rate: 480 MQLs / 30.5% = 1,574 leads', () => {
    const plan = planChannels(channelPlan);
    // 0.5 x 25% + 0.3 x 30% (the lead stage's own) + 0.2 x 45%
    expect(plan?.effectiveRate).toBeCloseTo(0.305, 15);
    expect(plan?.leadsNeeded).toBe(1574);
    expect(planFunnel(channelPlan).stages.map((stage) => stage.needed)).toEqual([
      78700, 1574, 480, 192, 48,
    ]);
  });

  it('splits the leads by share, rounded up, and prices each channel', () => {
    const plan = planChannels(channelPlan);
    expect(
      plan?.channels.map(({ name, leads, budget, rank }) => ({ name, leads, budget, rank })),
    ).toEqual([
      { name: 'Paid search', leads: 787, budget: 110180, rank: 3 },
      { name: 'Webinars', leads: 473, budget: 42570, rank: 2 },
      { name: 'Partners', leads: 315, budget: 18900, rank: 1 },
    ]);
    // 140 / (25% x 40% x 25%), 90 / (30% x ...), 60 / (45% x ...)
    expect(plan?.channels.map((channel) => channel.costPerCustomer)).toEqual([5600, 3000, 1333.33]);
    expect(plan?.marketingBudget).toBe(171650);
    expect(plan?.averageCostPerLead).toBe(109);
  });

  it("makes the marketing budget the channels' sum, ignoring the plan's cost per lead", () => {
    const result = planFunnel({ ...channelPlan, costPerLead: 5 });
    expect(result.marketingBudget).toBe(171650);
    expect(result.cac).toBe(171650 / 48);
    expect(planFunnel(examplePlan).channelPlan).toBeUndefined();
  });

  it("improves every channel's rate by the step in the lead stage's sensitivity row", () => {
    const row = planFunnel(channelPlan).sensitivity[1];
    // 0.5 x 26% + 0.3 x 31% + 0.2 x 46%
    expect(row.improvedRate).toBeCloseTo(0.315, 15);
    expect(row.counts[1]).toBe(roundUpWhole(480 / row.improvedRate));
    // Leads saved at the mix's cost per lead (109).
    expect(row.budgetSaved).toBe((1574 - row.counts[1]) * 109);
  });

  it('buys leads in the shares with a budget: 150,000 at 109 a lead, never spending more', () => {
    const forward = planFunnel({ ...channelPlan, marketingBudget: 150000 }).budgetPlan;
    expect(forward).toEqual({
      budget: 150000,
      fromStage: 1,
      // 150,000 x 50% / 109 = 688.07, x 30% = 412.8, x 20% = 275.2
      channelLeads: [688, 412, 275],
      // Then 688 x 25% + 412 x 30% + 275 x 45% = 419.35 MQLs.
      counts: [1375, 419, 167, 41],
      revenue: 1025000,
      revenueOverTarget: -175000,
      extraBudgetNeeded: 21650,
    });
    const spent = [688, 412, 275].reduce(
      (sum, leads, index) => sum + leads * exampleChannels[index].costPerLead,
      0,
    );
    expect(spent).toBeLessThanOrEqual(150000);
  });
});

describe('channels for any valid plan', () => {
  it('give the lead stage enough leads, whole, in the shares, and the budget their sum', () => {
    fc.assert(
      fc.property(arbitraryChannelPlan, (plan) => {
        const result = planFunnel(plan);
        const channels = result.channelPlan;
        if (!channels) throw new Error('a plan with channels has a channel plan');
        const lead = leadStageIndexOf(plan);
        expect(channels.leadsNeeded).toBe(result.stages[lead].needed);
        // The weighted rate converts the leads into at least the next stage's count.
        expect(channels.leadsNeeded * channels.effectiveRate).toBeGreaterThanOrEqual(
          result.stages[lead + 1].needed - 1e-6,
        );
        let budget = 0;
        channels.channels.forEach((channel, index) => {
          expect(Number.isInteger(channel.leads)).toBe(true);
          expect(channel.leads).toBeGreaterThanOrEqual(
            channels.leadsNeeded * channel.share - NOISE,
          );
          expect(channel.leads).toBeLessThan(channels.leadsNeeded * channel.share + 1);
          expect(channel.rate).toBe(
            plan.channels?.[index].conversionToNext ?? stageRates(plan)[lead],
          );
          budget += channel.budget;
        });
        expect(result.marketingBudget).toBe(budget);
        // Ranks are 1..n, cheapest first, equal costs in plan order.
        const byRank = [...channels.channels].sort((a, b) => a.rank - b.rank);
        expect(byRank.map((channel) => channel.rank)).toEqual(
          channels.channels.map((_, index) => index + 1),
        );
        byRank.slice(1).forEach((channel, index) => {
          const cheaper = byRank[index];
          expect(cheaper.costPerCustomer).toBeLessThanOrEqual(channel.costPerCustomer);
          if (cheaper.costPerCustomer === channel.costPerCustomer)
            expect(channels.channels.indexOf(cheaper)).toBeLessThan(
              channels.channels.indexOf(channel),
            );
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('never buy more with a budget, at any stage, than the budget pays for', () => {
    fc.assert(
      fc.property(
        arbitraryChannelPlan.filter((plan) => plan.marketingBudget !== undefined),
        (plan) => {
          const forward = planFunnel(plan).budgetPlan;
          const channels = plan.channels ?? [];
          if (forward === null || forward.channelLeads === null)
            throw new Error('a plan with a budget and channels has a channel forward plan');
          const spent = forward.channelLeads.reduce(
            (sum, leads, index) => sum + leads * channels[index].costPerLead,
            0,
          );
          expect(spent).toBeLessThanOrEqual(forward.budget * (1 + 1e-12));
          const rates = stageRates(plan);
          const own = channelRates(plan);
          // What the leads bought deliver, unrounded, stage by stage.
          let affordable = forward.channelLeads.reduce(
            (sum, leads, index) => sum + leads * own[index],
            0,
          );
          expect(forward.counts[0]).toBe(
            forward.channelLeads.reduce((sum, leads) => sum + leads, 0),
          );
          forward.counts.slice(1).forEach((count, offset) => {
            if (offset > 0) affordable *= rates[forward.fromStage + offset];
            expect(Number.isInteger(count)).toBe(true);
            expect(count).toBeLessThanOrEqual(affordable * (1 + 1e-12) + NOISE);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('validating channels', () => {
  it('accepts the example channels and every plan without channels', () => {
    expect(validatePlan(channelPlan)).toEqual({ ok: true, plan: channelPlan });
    expect(validatePlan(examplePlan).ok).toBe(true);
  });

  it('refuses shares that do not sum to 1, naming the sum and the remainder', () => {
    const short = exampleChannels.map((channel, index) =>
      index === 2 ? { ...channel, share: 0.1 } : channel,
    );
    expect(messagesOf({ ...examplePlan, channels: short })).toEqual([
      'channels have shares [0.5,0.3,0.1], which sum to 0.9; the shares must sum to 1: 0.1 is not given to any channel',
    ]);
    const over = exampleChannels.map((channel, index) =>
      index === 2 ? { ...channel, share: 0.35 } : channel,
    );
    expect(errorsOf({ ...examplePlan, channels: over })).toEqual([
      {
        field: 'channels',
        value: [0.5, 0.3, 0.35],
        message:
          'channels have shares [0.5,0.3,0.35], which sum to 1.15; the shares must sum to 1: they are 0.15 over',
      },
    ]);
  });

  it('accepts shares whose sum is 1 but for float noise (0.7 + 0.2 + 0.1)', () => {
    const noisy = [0.7, 0.2, 0.1].map((share, index) => ({ ...exampleChannels[index], share }));
    expect(0.7 + 0.2 + 0.1).not.toBe(1);
    expect(validatePlan({ ...examplePlan, channels: noisy }).ok).toBe(true);
  });

  it('refuses an empty list, more than 8, a negative cost: one message per field, with the value', () => {
    expect(messagesOf({ ...examplePlan, channels: [] })).toEqual([
      'channels is []; enter 1 to 8 channels, or leave channels out',
    ]);
    const nine = Array.from({ length: 9 }, (_, index) => ({
      name: `Channel ${index}`,
      share: 1 / 9,
      costPerLead: 10,
    }));
    expect(errorsOf({ ...examplePlan, channels: nine }).map((error) => error.field)).toEqual([
      'channels',
    ]);
    const bad = [
      { name: 'Paid search', share: 0.5, costPerLead: -140, conversionToNext: 25 },
      { name: '', share: 0, costPerLead: 90 },
      { name: 'Partners', share: 0.5, costPerLead: Number.POSITIVE_INFINITY, conversionToNext: 0 },
    ];
    expect(messagesOf({ ...examplePlan, channels: bad })).toEqual([
      'channels.0.costPerLead is -140; enter an amount of 0 or more, at most 1000000000000',
      'channels.0.conversionToNext is 25; enter a fraction greater than 0 and at most 1: for 25% enter 0.25',
      'channels.1.name is ""; enter the channel name as text of 1 to 60 characters',
      'channels.1.share is 0; enter a fraction of the leads greater than 0 and at most 1, e.g. 0.25 for 25%',
      'channels.2.costPerLead is Infinity; enter an amount of 0 or more, at most 1000000000000',
      'channels.2.conversionToNext is 0; enter a fraction greater than 0 and at most 1, e.g. 0.3 for 30%',
    ]);
  });

  it('needs a name, a share and a cost per lead, and knows no other field', () => {
    expect(
      messagesOf({ ...examplePlan, channels: [{ name: 'Inbound', share: 1, cost: 5 }] }),
    ).toEqual([
      'channels.0.costPerLead is missing; enter an amount of 0 or more, at most 1000000000000',
      'channels.0.cost is not a known field (value 5); a channel has only "name", "share", "costPerLead" and "conversionToNext"',
    ]);
  });

  it('refuses two channels of one name, ignoring case as a spreadsheet compares text', () => {
    const twice = [
      { name: 'Events', share: 0.5, costPerLead: 10 },
      { name: 'EVENTS', share: 0.5, costPerLead: 20 },
    ];
    expect(errorsOf({ ...examplePlan, channels: twice })).toEqual([
      {
        field: 'channels.1.name',
        value: 'EVENTS',
        message:
          'channels.1.name is "EVENTS"; channel 0 has that name already (names are compared ignoring case); give each channel its own name',
      },
    ]);
  });

  it('lets a budget buy through channels without a plan cost per lead, unless all are free', () => {
    const { costPerLead: _unused, ...noCost } = channelPlan;
    const withBudget: Plan = { ...noCost, marketingBudget: 150000 };
    expect(validatePlan(withBudget).ok).toBe(true);
    const free = exampleChannels.map((channel) => ({ ...channel, costPerLead: 0 }));
    expect(messagesOf({ ...withBudget, channels: free })).toEqual([
      "marketingBudget is 150000; a budget buys leads at the channels' costs per lead, and every channel's is 0: give at least one channel a costPerLead greater than 0, or leave marketingBudget out",
    ]);
    const cheap = exampleChannels.map((channel) => ({ ...channel, costPerLead: 0.01 }));
    expect(messagesOf({ ...withBudget, marketingBudget: 1e11, channels: cheap })).toEqual([
      "marketingBudget is 100000000000; at the channels' average cost per lead of 0.01 it buys more than 1000000000 leads; lower the budget or raise the costs per lead",
    ]);
  });

  it('counts the funnel above the leads at the weighted rate when it checks its size', () => {
    const poor = [{ name: 'Cold lists', share: 1, costPerLead: 1, conversionToNext: 0.000001 }];
    expect(validatePlan({ ...examplePlan, channels: poor }).ok).toBe(false);
  });
});
