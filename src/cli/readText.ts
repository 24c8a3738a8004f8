import { open } from 'node:fs/promises';

/**
 * Reads an input file as UTF-8 text, refusing what cannot be a plan before it costs memory:
 * a file larger than any plan (or endless, such as /dev/zero) and bytes that are not UTF-8.
 */

/** A plan is a few hundred bytes; a megabyte leaves room for any hand-edited file. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export async function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new Error(`it is larger than ${maxBytes} bytes`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new Error('it is not UTF-8 text');
    }
  } finally {
    await handle.close();
  }
}
