/** The live preview's figures, straight from the planner the sheet is tested against. */
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import type { PreviewFigures } from '../views/livePreview';

export function previewFigures(plan: Plan): PreviewFigures {
  const result = planFunnel(plan);
  return {
    stages: result.stages.map((stage) => ({ name: stage.name, count: stage.needed })),
    marketingBudget: result.marketingBudget ?? undefined,
    currency: plan.currency ?? 'USD',
  };
}
