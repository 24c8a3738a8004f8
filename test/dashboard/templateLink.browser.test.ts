/**
 * The sidebar's template link in a real Chromium: the /copy link shows, the button puts it
 * on the clipboard, and when the sidebar's iframe refuses the clipboard the link is left
 * selected with a Ctrl+C hint. The component is bundled alone with a stub server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const LINK = 'https://docs.google.com/spreadsheets/d/abc123/copy';
const ORIGIN = 'https://sidebar.test';

/** Mounts the section; `window.linkCalls` counts server calls, `window.failLink` makes it fail. */
const entry = `
import { templateLinkSection } from './templateLink';
const server = {
  getTemplateLink: () => {
    window.linkCalls = (window.linkCalls || 0) + 1;
    return window.failLink ? Promise.reject(new Error('no')) : Promise.resolve(${JSON.stringify(LINK)});
  },
};
window.mount = (language) => {
  document.body.replaceChildren(templateLinkSection(server, language));
};
`;

let context: BrowserContext;
let page: Page;
let profile: string;
let script: string;

beforeAll(async () => {
  const bundled = await build({
    stdin: { contents: entry, resolveDir: join(__dirname, '..', '..', 'sidebar'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
  });
  script = bundled.outputFiles[0].text;
  profile = mkdtempSync(join(tmpdir(), 'funnelmath-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  // An https origin (served from memory) so the page is a secure context, as a sidebar is.
  await context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body><script>${script}</script></body></html>`,
    }),
  );
  page = context.pages()[0] ?? (await context.newPage());
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

beforeEach(async () => {
  await page.goto(`${ORIGIN}/`);
});

test('shows the /copy link and copies it to the clipboard', async () => {
  await page.evaluate(() => (window as unknown as { mount(language: string): void }).mount('en'));
  await expect(page.inputValue('#template-link')).resolves.toBe(LINK);
  await page.click('#copy-template-link');
  await expect(page.textContent('#template-link-status')).resolves.toBe('Link copied.');
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(LINK);
});

test('asks the server once however often the sidebar re-renders', async () => {
  const calls = await page.evaluate(async () => {
    const win = window as unknown as { mount(language: string): void; linkCalls: number };
    win.mount('en');
    win.mount('zh-CN');
    win.mount('zh-TW');
    await new Promise((resolve) => setTimeout(resolve, 0));
    return win.linkCalls;
  });
  expect(calls).toBe(1);
  await expect(page.textContent('#template-link-heading')).resolves.toBe('以範本分享');
  await expect(page.inputValue('#template-link')).resolves.toBe(LINK);
});

test('when the clipboard is refused, the link is left selected with a Ctrl+C hint', async () => {
  const selected = await page.evaluate(async () => {
    const win = window as unknown as { mount(language: string): void };
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    document.execCommand = () => false;
    win.mount('en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    (document.querySelector('#copy-template-link') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const input = document.querySelector('#template-link') as HTMLInputElement;
    return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
  });
  expect(selected).toBe(LINK);
  await expect(page.textContent('#template-link-status')).resolves.toMatch(/press Ctrl\+C/);
});

test('a server failure says the link is unavailable and leaves the button disabled', async () => {
  await page.evaluate(async () => {
    const win = window as unknown as { mount(language: string): void; failLink: boolean };
    win.failLink = true;
    win.mount('en');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  await expect(page.textContent('#template-link-status')).resolves.toBe(
    'The template link is not available right now.',
  );
  await expect(page.isDisabled('#copy-template-link')).resolves.toBe(true);
});
