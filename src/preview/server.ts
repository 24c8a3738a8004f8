/**
 * The local preview's HTTP server: the grid page, the sidebar (as the bundle's own
 * showGoalCalculator serves it, with a google.script.run shim added), and a small JSON API
 * over the preview workbook. Listens on 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { workbookToXlsx } from './export';
import { type CellEdit, paths, type RunRequest, type RunResponse } from './protocol';
import { PreviewWorkbook } from './workbook';

export interface PreviewOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly locale: string;
  /** The build's dist/ (server.js, sidebar.html). */
  readonly distDir: string;
  /** The build's dist-node/ (the grid page and the shim). */
  readonly pageDir: string;
}

export interface RunningPreview {
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const readHtmlFile = (name: string) =>
    readFileSync(join(options.distDir, name.endsWith('.html') ? name : `${name}.html`), 'utf8');
  const workbook = new PreviewWorkbook({
    distDir: options.distDir,
    readHtmlFile,
    locale: options.locale,
  });
  const gridPage = readFileSync(join(options.pageDir, 'preview-page.html'), 'utf8');
  const shim = readFileSync(join(options.pageDir, 'script-run-shim.js'), 'utf8');

  const routes: Record<string, (request: IncomingMessage) => Promise<Reply>> = {
    [`GET ${paths.grid}`]: async () => html(gridPage),
    [`GET ${paths.sidebar}`]: async () => html(sidebarPage(workbook, shim)),
    [`GET ${paths.snapshot}`]: async () => json(workbook.snapshot()),
    [`POST ${paths.cell}`]: async (request) => {
      const edit = (await readJson(request)) as CellEdit;
      workbook.edit(String(edit.sheet), String(edit.a1), String(edit.input));
      return json(workbook.snapshot());
    },
    [`POST ${paths.activate}`]: async (request) => {
      const { sheet } = (await readJson(request)) as { sheet: string };
      workbook.activate(String(sheet));
      return json(workbook.snapshot());
    },
    [`GET ${paths.xlsx}`]: async () => ({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      headers: { 'content-disposition': 'attachment; filename="funnelmath-preview.xlsx"' },
      body: await workbookToXlsx(workbook.fake),
    }),
  };

  const server = createServer((request, response) => {
    handle(request, routes, workbook)
      .catch((error: unknown) => json({ error: messageOf(error) }, 500))
      .then((reply) => send(response, reply));
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface Reply {
  readonly status: number;
  readonly type: string;
  readonly body: string | Buffer;
  readonly headers?: Record<string, string>;
}

async function handle(
  request: IncomingMessage,
  routes: Record<string, (request: IncomingMessage) => Promise<Reply>>,
  workbook: PreviewWorkbook,
): Promise<Reply> {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'POST' && pathname.startsWith(paths.run)) {
    const entryPoint = decodeURIComponent(pathname.slice(paths.run.length));
    const { args } = (await readJson(request)) as RunRequest;
    return json(runEntryPoint(workbook, entryPoint, Array.isArray(args) ? args : []));
  }
  const route = routes[`${request.method} ${pathname}`];
  return route
    ? route(request)
    : { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' };
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
 * HtmlService hands back dist/sidebar.html; the shim goes first in <head> so
 * google.script.run exists before the sidebar's own script runs.
 */
function sidebarPage(workbook: PreviewWorkbook, shim: string): string {
  workbook.run('showGoalCalculator', []);
  const shown = workbook.fake.ui.dialogs.at(-1);
  if (shown?.kind !== 'sidebar') throw new Error('showGoalCalculator did not open a sidebar');
  const script = `<script>${shim.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  return shown.html.replace('<head>', () => `<head>${script}`);
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

function html(body: string): Reply {
  return { status: 200, type: 'text/html; charset=utf-8', body };
}

function json(value: unknown, status = 200): Reply {
  return { status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, {
    'content-type': reply.type,
    'cache-control': 'no-store',
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
