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
