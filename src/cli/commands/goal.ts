import { goalCalculatorLayout } from '../../layout/goalCalculator';
import { SHEET_FORMAT_VERSION } from '../../layout/sheetTag';
import type { Command } from '../command';
import { layoutsToXlsx } from '../xlsx';
import { outputOf, outputOptionSpecs } from './outputOption';
import { planInputOptionSpecs, readPlanInput } from './planInput';

/** `funnelmath goal --input plan.json --out goal.xlsx`: the goal-calculator sheet as .xlsx. */
export const goalCommand: Command = {
  name: 'goal',
  summary: 'Write the goal-calculator sheet of a plan (JSON) as a live .xlsx workbook.',
  options: {
    ...planInputOptionSpecs,
    ...outputOptionSpecs,
  },
  async run(options, io) {
    const plan = await readPlanInput(options, io);
    if (!plan) return 1;
    const layout = goalCalculatorLayout(plan);
    const { path: out, write } = outputOf(options, [String(options.input)]);
    await io.writeFile(
      out,
      await layoutsToXlsx(
        { sheets: [layout] },
        { tags: [{ kind: 'goalCalculator', formatVersion: SHEET_FORMAT_VERSION, source: plan }] },
      ),
      write,
    );
    io.stdout(`Wrote ${out}: sheet "${layout.name}", ${plan.stages.length} stages.\n`);
    return 0;
  },
};
