/**
 * The preview in a Chinese spreadsheet: its own chrome and the add-on's menu in the
 * spreadsheet's language, the menu inserting an empty dashboard whose months read as Chinese months, and a range
 * result that would overwrite data failing in its own cell only, as #REF! the way Sheets
 * shows it.
 */

import { menuItems } from '../../src/gas/menu';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { cellText, editCell, openPreview } from './support/previewPage';

const session = useBrowserAndPreview({ env: { FUNNELMATH_LOCALE: 'zh_CN' } });

test('the chrome speaks the spreadsheet language and the menu inserts a dashboard', async () => {
  const { page, problems } = await openPreview(session.browser.context, session.preview.url);
  await page.getByRole('button', { name: '扩展程序' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await page.locator('#download').textContent()).toBe('下载 .xlsx');
  expect(await page.locator('label[for="cell-name"]').textContent()).toBe('单元格');

  await page.getByRole('button', { name: '扩展程序' }).click();
  const captions = await page.getByRole('menuitem').allTextContents();
  expect(captions).toEqual(menuItems.map((item) => item.label['zh-CN']));
  expect(await page.locator('#sidebar-path').textContent()).toBe(
    `扩展程序 → FunnelMath → ${menuItems[0].label['zh-CN']}`,
  );
  await page.getByRole('menuitem', { name: '插入 KPI 仪表板', exact: true }).click();
  await page.getByRole('tab', { selected: true, name: /KPI/ }).waitFor();
  const today = new Date();
  expect(await cellText(page, 'A7')).toBe(`${today.getFullYear()}年${today.getMonth() + 1}月`);
  await page.screenshot({ path: artifactPath('preview-zh-CN-dashboard.png') });
  expect(problems).toEqual([]);
  await page.close();
});

test('a range result that would overwrite data is #REF! in its own cell only', async () => {
  const { page, problems } = await openPreview(session.browser.context, session.preview.url);
  const first = page.getByRole('tab').first();
  await first.click();
  await page.waitForFunction(
    () => document.querySelector('[role="tab"]')?.getAttribute('aria-selected') === 'true',
  );
  await editCell(page, 'D2', '5');
  await editCell(page, 'D1', '=CONVERSION_RATE({10;20;30},{1;2;3})');
  expect(await cellText(page, 'D1')).toBe('#REF!');
  expect(await cellText(page, 'D2')).toBe('5');
  expect(await cellText(page, 'D3')).toBe('');
  const errors = await page
    .locator('#grid td.error')
    .evaluateAll((cells) =>
      cells.map((cell) => [cell.getAttribute('data-a1'), cell.getAttribute('title')]),
    );
  expect(errors).toEqual([
    ['D1', 'Array result was not expanded because it would overwrite data.'],
  ]);
  expect(problems).toEqual([]);
  await page.close();
});
