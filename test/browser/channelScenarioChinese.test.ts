/**
 * The channel and scenario editors in a Taiwanese spreadsheet: their labels, the shares left
 * to assign, the messages in the fields and the live panel speak Traditional Chinese, and
 * Simplified Chinese once the language is switched.
 */
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { openPreview, seriousAxeViolations } from './support/previewPage';

const session = useBrowserAndPreview({ env: { FUNNELMATH_LOCALE: 'zh_TW' } });

test('管道與情境 in zh-TW, then 渠道与情景 in zh-CN', async () => {
  const { page, sidebar, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  await sidebar.getByRole('button', { name: '新增管道' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('付費搜尋');
  const share = sidebar.getByLabel('付費搜尋：潛在客戶占比 (%)');
  await share.fill('60');
  expect(await sidebar.locator('#channel-shares-remainder').textContent()).toBe(
    '占比：還剩 40% 未分配。',
  );
  expect(await sidebar.locator('#error-channels').textContent()).toBe(
    '占比合計為 60%；請調整為 100%。',
  );
  await sidebar.getByRole('button', { name: '新增管道' }).press('Space');
  expect(await sidebar.getByLabel('管道 2：潛在客戶占比 (%)').inputValue()).toBe('40');
  await sidebar.getByLabel('管道 2：每個潛在客戶成本').fill('abc');
  expect(await sidebar.locator('.channels .field-error:not(:empty)').allTextContents()).toEqual([
    '「abc」不是數字；請只輸入數字，例如 1200000。',
  ]);
  await sidebar.getByLabel('管道 2：每個潛在客戶成本').fill('80');

  await sidebar.getByRole('button', { name: '新增情境' }).press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('保守');
  const rate = sidebar.getByLabel('保守：網站訪客 → 潛在客戶 (%)');
  expect(await rate.getAttribute('placeholder')).toBe('2');
  await rate.fill('0');
  expect(await sidebar.locator('.scenarios .field-error:not(:empty)').allTextContents()).toEqual([
    '請輸入大於 0% 且不超過 100% 的轉換率，或留空以沿用基礎轉換率。',
  ]);
  await rate.fill('1.5');
  expect(await sidebar.locator('#preview-channels-heading').textContent()).toBe(
    '管道（每位客戶成本由低到高）',
  );
  expect(await sidebar.locator('#preview-scenarios thead th').allTextContents()).toEqual([
    '基礎',
    '保守',
  ]);
  expect(await seriousAxeViolations(sidebar)).toEqual([]);
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-channels-scenarios-zh-TW.png') });

  // The rows stay as typed when the language changes; their words follow it.
  await sidebar.getByLabel('語言（側邊欄與工作表）').selectOption('zh-CN');
  await sidebar.getByLabel('付費搜尋：线索占比 (%)').waitFor();
  expect(await sidebar.locator('#channel-shares-remainder').textContent()).toBe(
    '占比合计为 100%。',
  );
  expect(await sidebar.getByLabel('保守：访问者 → 潜在客户 (%)').inputValue()).toBe('1.5');
  // A default name follows the language ("管道 2" is "渠道 2"); a typed one stays.
  expect(await sidebar.getByLabel('渠道 2：线索占比 (%)').inputValue()).toBe('40');
  expect(await sidebar.locator('#preview-scenarios-heading').textContent()).toBe('情景对比');
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-channels-scenarios-zh-CN.png') });
  expect(problems).toEqual([]);
  await page.close();
});
