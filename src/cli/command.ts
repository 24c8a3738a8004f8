import { MAX_JSON_NESTING, nestsDeeperThan } from '../json/nesting';
import type { OptionSpec, ParsedOptions } from './args';
import type { WriteOptions } from './safeWrite';
import { shown } from './shown';

/** What a command may touch: files and the two output streams (tests pass fakes). */
export interface CliIo {
  /** Text of a file; larger than `maxBytes` (default: a plan's limit, readText.ts) is refused. */
  readFile(path: string, maxBytes?: number): Promise<string>;
  /** The real one is writeFileSafely (src/cli/safeWrite.ts): atomic, never over an input. */
  writeFile(path: string, data: Buffer | string, options: WriteOptions): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One `funnelmath <name>` command. Add one by listing it in src/cli/commands/index.ts. */
export interface Command {
  readonly name: string;
  /** One line for `funnelmath help`. */
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Runs the command; returns the process exit code. */
  run(options: ParsedOptions, io: CliIo): Promise<number>;
}

/** Why a file could not be read, in words rather than an errno line. */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

/** Reads a JSON file, or explains which file is not JSON and where. */
export async function readJson(io: CliIo, typedPath: string): Promise<unknown> {
  const path = shown(typedPath);
  let text: string;
  try {
    text = await io.readFile(typedPath);
  } catch (error) {
    throw new Error(`cannot read ${path}: ${readProblem(error)}`);
  }
  let value: unknown;
  try {
    // Editors on Windows save "UTF-8 with BOM"; the mark is not part of the JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (nestsDeeperThan(value)) {
    throw new Error(
      `${path} nests arrays or objects more than ${MAX_JSON_NESTING} levels deep; a plan is one object with a list of stages`,
    );
  }
  return value;
}
