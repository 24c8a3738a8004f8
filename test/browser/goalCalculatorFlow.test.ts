/**
 * The whole add-on in a real headless chromium, through the local preview: the sidebar as
 * the built bundle serves it, google.script.run answered by dist/server.js in a vm over
 * the fake services, the sheet shown in the grid. Expected numbers come from the planner.
 */
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { examplePlan } from '../support/plans';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import {
  cellText,
  editCell,
  openPreview,
  runOnServer,
  seriousAxeViolations,
  shownNumber,
  tabNames,
  type,
} from './support/previewPage';

const session = useBrowserAndPreview({
  // Stopping cleanly is part of the contract of `npm start`.
  afterStop: (exitCode) => expect(exitCode).toBe(0),
});

/**
 * What a new user types over the form's defaults (the example plan), and the plan it must
 * mean ("30" in a % field is 0.3): the same stages and other fields, these numbers.
 */
const typedPlan = {
  revenueTarget: '2,400,000',
  averageDealSize: '30000',
  rates: ['3', '30', '50', '20'],
  costPerLead: '150',
};
const meantRates = [0.03, 0.3, 0.5, 0.2];
const meantPlan: Plan = {
  ...examplePlan,
  revenueTarget: 2400000,
  averageDealSize: 30000,
  stages: examplePlan.stages.map((stage, index) =>
    index < meantRates.length ? { ...stage, conversionToNext: meantRates[index] } : stage,
  ),
  costPerLead: 150,
  // The form sends no start month or currency (the server fills the start month in).
  startMonth: undefined,
  currency: undefined,
};

test('a new user fills the form, builds, and the grid shows the planned counts; the plan follows an edited target', async () => {
  const { page, sidebar, dialogs, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  await type(sidebar, 'Revenue target', typedPlan.revenueTarget);
  await type(sidebar, 'Average deal size', typedPlan.averageDealSize);
  for (const [index, rate] of typedPlan.rates.entries()) {
    const stage = meantPlan.stages[index].name;
    await type(sidebar, `${stage}: conversion to next stage (%)`, rate);
  }
  await type(sidebar, /^Cost per lead/, typedPlan.costPerLead);

  // The live preview already shows the planner's counts before anything is built.
  const planned = planFunnel(meantPlan);
  await expect(sidebar.locator('.counts tbody td').allTextContents()).resolves.toEqual(
    planned.stages.map((stage) => stage.needed.toLocaleString('en')),
  );
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('sidebar-en-filled.png') });

  await sidebar.getByRole('button', { name: 'Build the sheet' }).click();
  await expect(sidebar.locator('#build-status').textContent()).resolves.toMatch(/Building|Done/);
  await sidebar.getByText('Done: the sheet “Goal Calculator” was added.').waitFor();
  await page.locator('#tabs [aria-selected="true"]', { hasText: 'Goal Calculator' }).waitFor();
  expect(await tabNames(page)).toEqual(['Sheet1', 'Goal Calculator']);

  const cells = goalCalculatorCells(meantPlan);
  for (const [index, stage] of cells.stages.entries()) {
    expect(await cellText(page, stage.name)).toBe(meantPlan.stages[index].name);
    expect(shownNumber(await cellText(page, stage.needed))).toBe(planned.stages[index].needed);
  }
  // The plan stored with the document is exactly what the user meant.
  expect(await runOnServer(session.preview.url, 'getSidebarStart')).toEqual({
    ok: true,
    value: { spreadsheetLanguage: 'en', lastPlan: meantPlan },
  });
  await page.screenshot({ path: artifactPath('preview-built.png') });
  expect(await seriousAxeViolations(page.mainFrame())).toEqual([]);

  await editCell(page, cells.inputs.revenueTarget, '3600000');
  const replanned = planFunnel({ ...meantPlan, revenueTarget: 3600000 });
  await page
    .locator(`#grid td[data-a1="${cells.stages[0].needed}"]`, {
      hasText: replanned.stages[0].needed.toLocaleString('en'),
    })
    .waitFor();
  for (const [index, stage] of cells.stages.entries()) {
    expect(shownNumber(await cellText(page, stage.needed))).toBe(replanned.stages[index].needed);
  }
  await page.screenshot({ path: artifactPath('preview-replanned.png') });
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
});

test('reopening the sidebar offers the last plan of this spreadsheet', async () => {
  const { page, sidebar, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  expect(problems).toEqual([]);
  await sidebar.getByText('Showing the last plan built in this spreadsheet.').waitFor();
  expect(await sidebar.getByLabel('Revenue target').inputValue()).toBe('2400000');
  expect(await sidebar.getByLabel('Visitors: conversion to next stage (%)').inputValue()).toBe('3');
  await sidebar.getByRole('button', { name: 'Start from the defaults' }).click();
  expect(await sidebar.getByLabel('Revenue target').inputValue()).toBe('1200000');
  await page.close();

  // The whole sidebar at its Sheets width, as one picture to look at (tall enough that the
  // sticky Build bar sits in its place rather than over the form).
  const alone = await session.browser.context.newPage();
  await alone.setViewportSize({ width: 300, height: 1700 });
  await alone.goto(`${session.preview.url}sidebar`);
  await alone.locator('.counts').waitFor();
  await alone.screenshot({ path: artifactPath('sidebar-reopened-full.png') });
  await alone.close();
});

test('a FunnelMath function typed into a cell computes, and the workbook downloads as .xlsx', async () => {
  const { page } = await openPreview(session.browser.context, session.preview.url);
  await page.locator('#tabs [role="tab"]', { hasText: 'Sheet1' }).click();
  await page.locator('#tabs [aria-selected="true"]', { hasText: 'Sheet1' }).waitFor();
  await editCell(page, 'A1', '50000');
  await editCell(page, 'A2', '20');
  await editCell(page, 'A3', '=CAC(A1, A2)');
  await page.locator('#grid td[data-a1="A3"]', { hasText: '2500' }).waitFor();
  await editCell(page, 'A4', '=CAC(A1, 0)');
  await page.locator('#grid td[data-a1="A4"].error').waitFor();
  expect(await page.locator('#grid td[data-a1="A4"]').getAttribute('title')).toMatch(
    /CAC: new_customers is 0/,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download .xlsx' }).click(),
  ]);
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 2)).toEqual([
    'Sheet1',
    'Goal Calculator',
  ]);
  expect(workbook.getWorksheet('Sheet1')?.getCell('A3').value).toEqual({
    formula: 'CAC(A1, A2)',
    result: 2500,
  });
  const cells = goalCalculatorCells({ ...meantPlan, revenueTarget: 3600000 });
  expect(workbook.getWorksheet('Goal Calculator')?.getCell(cells.inputs.revenueTarget).value).toBe(
    3600000,
  );
  await page.close();
});

test('the server’s error reaches the user in words and the button comes back', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  await page.route('**/api/run/buildGoalCalculator', (route) =>
    route.fulfill({
      json: { ok: false, error: 'Service Spreadsheets timed out while accessing document.' },
    }),
  );
  await sidebar.getByRole('button', { name: 'Build the sheet' }).click();
  await sidebar
    .getByText('The sheet was not built: Service Spreadsheets timed out while accessing document.')
    .waitFor();
  expect(await sidebar.locator('#build').getAttribute('aria-disabled')).toBe('false');
  await page.close();
});

test('the build button is disabled and shows progress while the server works', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let calls = 0;
  await page.route('**/api/run/buildGoalCalculator', async (route) => {
    calls++;
    await held;
    await route.fulfill({ json: { ok: true, value: 'Goal Calculator (9)' } });
  });
  const build = sidebar.getByRole('button', { name: 'Build the sheet' });
  await build.click();
  await sidebar.locator('.build-panel progress:not([hidden])').waitFor();
  expect(await build.getAttribute('aria-disabled')).toBe('true');
  expect(await sidebar.locator('#build-status').textContent()).toBe('Building the sheet…');
  // A second press while busy sends nothing (playwright itself refuses to click an aria-disabled button).
  await build.dispatchEvent('click');
  release();
  await sidebar.getByText('Done: the sheet “Goal Calculator (9)” was added.').waitFor();
  expect(await sidebar.locator('.build-panel progress').isHidden()).toBe(true);
  expect(calls).toBe(1);
  await page.close();
});

test('hostile stage names land in the sheet as text, never as markup or a formula', async () => {
  const { page, sidebar, dialogs, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  const hostile = ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")'];
  await type(sidebar, 'Stage 2 name', hostile[0]);
  await type(sidebar, 'Stage 3 name', hostile[1]);
  await sidebar.getByRole('button', { name: 'Build the sheet' }).click();
  await sidebar.getByText('Done: the sheet “Goal Calculator (2)” was added.').waitFor();
  await page.locator('#tabs [aria-selected="true"]', { hasText: 'Goal Calculator (2)' }).waitFor();

  const start = (await runOnServer(session.preview.url, 'getSidebarStart')) as {
    value: { lastPlan: Plan };
  };
  const plan = start.value.lastPlan;
  expect(plan.stages.map((stage) => stage.name).slice(1, 3)).toEqual(hostile);
  const cells = goalCalculatorCells(plan);
  for (const [offset, name] of hostile.entries()) {
    const address = cells.stages[offset + 1].name;
    expect(await cellText(page, address)).toBe(name);
    // In the formula bar it is the text itself, not a formula.
    await page.locator(`#grid td[data-a1="${address}"]`).click();
    expect(await page.locator('#cell-input').inputValue()).toBe(name);
  }
  expect(await page.locator('#grid img').count()).toBe(0);
  expect(await sidebar.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
});

test('the grid moves down on Enter, and a slow answer never wipes what the person is typing next', async () => {
  const { page } = await openPreview(session.browser.context, session.preview.url);
  await page.locator('#tabs [role="tab"]', { hasText: 'Sheet1' }).click();
  await page.locator('#tabs [aria-selected="true"]', { hasText: 'Sheet1' }).waitFor();
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => {
    answer = resolve;
  });
  await page.route('**/api/cell', async (route) => {
    await answered;
    await route.continue();
  });
  await page.locator('#grid td[data-a1="D1"]').click();
  await page.locator('#cell-input').fill('7');
  await page.locator('#cell-input').press('Enter');
  // While the server is still answering, the person moves on and starts typing.
  await page.locator('#grid td[data-a1="D5"]').click();
  await page.locator('#cell-input').fill('=D1*6');
  const response = page.waitForResponse((reply) => reply.url().endsWith('/api/cell'));
  answer();
  await response;
  await page.locator('#grid td[data-a1="D1"]', { hasText: '7' }).waitFor();
  expect(await page.locator('#cell-input').inputValue()).toBe('=D1*6');
  expect(await page.locator('#cell-name').inputValue()).toBe('D5');
  await page.unroute('**/api/cell');
  await page.locator('#cell-input').press('Enter');
  await page.locator('#grid td[data-a1="D5"]', { hasText: '42' }).waitFor();
  expect(await page.locator('#cell-name').inputValue()).toBe('D6');
  // From the keyboard: arrows move the selection, Enter opens the formula bar on it.
  await page.locator('#grid').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  expect(await page.locator('#grid').getAttribute('aria-activedescendant')).toBe('cell-C5');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('cell-input');
  await page.close();
});
