import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkWorkbook, type TaggedSheet } from '../../check/checkWorkbook';
import { languageOfSource, layoutOfSource, tagSourceOf } from '../../check/tagSources';
import type { Language } from '../../funnel/types';
import { sheetPrefix } from '../../layout/a1';
import { UsageError } from '../args';
import type { Command } from '../command';
import { shown } from '../shown';
import { type CheckedXlsxSheet, fixXlsx } from '../xlsxFix';
import { readXlsxSheets } from '../xlsxGrid';
import { languageOption, languageOptionSpec } from './dashboardOptions';
import { outputOf, outputOptionSpecs } from './outputOption';

/**
 * `funnelmath check --input book.xlsx [--fix --out fixed.xlsx]`: "Check this workbook" for
 * files. Every sheet FunnelMath tagged is compared with the layout its tag rebuilds; one
 * line per finding (sheet!cell: what), exit 0 when clean and 1 with findings. With --fix the
 * reported FunnelMath cells are restored into a new file (never over the input) and each
 * change is listed; exit 0 when nothing is left that only the user can fix.
 */
export const checkCommand: Command = {
  name: 'check',
  summary:
    'Check the FunnelMath sheets of an .xlsx (typed-over formulas, #REF!, bad inputs, moved blocks); --fix restores them.',
  options: {
    input: {
      description: 'The workbook to check (.xlsx).',
      required: true,
      check: (value) =>
        extname(value).toLowerCase() === '.xlsx' ? undefined : 'give an .xlsx workbook',
    },
    lang: {
      ...languageOptionSpec,
      description: "Messages in en, zh-CN or zh-TW (default: the checked sheets' language).",
    },
    fix: {
      description: 'Write the restored workbook to --out (only the reported cells change).',
      flag: true,
    },
    out: { ...outputOptionSpecs.out, required: false },
    force: outputOptionSpecs.force,
  },
  async run(options, io) {
    if (options.fix && options.out === undefined)
      throw new UsageError(['--fix needs --out, the file to write the restored workbook to']);
    if (!options.fix && options.out !== undefined)
      throw new UsageError(['--out is written only with --fix']);
    const input = String(options.input);
    let bytes: Buffer;
    try {
      bytes = await (io.readBinaryFile ?? ((path: string) => readFile(path)))(input);
    } catch (error) {
      throw new Error(`cannot read ${shown(input)}: ${(error as Error).message}`);
    }
    let sheets: Awaited<ReturnType<typeof readXlsxSheets>>;
    try {
      sheets = await readXlsxSheets(bytes);
    } catch (error) {
      throw new Error(
        `${shown(input)} is not an .xlsx workbook FunnelMath can read: ${(error as Error).message}`,
      );
    }
    const tagged = sheets.flatMap((sheet, index) =>
      sheet.tag
        ? [
            {
              index,
              sheet: {
                grid: sheet.grid,
                tag: sheet.tag,
                sheetId: sheet.sheetId,
              } satisfies TaggedSheet,
            },
          ]
        : [],
    );
    if (tagged.length === 0) {
      io.stdout(
        `${shown(input)}: no sheet of this workbook was written by FunnelMath; nothing to check.\n`,
      );
      return 0;
    }
    const firstSource = tagged
      .map(({ sheet }) => tagSourceOf(sheet.tag))
      .find((source) => source !== undefined);
    const language: Language =
      options.lang !== undefined
        ? languageOption(options.lang)
        : firstSource
          ? languageOfSource(firstSource)
          : 'en';
    const result = checkWorkbook(
      tagged.map(({ sheet }) => sheet),
      language,
    );
    for (const finding of result.findings) {
      io.stdout(`${sheetPrefix(finding.sheet)}${finding.a1}: ${finding.message}\n`);
    }
    for (const sheet of result.sheets.filter((check) => !check.checked)) {
      io.stdout(
        `${sheetPrefix(sheet.sheet)}A1: ${sheet.kind === 'export' ? 'an export sheet (your data, which FunnelMath only reads)' : `a ${sheet.kind} sheet`}, not checked\n`,
      );
    }
    if (result.findings.length === 0) {
      const count = result.sheets.filter((check) => check.checked).length;
      io.stdout(`${shown(input)}: ${count} FunnelMath sheet(s) checked, nothing to report.\n`);
      return 0;
    }
    if (!options.fix) return 1;
    const checked: CheckedXlsxSheet[] = tagged.flatMap(({ index, sheet }, position) => {
      const check = result.sheets[position];
      const source = tagSourceOf(sheet.tag);
      if (!source) return [];
      const layout = layoutOfSource(source, sheet.grid.name, {
        linkedGoal: check.linkedGoal,
      });
      return [{ index, tag: sheet.tag, layout, check }];
    });
    const { path: out, write } = outputOf(options, [input]);
    await io.writeFile(out, await fixXlsx(bytes, checked), write);
    const changes = checked.flatMap(({ check }) =>
      check.fix.changes.map(
        (change) => `${sheetPrefix(check.sheet)}${change.a1}: ${change.message}`,
      ),
    );
    io.stdout(
      `Wrote ${out}: ${changes.length} change(s).\n${changes.map((line) => `  ${line}\n`).join('')}`,
    );
    // What the user must still do: inputs to correct, moved blocks, unreadable tags.
    const left = result.findings.filter(
      (finding) => !finding.fixable && finding.kind !== 'brokenResult',
    );
    return left.length === 0 ? 0 : 1;
  },
};
