/**
 * A person typing into a validated input cell of the preview: a rate of 3000% is refused
 * with the cell's help text, the cell and everything computed from it keep their values,
 * and an allowed rate goes in. The preview serves a sheet written by the Apps Script
 * writer from a hand-made layout (a workbook of the test's own, served by startPreview).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeLayout } from '../../src/gas/writeLayout';
import { type RunningPreview, startPreview } from '../../src/preview/server';
import { PreviewWorkbook } from '../../src/preview/workbook';
import { validatedInputs, validatedLayout } from '../support/validatedLayout';
import { artifactPath, type Browser, launchChromium } from './support/chromium';
import { cellText, editCell, openPreview, seriousAxeViolations } from './support/previewPage';

jest.setTimeout(90_000);

const repoRoot = join(__dirname, '..', '..');
const distDir = join(repoRoot, 'dist');
const rate = validatedInputs[0];

let browser: Browser | undefined;
let preview: RunningPreview | undefined;

beforeAll(async () => {
  const workbook = new PreviewWorkbook({
    distDir,
    readHtmlFile: (name) =>
      readFileSync(join(distDir, name.endsWith('.html') ? name : `${name}.html`), 'utf8'),
    locale: 'en_US',
  });
  // The writer runs as in Apps Script, with SpreadsheetApp a global.
  (globalThis as Record<string, unknown>).SpreadsheetApp = workbook.fake.SpreadsheetApp;
  writeLayout(workbook.fake.SpreadsheetApp.getActiveSpreadsheet(), validatedLayout());
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
  preview = await startPreview({
    port: 0,
    locale: 'en_US',
    distDir,
    pageDir: join(repoRoot, 'dist-node'),
    workbook,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

test('an invalid rate is refused with the help text, and the cell keeps its old value', async () => {
  if (!browser || !preview) throw new Error('the browser and the preview start in beforeAll');
  const { page, dialogs, problems } = await openPreview(browser.context, preview.url);
  await page.locator('#tabs [aria-selected="true"]', { hasText: 'Validated' }).waitFor();
  expect(await cellText(page, rate.a1)).toBe('25%');
  expect(await page.locator(`#grid td[data-a1="${rate.a1}"]`).getAttribute('title')).toBe(
    rate.validation.help,
  );

  await editCell(page, rate.a1, '3000%');
  await page.locator('#edit-status', { hasText: rate.validation.help }).waitFor();
  expect(await page.locator('#edit-status').textContent()).toBe(
    `B2 kept its value: “3000%” is not allowed there. ${rate.validation.help}`,
  );
  expect(await cellText(page, rate.a1)).toBe('25%');
  expect(await cellText(page, 'C2')).toBe('$250,000');
  // The person stays on the cell, and the formula bar shows what it still holds.
  expect(await page.locator('#cell-name').inputValue()).toBe(rate.a1);
  expect(await page.locator('#cell-input').inputValue()).toBe('0.25');
  await page.screenshot({ path: artifactPath('validation-rejected.png') });
  expect(await seriousAxeViolations(page.mainFrame())).toEqual([]);

  await editCell(page, rate.a1, '30%');
  await page.locator(`#grid td[data-a1="${rate.a1}"]`, { hasText: '30%' }).waitFor();
  expect(await cellText(page, 'C2')).toBe('$300,000');
  expect(await page.locator('#edit-status').textContent()).toBe('');
  expect(await page.locator('#cell-name').inputValue()).toBe('B3');
  // A list input offers its choices in the formula bar.
  await page.locator('#grid td[data-a1="B10"]').click();
  expect(await page.locator('#cell-input').getAttribute('list')).toBe('cell-choices');
  expect(
    await page
      .locator('#cell-choices option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
  ).toEqual(['USD', 'EUR', 'GBP']);
  await page.locator('#grid td[data-a1="B9"]').click();
  expect(await page.locator('#cell-input').getAttribute('list')).toBeNull();
  // A date input shows and takes the day as a person types it.
  await page.locator('#grid td[data-a1="B11"]').click();
  expect(await page.locator('#cell-input').inputValue()).toBe('2027-01-01');
  await editCell(page, 'B11', '1999-12-31');
  await page.locator('#edit-status', { hasText: validatedInputs[9].validation.help }).waitFor();
  expect(await cellText(page, 'B11')).toBe('2027-01-01');
  await editCell(page, 'B11', '2027-03-01');
  await page.locator('#grid td[data-a1="B11"]', { hasText: '2027-03-01' }).waitFor();
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
});
