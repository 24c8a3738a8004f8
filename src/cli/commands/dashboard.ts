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
import { exportOptionSpecs, exportPaths, exportSummary, readExportOptions } from './exportsInput';
import { outputOf, outputOptionSpecs } from './outputOption';

/**
 * `funnelmath dashboard --out kpi.xlsx [--sample]`: the KPI dashboard template as .xlsx.
 * With --contacts, --deals or --traffic, the exports become sheets of the workbook and the
 * inputs they provide are live formulas over them.
 */
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
    ...exportOptionSpecs,
  },
  async run(options, io) {
    const language = languageOption(options.language);
    const months = sampleMonthOptions(options);
    const inputs = exportPaths(options);
    if (options.sample && inputs.length > 0) {
      io.stderr('--sample fills the months with a made-up company; leave it out with exports\n');
      return 1;
    }
    const exports = await readExportOptions(options, io, language);
    const dashboardOptions = {
      ...(options.sample ? sampleDashboardFor(months.firstMonth, months.monthCount) : months),
      language,
      exports: exports.link,
    };
    const { layout } = buildDashboard(dashboardOptions);
    const tag = {
      kind: 'dashboard' as const,
      formatVersion: SHEET_FORMAT_VERSION,
      source: dashboardTagSource(dashboardOptions, options.sample === true),
    };
    const { path: out, write } = outputOf(options, inputs);
    const sheets = [layout, ...exports.sheets.map((sheet) => sheet.layout)];
    const tags = [tag, ...exports.sheets.map((sheet) => sheet.tag)];
    await io.writeFile(out, await layoutsToXlsx({ sheets }, { tags }), write);
    io.stdout(
      `Wrote ${out}: sheet "${layout.name}", ${months.monthCount} months${options.sample ? ' of sample data' : ''}${
        exports.sheets.length > 0 ? ', its inputs counted from:\n' : '.\n'
      }${exportSummary(exports.sheets)}`,
    );
    return 0;
  },
};
