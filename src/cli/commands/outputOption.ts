import { extname } from 'node:path';
import type { OptionSpec, ParsedOptions } from '../args';
import type { WriteOptions } from '../safeWrite';

/**
 * The options of every command that writes a file: where (--out, a file name with the
 * command's extension) and whether an existing file may be replaced (--force). The writer
 * (src/cli/safeWrite.ts) refuses an existing file without --force, an input file, and a
 * symbolic link.
 */

/** What a command writes: the extension --out must end in, and the words for it. */
interface OutputKind {
  readonly extension: '.xlsx' | '.json';
  readonly what: string;
  /** Why standard output ("-") is refused. */
  readonly notToStdout: string;
}

const workbook: OutputKind = {
  extension: '.xlsx',
  what: 'FunnelMath writes an Excel workbook',
  notToStdout: 'a workbook is a binary file and is not written to standard output',
};

const planFile: OutputKind = {
  extension: '.json',
  what: 'FunnelMath writes a plan as JSON',
  notToStdout: 'a plan is written to a file, kept unless --force, not to standard output',
};

function outputPathProblem(kind: OutputKind, value: string): string | undefined {
  if (value === '-') return `${kind.notToStdout}; give a file name ending in ${kind.extension}`;
  if (extname(value).toLowerCase() !== kind.extension) {
    return `give a file name ending in ${kind.extension} (${kind.what})`;
  }
  return undefined;
}

function outputSpecs(kind: OutputKind): Readonly<Record<string, OptionSpec>> {
  return {
    out: {
      description: `Where to write the ${kind.extension} file; an existing file is kept unless --force`,
      required: true,
      check: (value) => outputPathProblem(kind, value),
    },
    force: { description: 'Replace the --out file if it exists.', flag: true },
  };
}

/** --out and --force of the commands that write a workbook. */
export const outputOptionSpecs = outputSpecs(workbook);

/** --out and --force of the commands that write a plan (calibrate). */
export const planOutputOptionSpecs = outputSpecs(planFile);

/** The --out path and how it may be written, given the files the command read. */
export function outputOf(
  options: ParsedOptions,
  inputs: readonly string[],
): { path: string; write: WriteOptions } {
  return { path: String(options.out), write: { replace: options.force === true, inputs } };
}
