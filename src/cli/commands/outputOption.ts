import { extname } from 'node:path';
import type { OptionSpec, ParsedOptions } from '../args';
import type { WriteOptions } from '../safeWrite';

/**
 * The options of every command that writes a workbook: where (--out, an .xlsx file name)
 * and whether an existing file may be replaced (--force). The writer (src/cli/safeWrite.ts)
 * refuses an existing file without --force, an input file, and a symbolic link.
 */

function xlsxPathProblem(value: string): string | undefined {
  if (value === '-') {
    return 'a workbook is a binary file and is not written to standard output; give a file name ending in .xlsx';
  }
  if (extname(value).toLowerCase() !== '.xlsx') {
    return 'give a file name ending in .xlsx (FunnelMath writes an Excel workbook)';
  }
  return undefined;
}

export const outputOptionSpecs: Readonly<Record<string, OptionSpec>> = {
  out: {
    description: 'Where to write the .xlsx file; an existing file is kept unless --force',
    required: true,
    check: xlsxPathProblem,
  },
  force: { description: 'Replace the --out file if it exists.', flag: true },
};

/** The --out path and how it may be written, given the files the command read. */
export function outputOf(
  options: ParsedOptions,
  inputs: readonly string[],
): { path: string; write: WriteOptions } {
  return { path: String(options.out), write: { replace: options.force === true, inputs } };
}
