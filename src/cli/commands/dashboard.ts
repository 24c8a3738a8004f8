import { dashboardTagSource } from '../../check/tagSources';
import { buildDashboard, sampleDashboardFor } from '../../layout/dashboard';
import { SHEET_FORMAT_VERSION } from '../../layout/sheetTag';
import type { Command } from '../command';
import { layoutsToXlsx } from '../xlsx';
import {
  dashboardOptionSpecs,
  languageOption,
  languageOptionSpec,
  sampleMonthOptions,
} from './dashboardOptions';
import { outputOf, outputOptionSpecs } from './outputOption';

/** `funnelmath dashboard --out kpi.xlsx [--sample]`: the KPI dashboard template as .xlsx. */
export const dashboardCommand: Command = {
  name: 'dashboard',
  summary: 'Write the KPI dashboard template (monthly inputs, live KPI formulas) as .xlsx.',
  options: {
    ...outputOptionSpecs,
    sample: {
      description:
        'Fill every month with the sample company (from 2026-01 unless --start says otherwise).',
      flag: true,
    },
    language: languageOptionSpec,
    ...dashboardOptionSpecs,
  },
  async run(options, io) {
    const language = languageOption(options.language);
    const months = sampleMonthOptions(options);
    const dashboardOptions = {
      ...(options.sample ? sampleDashboardFor(months.firstMonth, months.monthCount) : months),
      language,
    };
    const { layout } = buildDashboard(dashboardOptions);
    const tag = {
      kind: 'dashboard' as const,
      formatVersion: SHEET_FORMAT_VERSION,
      source: dashboardTagSource(dashboardOptions, options.sample === true),
    };
    const { path: out, write } = outputOf(options, []);
    await io.writeFile(out, await layoutsToXlsx({ sheets: [layout] }, { tags: [tag] }), write);
    io.stdout(
      `Wrote ${out}: sheet "${layout.name}", ${months.monthCount} months${options.sample ? ' of sample data' : ''}.\n`,
    );
    return 0;
  },
};
