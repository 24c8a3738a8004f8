/**
 * The plan file as people save it: with a UTF-8 byte-order mark (Windows editors), and the
 * files that are not a plan at all. Each answer names the file and the problem; none is a
 * stack trace or "Maximum call stack size exceeded". Run against the built bin.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { examplePlan } from '../support/plans';
import { folderWithPlan, runBin } from './support/runBin';

async function runWithPlanBytes(bytes: Buffer | string) {
  const folder = await folderWithPlan({});
  await writeFile(join(folder, 'plan.json'), bytes);
  const result = await runBin(['goal', '--input', 'plan.json', '--out', 'goal.xlsx'], {
    cwd: folder,
  });
  return { ...result, files: (await readdir(folder)).sort() };
}

test('a plan saved with a UTF-8 byte-order mark is read', async () => {
  const result = await runWithPlanBytes(`\uFEFF${JSON.stringify(examplePlan, null, 2)}`);
  expect(result).toMatchObject({
    code: 0,
    stdout: 'Wrote goal.xlsx: sheet "Goal Calculator", 5 stages.\n',
    stderr: '',
    files: ['goal.xlsx', 'plan.json'],
  });
});

test.each([
  [
    'a 100,000-deep array',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'plan.json nests arrays or objects more than 64 levels deep; a plan is one object with a list of stages',
  ],
  [
    'a plan whose stage name is 100,000 objects deep',
    JSON.stringify({ ...examplePlan, stages: [] }).replace(
      '"stages":[]',
      `"stages":[${'{"name":'.repeat(100_000)}1${'}'.repeat(100_000)}]`,
    ),
    'plan.json nests arrays or objects more than 64 levels deep; a plan is one object with a list of stages',
  ],
  ['an empty file', '', 'plan.json is not valid JSON: Unexpected end of JSON input'],
  [
    'a byte-order mark alone',
    '\uFEFF',
    'plan.json is not valid JSON: Unexpected end of JSON input',
  ],
  [
    'bytes that are not UTF-8',
    Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    'cannot read plan.json: it is not UTF-8 text',
  ],
  [
    'a file larger than any plan',
    `[${'1,'.repeat(600_000)}1]`,
    'cannot read plan.json: it is larger than 1048576 bytes',
  ],
])(
  '%s is refused naming the file and the problem, and nothing is written',
  async (_case, bytes, problem) => {
    const result = await runWithPlanBytes(bytes);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `funnelmath goal: ${problem}\n`,
      files: ['plan.json'],
    });
  },
);

test('malformed JSON says where', async () => {
  const result = await runWithPlanBytes('{"revenueTarget": 1,}');
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^funnelmath goal: plan\.json is not valid JSON: .*position 20/);
  expect(result.stderr.split('\n')).toHaveLength(2);
});

test('a missing plan or a folder is named in words', async () => {
  const folder = await folderWithPlan(examplePlan);
  const missing = await runBin(['goal', '--input', 'nope.json', '--out', 'g.xlsx'], {
    cwd: folder,
  });
  expect(missing.stderr).toBe('funnelmath goal: cannot read nope.json: there is no such file\n');
  const directory = await runBin(['goal', '--input', '.', '--out', 'g.xlsx'], { cwd: folder });
  expect(directory.stderr).toBe('funnelmath goal: cannot read .: it is a folder, not a file\n');
  expect(await readdir(folder)).toEqual(['plan.json']);
});
