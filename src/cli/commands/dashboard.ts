import { buildDashboard, sampleDashboard } from '../../layout/dashboard';
import type { Command } from '../command';
import { layoutsToXlsx } from '../xlsx';
import {
  dashboardOptionSpecs,
  languageOption,
  languageOptionSpec,
  monthOptions,
} from './dashboardOptions';
import { outputOf, outputOptionSpecs } from './outputOption';

/** `funnelmath dashboard --out kpi.xlsx [--sample]`: the KPI dashboard template as .xlsx. */
export const dashboardCommand: Command = {
  name: 'dashboard',
  summary: 'Write the KPI dashboard template (monthly inputs, live KPI formulas) as .xlsx.',
  options: {
    ...outputOptionSpecs,
    sample: { description: 'Fill it with the sample year (2026), to see it at work.', flag: true },
    language: languageOptionSpec,
    ...dashboardOptionSpecs,
  },
  async run(options, io) {
    const language = languageOption(options.language);
    const months = options.sample
      ? {
          firstMonth: sampleDashboard.firstMonth,
          monthCount:
            options.months === undefined
              ? sampleDashboard.monthCount
              : monthOptions(options).monthCount,
        }
      : monthOptions(options);
    const { layout } = buildDashboard({
      ...(options.sample ? sampleDashboard : {}),
      ...months,
      language,
    });
    const { path: out, write } = outputOf(options, []);
    await io.writeFile(out, await layoutsToXlsx({ sheets: [layout] }), write);
    io.stdout(
      `Wrote ${out}: sheet "${layout.name}", ${months.monthCount} months${options.sample ? ' of sample data' : ''}.\n`,
    );
    return 0;
  },
};
