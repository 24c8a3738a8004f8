/**
 * The sidebar's promises that need no sheet to be built: validation beside each field,
 * hostile text shown as text, Chinese UI, the function reference, accessibility.
 * Runs against the built preview in headless chromium.
 */
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import {
  cellText,
  openPreview,
  runOnServer,
  seriousAxeViolations,
  shownNumber,
  sidebarFrame,
  snapshotOf,
  tabNames,
  type,
} from './support/previewPage';
import { startPreviewProcess } from './support/previewProcess';

const session = useBrowserAndPreview();

test('a bad form (empty target, 0% rate, 11 stages) shows each field’s message and adds no sheet', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  const before = await snapshotOf(session.preview.url);
  await type(sidebar, 'Revenue target', '');
  await type(sidebar, 'Leads: conversion to next stage (%)', '0');
  for (let added = 0; added < 6; added++)
    await sidebar.getByRole('button', { name: 'Add stage' }).click();
  expect(await sidebar.locator('.stage-list > li').count()).toBe(11);

  // Messages appear as the user types, beside the field, before any Build.
  await expect(sidebar.locator('#error-revenueTarget').textContent()).resolves.toBe(
    'Enter a revenue target above 0, at most 1,000,000,000,000.',
  );
  await sidebar.getByRole('button', { name: 'Build the sheet' }).click();
  await expect(sidebar.locator('#build-status').textContent()).resolves.toBe(
    'Fix the 3 highlighted fields first.',
  );
  const leadsRate = sidebar.getByLabel('Leads: conversion to next stage (%)');
  const leadsMessage = sidebar.locator(`#${await leadsRate.getAttribute('aria-describedby')}`);
  expect(await leadsMessage.textContent()).toBe('Enter a rate above 0% and at most 100%.');
  expect(await leadsRate.getAttribute('aria-invalid')).toBe('true');
  expect(await sidebar.locator('#error-stages').textContent()).toBe(
    'A funnel has 2 to 10 stages; this one has 11.',
  );
  // The first bad field gets the focus, so a keyboard user lands on it.
  expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('field-revenueTarget');
  expect(await sidebar.locator('.counts').count()).toBe(0);
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('sidebar-errors.png') });

  expect(await snapshotOf(session.preview.url)).toEqual(before);
  expect(await tabNames(page)).toEqual(['Sheet1']);
  expect(await seriousAxeViolations(sidebar)).toEqual([]);
  await page.close();
});

test('the server validates again with the same schema: a bad plan is refused in words', async () => {
  const answer = await runOnServer(session.preview.url, 'saveLastPlan', {
    revenueTarget: 0,
    period: 'year',
  });
  expect(answer).toEqual({
    ok: false,
    error: expect.stringMatching(/^The plan was not saved: revenueTarget is 0;/),
  });
  expect(await runOnServer(session.preview.url, 'getSidebarStart')).toEqual({
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

test.each(['<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")'])(
  'a stage named %s shows as text in the sidebar',
  async (hostile) => {
    const { page, sidebar, dialogs, problems } = await openPreview(
      session.browser.context,
      session.preview.url,
    );
    await type(sidebar, 'Stage 2 name', hostile);
    const previewRow = sidebar.locator('.counts tbody th').nth(1);
    await expect(previewRow.textContent()).resolves.toBe(hostile);
    expect(await sidebar.locator('.counts img').count()).toBe(0);
    expect(await sidebar.getByLabel(`Move ${hostile} up`).count()).toBe(1);
    expect(await sidebar.locator('#field-leadStageIndex option').first().textContent()).toBe(
      'Visitors',
    );
    expect(await sidebar.locator('#field-leadStageIndex option').nth(1).textContent()).toBe(
      hostile,
    );
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  },
);

test('zh-TW chosen in the form: labels, messages and default stage names in Traditional Chinese', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  await sidebar.getByLabel('Language (sidebar and sheet)').selectOption('zh-TW');
  await sidebar.getByLabel('收入目標').waitFor();
  expect(await sidebar.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
  expect(await sidebar.locator('h1').textContent()).toBe('目標計算器');
  expect(await sidebar.getByLabel('語言（側邊欄與工作表）').inputValue()).toBe('zh-TW');
  expect(await sidebar.getByLabel('第 3 階段名稱').inputValue()).toBe('行銷合格潛在客戶');
  await type(sidebar, '收入目標', 'abc');
  expect(await sidebar.locator('#error-revenueTarget').textContent()).toBe(
    '「abc」不是數字；請只輸入數字，例如 1200000。',
  );
  expect(await sidebar.getByRole('button', { name: '產生工作表' }).count()).toBe(1);
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('sidebar-zh-TW.png') });
  expect(await seriousAxeViolations(sidebar)).toEqual([]);
  await page.close();
});

test('the function reference finds a function by what it measures, in English and Chinese', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  await sidebar.locator('.reference > summary').click();
  await sidebar.getByLabel('Search by name or by what it measures').fill('payback');
  expect(await sidebar.locator('#reference-list > li summary code').allTextContents()).toEqual([
    'CAC_PAYBACK',
  ]);
  await sidebar.getByLabel('Language (sidebar and sheet)').selectOption('zh-CN');
  await sidebar.locator('.reference > summary').click();
  await sidebar.getByLabel('按名称或衡量内容搜索').fill('销售管道速度');
  expect(await sidebar.locator('#reference-list > li summary code').allTextContents()).toEqual([
    'PIPELINE_VELOCITY',
  ]);
  await sidebar.locator('#reference-list > li summary').first().click();
  await expect(
    sidebar.locator('#reference-list .signature').first().textContent(),
  ).resolves.toMatch(/^=PIPELINE_VELOCITY\(/);
  expect(await seriousAxeViolations(sidebar)).toEqual([]);
  await page.close();
});

test('the sidebar is fully keyboard-operable: reorder a stage without a mouse', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  await sidebar.getByLabel('Move Leads down').focus();
  await page.keyboard.press('Enter');
  const names = await sidebar
    .locator('.stage-list input[id$="-name"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(names).toEqual(['Visitors', 'MQLs', 'Leads', 'SQLs', 'Customers']);
  // The focus stays on the moved stage's button, ready for another press.
  expect(await sidebar.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Move Leads down',
  );
  await page.keyboard.press('Tab');
  expect(await sidebar.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Remove Leads',
  );
  await page.keyboard.press('Enter');
  expect(await sidebar.locator('.stage-list > li').count()).toBe(4);
  await page.close();
});

test('zh-TW chosen in the form builds the sheet in Traditional Chinese (and remembers the choice)', async () => {
  // Its own spreadsheet: the plan it stores would open the other tests' sidebars in Chinese.
  const ownPreview = await startPreviewProcess();
  try {
    const { page, sidebar } = await openPreview(session.browser.context, ownPreview.url);
    await sidebar.getByLabel('Language (sidebar and sheet)').selectOption('zh-TW');
    await sidebar.getByRole('button', { name: '產生工作表' }).click();
    await sidebar.getByText('完成：已新增工作表「目標計算器」。').waitFor();
    await page.locator('#tabs [aria-selected="true"]', { hasText: '目標計算器' }).waitFor();
    const start = (await runOnServer(ownPreview.url, 'getSidebarStart')) as {
      value: { lastPlan: Plan };
    };
    const plan = start.value.lastPlan;
    expect(plan.language).toBe('zh-TW');
    const planned = planFunnel(plan);
    for (const [index, stage] of goalCalculatorCells(plan).stages.entries()) {
      expect(await cellText(page, stage.name)).toBe(
        ['網站訪客', '潛在客戶', '行銷合格潛在客戶', '銷售合格潛在客戶', '客戶'][index],
      );
      expect(shownNumber(await cellText(page, stage.needed))).toBe(planned.stages[index].needed);
    }
    await page.reload();
    const reopened = await sidebarFrame(page);
    expect(await reopened.locator('h1').textContent()).toBe('目標計算器');
    expect(await reopened.getByLabel('語言（側邊欄與工作表）').inputValue()).toBe('zh-TW');
    await page.screenshot({ path: artifactPath('preview-zh-TW.png') });
    await page.close();
  } finally {
    await ownPreview.stop();
  }
});

test('when the start data cannot be loaded, the form still works and says why', async () => {
  const page = await session.browser.context.newPage();
  await page.route('**/api/run/getSidebarStart', (route) =>
    route.fulfill({
      json: { ok: false, error: 'Authorisation is required to perform that action.' },
    }),
  );
  await page.goto(session.preview.url);
  const sidebar = await sidebarFrame(page);
  await sidebar
    .getByRole('alert')
    .filter({
      hasText:
        'The last plan of this spreadsheet could not be loaded (Authorisation is required to perform that action.); starting from the defaults.',
    })
    .waitFor();
  expect(await sidebar.getByLabel('Revenue target').inputValue()).toBe('1200000');
  await page.close();
});
