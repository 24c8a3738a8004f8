/** A spreadsheet whose locale is zh_CN opens the sidebar in Simplified Chinese and builds a Chinese sheet. */
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
} from './support/previewPage';

const session = useBrowserAndPreview({ env: { FUNNELMATH_LOCALE: 'zh_CN' } });

test('zh_CN spreadsheet: the form speaks Simplified Chinese and offers the override', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  expect(await sidebar.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await sidebar.locator('h1').textContent()).toBe('目标计算器');
  expect(await sidebar.getByLabel('收入目标').inputValue()).toBe('1200000');
  expect(await sidebar.getByLabel('第 3 阶段名称').inputValue()).toBe('营销合格线索');
  expect(await sidebar.getByLabel('营销合格线索：到下一阶段的转化率 (%)').inputValue()).toBe('40');
  expect(await sidebar.locator('#field-language option').first().textContent()).toBe(
    '跟随电子表格（简体中文）',
  );
  await sidebar.getByLabel('潜在客户：到下一阶段的转化率 (%)').fill('0');
  expect(
    await sidebar.locator('#error-stage-2-rate, .field-error:not(:empty)').first().textContent(),
  ).toBe('请输入大于 0% 且不超过 100% 的转化率。');
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('sidebar-zh-CN.png') });
  expect(await seriousAxeViolations(sidebar)).toEqual([]);
  await page.close();
});

test("zh_CN spreadsheet: building writes the sheet with Chinese names and the planner's counts", async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  await sidebar.getByRole('button', { name: '生成工作表' }).click();
  await sidebar.getByText('完成：已添加工作表“目标计算器”。').waitFor();
  await page.locator('#tabs [aria-selected="true"]', { hasText: '目标计算器' }).waitFor();
  const start = (await runOnServer(session.preview.url, 'getSidebarStart')) as {
    value: { lastPlan: Plan };
  };
  const plan = start.value.lastPlan;
  expect(plan.language).toBe('zh-CN');
  const planned = planFunnel(plan);
  for (const [index, stage] of goalCalculatorCells(plan).stages.entries()) {
    expect(await cellText(page, stage.name)).toBe(
      ['访问者', '潜在客户', '营销合格线索', '销售合格线索', '客户'][index],
    );
    expect(shownNumber(await cellText(page, stage.needed))).toBe(planned.stages[index].needed);
  }
  await page.screenshot({ path: artifactPath('preview-zh-CN.png') });
  await page.close();
});
