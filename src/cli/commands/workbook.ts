import { buildDashboard, goalSheetLink, sampleDashboard } from '../../layout/dashboard';
import { goalCalculatorLayout } from '../../layout/goalCalculator';
import type { Command } from '../command';
import { layoutsToXlsx } from '../xlsx';
import { dashboardOptionSpecs, monthOptions } from './dashboardOptions';
import { outputOf, outputOptionSpecs } from './outputOption';
import { planInputOptionSpecs, readPlanInput } from './planInput';

/**
 * `funnelmath workbook --input plan.json --out funnelmath.xlsx`: both templates in one
 * file, the dashboard's plan vs actual reading the goal calculator sheet beside it.
 */
export const workbookCommand: Command = {
  name: 'workbook',
  summary:
    'Write the goal calculator of a plan (JSON) and the KPI dashboard, linked, in one .xlsx.',
  options: {
    ...planInputOptionSpecs,
    ...outputOptionSpecs,
    sample: { description: 'Fill the dashboard with the sample year (2026).', flag: true },
    ...dashboardOptionSpecs,
  },
  async run(options, io) {
    const plan = await readPlanInput(options, io);
    if (!plan) return 1;
    const goal = goalCalculatorLayout(plan);
    const months = options.sample
      ? { firstMonth: sampleDashboard.firstMonth, monthCount: sampleDashboard.monthCount }
      : monthOptions(options);
    const { layout: dashboard } = buildDashboard({
      ...(options.sample ? sampleDashboard : {}),
      ...months,
      language: plan.language,
      goal: goalSheetLink(plan, goal.name),
    });
    const { path: out, write } = outputOf(options, [String(options.input)]);
    await io.writeFile(out, await layoutsToXlsx({ sheets: [goal, dashboard] }), write);
    io.stdout(`Wrote ${out}: sheets "${goal.name}" and "${dashboard.name}", linked.\n`);
    return 0;
  },
};
