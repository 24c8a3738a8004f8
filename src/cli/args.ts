import { parseArgs } from 'node:util';
import { quoted, shown } from './shown';

/**
 * Command-line options: `--name value` or `--name=value`, plus bare flags (`--force`).
 * Parsed by Node's own util.parseArgs with strict: true: options are looked up as own
 * properties, so `--constructor` or `--toString` is unknown like any typo. Every bad option
 * is reported, one line each, before anything runs.
 */
export interface OptionSpec {
  readonly description: string;
  /** A flag takes no value. */
  readonly flag?: boolean;
  readonly required?: boolean;
  /** Checks the value as typed: the problem in words ("enter ..."), or undefined when fine. */
  readonly check?: (value: string) => string | undefined;
}

export type ParsedOptions = Readonly<Record<string, string | true>>;

/** Bad usage (exit 2): one line per problem, each naming the option and the value. */
export class UsageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** What is wrong with each option as typed, in order; empty when the line is well formed. */
function problemsOf(
  tokens: readonly Token[],
  specs: ReadonlyMap<string, OptionSpec>,
): { problems: string[]; seen: Set<string> } {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind === 'option-terminator') {
      problems.push('"--" is not an option; every value follows its option');
      continue;
    }
    if (token.kind === 'positional') {
      problems.push(`unexpected argument ${quoted(token.value)}; every value follows its option`);
      continue;
    }
    const spec = specs.get(token.name);
    if (!spec || !token.rawName.startsWith('--')) {
      problems.push(`unknown option ${shown(token.rawName)}`);
      // The value typed after an unknown option belongs to it: one line, not two.
      const next = tokens[index + 1];
      if (
        token.value === undefined &&
        next?.kind === 'positional' &&
        next.index === token.index + 1
      )
        index++;
      continue;
    }
    if (seen.has(token.name)) {
      problems.push(`--${token.name} is given more than once; give it once`);
      continue;
    }
    seen.add(token.name);
    if (spec.flag) {
      if (token.value !== undefined)
        problems.push(`--${token.name} takes no value (it is ${quoted(token.value)})`);
      continue;
    }
    // Without strict parsing, `--out --force` reads "--force" as the value of --out.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      problems.push(`--${token.name} needs a value`);
      continue;
    }
    const problem = spec.check?.(token.value);
    if (problem) problems.push(`--${token.name} is ${quoted(token.value)}; ${problem}`);
    else if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')
      // Node's strict parser calls this ambiguous (a forgotten value, or a value?): ask.
      problems.push(
        `--${token.name} is ${quoted(token.value)}; write it as --${token.name}=${token.value}`,
      );
  }
  return { problems, seen };
}

export function parseOptions(
  argv: readonly string[],
  specs: Readonly<Record<string, OptionSpec>>,
): ParsedOptions {
  const specMap = new Map(Object.entries(specs));
  const options = Object.fromEntries(
    [...specMap].map(([name, spec]) => [name, { type: spec.flag ? 'boolean' : 'string' }]),
  ) as Record<string, { type: 'boolean' | 'string' }>;
  // A lenient pass first, to report every problem at once (strict parsing stops at the first).
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, tokens: true });
  const { problems, seen } = problemsOf(tokens, specMap);
  if (!seen.has('help')) {
    for (const [name, spec] of specMap) {
      if (spec.required && !seen.has(name)) problems.push(`--${name} is required`);
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  // The lines above found nothing wrong; Node's strict parser is the last word.
  try {
    const { values } = parseArgs({ args: [...argv], options, strict: true });
    const parsed: Record<string, string | true> = Object.create(null);
    for (const [name, value] of Object.entries(values)) {
      if (value === true || typeof value === 'string') parsed[name] = value;
    }
    return parsed;
  } catch (error) {
    throw new UsageError([String((error as Error).message).split('\n')[0]]);
  }
}
