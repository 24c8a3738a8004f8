import { readFile, writeFile } from 'node:fs/promises';
import { parseOptions, UsageError } from './args';
import type { CliIo, Command } from './command';
import { commands } from './commands';

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
  return `Usage: funnelmath <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nfunnelmath <command> --help shows its options.\n`;
}

export const nodeIo: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => writeFile(path, data),
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
  if (name === undefined || name === 'help' || name === '--help') {
    io.stdout(helpText(table));
    return 0;
  }
  const command = table.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`funnelmath: unknown command "${name}"\n\n${helpText(table)}`);
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
      io.stderr(`funnelmath ${command.name}: ${error.message}\n\n${usage(command)}`);
      return 2;
    }
    io.stderr(`funnelmath ${command.name}: ${(error as Error).message}\n`);
    return 1;
  }
}
