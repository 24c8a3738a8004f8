import { describePlanErrors, validatePlan } from '../../funnel/schema';
import { goalCalculatorLayout } from '../../layout/goalCalculator';
import { type Command, readJson } from '../command';
import { layoutsToXlsx } from '../xlsx';

/** `funnelmath goal --input plan.json --out goal.xlsx`: the goal-calculator sheet as .xlsx. */
export const goalCommand: Command = {
  name: 'goal',
  summary: 'Write the goal-calculator sheet of a plan (JSON) as a live .xlsx workbook.',
  options: {
    input: {
      description: 'The plan, a JSON file (see the README for its fields).',
      required: true,
    },
    out: { description: 'Where to write the .xlsx file.', required: true },
  },
  async run(options, io) {
    const input = String(options.input);
    const validation = validatePlan(await readJson(io, input));
    if (!validation.ok) {
      io.stderr(`${input}: ${describePlanErrors(validation.errors)}\n`);
      return 1;
    }
    const layout = goalCalculatorLayout(validation.plan);
    const out = String(options.out);
    await io.writeFile(out, await layoutsToXlsx({ sheets: [layout] }));
    io.stdout(`Wrote ${out}: sheet "${layout.name}", ${validation.plan.stages.length} stages.\n`);
    return 0;
  },
};
