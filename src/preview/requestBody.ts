/**
 * The JSON bodies the preview's API accepts, read with limits and checked field by field.
 * Whatever arrives (nothing, `null`, a list, broken or endlessly nested JSON, a number
 * where text belongs), the answer is a 4xx with a plain sentence, never a 500.
 */
import type { IncomingMessage } from 'node:http';
import { MAX_JSON_NESTING, nestsDeeperThan } from '../json/nesting';

/** A request the preview refuses, with the status and the sentence the caller gets. */
export class RequestError extends Error {
  constructor(
    readonly status: 400 | 404 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** A plan or a cell edit is a few kilobytes; a megabyte is far beyond any real call. */
export const MAX_BODY_BYTES = 1024 * 1024;

function readBytes(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new RequestError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
        request.pause();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The body as a JSON object; `what` names it in messages ("a cell edit"). */
export async function readJsonObject(
  request: IncomingMessage,
  what: string,
): Promise<Record<string, unknown>> {
  const text = (await readBytes(request)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RequestError(
      400,
      `The request body is not valid JSON; send ${what} as a JSON object.`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RequestError(400, `The request body must be a JSON object (${what}).`);
  }
  if (nestsDeeperThan(value)) {
    throw new RequestError(
      400,
      `The request body nests more than ${MAX_JSON_NESTING} levels deep; send ${what} as a plain JSON object.`,
    );
  }
  return value as Record<string, unknown>;
}

/** A text field of a body; refuses a missing field or one that is not text. */
export function textField(body: Record<string, unknown>, name: string, what: string): string {
  const value = Object.hasOwn(body, name) ? body[name] : undefined;
  if (typeof value !== 'string') {
    throw new RequestError(400, `${what} needs "${name}" as text.`);
  }
  return value;
}

/** The arguments of a server call: a list (missing means none). */
export function argumentList(body: Record<string, unknown>): unknown[] {
  if (!Object.hasOwn(body, 'args')) return [];
  if (!Array.isArray(body.args)) {
    throw new RequestError(400, 'A server call needs "args" as a list of arguments.');
  }
  return body.args;
}
