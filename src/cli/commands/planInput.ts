import { withPlanDefaults } from '../../funnel/defaults';
import { describePlanErrors, validatePlan } from '../../funnel/schema';
import type { Plan } from '../../funnel/types';
import type { OptionSpec, ParsedOptions } from '../args';
import { type CliIo, readJson } from '../command';
import { shown } from '../shown';

/** The option of the commands that start from a plan (goal, workbook): its JSON file. */
export const planInputOptionSpecs: Readonly<Record<string, OptionSpec>> = {
  input: {
    description: 'The plan, a JSON file (see the README for its fields).',
    required: true,
    check: (value) => (value === '' ? 'give the path of a plan file (.json)' : undefined),
  },
};

/**
 * The valid plan in the --input file; otherwise undefined, after writing to stderr every
 * field that is wrong (the command then exits 1 and writes nothing).
 */
export async function readPlanInput(options: ParsedOptions, io: CliIo): Promise<Plan | undefined> {
  const input = String(options.input);
  const validation = validatePlan(await readJson(io, input));
  if (!validation.ok) {
    io.stderr(`${shown(input)}: ${describePlanErrors(validation.errors)}\n`);
    return undefined;
  }
  // No start month in the file: the month after today (the layout itself has no clock).
  return withPlanDefaults(validation.plan, new Date());
}
