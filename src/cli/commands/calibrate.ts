import { calibrateFromExports } from '../../exports/calibrate';
import { type ExportReading, type Problem, readExport } from '../../exports/read';
import { MAX_MONEY } from '../../funnel/schema';
import { isStartMonth, MAX_START_YEAR, MIN_START_YEAR } from '../../funnel/startMonth';
import type { Plan } from '../../funnel/types';
import { type OptionSpec, type ParsedOptions, UsageError } from '../args';
import { type CliIo, type Command, readProblem } from '../command';
import { quoted, shown } from '../shown';
import { languageOption, languageOptionSpec } from './dashboardOptions';
import { outputOf, planOutputOptionSpecs } from './outputOption';

/**
 * `funnelmath calibrate --contacts contacts.csv --deals deals.csv --from 2026-01 --to
 * 2026-06 [--target 1200000] --out plan.json`: the plan (the goal calculator's JSON) whose
 * rates, deal size and timing are those of the chosen months in the CRM exports.
 */

/** Far above any CRM export (100,000 contacts are about 15 MB), far below the memory a string may take. */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

/** Values shown of an export's unreadable cells; the rest are counted. */
const SHOWN_PROBLEMS = 10;

function monthProblem(value: string): string | undefined {
  return isStartMonth(value)
    ? undefined
    : `enter a month as YYYY-MM, e.g. 2026-01 (years ${MIN_START_YEAR} to ${MAX_START_YEAR})`;
}

/** Decimal digits only: Number() would read "0x10" as 16 and "1e6" as a million. */
function targetProblem(value: string): string | undefined {
  const amount = /^\d{1,13}(\.\d{1,6})?$/.test(value) ? Number(value) : Number.NaN;
  return amount > 0 && amount <= MAX_MONEY
    ? undefined
    : `enter the revenue target as a plain number greater than 0 and at most ${MAX_MONEY}, e.g. 1200000`;
}

const pathProblem = (value: string) => (value === '' ? 'give the path of a CSV file' : undefined);

const options: Readonly<Record<string, OptionSpec>> = {
  contacts: {
    description: 'The HubSpot contacts export (CSV) with the lifecycle stage dates.',
    required: true,
    check: pathProblem,
  },
  deals: {
    description: 'The HubSpot deals or Salesforce opportunities export (CSV).',
    required: true,
    check: pathProblem,
  },
  from: { description: 'First month counted, YYYY-MM.', required: true, check: monthProblem },
  to: { description: 'Last month counted, YYYY-MM.', required: true, check: monthProblem },
  target: {
    description:
      'Revenue target of the plan (default: the revenue of those months scaled to a year).',
    check: targetProblem,
  },
  language: languageOptionSpec,
  ...planOutputOptionSpecs,
};

async function readCsv(io: CliIo, option: string, path: string): Promise<ExportReading> {
  let text: string;
  try {
    text = await io.readFile(path, MAX_EXPORT_BYTES);
  } catch (error) {
    throw new Error(`--${option} ${shown(path)}: cannot read it: ${readProblem(error)}`);
  }
  return readExport(text);
}

function wrongKind(option: string, path: string, reading: ExportReading, wanted: string): Error {
  const header = reading.header
    .slice(0, 6)
    .map((name) => quoted(name))
    .join(', ');
  return new Error(
    `--${option} ${shown(path)} is not ${wanted}: its header row (${header || 'empty'}${reading.header.length > 6 ? ', ...' : ''}) reads as ${reading.kind}`,
  );
}

function problemLines(path: string, problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const lines = problems
    .slice(0, SHOWN_PROBLEMS)
    .map(
      (problem) =>
        `  row ${problem.row}${problem.column ? `, ${shown(problem.column)}` : ''}${problem.value ? ` ${quoted(problem.value)}` : ''}: ${problem.reason}\n`,
    );
  const more = problems.length - SHOWN_PROBLEMS;
  return `${shown(path)}: ${problems.length} value${problems.length === 1 ? '' : 's'} could not be read and ${problems.length === 1 ? 'is' : 'are'} counted nowhere:\n${lines.join('')}${more > 0 ? `  ... and ${more} more\n` : ''}`;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function summary(out: string, plan: Plan, from: string, to: string): string {
  const steps = plan.stages
    .slice(0, -1)
    .map(
      (stage, index) =>
        `${stage.name} → ${plan.stages[index + 1].name} ${percent(stage.conversionToNext ?? 0)}${stage.daysToNext === undefined ? '' : ` (${stage.daysToNext} days)`}`,
    )
    .join(', ');
  const cycle =
    plan.salesCycleDays === undefined ? '' : `, sales cycle ${plan.salesCycleDays} days`;
  return `Wrote ${out}: from ${from} to ${to}, ${steps}; average deal size ${Math.round(plan.averageDealSize * 100) / 100}${cycle}; revenue target ${Math.round(plan.revenueTarget * 100) / 100} a year.\n`;
}

function months(parsed: ParsedOptions): { from: string; to: string } {
  const from = String(parsed.from);
  const to = String(parsed.to);
  if (from > to) {
    throw new UsageError([
      `--from is ${quoted(from)}, after --to ${quoted(to)}; give the earlier month first`,
    ]);
  }
  return { from, to };
}

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'Write a plan (JSON) whose rates are those of chosen months in CRM exports (CSV).',
  options,
  async run(parsed, io) {
    const { from, to } = months(parsed);
    const contactsPath = String(parsed.contacts);
    const dealsPath = String(parsed.deals);
    const contacts = await readCsv(io, 'contacts', contactsPath);
    if (contacts.kind !== 'hubspot-contacts') {
      throw wrongKind(
        'contacts',
        contactsPath,
        contacts,
        'a HubSpot contacts export with lifecycle stage dates',
      );
    }
    const deals = await readCsv(io, 'deals', dealsPath);
    if (deals.kind !== 'hubspot-deals' && deals.kind !== 'salesforce-opportunities') {
      throw wrongKind(
        'deals',
        dealsPath,
        deals,
        'a HubSpot deals or Salesforce opportunities export',
      );
    }
    io.stderr(
      problemLines(contactsPath, contacts.problems) + problemLines(dealsPath, deals.problems),
    );
    const calibration = calibrateFromExports({
      contacts: contacts.contacts,
      deals: deals.deals,
      from,
      to,
      revenueTarget: parsed.target === undefined ? undefined : Number(parsed.target),
      language: languageOption(parsed.language),
    });
    if (!calibration.ok) {
      io.stderr(
        `No plan written: ${calibration.problems.length} problem${calibration.problems.length === 1 ? '' : 's'} with the months ${from} to ${to}:\n${calibration.problems.map((problem) => `- ${problem}\n`).join('')}`,
      );
      return 1;
    }
    const { path: out, write } = outputOf(parsed, [contactsPath, dealsPath]);
    await io.writeFile(out, `${JSON.stringify(calibration.plan, null, 2)}\n`, write);
    io.stdout(summary(shown(out), calibration.plan, from, to));
    for (const note of calibration.notes) io.stdout(`Note: ${note}\n`);
    return 0;
  },
};
