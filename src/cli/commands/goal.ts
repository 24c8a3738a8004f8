import { goalCalculatorLayout } from '../../layout/goalCalculator';
import type { Command } from '../command';
import { layoutsToXlsx } from '../xlsx';
import { planInputOptionSpecs, readPlanInput } from './planInput';

/** `funnelmath goal --input plan.json --out goal.xlsx`: the goal-calculator sheet as .xlsx. */
export const goalCommand: Command = {
  name: 'goal',
  summary: 'Write the goal-calculator sheet of a plan (JSON) as a live .xlsx workbook.',
  options: {
    ...planInputOptionSpecs,
    out: { description: 'Where to write the .xlsx file.', required: true },
  },
  async run(options, io) {
    const plan = await readPlanInput(options, io);
    if (!plan) return 1;
    const layout = goalCalculatorLayout(plan);
    const out = String(options.out);
    await io.writeFile(out, await layoutsToXlsx({ sheets: [layout] }));
    io.stdout(`Wrote ${out}: sheet "${layout.name}", ${plan.stages.length} stages.\n`);
    return 0;
  },
};
