/**
 * writeFileSafely, the one way the CLI's bytes reach the disk, against a file system that
 * fails where real ones do: a disk that fills up after some bytes (ENOSPC), a flush or a
 * rename that fails, and a file that appears at the target while the workbook is written.
 */
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputRefused, type WriterFs, writeFileSafely } from '../../src/cli/safeWrite';

const OLD = 'old contents';
/** Larger than one write chunk (64 KB), so a failure can land between two chunks. */
const NEW = Buffer.alloc(200 * 1024, 7);

async function folderWithOld(): Promise<{ folder: string; out: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'funnelmath-safe-'));
  const out = join(folder, 'out.xlsx');
  await writeFile(out, OLD);
  return { folder, out };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, except that writes fail with ENOSPC once `capacity` bytes are written. */
function diskThatFills(capacity: number): WriterFs & { written: () => number } {
  let written = 0;
  return {
    ...fs,
    written: () => written,
    open: (async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<{
        bytesWritten: number;
      }>;
      return new Proxy(handle, {
        get(target, property) {
          if (property !== 'write') return Reflect.get(target, property, target);
          return async (data: Uint8Array, offset: number, length: number) => {
            const room = capacity - written;
            if (room <= 0) throw errno('ENOSPC');
            const result = await write(data, offset, Math.min(length, room));
            written += result.bytesWritten;
            return result;
          };
        },
      });
    }) as WriterFs['open'],
  };
}

test.each([0, 1, 1000, 64 * 1024, 150 * 1024])(
  'a disk full after %d bytes keeps the old file whole and removes the temporary file',
  async (capacity) => {
    const { folder, out } = await folderWithOld();
    const disk = diskThatFills(capacity);
    await expect(writeFileSafely(out, NEW, { replace: true, inputs: [] }, disk)).rejects.toThrow(
      `could not write ${out}: the disk is full; the old file is untouched`,
    );
    expect(disk.written()).toBe(capacity);
    expect(await readFile(out, 'utf8')).toBe(OLD);
    expect(await readdir(folder)).toEqual(['out.xlsx']);
  },
);

test.each([
  ['the flush (fsync)', 'sync', 'EIO', 'the disk reported an input/output error'],
  ['the rename into place', 'rename', 'EACCES', 'permission denied'],
])(
  'when %s fails, the old file is kept and the temporary file removed',
  async (_what, step, code, words) => {
    const { folder, out } = await folderWithOld();
    const failing: WriterFs =
      step === 'rename'
        ? { ...fs, rename: async () => Promise.reject(errno(code)) }
        : {
            ...fs,
            open: (async (...args: Parameters<typeof fs.open>) => {
              const handle = await fs.open(...args);
              return new Proxy(handle, {
                get: (target, property) =>
                  property === 'sync'
                    ? async () => Promise.reject(errno(code))
                    : Reflect.get(target, property, target),
              });
            }) as WriterFs['open'],
          };
    await expect(writeFileSafely(out, NEW, { replace: true, inputs: [] }, failing)).rejects.toThrow(
      `could not write ${out}: ${words}; the old file is untouched`,
    );
    expect(await readFile(out, 'utf8')).toBe(OLD);
    expect(await readdir(folder)).toEqual(['out.xlsx']);
  },
);

test('a file that appears at --out while the workbook is written is not replaced without --force', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'funnelmath-safe-'));
  const out = join(folder, 'out.xlsx');
  // Someone else saves out.xlsx between the check and the move into place.
  const racing: WriterFs = {
    ...fs,
    link: async (existing, target) => {
      await writeFile(out, 'theirs');
      return fs.link(existing, target);
    },
  };
  const writing = writeFileSafely(out, NEW, { replace: false, inputs: [] }, racing);
  await expect(writing).rejects.toBeInstanceOf(OutputRefused);
  await expect(writing).rejects.toThrow(`--out ${out} already exists; add --force to replace it`);
  expect(await readFile(out, 'utf8')).toBe('theirs');
  expect(await readdir(folder)).toEqual(['out.xlsx']);
});

test('on a file system without hard links, a new file is still written in one step', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'funnelmath-safe-'));
  const out = join(folder, 'out.xlsx');
  const noLinks: WriterFs = { ...fs, link: async () => Promise.reject(errno('EPERM')) };
  await writeFileSafely(out, NEW, { replace: false, inputs: [] }, noLinks);
  expect(await readFile(out)).toEqual(NEW);
  expect(await readdir(folder)).toEqual(['out.xlsx']);
});

test('a successful write leaves exactly the new bytes and nothing else', async () => {
  const { folder, out } = await folderWithOld();
  await writeFileSafely(out, NEW, { replace: true, inputs: [] });
  expect(await readFile(out)).toEqual(NEW);
  expect(await readdir(folder)).toEqual(['out.xlsx']);
});
