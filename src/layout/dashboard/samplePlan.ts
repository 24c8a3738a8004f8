import type { Language, Plan } from '../../funnel/types';

/**
 * The goal plan of the sample company, the one whose year fills the sample dashboard
 * (sampleData.ts): the same funnel rates (2% of visitors leave their details, 30% of leads
 * become MQLs, 40% of MQLs SQLs, half the SQLs opportunities, a quarter of those are won),
 * the same 5,000 deals, 40 per lead, a 60-day cycle, and a target a little above what the
 * sample year closes (1.13M), so plan vs actual reads close to 100% and not 995%.
 */
export function samplePlan(
  firstMonth: { readonly year: number; readonly month: number },
  language: Language = 'en',
): Plan {
  return {
    revenueTarget: 1_200_000,
    period: 'year',
    averageDealSize: 5000,
    stages: [
      { name: 'Visitors', conversionToNext: 0.02 },
      { name: 'Leads', conversionToNext: 0.3 },
      { name: 'MQLs', conversionToNext: 0.4 },
      { name: 'SQLs', conversionToNext: 0.5 },
      { name: 'Opportunities', conversionToNext: 0.25 },
      { name: 'Customers' },
    ],
    leadStageIndex: 1,
    costPerLead: 40,
    salesCycleDays: 60,
    monthlyGrowth: 0.05,
    language,
    startMonth: `${firstMonth.year}-${String(firstMonth.month).padStart(2, '0')}`,
  };
}
