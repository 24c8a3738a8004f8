/**
 * The local preview's HTTP server: the grid page, the sidebar (as the bundle's own
 * showGoalCalculator serves it, with a google.script.run shim added), and a small JSON API
 * over the preview workbook. Listens on 127.0.0.1 only, and answers only its own pages
 * (requestGuard.ts): the right Host and Origin on every request, the run's token on every
 * call that changes something, and only the server functions the sidebar and menu may call.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { workbookToXlsx } from './export';
import {
  type CellEditAnswer,
  paths,
  previewToken,
  type RunResponse,
  sidebarEntryPoints,
} from './protocol';
import { argumentList, RequestError, readJsonObject, textField } from './requestBody';
import { allowedHosts, refusalOf } from './requestGuard';
import { PreviewWorkbook } from './workbook';

export interface PreviewOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly locale: string;
  /** The build's dist/ (server.js, sidebar.html). */
  readonly distDir: string;
  /** The build's dist-node/ (the grid page and the shim). */
  readonly pageDir: string;
  /** A workbook to serve instead of a new one (tests start from sheets of their own). */
  readonly workbook?: PreviewWorkbook;
}

export interface RunningPreview {
  readonly url: string;
  close(): Promise<void>;
}

interface Reply {
  readonly status: number;
  readonly type: string;
  readonly body: string | Buffer;
  readonly headers?: Record<string, string>;
}

type Route = (request: IncomingMessage) => Promise<Reply>;

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const readHtmlFile = (name: string) =>
    readFileSync(join(options.distDir, name.endsWith('.html') ? name : `${name}.html`), 'utf8');
  const workbook =
    options.workbook ??
    new PreviewWorkbook({
      distDir: options.distDir,
      readHtmlFile,
      locale: options.locale,
    });
  // A new token each run: a page from an earlier run (or another site) cannot reuse one.
  const token = randomBytes(32).toString('base64url');
  const withToken = (page: string, script = '') =>
    page.replace(
      '<head>',
      () => `<head><meta name="${previewToken.meta}" content="${token}">${script}`,
    );
  const gridPage = withToken(readFileSync(join(options.pageDir, 'preview-page.html'), 'utf8'));
  const shim = readFileSync(join(options.pageDir, 'script-run-shim.js'), 'utf8');
  const shimScript = `<script>${shim.replace(/<\/(script)/gi, '<\\/$1')}</script>`;

  const routes = new Map<string, Route>([
    [`GET ${paths.grid}`, async () => html(gridPage)],
    [
      `GET ${paths.sidebar}`,
      async (request) => html(withToken(sidebarPage(workbook, openerOf(request)), shimScript)),
    ],
    [`GET ${paths.snapshot}`, async () => json(workbook.snapshot())],
    [
      `POST ${paths.cell}`,
      async (request) => {
        const edit = await readJsonObject(request, 'a cell edit');
        const [sheet, a1, input] = ['sheet', 'a1', 'input'].map((field) =>
          textField(edit, field, 'A cell edit'),
        );
        const rejection = asRequestError(() => workbook.edit(sheet, a1, input));
        const answer: CellEditAnswer =
          rejection === null
            ? workbook.snapshot()
            : { ...workbook.snapshot(), rejected: rejection };
        return json(answer);
      },
    ],
    [
      `POST ${paths.paste}`,
      async (request) => {
        const paste = await readJsonObject(request, 'a paste');
        const [sheet, a1] = ['sheet', 'a1'].map((field) => textField(paste, field, 'A paste'));
        const rows = pastedRows(paste.rows);
        const refused = asRequestError(() => workbook.paste(sheet, a1, rows));
        const answer: CellEditAnswer =
          refused.length === 0
            ? workbook.snapshot()
            : { ...workbook.snapshot(), rejected: refused[0] };
        return json(answer);
      },
    ],
    [
      `POST ${paths.activate}`,
      async (request) => {
        const sheet = textField(await readJsonObject(request, 'a sheet'), 'sheet', 'Activate');
        asRequestError(() => workbook.activate(sheet));
        return json(workbook.snapshot());
      },
    ],
    [
      `GET ${paths.xlsx}`,
      async () => ({
        status: 200,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        headers: { 'content-disposition': 'attachment; filename="funnelmath-preview.xlsx"' },
        body: await workbookToXlsx(workbook.fake),
      }),
    ],
  ]);

  let guard = { hosts: allowedHosts(options.port), token, url: '' };
  const server = createServer((request, response) => {
    const refusal = refusalOf(request.method ?? '', request.headers, guard);
    const reply = refusal
      ? Promise.resolve(text(refusal.message, refusal.status))
      : handle(request, routes, workbook);
    reply
      .catch((error: unknown) => {
        if (error instanceof RequestError) return text(error.message, error.status);
        // Internal details stay in the terminal; the caller gets a plain sentence.
        console.error(error);
        return text('The preview failed to answer; the terminal running it shows why.', 500);
      })
      .then((answer) => {
        // The fake counts service calls for tests; a preview running for days must not.
        workbook.fake.log.reset();
        send(response, answer);
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  guard = { hosts: allowedHosts(port), token, url };
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle(
  request: IncomingMessage,
  routes: ReadonlyMap<string, Route>,
  workbook: PreviewWorkbook,
): Promise<Reply> {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'POST' && pathname.startsWith(paths.run)) {
    const entryPoint = entryPointName(pathname.slice(paths.run.length));
    if (!workbook.entryPoints.has(entryPoint)) {
      throw new RequestError(404, `There is no server function called "${entryPoint}".`);
    }
    const args = argumentList(await readJsonObject(request, 'the call’s arguments'));
    return json(runEntryPoint(workbook, entryPoint, args));
  }
  const route = routes.get(`${request.method} ${pathname}`);
  if (!route) throw new RequestError(404, 'Not found');
  return route(request);
}

function entryPointName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new RequestError(400, 'The server function’s name is not a valid URL path.');
  }
}

/** Errors of the workbook (no such sheet, a bad cell address) are the caller's, in words. */
/** The most cells one paste may type in: a small export, not a whole CRM. */
const MAX_PASTED_CELLS = 20_000;

/** A paste's rows: an array of arrays of text, within the cell limit. */
function pastedRows(value: unknown): string[][] {
  const rows = Array.isArray(value) ? value : [];
  const valid =
    Array.isArray(value) &&
    rows.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'));
  if (!valid) throw new RequestError(400, 'A paste needs "rows" as rows of text.');
  const cells = rows.reduce((total: number, row: string[]) => total + row.length, 0);
  if (cells > MAX_PASTED_CELLS)
    throw new RequestError(
      413,
      `A paste may hold at most ${MAX_PASTED_CELLS} cells; it has ${cells}.`,
    );
  return rows as string[][];
}

function asRequestError<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw new RequestError(400, messageOf(error));
  }
}

/** A server error travels back as its message, as google.script.run's failure handler gets it. */
function runEntryPoint(
  workbook: PreviewWorkbook,
  entryPoint: string,
  args: unknown[],
): RunResponse {
  try {
    return { ok: true, value: workbook.run(entryPoint, args) };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/**
 * The sidebar exactly as the add-on serves it: the menu handler runs in the bundle and
 * HtmlService hands back dist/sidebar.html. The fake's record of the shown sidebar is
 * taken back out, so serving the page again and again keeps nothing.
 */
function sidebarPage(workbook: PreviewWorkbook, entryPoint: string): string {
  const dialogs = workbook.fake.ui.dialogs;
  const before = dialogs.length;
  workbook.run(entryPoint, []);
  const shown = dialogs.length > before ? dialogs.splice(before).at(-1) : undefined;
  if (shown?.kind !== 'sidebar') throw new Error(`${entryPoint} did not open a sidebar`);
  return shown.html;
}

/** `/sidebar?open=showWorkbookCheck`: which menu handler's sidebar; the goal calculator's by default. */
function openerOf(request: IncomingMessage): string {
  const open = new URL(request.url ?? '/', 'http://localhost').searchParams.get('open');
  if (open === null) return 'showGoalCalculator';
  if (!sidebarEntryPoints.includes(open)) {
    throw new RequestError(404, `"${open}" does not open a sidebar.`);
  }
  return open;
}

function html(body: string): Reply {
  return { status: 200, type: 'text/html; charset=utf-8', body };
}

function json(value: unknown, status = 200): Reply {
  return { status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

function text(message: string, status: number): Reply {
  return { status, type: 'text/plain; charset=utf-8', body: `${message}\n` };
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, {
    'content-type': reply.type,
    'cache-control': 'no-store',
    // Only the preview's own pages may frame or embed what it serves.
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': "frame-ancestors 'self'",
    'cross-origin-resource-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    // An oversized body is left unread: close the connection rather than drain it.
    ...(reply.status === 413 ? { connection: 'close' } : {}),
    ...reply.headers,
  });
  response.end(reply.body);
}

/**
 * An error's message in words. Errors thrown inside the vm come from another realm (not
 * `instanceof Error` here), so read the message by shape.
 */
function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String(error.message);
  return String(error);
}
