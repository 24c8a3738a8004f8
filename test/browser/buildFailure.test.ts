/**
 * A build that fails in Sheets reaches the person in their language (issue 10): the real
 * sidebar page (dist/sidebar.html) in chromium, its google.script.run wired to the real
 * server bundle in Node against the fake, where the document lock is taken or a service
 * times out mid-write. The sidebar shows the server's words, in the form's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir, loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript, type FakeAppsScript } from '../../src/preview/fake';
import { artifactPath, type Browser, launchChromium } from './support/chromium';

jest.setTimeout(90_000);

const sidebarHtml = readFileSync(join(distDir, 'sidebar.html'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium({ width: 320, height: 1400 });
});
afterAll(async () => {
  await browser?.close();
});

/** The sidebar page whose google.script.run calls the bundle on `fake`, as Apps Script would. */
async function sidebarOn(fake: FakeAppsScript): Promise<Page> {
  const runtime = loadBundle(fake.globals);
  const page = await browser.context.newPage();
  await page.exposeFunction('callServer', (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: runtime.call(name, ...args) ?? null };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  await page.addInitScript(() => {
    type Handler = (value: unknown) => void;
    const call = (
      window as unknown as {
        callServer: (
          name: string,
          args: unknown[],
        ) => Promise<{ ok: boolean; value?: unknown; message?: string }>;
      }
    ).callServer;
    const runner = (success?: Handler, failure?: Handler): object =>
      new Proxy(
        {},
        {
          get: (_target, name) => {
            if (name === 'withSuccessHandler')
              return (handler: Handler) => runner(handler, failure);
            if (name === 'withFailureHandler')
              return (handler: Handler) => runner(success, handler);
            return (...args: unknown[]) => {
              void call(String(name), JSON.parse(JSON.stringify(args))).then((result) =>
                result.ok ? success?.(result.value) : failure?.(new Error(result.message)),
              );
            };
          },
        },
      );
    (window as unknown as { google: object }).google = { script: { run: runner() } };
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => errors.push(message.text()));
  // Served from a made-up origin (nothing leaves the machine) so the init script runs first.
  await page.route('http://sidebar.invalid/', (route) =>
    route.fulfill({ body: sidebarHtml, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('http://sidebar.invalid/');
  await page.waitForSelector('#build').catch((error: Error) => {
    throw new Error(`${error.message}\n${errors.join('\n')}\n${sidebarHtml.slice(0, 300)}`);
  });
  return page;
}

test('zh_CN: a time-out mid-write is reported in Chinese, and the half-written sheet is gone', async () => {
  const fake = createFakeAppsScript({ locale: 'zh_CN' });
  const remove = fake.log.intercept('Range.setBackgrounds', () => {
    remove();
    throw new Error('Service Spreadsheets timed out while accessing document.');
  });
  const page = await sidebarOn(fake);
  await page.getByRole('button', { name: '生成工作表' }).click();
  const status = page.locator('#build-status');
  await status.filter({ hasText: '未生成工作表' }).waitFor();
  expect(await status.textContent()).toBe(
    '未生成工作表：写入工作表“目标计算器”失败（Service Spreadsheets timed out while accessing document.）。已删除写了一半的工作表，其他内容未更改。请重试。',
  );
  expect(fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
  await page.screenshot({ path: artifactPath('sidebar-build-failed-zh-CN.png') });

  // Pressing Build again works, and the sheet gets its plain name.
  await page.getByRole('button', { name: '生成工作表' }).click();
  await status.filter({ hasText: '完成' }).waitFor();
  expect(fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
    'Sheet1',
    '目标计算器',
  ]);
  await page.close();
});

test('en_US: another build holding the lock is reported in English, nothing written', async () => {
  const fake = createFakeAppsScript();
  fake.documentLock.holdAsOtherUser();
  const page = await sidebarOn(fake);
  await page.getByRole('button', { name: 'Build the sheet' }).click();
  const status = page.locator('#build-status');
  await status.filter({ hasText: 'not built' }).waitFor();
  expect(await status.textContent()).toBe(
    'The sheet was not built: another FunnelMath build is running in this spreadsheet, so nothing was written. Try again in a moment.',
  );
  expect(fake.spreadsheet.getSheets()).toHaveLength(1);
  await page.close();
});
