/**
 * Typing "2,5" into the sidebar (issue 10): in a German spreadsheet it is two and a half
 * percent and the form says so; in the same form switched to English it is refused with the
 * ways to type it, instead of silently becoming 25%.
 */
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { examplePlan } from '../support/plans';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import {
  cellText,
  openPreview,
  seriousAxeViolations,
  shownNumber,
  type,
} from './support/previewPage';

const session = useBrowserAndPreview({ env: { FUNNELMATH_LOCALE: 'de_DE' } });

const growth = /^Monthly growth/;
const leadsRate = 'Leads: conversion to next stage (%)';

test('de_DE: "2,5" is 2.5%, shown as read, and the built sheet holds 2.5%', async () => {
  const { page, sidebar, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  await type(sidebar, growth, '2,5');
  await type(sidebar, leadsRate, '30,5');
  expect(await sidebar.locator('#error-monthlyGrowth').textContent()).toBe('Read as 2,5\u00A0%');
  expect(await sidebar.locator('#error-monthlyGrowth').getAttribute('class')).toContain('reading');
  expect(await sidebar.getByLabel(growth).getAttribute('aria-invalid')).toBeNull();
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('sidebar-number-de.png') });
  expect(await seriousAxeViolations(sidebar)).toEqual([]);

  await sidebar.getByRole('button', { name: 'Build the sheet' }).click();
  await sidebar.getByText('Done: the sheet “Goal Calculator” was added.').waitFor();
  const plan = {
    ...examplePlan,
    monthlyGrowth: 0.025,
    stages: examplePlan.stages.map((stage, index) =>
      index === 1 ? { ...stage, conversionToNext: 0.305 } : stage,
    ),
  };
  const cells = goalCalculatorCells(plan);
  // The grid redraws after the sidebar says done: wait for the built sheet's cell.
  await page
    .locator(`#grid td[data-a1="${cells.inputs.monthlyGrowth}"]`, { hasText: '%' })
    .waitFor();
  const shownGrowth = await cellText(page, cells.inputs.monthlyGrowth);
  expect([shownNumber(shownGrowth), shownGrowth.endsWith('%')]).toEqual([2.5, true]);
  const shownRate = await cellText(page, cells.stages[1].conversionToNext ?? '');
  expect(shownNumber(shownRate)).toBe(30.5);
  expect(problems).toEqual([]);
  await page.close();
});

test('the saved plan comes back German; a form switched to Chinese retypes it and refuses "2,5"', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  // The plan the first test built comes back typed the German way, and reads the same.
  expect(await sidebar.getByLabel(growth).inputValue()).toBe('2,5');
  expect(await sidebar.getByLabel(leadsRate).inputValue()).toBe('30,5');
  await type(sidebar, growth, '2,5');
  expect(await sidebar.locator('#error-monthlyGrowth').textContent()).toBe('Read as 2,5\u00A0%');

  await sidebar.getByLabel('Language (sidebar and sheet)').selectOption('zh-CN');
  // Chosen in the form, Simplified Chinese writes "2.5": the German text is retyped, not refused.
  const chineseGrowth = /^月增长率/;
  expect(await sidebar.getByLabel(chineseGrowth).inputValue()).toBe('2.5');
  expect(await sidebar.locator('#error-monthlyGrowth').textContent()).toBe('读作 2.5%');

  await type(sidebar, chineseGrowth, '2,5');
  expect(await sidebar.locator('#error-monthlyGrowth').textContent()).toBe(
    '“2,5”可能表示不止一个数字：请输入 2.5 或 25（此处小数点为“.”）。',
  );
  const tabsBefore = await page.locator('#tabs [role="tab"]').count();
  // The sheet built by the first test is there, so the button updates it in place.
  await sidebar.getByRole('button', { name: '更新工作表' }).click();
  await sidebar.getByText('请先修正 1 个标出的字段。').waitFor();
  expect(await page.locator('#tabs [role="tab"]').count()).toBe(tabsBefore);
  await page.close();
});
