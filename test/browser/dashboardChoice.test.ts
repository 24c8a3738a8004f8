/**
 * Two goal calculators in one spreadsheet: the sidebar's KPI dashboard panel lists them,
 * the person picks the plan the new dashboard follows, and the dashboard's formulas read
 * that sheet (and only it).
 */
import { examplePlan } from '../support/plans';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { openPreview, runOnServer, snapshotOf } from './support/previewPage';

const session = useBrowserAndPreview();

test('the person picks which goal calculator a new dashboard follows', async () => {
  const url = session.preview.url;
  // Two plans built earlier (from the sidebar, as the goal calculator test does).
  for (const revenueTarget of [1_200_000, 2_000_000]) {
    const built = (await runOnServer(url, 'buildGoalCalculator', {
      ...examplePlan,
      revenueTarget,
    })) as { ok: boolean };
    expect(built.ok).toBe(true);
  }
  const { page, sidebar, problems } = await openPreview(session.browser.context, url);
  const picker = sidebar.getByLabel('Plan to follow');
  await picker.waitFor();
  expect(await picker.locator('option').allTextContents()).toEqual([
    'Goal Calculator',
    'Goal Calculator (2)',
  ]);
  // The newest is preselected; the person picks the first.
  expect(await picker.inputValue()).toBe(
    await picker.locator('option', { hasText: 'Goal Calculator (2)' }).getAttribute('value'),
  );
  await picker.selectOption({ label: 'Goal Calculator' });
  await sidebar.getByRole('button', { name: 'Insert KPI dashboard' }).click();
  await sidebar.getByText('Inserted “KPI Dashboard”, following “Goal Calculator”.').waitFor();
  const dashboard = (await snapshotOf(url)).sheets.find((sheet) => sheet.name === 'KPI Dashboard');
  const formulas = (dashboard?.rows ?? []).flat().map((cell) => cell.input);
  expect(formulas.some((input) => input.includes("'Goal Calculator'!"))).toBe(true);
  expect(formulas.some((input) => input.includes("'Goal Calculator (2)'!"))).toBe(false);
  await sidebar.locator('.dashboard-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('dashboard-goal-choice.png') });
  expect(problems).toEqual([]);
  await page.close();
});
