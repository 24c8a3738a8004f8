import { version } from '../../package.json';
import { parseOptions, UsageError } from './args';
import type { CliIo, Command } from './command';
import { commands } from './commands';
import { readTextFile } from './readText';
import { writeFileSafely } from './safeWrite';
import { quoted } from './shown';

/**
 * `funnelmath <command> [--option value ...]`: the offline entry point, bundled for Node
 * into dist-node/cli.js and run by bin/funnelmath.js.
 */

function usage(command: Command): string {
  const options = Object.entries(command.options)
    .map(
      ([name, spec]) =>
        `  --${name}${spec.flag ? '' : ' <value>'}  ${spec.description}${spec.required ? ' (required)' : ''}`,
    )
    .join('\n');
  return `funnelmath ${command.name}: ${command.summary}\n${options}\n`;
}

export function helpText(table: readonly Command[] = commands): string {
  const width = Math.max(...table.map((command) => command.name.length));
  const lines = table.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: funnelmath <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nfunnelmath <command> --help shows its options; funnelmath --version its version.\n`;
}

export const nodeIo: CliIo = {
  readFile: (path, maxBytes) => readTextFile(path, maxBytes),
  writeFile: (path, data, options) => writeFileSafely(path, data, options),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs one command line; resolves to the exit code (0 success, 1 bad input, 2 bad usage). */
export async function main(
  argv: readonly string[],
  io: CliIo = nodeIo,
  table: readonly Command[] = commands,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // Nothing asked: say how to ask, and fail, so a script missing its arguments notices.
    io.stderr(helpText(table));
    return 2;
  }
  if (name === 'help' || name === '--help') {
    io.stdout(helpText(table));
    return 0;
  }
  if (name === '--version') {
    io.stdout(`funnelmath ${version}\n`);
    return 0;
  }
  // An own-property lookup: "constructor" or "toString" is no command.
  const command = table.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`funnelmath: unknown command ${quoted(name)}; run funnelmath --help for the list\n`);
    return 2;
  }
  try {
    const options = parseOptions(rest, {
      ...command.options,
      help: { description: 'Show this help.', flag: true },
    });
    if (options.help) {
      io.stdout(usage(command));
      return 0;
    }
    return await command.run(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        error.problems.map((problem) => `funnelmath ${command.name}: ${problem}\n`).join(''),
      );
      return 2;
    }
    io.stderr(`funnelmath ${command.name}: ${(error as Error).message}\n`);
    return 1;
  }
}
