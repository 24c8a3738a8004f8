/**
 * Command-line options: `--name value` or `--name=value`, plus bare flags (`--help`).
 * Unknown options are an error naming them, so a typo never runs with a default.
 */
export interface OptionSpec {
  readonly description: string;
  /** A flag takes no value. */
  readonly flag?: boolean;
  readonly required?: boolean;
}

export type ParsedOptions = Readonly<Record<string, string | true>>;

export class UsageError extends Error {}

export function parseOptions(
  argv: readonly string[],
  specs: Readonly<Record<string, OptionSpec>>,
): ParsedOptions {
  const options: Record<string, string | true> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(argument);
    if (!match) throw new UsageError(`unexpected argument "${argument}"`);
    const [, name, inlineValue] = match;
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option --${name}`);
    if (spec.flag) {
      options[name] = true;
      continue;
    }
    const value = inlineValue ?? argv[++index];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && options[name] === undefined && options.help === undefined) {
      throw new UsageError(`--${name} is required`);
    }
  }
  return options;
}
