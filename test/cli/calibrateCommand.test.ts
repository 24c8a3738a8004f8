/**
 * `funnelmath calibrate`: the plan file it writes equals the plan computed straight from the
 * generated facts, the goal command accepts it, the README's command works as shown, and
 * every bad option or file is one line naming the option and the value, with nothing written.
 */
import { copyFile, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/command';
import { main, nodeIo } from '../../src/cli/main';
import { validatePlan } from '../../src/funnel/schema';
import { directPlan, generateExports } from '../support/crmExports';

const repoRoot = join(__dirname, '..', '..');

async function cli(argv: string[], cwd?: string) {
  const output = { stdout: '', stderr: '' };
  const inFolder = (path: string) => (cwd === undefined ? path : join(cwd, path));
  const io: CliIo = {
    readFile: (path, maxBytes) => nodeIo.readFile(inFolder(path), maxBytes),
    writeFile: (path, data, options) =>
      nodeIo.writeFile(inFolder(path), data, {
        ...options,
        inputs: options.inputs.map(inFolder),
      }),
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
  };
  const code = await main(argv, io);
  return { code, ...output };
}

async function exportsIn(options: Parameters<typeof generateExports>[0]) {
  const folder = await mkdtemp(join(tmpdir(), 'funnelmath-calibrate-'));
  const generated = generateExports(options);
  const contacts = join(folder, 'contacts.csv');
  const deals = join(folder, 'deals.csv');
  await writeFile(contacts, generated.contactsCsv);
  await writeFile(deals, generated.dealsCsv);
  return { folder, generated, contacts, deals, out: join(folder, 'plan.json') };
}

const range = ['--from', '2026-01', '--to', '2026-06'];

test('writes the plan of the direct computation, and the goal command accepts the file', async () => {
  const files = await exportsIn({ seed: 11, contacts: 2500, deals: 400, delimiter: ';' });
  const run = await cli([
    'calibrate',
    '--contacts',
    files.contacts,
    '--deals',
    files.deals,
    ...range,
    '--out',
    files.out,
  ]);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Wrote .*plan\.json: from 2026-01 to 2026-06, Leads → MQLs \d/);
  expect(run.stderr).toContain(`${files.generated.unreadableRows.length} values could not be read`);
  const written = JSON.parse(await readFile(files.out, 'utf8'));
  expect(written).toEqual(directPlan(files.generated, '2026-01', '2026-06'));
  expect(validatePlan(written).ok).toBe(true);

  const goal = await cli(['goal', '--input', files.out, '--out', join(files.folder, 'goal.xlsx')]);
  expect(goal).toMatchObject({ code: 0, stderr: '' });
  expect((await stat(join(files.folder, 'goal.xlsx'))).size).toBeGreaterThan(0);
});

test('--target sets the revenue target; an existing --out is kept without --force', async () => {
  const files = await exportsIn({ seed: 12, contacts: 1500, deals: 250 });
  const argv = ['calibrate', '--contacts', files.contacts, '--deals', files.deals, ...range];
  await writeFile(files.out, 'my notes');
  const refused = await cli([...argv, '--target', '1200000', '--out', files.out]);
  expect(refused.code).toBe(2);
  expect(
    refused.stderr.endsWith(
      `funnelmath calibrate: --out ${files.out} already exists; add --force to replace it\n`,
    ),
  ).toBe(true);
  expect(await readFile(files.out, 'utf8')).toBe('my notes');
  const forced = await cli([...argv, '--target', '1200000', '--out', files.out, '--force']);
  expect(forced.code).toBe(0);
  expect(JSON.parse(await readFile(files.out, 'utf8')).revenueTarget).toBe(1200000);
});

test('the README’s calibrate and goal commands run as shown', async () => {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
  const lines = readme
    .split('\n')
    .filter((line) => /^npx funnelmath (calibrate|goal --input calibrated)/.test(line));
  expect(lines).toHaveLength(2);
  const folder = await mkdtemp(join(tmpdir(), 'funnelmath-readme-'));
  await writeFile(join(folder, 'placeholder'), '');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(folder, 'examples', 'crm'), { recursive: true });
  for (const name of ['hubspot-contacts.csv', 'hubspot-deals.csv']) {
    await copyFile(join(repoRoot, 'examples', 'crm', name), join(folder, 'examples', 'crm', name));
  }
  for (const line of lines) {
    const run = await cli(line.split(/\s+/).slice(2), folder);
    expect(run.code).toBe(0);
  }
  expect(
    validatePlan(JSON.parse(await readFile(join(folder, 'calibrated-plan.json'), 'utf8'))).ok,
  ).toBe(true);
});

test('a rate a plan cannot take is refused with the stage, months and counts; nothing written', async () => {
  const files = await exportsIn({ seed: 13, contacts: 300, deals: 200 });
  const run = await cli([
    'calibrate',
    '--contacts',
    files.contacts,
    '--deals',
    files.deals,
    '--from',
    '2026-02',
    '--to',
    '2026-02',
    '--out',
    files.out,
  ]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(
    /No plan written: \d+ problems? with the months 2026-02 to 2026-02:\n- the rate SQLs → Opportunities is \d+\/\d+, over 100%: there are more Opportunities \(\d+\) than SQLs \(\d+\) in 2026-02;/,
  );
  await expect(stat(files.out)).rejects.toThrow('ENOENT');
});

test('bad options: one line each, naming the option and the value', async () => {
  const run = await cli([
    'calibrate',
    '--contacts',
    'c.csv',
    '--deals',
    'd.csv',
    '--from',
    '2026-13',
    '--to',
    'June',
    '--target',
    '1e6',
    '--out',
    'plan.xlsx',
  ]);
  expect(run).toEqual({
    code: 2,
    stdout: '',
    stderr: [
      'funnelmath calibrate: --from is "2026-13"; enter a month as YYYY-MM, e.g. 2026-01 (years 2000 to 2099)',
      'funnelmath calibrate: --to is "June"; enter a month as YYYY-MM, e.g. 2026-01 (years 2000 to 2099)',
      'funnelmath calibrate: --target is "1e6"; enter the revenue target as a plain number greater than 0 and at most 1000000000000, e.g. 1200000',
      'funnelmath calibrate: --out is "plan.xlsx"; give a file name ending in .json (FunnelMath writes a plan as JSON)',
      '',
    ].join('\n'),
  });
  const reversed = await cli([
    'calibrate',
    '--contacts',
    'c.csv',
    '--deals',
    'd.csv',
    '--from',
    '2026-06',
    '--to',
    '2026-01',
    '--out',
    'p.json',
  ]);
  expect(reversed.stderr).toBe(
    'funnelmath calibrate: --from is "2026-06", after --to "2026-01"; give the earlier month first\n',
  );
  const missing = await cli(['calibrate', '--deals', 'd.csv', ...range, '--out', 'p.json']);
  expect(missing.stderr).toBe('funnelmath calibrate: --contacts is required\n');
});

test('a missing file or an export of the wrong kind is named, with its header', async () => {
  const files = await exportsIn({ seed: 14, contacts: 50, deals: 20 });
  const noFile = await cli([
    'calibrate',
    '--contacts',
    join(files.folder, 'nope.csv'),
    '--deals',
    files.deals,
    ...range,
    '--out',
    files.out,
  ]);
  expect(noFile).toMatchObject({
    code: 1,
    stderr: `funnelmath calibrate: --contacts ${join(files.folder, 'nope.csv')}: cannot read it: there is no such file\n`,
  });
  const swapped = await cli([
    'calibrate',
    '--contacts',
    files.deals,
    '--deals',
    files.contacts,
    ...range,
    '--out',
    files.out,
  ]);
  expect(swapped).toMatchObject({
    code: 1,
    stderr: `funnelmath calibrate: --contacts ${files.deals} is not a HubSpot contacts export with lifecycle stage dates: its header row ("Deal Name", "Create Date", "Close Date", "Amount", "Deal Stage") reads as hubspot-deals\n`,
  });
  await expect(stat(files.out)).rejects.toThrow('ENOENT');
});

test('100,000 contacts: read and calibrated in one run, the plan still the direct one', async () => {
  const files = await exportsIn({ seed: 15, contacts: 100_000, deals: 16_000 });
  expect((await stat(files.contacts)).size).toBeGreaterThan(5_000_000);
  const run = await cli([
    'calibrate',
    '--contacts',
    files.contacts,
    '--deals',
    files.deals,
    ...range,
    '--out',
    files.out,
  ]);
  expect(run.code).toBe(0);
  expect(JSON.parse(await readFile(files.out, 'utf8'))).toEqual(
    directPlan(files.generated, '2026-01', '2026-06'),
  );
}, 120_000);
