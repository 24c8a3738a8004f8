import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/command';

/**
 * The CLI's io on real files for tests that only want the files it writes: nothing is
 * printed, and any message to stderr fails the test with that message.
 */
export const silentIo: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => writeFile(path, data),
  stdout: () => {},
  stderr: (text) => {
    throw new Error(text);
  },
};

/**
 * The CLI's io on files held in memory: what it reads (`files`, by path; a missing one
 * fails as the file system does), what it writes (never over one of its inputs), what it
 * prints, and the size limit of each read.
 */
export function memoryIo(files: Record<string, string> = {}) {
  const written = new Map<string, Buffer | string>();
  const out: string[] = [];
  const err: string[] = [];
  const limits: (number | undefined)[] = [];
  const io: CliIo = {
    readFile: async (path, maxBytes) => {
      limits.push(maxBytes);
      if (!(path in files)) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      return files[path];
    },
    writeFile: async (path, data, options) => {
      if (options.inputs.includes(path)) throw new Error(`would overwrite input ${path}`);
      written.set(path, data);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, written, out, err, limits };
}
