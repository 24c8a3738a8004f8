import { open } from 'node:fs/promises';

/**
 * Reads an input file as UTF-8 text, refusing what cannot be a plan before it costs memory:
 * a file larger than any plan (or endless, such as /dev/zero) and bytes that are not UTF-8.
 */

/** A plan is a few hundred bytes; a megabyte leaves room for any hand-edited file. */
export const MAX_INPUT_BYTES = 1024 * 1024;

const READ_PIECE_BYTES = 1024 * 1024;

export async function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  const handle = await open(path, 'r');
  try {
    // In pieces, so a large limit (a CRM export's) costs only the bytes the file has.
    const pieces: Buffer[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const piece = Buffer.allocUnsafe(Math.min(READ_PIECE_BYTES, maxBytes + 1 - length));
      const { bytesRead } = await handle.read(piece, 0, piece.length, null);
      if (bytesRead === 0) break;
      pieces.push(piece.subarray(0, bytesRead));
      length += bytesRead;
    }
    if (length > maxBytes) throw new Error(`it is larger than ${maxBytes} bytes`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(pieces, length));
    } catch {
      throw new Error('it is not UTF-8 text');
    }
  } finally {
    await handle.close();
  }
}
