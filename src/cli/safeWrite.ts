import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UsageError } from './args';
import { shown } from './shown';

/**
 * How the CLI's output reaches the disk without ever losing the user's file: the bytes go
 * to a new temporary file beside the target (same folder, so the same file system), are
 * flushed, and only then renamed into place in one step. A full disk, a crash or a kill
 * mid-write leaves the old file as it was and removes the temporary one.
 *
 * Before writing it refuses (exit 2, one line): an existing file unless the user asked to
 * replace it, the input file itself (by real path and by inode, so `./a/../plan.json`, a
 * hard link or a symlink to it are caught), a symbolic link (never written through), and
 * anything that is not a regular file.
 */

export interface WriteOptions {
  /** The user said --force: an existing regular file may be replaced. */
  readonly replace: boolean;
  /** Files the command read: the output must not be one of them. */
  readonly inputs: readonly string[];
}

/** The file-system calls the writer makes; tests pass one that fails mid-write. */
export type WriterFs = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'link' | 'unlink' | 'lstat' | 'stat' | 'realpath'
>;

/** A refusal before anything was written: bad usage, exit 2. */
export class OutputRefused extends UsageError {
  constructor(problem: string) {
    super([problem]);
  }
}

/** Why a write failed, in words, for the errors a person can act on. */
const writeProblems: ReadonlyMap<string, string> = new Map([
  ['ENOSPC', 'the disk is full'],
  ['EDQUOT', 'the disk quota is used up'],
  ['EFBIG', 'the file is larger than this system allows'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['EROFS', 'the disk is read-only'],
  ['EIO', 'the disk reported an input/output error'],
]);

/** Written in pieces, so a failure can (and in tests does) happen part-way. */
const CHUNK_BYTES = 64 * 1024;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function statOrUndefined(
  fs: WriterFs,
  how: 'lstat' | 'stat',
  path: string,
): Promise<import('node:fs').Stats | undefined> {
  try {
    return await fs[how](path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined;
    throw error;
  }
}

async function realpathOrUndefined(fs: WriterFs, path: string): Promise<string | undefined> {
  try {
    return await fs.realpath(path);
  } catch {
    return undefined;
  }
}

/** Throws OutputRefused when `target` must not be written; returns the file now there, if any. */
async function checkTarget(fs: WriterFs, path: string, target: string, options: WriteOptions) {
  const folder = await statOrUndefined(fs, 'stat', dirname(target));
  if (!folder?.isDirectory()) {
    throw new OutputRefused(`--out ${path}: the folder ${shown(dirname(target))} does not exist`);
  }
  const existing = await statOrUndefined(fs, 'lstat', target);
  if (existing?.isSymbolicLink()) {
    throw new OutputRefused(
      `--out ${path} is a symbolic link; FunnelMath does not write through links: give the real file's path`,
    );
  }
  if (existing && !existing.isFile()) {
    throw new OutputRefused(
      `--out ${path} is not a regular file; give a file name ending in ${extname(target) || '.xlsx'}`,
    );
  }
  const realTarget = join((await realpathOrUndefined(fs, dirname(target))) ?? '', basename(target));
  for (const input of options.inputs) {
    const inputStat = await statOrUndefined(fs, 'stat', input);
    const sameInode =
      existing && inputStat && existing.dev === inputStat.dev && existing.ino === inputStat.ino;
    if (sameInode || (await realpathOrUndefined(fs, input)) === realTarget) {
      throw new OutputRefused(
        `--out ${path} is the input file ${shown(input)}; write the output to another file`,
      );
    }
  }
  if (existing && !options.replace) {
    throw new OutputRefused(`--out ${path} already exists; add --force to replace it`);
  }
  return existing;
}

async function writeAll(fs: WriterFs, temp: string, data: Uint8Array, mode: number) {
  // 'wx' creates a new file and fails if anything, even a dangling link, is already there.
  const handle = await fs.open(temp, 'wx', mode);
  try {
    for (let offset = 0; offset < data.length; ) {
      const { bytesWritten } = await handle.write(
        data,
        offset,
        Math.min(CHUNK_BYTES, data.length - offset),
      );
      offset += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Moves the finished temporary file to `target`, never over a file the user did not offer. */
async function putInPlace(
  fs: WriterFs,
  temp: string,
  target: string,
  path: string,
  replace: boolean,
) {
  if (replace) {
    // rename() replaces a link itself, never its target.
    await fs.rename(temp, target);
    return;
  }
  try {
    // link() fails if something appeared at `target` since the check: no race can clobber it.
    await fs.link(temp, target);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      throw new OutputRefused(`--out ${path} already exists; add --force to replace it`);
    }
    // File systems without hard links (FAT, some network mounts): check again, then rename.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    if (await statOrUndefined(fs, 'lstat', target)) {
      throw new OutputRefused(`--out ${path} already exists; add --force to replace it`);
    }
    await fs.rename(temp, target);
    return;
  }
  await fs.unlink(temp);
}

/** Writes `data` to `path` as described above; on failure the old file is intact. */
export async function writeFileSafely(
  typedPath: string,
  data: Uint8Array | string,
  options: WriteOptions,
  fs: WriterFs = nodeFs,
): Promise<void> {
  const target = resolve(typedPath);
  const path = shown(typedPath);
  const existing = await checkTarget(fs, path, target, options);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeAll(fs, temp, bytes, existing ? existing.mode & 0o777 : 0o666);
    await putInPlace(fs, temp, target, path, options.replace);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    if (error instanceof OutputRefused) throw error;
    const reason = writeProblems.get(errorCode(error) ?? '') ?? (error as Error).message;
    throw new Error(
      `could not write ${path}: ${reason}; ${existing ? 'the old file is untouched' : 'no file was written'}`,
    );
  }
}
