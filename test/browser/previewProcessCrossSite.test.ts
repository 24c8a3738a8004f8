/**
 * The attack in a real browser: a web page on another origin, open in the same
 * chromium as the preview, tries what a hostile site would (a text/plain POST needs no
 * preflight, a form post, an image load of the download) and the preview's workbook does
 * not change. The preview's own page, in the same browser, still works.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { editCell, openPreview, snapshotOf } from './support/previewPage';

const session = useBrowserAndPreview();

/** A page the test controls on another port of this machine: another origin. */
async function hostileSite(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Not the preview</title><p>Hello</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, server };
}

test('another site in the same browser cannot build sheets, edit cells or read the workbook', async () => {
  const site = await hostileSite();
  try {
    const before = await snapshotOf(session.preview.url);
    const page = await session.browser.context.newPage();
    // The requests the browser really sent to the preview (preflights aside).
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(session.preview.url) && request.method() !== 'OPTIONS')
        sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await page.goto(site.url);
    const outcomes = await page.evaluate(
      async ({ preview, sheet }) => {
        const attempt = async (what: string, run: () => Promise<unknown>) => {
          try {
            return `${what}: ${String(await run())}`;
          } catch (error) {
            return `${what}: failed (${(error as Error).name})`;
          }
        };
        return [
          await attempt('text/plain run', async () => {
            const response = await fetch(`${preview}api/run/insertKpiDashboardWithSample`, {
              method: 'POST',
              mode: 'no-cors',
              headers: { 'content-type': 'text/plain' },
              body: JSON.stringify({ args: [] }),
            });
            return response.type;
          }),
          await attempt('text/plain cell', async () => {
            const response = await fetch(`${preview}api/cell`, {
              method: 'POST',
              mode: 'no-cors',
              headers: { 'content-type': 'text/plain' },
              body: JSON.stringify({ sheet, a1: 'A1', input: 'pwned' }),
            });
            return response.type;
          }),
          await attempt(
            'read snapshot',
            async () => (await fetch(`${preview}api/snapshot`)).status,
          ),
          await attempt('json with a guessed token', async () => {
            const response = await fetch(`${preview}api/cell`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-funnelmath-token': 'guess' },
              body: JSON.stringify({ sheet, a1: 'A1', input: 'pwned' }),
            });
            return response.status;
          }),
        ];
      },
      { preview: session.preview.url, sheet: before.sheets[0].name },
    );
    // The page learns nothing: every call fails (the preview's answers are same-origin only).
    expect(outcomes).toEqual([
      'text/plain run: failed (TypeError)',
      'text/plain cell: failed (TypeError)',
      'read snapshot: failed (TypeError)',
      'json with a guessed token: failed (TypeError)',
    ]);
    expect(sent).toEqual([
      'POST /api/run/insertKpiDashboardWithSample',
      'POST /api/cell',
      'GET /api/snapshot',
      'POST /api/cell',
    ]);
    // Whatever the browser let through, the preview refused: the workbook is as it was.
    expect(await snapshotOf(session.preview.url)).toEqual(before);
    await page.close();

    // The preview's own page, with its token, still edits cells in the same browser.
    const preview = await openPreview(session.browser.context, session.preview.url);
    await editCell(preview.page, 'A1', 'mine');
    const after = await snapshotOf(session.preview.url);
    expect(after.sheets[0].rows[0][0].shown).toBe('mine');
    expect(preview.problems).toEqual([]);
  } finally {
    site.server.closeAllConnections();
    await new Promise((resolve) => site.server.close(resolve));
  }
});
