/**
 * The user's files survive the CLI: the built bin, run as its own process, refuses to
 * replace a file without --force, to write over its own input, through a symbolic link or
 * to a name that is not .xlsx, and a write that fails part-way (a file-size limit makes the
 * real write() fail with EFBIG, as a full disk does with ENOSPC) leaves the old file whole
 * and no temporary file behind.
 */
import {
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { examplePlan } from '../support/plans';
import { folderWithPlan, runBin } from './support/runBin';

const OLD = 'the user’s old file, which must survive';

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => sheet.name);
}

/** Nothing but the files the test put there and the ones named: no temporary leftovers. */
async function expectFiles(folder: string, names: string[]): Promise<void> {
  expect((await readdir(folder)).sort()).toEqual([...names].sort());
}

test('an existing --out is refused without --force (exit 2, one line) and kept as it was', async () => {
  const folder = await folderWithPlan(examplePlan);
  await writeFile(join(folder, 'goal.xlsx'), OLD);
  const result = await runBin(['goal', '--input', 'plan.json', '--out', 'goal.xlsx'], {
    cwd: folder,
  });
  expect(result).toEqual({
    code: 2,
    stdout: '',
    stderr: 'funnelmath goal: --out goal.xlsx already exists; add --force to replace it\n',
  });
  expect(await readFile(join(folder, 'goal.xlsx'), 'utf8')).toBe(OLD);
  await expectFiles(folder, ['plan.json', 'goal.xlsx']);
});

test('--force replaces it with the workbook, keeping its permissions, and leaves no temporary file', async () => {
  const folder = await folderWithPlan(examplePlan);
  const out = join(folder, 'goal.xlsx');
  await writeFile(out, OLD, { mode: 0o640 });
  const result = await runBin(['goal', '--input', 'plan.json', '--out', 'goal.xlsx', '--force'], {
    cwd: folder,
  });
  expect(result.code).toBe(0);
  expect(await sheetNames(out)).toEqual(['Goal Calculator']);
  expect((await lstat(out)).mode & 0o777).toBe(0o640);
  await expectFiles(folder, ['plan.json', 'goal.xlsx']);
});

test.each([
  ['the same name', 'plan.xlsx', 'plan.xlsx'],
  ['another spelling of the path', 'plan.xlsx', './sub/../plan.xlsx'],
  ['a hard link to it', 'plan.xlsx', 'hard.xlsx'],
  ['a symbolic link to it', 'link.xlsx', 'plan.xlsx'],
])('--out equal to the input (%s) is refused even with --force', async (_case, input, out) => {
  // A plan may be named anything, .xlsx included: the check is on the file, not the name.
  const folder = await folderWithPlan(examplePlan);
  const plan = JSON.stringify(examplePlan);
  await writeFile(join(folder, 'plan.xlsx'), plan);
  await link(join(folder, 'plan.xlsx'), join(folder, 'hard.xlsx'));
  await symlink('plan.xlsx', join(folder, 'link.xlsx'));
  await mkdir(join(folder, 'sub'));
  const result = await runBin(['goal', '--input', input, '--out', out, '--force'], {
    cwd: folder,
  });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(
    /^funnelmath goal: --out .* (is the input file|is a symbolic link)/,
  );
  expect(result.stderr.split('\n')).toHaveLength(2);
  expect(await readFile(join(folder, 'plan.xlsx'), 'utf8')).toBe(plan);
  await expectFiles(folder, ['plan.json', 'plan.xlsx', 'hard.xlsx', 'link.xlsx', 'sub']);
});

test('--input x.json --out x.json (the issue’s example) is refused and the plan kept', async () => {
  const folder = await folderWithPlan(examplePlan);
  const before = await readFile(join(folder, 'plan.json'), 'utf8');
  const result = await runBin(['goal', '--input', 'plan.json', '--out', 'plan.json', '--force'], {
    cwd: folder,
  });
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(
    'funnelmath goal: --out is "plan.json"; give a file name ending in .xlsx (FunnelMath writes an Excel workbook)\n',
  );
  expect(await readFile(join(folder, 'plan.json'), 'utf8')).toBe(before);
});

test('a symbolic link at --out is never written through, with or without --force', async () => {
  const folder = await folderWithPlan(examplePlan);
  await writeFile(join(folder, 'target.xlsx'), OLD);
  await symlink('target.xlsx', join(folder, 'goal.xlsx'));
  // A dangling link too: following it would create a file wherever it points.
  await symlink('elsewhere.xlsx', join(folder, 'dangling.xlsx'));
  for (const out of ['goal.xlsx', 'dangling.xlsx']) {
    for (const force of [[], ['--force']]) {
      const result = await runBin(['goal', '--input', 'plan.json', '--out', out, ...force], {
        cwd: folder,
      });
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `funnelmath goal: --out ${out} is a symbolic link; FunnelMath does not write through links: give the real file's path\n`,
      });
    }
  }
  expect(await readFile(join(folder, 'target.xlsx'), 'utf8')).toBe(OLD);
  expect(await readlink(join(folder, 'goal.xlsx'))).toBe('target.xlsx');
  await expectFiles(folder, ['plan.json', 'target.xlsx', 'goal.xlsx', 'dangling.xlsx']);
});

test.each([
  ['goal.csv', 'give a file name ending in .xlsx (FunnelMath writes an Excel workbook)'],
  ['goal', 'give a file name ending in .xlsx (FunnelMath writes an Excel workbook)'],
  ['goal.xlsx.json', 'give a file name ending in .xlsx (FunnelMath writes an Excel workbook)'],
  [
    '-',
    'a workbook is a binary file and is not written to standard output; give a file name ending in .xlsx',
  ],
])('--out %s is refused, and nothing is written', async (out, problem) => {
  const folder = await folderWithPlan(examplePlan);
  for (const argv of [
    ['goal', '--input', 'plan.json', '--out', out],
    ['goal', '--input', 'plan.json', `--out=${out}`],
  ]) {
    const result = await runBin(argv, { cwd: folder });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `funnelmath goal: --out is "${out}"; ${problem}\n`,
    });
  }
  await expectFiles(folder, ['plan.json']);
});

test('an upper-case .XLSX is an .xlsx', async () => {
  const folder = await folderWithPlan(examplePlan);
  const result = await runBin(['goal', '--input', 'plan.json', '--out', 'GOAL.XLSX'], {
    cwd: folder,
  });
  expect(result.code).toBe(0);
  expect(await sheetNames(join(folder, 'GOAL.XLSX'))).toEqual(['Goal Calculator']);
});

test('a folder that does not exist, or a folder at --out, is refused in words', async () => {
  const folder = await folderWithPlan(examplePlan);
  await mkdir(join(folder, 'dir.xlsx'));
  const missing = await runBin(['goal', '--input', 'plan.json', '--out', 'nowhere/goal.xlsx'], {
    cwd: folder,
  });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toBe(
    `funnelmath goal: --out nowhere/goal.xlsx: the folder ${join(folder, 'nowhere')} does not exist\n`,
  );
  const directory = await runBin(['goal', '--input', 'plan.json', '--out', 'dir.xlsx', '--force'], {
    cwd: folder,
  });
  expect(directory.code).toBe(2);
  expect(directory.stderr).toBe(
    'funnelmath goal: --out dir.xlsx is not a regular file; give a file name ending in .xlsx\n',
  );
});

describe('a write that fails part-way (the file-size limit makes write() fail, like a full disk)', () => {
  // sh's ulimit -f counts 512-byte blocks: 8 KB, about half of the goal workbook. The
  // signal a process gets past the limit is ignored, so write() returns EFBIG instead.
  const limit = "trap '' XFSZ; ulimit -f 16";

  test.each(['goal', 'workbook', 'dashboard'])(
    '%s --force keeps the old file byte for byte and leaves no temporary file',
    async (command) => {
      const folder = await folderWithPlan(examplePlan);
      const out = join(folder, 'out.xlsx');
      await writeFile(out, OLD);
      const input = command === 'dashboard' ? [] : ['--input', 'plan.json'];
      const result = await runBin([command, ...input, '--out', 'out.xlsx', '--force'], {
        cwd: folder,
        shellPrefix: limit,
      });
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: `funnelmath ${command}: could not write out.xlsx: the file is larger than this system allows; the old file is untouched\n`,
      });
      expect(await readFile(out, 'utf8')).toBe(OLD);
      await expectFiles(folder, ['plan.json', 'out.xlsx']);
    },
  );

  test('a new file is not left half-written either', async () => {
    const folder = await folderWithPlan(examplePlan);
    const result = await runBin(['goal', '--input', 'plan.json', '--out', 'new.xlsx'], {
      cwd: folder,
      shellPrefix: limit,
    });
    expect(result.stderr).toBe(
      'funnelmath goal: could not write new.xlsx: the file is larger than this system allows; no file was written\n',
    );
    await expectFiles(folder, ['plan.json']);
  });
});
