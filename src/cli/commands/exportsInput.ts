import type { Language } from '../../funnel/types';
import type { LinkedExport } from '../../layout/dashboard';
import { type ExportSheet, exportSheetFromCsv } from '../../layout/exports';
import type { ExportMapping } from '../../layout/exports/mapping';
import type { OptionSpec, ParsedOptions } from '../args';
import { type CliIo, readProblem } from '../command';
import { shown } from '../shown';

/**
 * The dashboard command's export options: --contacts, --deals and --traffic, each a CSV
 * file as the tool exported it, read into an export sheet whose rows the dashboard's
 * inputs count.
 */

/** An export is far larger than a plan: 100,000 HubSpot contacts are about 15 MB. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

const exportOptions: readonly (readonly [string, ExportMapping['kind'], string])[] = [
  [
    'contacts',
    'contacts',
    'HubSpot contacts export (CSV): leads, MQLs, SQLs by their stage dates.',
  ],
  [
    'deals',
    'deals',
    'HubSpot deals or Salesforce opportunities export (CSV): opportunities, deals won, revenue.',
  ],
  ['traffic', 'traffic', 'GA4 traffic acquisition export (CSV): visitors and organic visitors.'],
];

export const exportOptionSpecs: Readonly<Record<string, OptionSpec>> = Object.fromEntries(
  exportOptions.map(([name, , description]) => [name, { description }]),
);

/** The export files named on the command line, in the order contacts, deals, traffic. */
export function exportPaths(options: ParsedOptions): string[] {
  return exportOptions
    .map(([name]) => options[name])
    .filter((path): path is string => typeof path === 'string');
}

export interface ReadExports {
  readonly sheets: readonly ExportSheet[];
  readonly link: readonly LinkedExport[];
}

/** Reads and builds every export the options name; an unreadable or unrecognised file is an error naming it. */
export async function readExportOptions(
  options: ParsedOptions,
  io: CliIo,
  language: Language,
): Promise<ReadExports> {
  const sheets: ExportSheet[] = [];
  for (const [name, kind] of exportOptions) {
    const path = options[name];
    if (typeof path !== 'string') continue;
    let text: string;
    try {
      text = await io.readFile(path, MAX_EXPORT_BYTES);
    } catch (error) {
      throw new Error(`cannot read --${name} ${shown(path)}: ${readProblem(error)}`);
    }
    sheets.push(exportSheetFromCsv(text, kind, `--${name} ${shown(path)}`, language));
  }
  return {
    sheets,
    link: sheets.map((sheet) => ({
      sheet: sheet.map.name,
      mapping: sheet.map.mapping,
      ...(sheet.map.organicChannels ? { organicChannels: sheet.map.organicChannels } : {}),
    })),
  };
}

/** One line per export sheet: its rows, and the rows whose date nobody can read. */
export function exportSummary(sheets: readonly ExportSheet[]): string {
  return sheets
    .map((sheet) => {
      const rows = sheet.map.lastDataRow - 1;
      const unreadable = sheet.unreadableRows;
      const listed = unreadable.slice(0, 10).join(', ');
      const more = unreadable.length > 10 ? `, and ${unreadable.length - 10} more` : '';
      return `  "${sheet.map.name}": ${rows} rows${
        unreadable.length === 0
          ? ''
          : `; ${unreadable.length} with an unreadable date, counted in no month and listed on the sheet (rows ${listed}${more})`
      }\n`;
    })
    .join('');
}
