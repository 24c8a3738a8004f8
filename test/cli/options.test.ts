/**
 * Strict options: the reproductions run against the built bin as a process, then a
 * property over random command lines (inherited property names, repeats, numbers written
 * in other bases, out-of-range months, stray values) run in-process: every bad line is
 * refused with exit 2, one line per problem, and nothing is written.
 */
import fc from 'fast-check';
import { version } from '../../package.json';
import type { CliIo } from '../../src/cli/command';
import { main } from '../../src/cli/main';
import { examplePlan } from '../support/plans';
import { folderWithPlan, runBin } from './support/runBin';

describe('the issue’s reproductions, against the bin', () => {
  test.each([
    [
      ['goal', '--constructor', 'x', '--input', 'plan.json', '--out', 'a.xlsx'],
      ['unknown option --constructor'],
    ],
    [
      ['goal', '--toString', '--input', 'plan.json', '--out', 'a.xlsx'],
      ['unknown option --toString'],
    ],
    [
      ['goal', '--input', 'plan.json', '--input', 'other.json', '--out', 'a.xlsx'],
      ['--input is given more than once; give it once'],
    ],
    [
      ['dashboard', '--out', 'a.xlsx', '--months', '0x10', '--start', '0000-01'],
      [
        '--months is "0x10"; enter a whole number from 1 to 120',
        '--start is "0000-01"; enter a month as YYYY-MM, e.g. 2026-01 (years 2000 to 2099)',
      ],
    ],
    [
      ['dashboard', '--out', 'a.xlsx', '--months', '1e2', '--start', '9999-12'],
      [
        '--months is "1e2"; enter a whole number from 1 to 120',
        '--start is "9999-12"; enter a month as YYYY-MM, e.g. 2026-01 (years 2000 to 2099)',
      ],
    ],
  ])('%j: exit 2, one line per bad option, nothing written', async (argv, problems) => {
    const folder = await folderWithPlan(examplePlan);
    const result = await runBin(argv, { cwd: folder });
    const command = argv[0];
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: problems.map((problem) => `funnelmath ${command}: ${problem}\n`).join(''),
    });
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(folder)).toEqual(['plan.json']);
  });

  test('--version prints the package version', async () => {
    expect(await runBin(['--version'])).toEqual({
      code: 0,
      stdout: `funnelmath ${version}\n`,
      stderr: '',
    });
  });

  test('a bare funnelmath prints the usage and exits 2; --help prints it and exits 0', async () => {
    const bare = await runBin([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: funnelmath <command> \[options\]\n/);
    expect(await runBin(['--help'])).toEqual({ code: 0, stdout: bare.stderr, stderr: '' });
  });

  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    '"%s" is no command',
    async (name) => {
      expect(await runBin([name])).toEqual({
        code: 2,
        stdout: '',
        stderr: `funnelmath: unknown command "${name}"; run funnelmath --help for the list\n`,
      });
    },
  );
});

/** The CLI in-process over files in memory: what it printed and what it wrote. */
async function runInMemory(argv: string[]) {
  const written = new Map<string, unknown>();
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: async (path) => {
      if (path !== 'plan.json') throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return JSON.stringify(examplePlan);
    },
    writeFile: async (path, data) => {
      written.set(path, data);
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written };
}

describe('random command lines', () => {
  const inherited = Object.getOwnPropertyNames(Object.prototype);
  const known = ['input', 'out', 'force', 'sample', 'months', 'start', 'language', 'help'];
  const badValues = [
    '0x10',
    '1e2',
    '0b11',
    '0o7',
    ' 12',
    '12 ',
    '+12',
    '12.0',
    '٣',
    '１２',
    'Infinity',
    'NaN',
    '0',
    '121',
    '-1',
    '0000-01',
    '9999-12',
    '1999-12',
    '2100-01',
    '2026-13',
    '2026-1',
    '2026-00',
    '2026-01-01',
    '',
  ];
  const anyText = fc.string({ unit: 'binary', maxLength: 8 });
  const option = fc.oneof(
    fc.constantFrom(...known, ...inherited).map((name) => `--${name}`),
    anyText.map((name) => `--${name}`),
  );
  const token = fc.oneof(
    option,
    fc.constantFrom(...badValues),
    // Any code points, line breaks and control characters included.
    anyText,
    fc.constantFrom('plan.json', 'out.xlsx', '2026-01', '12', 'en', '-', '--'),
    option.chain((name) =>
      fc.oneof(fc.constantFrom(...badValues, 'x'), anyText).map((value) => `${name}=${value}`),
    ),
  );
  const commandLine = fc.tuple(
    fc.constantFrom('goal', 'dashboard', 'workbook'),
    fc.array(token, { maxLength: 8 }),
  );

  test('never throw; a refusal is exit 2, one "funnelmath <command>:" line per problem, nothing written', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(commandLine, async ([command, rest]) => {
        const result = await runInMemory([command, ...rest]);
        expect([0, 1, 2]).toContain(result.code);
        if (result.code === 0) {
          expect(result.stderr).toBe('');
          return;
        }
        expect(result.written.size).toBe(0);
        if (result.code !== 2) return;
        refused++;
        const lines = result.stderr.split('\n');
        expect(lines.pop()).toBe('');
        // One line per problem: a typed line break never splits a message.
        for (const line of lines) expect(line.startsWith(`funnelmath ${command}: `)).toBe(true);
      }),
      { numRuns: 3000, seed: 10 },
    );
    // The property must have exercised refusals, not only successes.
    expect(refused).toBeGreaterThan(2000);
  });

  test('an inherited property name is never an option, whatever its value', async () => {
    for (const name of inherited) {
      for (const argv of [
        ['dashboard', '--out', 'k.xlsx', `--${name}`],
        ['dashboard', '--out', 'k.xlsx', `--${name}`, 'x'],
        ['dashboard', '--out', 'k.xlsx', `--${name}=x`],
      ]) {
        const result = await runInMemory(argv);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`funnelmath dashboard: unknown option --${name}\n`);
      }
    }
  });

  test.each(badValues.filter((value) => !['12', '2026-01'].includes(value)))(
    '--months and --start %j are both refused, each on its own line',
    async (value) => {
      const result = await runInMemory([
        'dashboard',
        '--out',
        'k.xlsx',
        `--months=${value}`,
        `--start=${value}`,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n').filter(Boolean)).toEqual([
        expect.stringMatching(
          /^funnelmath dashboard: --months is ".*"; enter a whole number from 1 to 120$/,
        ),
        expect.stringMatching(/^funnelmath dashboard: --start is ".*"; enter a month as YYYY-MM/),
      ]);
    },
  );

  test.each([
    ['1', 1],
    ['120', 120],
    ['012', 12],
  ])('--months %s gives %d months', async (value, months) => {
    const result = await runInMemory(['dashboard', '--out', 'k.xlsx', '--months', value]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`, ${months} months.`);
  });
});

test('a value with a line break is shown escaped, so each problem stays on one line', async () => {
  const result = await runInMemory(['dashboard', '--out', 'k.xlsx', '--months', '1\n2', '--a\rb']);
  expect(result.stderr).toBe(
    'funnelmath dashboard: --months is "1\\n2"; enter a whole number from 1 to 120\nfunnelmath dashboard: unknown option "--a\\rb"\n',
  );
});
