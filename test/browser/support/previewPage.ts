/**
 * How a test drives the preview page the way a person does: the sidebar frame's labelled
 * fields, the grid's cells and tabs, the formula bar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { type GridSnapshot, previewToken } from '../../../src/preview/protocol';

export interface OpenPreview {
  readonly page: Page;
  readonly sidebar: Frame;
  /** Messages of any alert/confirm a script opened (injected HTML would): must stay empty. */
  readonly dialogs: string[];
  /** Uncaught errors, console warnings and any request leaving the preview's origin. */
  readonly problems: string[];
}

export async function openPreview(context: BrowserContext, url: string): Promise<OpenPreview> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // The sidebar and the grid load nothing from the network: no CDN, no web font.
  page.on('request', (request) => {
    if (!request.url().startsWith(url)) problems.push(`external request: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') {
      // The browser asks for /favicon.ico; the preview has none.
      if (!message.location().url.endsWith('/favicon.ico'))
        problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(url);
  const sidebar = await sidebarFrame(page);
  return { page, sidebar, dialogs, problems };
}

/** The sidebar iframe, once its form is interactive. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sidebar');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the sidebar iframe has no document');
  await frame.waitForSelector('#build');
  return frame;
}

/** Replaces a field's text as a person would: select all, type. */
export async function type(frame: Frame, label: string | RegExp, text: string): Promise<void> {
  const field = frame.getByLabel(label, { exact: typeof label === 'string' });
  await field.fill('');
  if (text) await field.pressSequentially(text);
}

export async function cellText(page: Page, a1: string): Promise<string> {
  return (await page.locator(`#grid td[data-a1="${a1}"]`).textContent()) ?? '';
}

/** "80,000" or "$1,200,000" as the number it shows. */
export function shownNumber(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ''));
}

export async function tabNames(page: Page): Promise<string[]> {
  return page.locator('#tabs [role="tab"]').allTextContents();
}

/** Types into one cell through the formula bar and presses Enter. */
export async function editCell(page: Page, a1: string, input: string): Promise<void> {
  await page.locator(`#grid td[data-a1="${a1}"]`).click();
  await page.locator('#cell-input').fill(input);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/cell')),
    page.locator('#cell-input').press('Enter'),
  ]);
}

/** The server's view of the workbook (what the grid renders). */
export async function snapshotOf(url: string): Promise<GridSnapshot> {
  const response = await fetch(`${url}api/snapshot`);
  return (await response.json()) as GridSnapshot;
}

/** The run's token, read from the grid page as a browser receives it. */
export async function previewTokenOf(url: string): Promise<string> {
  const page = await (await fetch(url)).text();
  const token = new RegExp(`<meta name="${previewToken.meta}" content="([^"]+)">`).exec(page)?.[1];
  if (!token) throw new Error(`the preview page at ${url} carries no token`);
  return token;
}

/** Calls a server entry point as google.script.run does in the preview (with the page's token). */
export async function runOnServer(
  url: string,
  entryPoint: string,
  ...args: unknown[]
): Promise<unknown> {
  const response = await fetch(`${url}api/run/${entryPoint}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [previewToken.header]: await previewTokenOf(url),
    },
    body: JSON.stringify({ args }),
  });
  return response.json();
}

/** Runs axe-core (from node_modules, nothing fetched) in a frame; returns serious and critical violations. */
export async function seriousAxeViolations(
  frame: Frame,
): Promise<{ id: string; help: string; targets: string[] }[]> {
  const axeSource = readFileSync(
    join(__dirname, '..', '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
    'utf8',
  );
  await frame.evaluate(axeSource);
  const violations = await frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    interface AxeViolation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}
