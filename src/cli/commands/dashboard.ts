import { buildDashboard, sampleDashboardFor } from '../../layout/dashboard';
import type { Command } from '../command';
import { layoutsToXlsx } from '../xlsx';
import { dashboardOptionSpecs, languageOption, sampleMonthOptions } from './dashboardOptions';

/** `funnelmath dashboard --out kpi.xlsx [--sample]`: the KPI dashboard template as .xlsx. */
export const dashboardCommand: Command = {
  name: 'dashboard',
  summary: 'Write the KPI dashboard template (monthly inputs, live KPI formulas) as .xlsx.',
  options: {
    out: { description: 'Where to write the .xlsx file.', required: true },
    sample: {
      description:
        'Fill every month with the sample company (from 2026-01 unless --start says otherwise).',
      flag: true,
    },
    language: { description: 'Labels in en, zh-CN or zh-TW (default: en).' },
    ...dashboardOptionSpecs,
  },
  async run(options, io) {
    const language = languageOption(options.language);
    const months = sampleMonthOptions(options);
    const { layout } = buildDashboard({
      ...(options.sample ? sampleDashboardFor(months.firstMonth, months.monthCount) : months),
      language,
    });
    const out = String(options.out);
    await io.writeFile(out, await layoutsToXlsx({ sheets: [layout] }));
    io.stdout(
      `Wrote ${out}: sheet "${layout.name}", ${months.monthCount} months${options.sample ? ' of sample data' : ''}.\n`,
    );
    return 0;
  },
};
