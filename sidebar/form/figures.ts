/** The live preview's figures, straight from the planner the sheet is tested against. */
import { planChannels } from '../../src/funnel/channels';
import { planFunnel } from '../../src/funnel/planner';
import { planScenarios } from '../../src/funnel/scenarios';
import type { Plan } from '../../src/funnel/types';
import type { PreviewFigures } from '../views/livePreview';

export function previewFigures(plan: Plan): PreviewFigures {
  const result = planFunnel(plan);
  const budgetPlan = result.budgetPlan;
  const comparison = planScenarios(plan);
  const channelPlan = planChannels(plan);
  return {
    stages: result.stages.map((stage) => ({ name: stage.name, count: stage.needed })),
    marketingBudget: result.marketingBudget ?? undefined,
    currency: plan.currency ?? 'USD',
    budget: budgetPlan
      ? {
          budget: budgetPlan.budget,
          stages: budgetPlan.counts.map((count, index) => ({
            name: plan.stages[budgetPlan.fromStage + index].name,
            count,
          })),
          channelLeads: (budgetPlan.channelLeads ?? []).map((leads, index) => ({
            name: plan.channels?.[index]?.name ?? '',
            count: leads,
          })),
          revenue: budgetPlan.revenue,
          revenueOverTarget: budgetPlan.revenueOverTarget,
          extraBudgetNeeded: budgetPlan.extraBudgetNeeded,
        }
      : undefined,
    channels: channelPlan
      ? {
          channels: [...channelPlan.channels]
            .sort((first, second) => first.rank - second.rank)
            .map((channel) => ({
              name: channel.name,
              leads: channel.leads,
              budget: channel.budget,
              costPerCustomer: channel.costPerCustomer,
            })),
        }
      : undefined,
    scenarios: comparison
      ? {
          topStageName: plan.stages[0].name,
          customersStageName: plan.stages[plan.stages.length - 1].name,
          columns: [comparison.base, ...comparison.scenarios].map((figures) => ({
            name: figures.name,
            topOfFunnel: figures.needed[0],
            customers: figures.customers,
            budget: figures.marketingBudget,
            cac: figures.cac,
          })),
        }
      : undefined,
  };
}
