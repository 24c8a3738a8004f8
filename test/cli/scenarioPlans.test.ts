/**
 * The CLI's `goal` and `workbook` commands take plans with scenarios: the goal sheet gets
 * its "Scenarios" block, names stay text, and a bad scenario is refused naming its path.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CliIo } from '../../src/cli/command';
import { main } from '../../src/cli/main';
import { writeFileSafely } from '../../src/cli/safeWrite';
import type { Plan } from '../../src/funnel/types';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { scenarioExamplePlan } from '../support/scenarioPlans';

const plan: Plan = {
  ...scenarioExamplePlan,
  scenarios: [...(scenarioExamplePlan.scenarios ?? []), { name: '=HYPERLINK("x")' }],
};

async function run(argv: string[]) {
  const output = { stdout: '', stderr: '' };
  const io: CliIo = {
    readFile: async (path) => (await import('node:fs/promises')).readFile(path, 'utf8'),
    writeFile: (path, data, options) => writeFileSafely(path, data, options),
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
  };
  return { code: await main(argv, io), ...output };
}

async function planFile(content: unknown) {
  const directory = await mkdtemp(join(tmpdir(), 'funnelmath-scenarios-'));
  const input = join(directory, 'plan.json');
  await writeFile(input, JSON.stringify(content));
  return { input, directory };
}

describe('the CLI with scenarios', () => {
  it.each(['goal', 'workbook'])('%s writes the scenario block, names as text', async (command) => {
    const { input, directory } = await planFile(plan);
    const out = join(directory, `${command}.xlsx`);
    const { code } = await run([command, '--input', input, '--out', out]);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Goal Calculator');
    const names = goalCalculatorCells(plan).scenarios?.scenarios.map((column) => column.name);
    expect(names?.map((address) => sheet?.getCell(address ?? '').value)).toEqual([
      'Conservative',
      'Stretch',
      '=HYPERLINK("x")',
    ]);
  });

  it('refuses a bad scenario, naming its path and value', async () => {
    const { input, directory } = await planFile({
      ...plan,
      scenarios: [{ name: 'Low', averageDealSize: -1 }],
    });
    const { code, stderr } = await run([
      'goal',
      '--input',
      input,
      '--out',
      join(directory, 'x.xlsx'),
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toContain(
      'scenarios.0.averageDealSize is -1; enter an amount greater than 0 and at most 1000000000000',
    );
  });
});
