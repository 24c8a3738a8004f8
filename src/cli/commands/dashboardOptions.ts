import type { Language } from '../../funnel/types';
import { sampleDashboard } from '../../layout/dashboard';
import type { OptionSpec, ParsedOptions } from '../args';

/**
 * Options the dashboard and workbook commands share: the first month, how many months,
 * and (for the dashboard alone) the language; each checked with a message naming it.
 */
export const dashboardOptionSpecs: Readonly<Record<string, OptionSpec>> = {
  start: { description: 'First month of the table, YYYY-MM (default: this month).' },
  months: { description: 'Months in the table, 1 to 120 (default: 12).' },
};

export interface MonthOptions {
  readonly firstMonth: { readonly year: number; readonly month: number };
  readonly monthCount: number;
}

export function monthOptions(options: ParsedOptions, today = new Date()): MonthOptions {
  const start = options.start;
  let firstMonth = { year: today.getFullYear(), month: today.getMonth() + 1 };
  if (start !== undefined) {
    const match = /^(\d{4})-(\d{2})$/.exec(String(start));
    const month = match ? Number(match[2]) : 0;
    if (!match || month < 1 || month > 12) {
      throw new Error(`--start is "${String(start)}"; enter a month as YYYY-MM, e.g. 2026-01`);
    }
    firstMonth = { year: Number(match[1]), month };
  }
  let monthCount = 12;
  if (options.months !== undefined) {
    monthCount = Number(options.months);
    if (!Number.isInteger(monthCount) || monthCount < 1 || monthCount > 120) {
      throw new Error(
        `--months is "${String(options.months)}"; enter a whole number from 1 to 120`,
      );
    }
  }
  return { firstMonth, monthCount };
}

/**
 * The months of a command that may take --sample: --start and --months apply either way;
 * without --start the sample keeps its own first month instead of this month.
 */
export function sampleMonthOptions(options: ParsedOptions, today = new Date()): MonthOptions {
  const months = monthOptions(options, today);
  return options.sample && options.start === undefined
    ? { ...months, firstMonth: sampleDashboard.firstMonth }
    : months;
}

const languages: readonly Language[] = ['en', 'zh-CN', 'zh-TW'];

export function languageOption(value: string | true | undefined): Language {
  if (value === undefined) return 'en';
  const language = languages.find((candidate) => candidate === value);
  if (!language) {
    throw new Error(`--language is "${String(value)}"; enter one of ${languages.join(', ')}`);
  }
  return language;
}
