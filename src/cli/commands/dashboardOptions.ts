import { isStartMonth, MAX_START_YEAR, MIN_START_YEAR } from '../../funnel/startMonth';
import type { Language } from '../../funnel/types';
import { sampleDashboard } from '../../layout/dashboard';
import type { OptionSpec, ParsedOptions } from '../args';
import { quoted } from '../shown';

const MAX_MONTHS = 120;

/** The plan schema's rule (src/funnel/startMonth.ts), so the CLI and a plan agree. */
function startProblem(value: string): string | undefined {
  return isStartMonth(value)
    ? undefined
    : `enter a month as YYYY-MM, e.g. 2026-01 (years ${MIN_START_YEAR} to ${MAX_START_YEAR})`;
}

/** Whole decimal digits only: Number() would read "0x10" as 16 and "1e2" as 100. */
function monthsProblem(value: string): string | undefined {
  const count = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  return count >= 1 && count <= MAX_MONTHS
    ? undefined
    : `enter a whole number from 1 to ${MAX_MONTHS}`;
}

/**
 * Options the dashboard and workbook commands share: the first month, how many months,
 * and (for the dashboard alone) the language; each checked with a message naming it.
 */
export const dashboardOptionSpecs: Readonly<Record<string, OptionSpec>> = {
  start: {
    description: 'First month of the table, YYYY-MM (default: this month).',
    check: startProblem,
  },
  months: {
    description: `Months in the table, 1 to ${MAX_MONTHS} (default: 12).`,
    check: monthsProblem,
  },
};

export interface MonthOptions {
  readonly firstMonth: { readonly year: number; readonly month: number };
  readonly monthCount: number;
}

export function monthOptions(options: ParsedOptions, today = new Date()): MonthOptions {
  const start = options.start;
  let firstMonth = { year: today.getFullYear(), month: today.getMonth() + 1 };
  if (start !== undefined) {
    const problem = startProblem(String(start));
    if (problem) throw new Error(`--start is ${quoted(String(start))}; ${problem}`);
    const [year, month] = String(start).split('-').map(Number);
    firstMonth = { year, month };
  }
  let monthCount = 12;
  if (options.months !== undefined) {
    const problem = monthsProblem(String(options.months));
    if (problem) throw new Error(`--months is ${quoted(String(options.months))}; ${problem}`);
    monthCount = Number(options.months);
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

function languageProblem(value: string): string | undefined {
  return languages.some((candidate) => candidate === value)
    ? undefined
    : `enter one of ${languages.join(', ')}`;
}

export const languageOptionSpec: OptionSpec = {
  description: 'Labels in en, zh-CN or zh-TW (default: en).',
  check: languageProblem,
};

export function languageOption(value: string | true | undefined): Language {
  if (value === undefined) return 'en';
  const language = languages.find((candidate) => candidate === value);
  if (!language) throw new Error(`--language is ${quoted(String(value))}; ${languageProblem('')}`);
  return language;
}
