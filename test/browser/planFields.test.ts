/**
 * The plan's newer fields in the sidebar, used as a person would in a Taiwanese spreadsheet:
 * the currency (from the locale, independent of the language, used by the live panel), the
 * first month, the days between stages, their messages beside the fields, the keyboard.
 */
import { nextStartMonth } from '../../src/funnel/startMonth';
import type { Plan } from '../../src/funnel/types';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import {
  editCell,
  openPreview,
  runOnServer,
  seriousAxeViolations,
  sidebarFrame,
  tabNames,
} from './support/previewPage';

const session = useBrowserAndPreview({ env: { FUNNELMATH_LOCALE: 'zh_TW' } });

const budgetIn = (currency: string, language: string) =>
  new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(192000);

test('the currency comes from the spreadsheet, stays when the language changes, and prices the live panel', async () => {
  const { page, sidebar, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  expect(await sidebar.getByLabel('貨幣').inputValue()).toBe('TWD');
  await expect(sidebar.locator('.budget strong').textContent()).resolves.toBe(
    budgetIn('TWD', 'zh-TW'),
  );
  await sidebar.getByLabel('語言（側邊欄與工作表）').selectOption('en');
  await sidebar.getByLabel('Revenue target').waitFor();
  expect(await sidebar.getByLabel('Currency').inputValue()).toBe('TWD');
  await expect(sidebar.locator('.budget strong').textContent()).resolves.toBe(
    budgetIn('TWD', 'en'),
  );
  expect(await sidebar.locator('#field-currency option[value="EUR"]').textContent()).toBe(
    'EUR · Euro',
  );
  await sidebar.getByLabel('Currency').selectOption('EUR');
  await expect(sidebar.locator('.budget strong').textContent()).resolves.toBe(
    budgetIn('EUR', 'en'),
  );
  // The first month defaults to the next calendar month.
  expect(await sidebar.getByLabel('First month of the plan').inputValue()).toBe(
    nextStartMonth(new Date()),
  );
  expect(problems).toEqual([]);
  await page.close();
});

test('days between stages and the first month: messages beside the field, reached from the keyboard', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  // From the sales cycle, Tab lands on the first step's days.
  await sidebar.getByLabel(/^銷售週期（天）/).focus();
  await page.keyboard.press('Tab');
  expect(await sidebar.evaluate(() => document.activeElement?.id)).toMatch(
    /^field-stage-\d+-days$/,
  );
  expect(await sidebar.getByLabel('網站訪客 → 潛在客戶（天）').evaluate((input) => input.id)).toBe(
    await sidebar.evaluate(() => document.activeElement?.id),
  );
  await page.keyboard.type('900');
  const days = sidebar.getByLabel('網站訪客 → 潛在客戶（天）');
  expect(await days.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await days.getAttribute('aria-describedby')) ?? '';
  const message = sidebar.locator(`#${describedBy.split(' ').at(-1)}`);
  expect(await message.textContent()).toBe('請輸入 0 到 730 天，或留空以使用銷售週期。');
  // The hint says what an empty field means, and is read with the field.
  expect(await sidebar.locator(`#${describedBy.split(' ')[0]}`).textContent()).toBe(
    '留空：使用銷售週期。',
  );

  await sidebar.getByLabel('計畫的第一個月').fill('1999-12');
  expect(await sidebar.locator('#error-startMonth').textContent()).toBe(
    '請選擇 2000 年 1 月到 2099 年 12 月之間的月份，例如 2027-01。',
  );
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-plan-fields-errors.png') });

  // Build: both messages stay, the focus lands on the first bad field, nothing is built.
  await sidebar.getByRole('button', { name: '產生工作表' }).click();
  expect(await sidebar.locator('#build-status').textContent()).toBe('請先修正 2 個標示的欄位。');
  expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe('field-startMonth');
  expect(await seriousAxeViolations(sidebar)).toEqual([]);

  // Fixed: 45 days for the first step, July 2027; the plan built says so.
  await days.fill('45');
  await sidebar.getByLabel('計畫的第一個月').fill('2027-07');
  expect(await sidebar.locator('.field-error:not(:empty)').count()).toBe(0);
  await sidebar.getByRole('button', { name: '產生工作表' }).click();
  await sidebar.getByText('完成：已新增工作表「目標計算器」。').waitFor();
  const start = (await runOnServer(session.preview.url, 'getSidebarStart')) as {
    value: { lastPlan: Plan; spreadsheetCurrency: string };
  };
  expect(start.value.spreadsheetCurrency).toBe('TWD');
  expect(start.value.lastPlan).toMatchObject({ startMonth: '2027-07', currency: 'TWD' });
  expect(start.value.lastPlan.stages[0].daysToNext).toBe(45);
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-plan-fields-built.png') });
  await page.close();
});

test('a cell typed wrong on the sheet is named in the sidebar’s language, and an update puts the plan back', async () => {
  // The previous test built 目標計算器 in this spreadsheet.
  const { page } = await openPreview(session.browser.context, session.preview.url);
  await page.locator('#tabs [role="tab"]', { hasText: '目標計算器' }).click();
  await page.locator('#tabs [aria-selected="true"]', { hasText: '目標計算器' }).waitFor();
  // Data validation refuses -5 typed into the target, but emptying a cell is always allowed.
  await editCell(page, 'B5', '');
  await page.reload();
  const reopened = await sidebarFrame(page);
  const note = reopened.locator('#sheet-problems');
  await note.waitFor();
  expect(await note.getAttribute('role')).toBe('alert');
  expect(await note.locator('li').allTextContents()).toEqual([
    'B5 的值為 ""：請輸入大於 0、不超過 1,000,000,000,000 的收入目標。',
  ]);
  // The form shows the plan as last written, not the bad cell.
  expect(await reopened.getByLabel('收入目標').inputValue()).toBe('1200000');
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-sheet-problem.png') });
  expect(await seriousAxeViolations(reopened)).toEqual([]);
  await reopened.getByRole('button', { name: '更新工作表' }).click();
  await reopened.getByText('完成：已原地更新「目標計算器」。').waitFor();
  expect(await reopened.locator('#sheet-problems').count()).toBe(0);
  expect(await reopened.evaluate(() => document.activeElement?.id)).toBe('build');
  await page.locator('#grid td[data-a1="B5"]', { hasText: '1,200,000' }).waitFor();
  expect(await tabNames(page)).toEqual(['Sheet1', '目標計算器']);
  await page.close();
});
