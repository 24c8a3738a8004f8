import { dashboardTagSource } from '../../check/tagSources';
import type { Plan } from '../../funnel/types';
import {
  buildDashboard,
  goalPlanSource,
  sampleDashboardFor,
  samplePlan,
} from '../../layout/dashboard';
import { goalCalculatorLayout } from '../../layout/goalCalculator';
import { SHEET_FORMAT_VERSION } from '../../layout/sheetTag';
import type { Command } from '../command';
import { layoutsToXlsx } from '../xlsx';
import { dashboardOptionSpecs, sampleMonthOptions } from './dashboardOptions';
import { outputOf, outputOptionSpecs } from './outputOption';
import { planInputOptionSpecs, readPlanInput } from './planInput';

/**
 * `funnelmath workbook --input plan.json --out funnelmath.xlsx`: both templates in one
 * file, the dashboard's plan vs actual reading the goal calculator sheet beside it.
 * `--sample` alone: the sample company's plan and its actuals, one company.
 */
export const workbookCommand: Command = {
  name: 'workbook',
  summary:
    'Write the goal calculator of a plan (JSON) and the KPI dashboard, linked, in one .xlsx.',
  options: {
    input: {
      ...planInputOptionSpecs.input,
      description: `${planInputOptionSpecs.input.description} Required unless --sample.`,
      required: false,
    },
    ...outputOptionSpecs,
    sample: {
      description:
        "Fill the dashboard with the sample company's months; without --input, use its plan too.",
      flag: true,
    },
    ...dashboardOptionSpecs,
  },
  async run(options, io) {
    const months = sampleMonthOptions(options);
    let plan: Plan | undefined;
    if (options.input !== undefined) {
      plan = await readPlanInput(options, io);
      if (!plan) return 1;
    } else if (options.sample) {
      plan = samplePlan(months.firstMonth);
    } else {
      io.stderr('--input is required (or --sample, for the sample plan and its actuals)\n');
      return 1;
    }
    const goal = goalCalculatorLayout(plan);
    const dashboardOptions = {
      ...(options.sample ? sampleDashboardFor(months.firstMonth, months.monthCount) : months),
      language: plan.language,
    };
    const { layout: dashboard } = buildDashboard({
      ...dashboardOptions,
      goal: goalPlanSource(plan, goal.name),
    });
    const tags = [
      { kind: 'goalCalculator' as const, formatVersion: SHEET_FORMAT_VERSION, source: plan },
      {
        kind: 'dashboard' as const,
        formatVersion: SHEET_FORMAT_VERSION,
        // The goal calculator is the file's first sheet: sheetId 1.
        source: dashboardTagSource(dashboardOptions, options.sample === true, {
          sheetId: 1,
          chosen: false,
        }),
      },
    ];
    const { path: out, write } = outputOf(options, [String(options.input)]);
    await io.writeFile(out, await layoutsToXlsx({ sheets: [goal, dashboard] }, { tags }), write);
    io.stdout(`Wrote ${out}: sheets "${goal.name}" and "${dashboard.name}", linked.\n`);
    return 0;
  },
};
