import type { OptionSpec, ParsedOptions } from './args';

/** What a command may touch: files and the two output streams (tests pass fakes). */
export interface CliIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: Buffer | string): Promise<void>;
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

/** Reads a JSON file, or explains which file is not JSON and where. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}
