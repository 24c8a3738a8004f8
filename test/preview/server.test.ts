/**
 * The preview server (`npm start`, run as its own process exactly as npm runs it) answers
 * only its own pages: the reproductions over raw HTTP, where a test controls every
 * header a hostile page or a DNS-rebinding attack would send.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { serverApi } from '../../src/gas/api';
import { menuItems } from '../../src/gas/menu';
import { previewToken } from '../../src/preview/protocol';
import { startPreviewProcess } from '../browser/support/previewProcess';

interface Answer {
  readonly status: number;
  readonly type: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

let preview: Awaited<ReturnType<typeof startPreviewProcess>>;
let port: number;
let token: string;

/**
 * One HTTP request with exactly the given headers, to the preview. Host is the preview's
 * own unless `host` says otherwise (null: no Host header at all).
 */
function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; host?: string | null } = {},
): Promise<Answer> {
  const host = options.host === undefined ? `127.0.0.1:${port}` : options.host;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...(host === null ? {} : { host }), ...options.headers },
        // Without this, Node adds a Host header of its own.
        setHost: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            type: String(response.headers['content-type'] ?? ''),
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A POST as the preview's own pages send it: JSON, with the run's token. */
function post(path: string, body: string, headers: Record<string, string> = {}) {
  return send('POST', path, {
    headers: {
      'content-type': 'application/json',
      [previewToken.header]: token,
      origin: `http://127.0.0.1:${port}`,
      ...headers,
    },
    body,
  });
}

async function sheetNames(): Promise<string[]> {
  const answer = await send('GET', '/api/snapshot');
  return (JSON.parse(answer.body) as { sheets: { name: string }[] }).sheets.map(
    (sheet) => sheet.name,
  );
}

beforeAll(async () => {
  preview = await startPreviewProcess();
  port = Number(new URL(preview.url).port);
  const page = await send('GET', '/');
  token =
    new RegExp(`<meta name="${previewToken.meta}" content="([^"]+)">`).exec(page.body)?.[1] ?? '';
});

afterAll(async () => {
  await preview.stop();
});

describe('Host: only the preview’s own address, with its port', () => {
  test.each([
    'rebind.attacker.example',
    'rebind.attacker.example:PORT',
    'localhost',
    '127.0.0.1',
    '127.0.0.1:1',
    '127.0.0.2:PORT',
    '0.0.0.0:PORT',
    'localhost.attacker.example:PORT',
    '[::1]',
  ])('Host %j gets 403 and no data, on every path', async (host) => {
    for (const path of ['/', '/sidebar', '/api/snapshot', '/download/workbook.xlsx']) {
      const value = host.replace('PORT', String(port));
      const answer = await send('GET', path, { host: value });
      expect([answer.status, answer.type]).toEqual([403, 'text/plain; charset=utf-8']);
      expect(answer.body).toBe(
        `This preview answers only at ${preview.url}, not at Host ${value.toLowerCase()}.\n`,
      );
    }
  });

  test('no Host at all is refused (by Node itself, for HTTP/1.1) with no data', async () => {
    const answer = await send('GET', '/api/snapshot', { host: null });
    expect([answer.status, answer.body]).toEqual([400, '']);
  });

  test.each(['127.0.0.1:PORT', 'localhost:PORT', 'LOCALHOST:PORT', '[::1]:PORT'])(
    'Host %s is the preview',
    async (host) => {
      const answer = await send('GET', '/api/snapshot', {
        host: host.replace('PORT', String(port)),
      });
      expect(answer.status).toBe(200);
    },
  );
});

describe('Origin and the token: another web page changes nothing', () => {
  test('the issue’s attack, a text/plain POST from another site, is refused and runs nothing', async () => {
    const before = await sheetNames();
    for (const path of ['/api/run/insertKpiDashboardWithSample', '/api/cell']) {
      const attacks: Record<string, string>[] = [
        // Exactly what a hostile page can send without a preflight: no token, text/plain.
        { origin: 'http://evil.example', 'content-type': 'text/plain' },
        { origin: 'null', 'content-type': 'text/plain' },
        // The right origin but no token (a page that is not the preview's).
        { origin: `http://127.0.0.1:${port}`, 'content-type': 'text/plain' },
        { 'content-type': 'application/json' },
        { 'content-type': 'application/json', [previewToken.header]: 'guessed' },
        { 'content-type': 'application/json', [previewToken.header]: `${token}x` },
        { 'content-type': 'application/json', [previewToken.header]: token.slice(1) },
        {
          'content-type': 'application/json',
          'sec-fetch-site': 'cross-site',
          [previewToken.header]: token,
        },
        {
          'content-type': 'application/json',
          origin: 'http://evil.example',
          [previewToken.header]: token,
        },
      ];
      for (const headers of attacks) {
        const answer = await send('POST', path, {
          headers,
          body: JSON.stringify({ args: [], sheet: before[0], a1: 'A1', input: 'pwned' }),
        });
        expect(answer.status).toBe(403);
        expect(answer.type).toBe('text/plain; charset=utf-8');
      }
    }
    expect(await sheetNames()).toEqual(before);
    const snapshot = await send('GET', '/api/snapshot');
    expect(snapshot.body).not.toContain('pwned');
  });

  test('with the token, a body that is not JSON typed as such is 415', async () => {
    const answer = await post('/api/cell', '{}', { 'content-type': 'text/plain' });
    expect([answer.status, answer.body]).toEqual([
      415,
      'Send the request body as application/json.\n',
    ]);
  });

  test('another site’s <img>, <script> or frame loading the preview is refused; a link to the page opens it', async () => {
    for (const dest of ['image', 'script', 'iframe', 'empty']) {
      for (const path of ['/download/workbook.xlsx', '/api/snapshot', '/sidebar']) {
        const answer = await send('GET', path, {
          headers: {
            'sec-fetch-site': 'cross-site',
            'sec-fetch-mode': 'no-cors',
            'sec-fetch-dest': dest,
          },
        });
        expect([dest, path, answer.status]).toEqual([dest, path, 403]);
      }
    }
    const visit = await send('GET', '/', {
      headers: {
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'navigate',
        'sec-fetch-dest': 'document',
      },
    });
    expect(visit.status).toBe(200);
    expect(visit.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('a GET from another origin is refused too (no reading the workbook)', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
    ]) {
      const answer = await send('GET', '/api/snapshot', { headers: { origin } });
      expect(answer.status).toBe(403);
    }
  });

  test('each page carries the token and may not be framed by another site', async () => {
    for (const path of ['/', '/sidebar']) {
      const page = await send('GET', path);
      expect(page.body).toContain(`<meta name="${previewToken.meta}" content="${token}">`);
      expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(page.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    }
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('with the page’s token and origin, the calls work', async () => {
    const answer = await post('/api/run/getSidebarStart', '{"args":[]}');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      value: {
        spreadsheetLanguage: 'en',
        spreadsheetLocale: 'en_US',
        spreadsheetCurrency: 'USD',
        lastPlan: null,
        goalSheet: null,
        goalSheetNames: [],
      },
    });
  });
});

describe('only the server functions the sidebar and the menu call', () => {
  test.each([
    'constructor',
    'toString',
    'valueOf',
    '__proto__',
    'hasOwnProperty',
    'eval',
    'Function',
    'FunnelMath',
    'onOpen',
    'CAC',
    'SpreadsheetApp',
    'showGoalCalculator%00',
  ])('/api/run/%s is 404 and runs nothing', async (name) => {
    const answer = await post(`/api/run/${name}`, '{"args":["return 1"]}');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe(`There is no server function called "${decodeURIComponent(name)}".\n`);
  });

  test('every serverApi key (and so every menu handler) is callable', async () => {
    expect(menuItems.every((item) => item.handler in serverApi)).toBe(true);
    for (const name of Object.keys(serverApi)) {
      // One argument that none of them accepts as a plan: they answer, in words or not.
      const answer = await post(`/api/run/${name}`, '{"args":[{"not":"a plan"}]}');
      expect([name, answer.status]).toEqual([name, 200]);
    }
  });
});

describe('bodies: never a 500, never an internal message', () => {
  const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  test.each([
    ['null', 400, 'The request body must be a JSON object (a cell edit).'],
    ['[]', 400, 'The request body must be a JSON object (a cell edit).'],
    ['1', 400, 'The request body must be a JSON object (a cell edit).'],
    ['"x"', 400, 'The request body must be a JSON object (a cell edit).'],
    ['', 400, 'The request body is not valid JSON; send a cell edit as a JSON object.'],
    ['{x', 400, 'The request body is not valid JSON; send a cell edit as a JSON object.'],
    ['{}', 400, 'A cell edit needs "sheet" as text.'],
    ['{"sheet":1,"a1":"A1","input":"1"}', 400, 'A cell edit needs "sheet" as text.'],
    ['{"sheet":"Sheet1","a1":"A1"}', 400, 'A cell edit needs "input" as text.'],
    [
      '{"sheet":"No such sheet","a1":"A1","input":"1"}',
      400,
      'There is no sheet called No such sheet',
    ],
    ['a 100,000-deep array', 400, 'The request body must be a JSON object (a cell edit).'],
    [
      'a sheet 100,000 arrays deep',
      400,
      'The request body nests more than 64 levels deep; send a cell edit as a plain JSON object.',
    ],
  ])('POST /api/cell %s: %d, in words', async (label, status, message) => {
    const bodies = new Map([
      ['a 100,000-deep array', deepArray],
      ['a sheet 100,000 arrays deep', `{"sheet":${deepArray}}`],
    ]);
    const answer = await post('/api/cell', bodies.get(label) ?? label);
    expect([answer.status, answer.type, answer.body]).toEqual([
      status,
      'text/plain; charset=utf-8',
      `${message}\n`,
    ]);
  });

  test.each([
    ['null', 'The request body must be a JSON object (the call’s arguments).'],
    ['{x', 'The request body is not valid JSON; send the call’s arguments as a JSON object.'],
    ['{"args":"x"}', 'A server call needs "args" as a list of arguments.'],
  ])('POST /api/run/saveLastPlan %j: 400, in words', async (body, message) => {
    const answer = await post('/api/run/saveLastPlan', body);
    expect([answer.status, answer.body]).toEqual([400, `${message}\n`]);
  });

  test('a body over a megabyte is 413', async () => {
    const answer = await post('/api/cell', `{"input":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    expect([answer.status, answer.body]).toEqual([
      413,
      'The request body is larger than 1048576 bytes.\n',
    ]);
  });

  test('random bodies to every POST path: always a 2xx or a 4xx in plain words', async () => {
    const paths = [
      '/api/cell',
      '/api/activate',
      '/api/run/saveLastPlan',
      '/api/run/getSidebarStart',
    ];
    const body = fc.oneof(
      fc.json(),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .jsonValue()
        .map((value) => JSON.stringify({ args: value, sheet: value, a1: value, input: value })),
      fc.jsonValue().map((value) => JSON.stringify({ args: [value] })),
    );
    let count = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), body, async (path, text) => {
        const answer = await post(path, text);
        count++;
        expect(answer.status).toBeLessThan(500);
        expect(answer.body).not.toMatch(/\n\s+at |TypeError|ReferenceError|Cannot read propert/);
      }),
      { numRuns: 400, seed: 10 },
    );
    expect(count).toBe(400);
  });
});

test('serving the sidebar again and again keeps no memory (3,000 GET /sidebar)', async () => {
  const rssMb = () =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${preview.child.pid}/status`, 'utf8'))?.[1]) /
    1024;
  for (let index = 0; index < 200; index++) await send('GET', '/sidebar');
  const before = rssMb();
  for (let index = 0; index < 3000; index++) {
    const answer = await send('GET', '/sidebar');
    expect(answer.status).toBe(200);
  }
  const after = rssMb();
  // Keeping each 60 KB page would add about 180 MB (it did: 119 MB to 819 MB over 6,000).
  expect(after - before).toBeLessThan(30);
}, 120_000);
