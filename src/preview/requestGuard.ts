/**
 * Who may talk to the local preview: only its own pages, at its own address. Checked on
 * every request before any route runs:
 * - Host must be localhost, 127.0.0.1 or [::1] with the preview's port, so a DNS-rebinding
 *   page (Host: rebind.attacker.example) gets nothing, not even a snapshot;
 * - Origin, when the browser sends one, must be one of those same addresses, and
 *   Sec-Fetch-Site must not say cross-site (except a person following a link to a page);
 * - a state-changing call (POST) must carry the per-run token of the page it came from, and
 *   be JSON, so a cross-site form or a text/plain fetch (no preflight) changes nothing.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { previewToken } from './protocol';

export interface Refusal {
  readonly status: 400 | 403 | 415;
  readonly message: string;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** The Host values this preview answers to. */
export function allowedHosts(port: number): ReadonlySet<string> {
  const hosts = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  // A browser leaves out the default port.
  if (port === 80) hosts.push(...LOOPBACK_NAMES);
  return new Set(hosts);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/** Why the request must not be answered, or undefined when it may go on. */
export function refusalOf(
  method: string,
  headers: IncomingHttpHeaders,
  guard: {
    readonly hosts: ReadonlySet<string>;
    readonly token: string;
    /** The preview's own address, for the message. */
    readonly url: string;
  },
): Refusal | undefined {
  const host = single(headers.host)?.toLowerCase();
  if (!host || !guard.hosts.has(host)) {
    return {
      status: 403,
      message: `This preview answers only at ${guard.url}, not at Host ${host ?? '(none)'}.`,
    };
  }
  const origin = single(headers.origin);
  if (origin !== undefined) {
    let originHost: string | undefined;
    try {
      const url = new URL(origin);
      originHost = url.protocol === 'http:' ? url.host.toLowerCase() : undefined;
    } catch {
      originHost = undefined;
    }
    if (!originHost || !guard.hosts.has(originHost)) {
      return { status: 403, message: `Requests from ${origin} are not accepted by the preview.` };
    }
  }
  const site = single(headers['sec-fetch-site']);
  // A person following a link to the preview opens it as a page: harmless, and the page's
  // token stays in that tab. Any other cross-site load (an <img>, a script, a frame) is not.
  const topLevelVisit =
    method === 'GET' &&
    single(headers['sec-fetch-mode']) === 'navigate' &&
    single(headers['sec-fetch-dest']) === 'document';
  if ((site === 'cross-site' || site === 'same-site') && !topLevelVisit) {
    return { status: 403, message: 'Requests from other sites are not accepted by the preview.' };
  }
  if (method === 'GET' || method === 'HEAD') return undefined;
  const token = single(headers[previewToken.header]);
  if (!token || !sameToken(token, guard.token)) {
    return {
      status: 403,
      message: 'This call needs the preview page’s token: reload the preview page and try again.',
    };
  }
  const type = single(headers['content-type'])?.split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    return { status: 415, message: 'Send the request body as application/json.' };
  }
  return undefined;
}
