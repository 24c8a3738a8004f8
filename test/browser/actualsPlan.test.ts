/**
 * "Start from my actuals" as a person does it in the preview: insert the dashboard with
 * sample data through the menu, open the panel in the sidebar, pick January to June, and
 * the goal-calculator form fills with the rates of those months (the sample's sums).
 */
import { sampleFigures } from '../../src/layout/dashboard';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { openPreview } from './support/previewPage';

const session = useBrowserAndPreview();

/** A rate as the form shows it: a percentage, rounded as the form's own draft rounds it. */
function sampleRate(
  numerator: 'mqls' | 'sqls' | 'opportunities' | 'dealsWon',
  denominator: string,
) {
  const months = sampleFigures.slice(0, 6);
  const sum = (key: string) =>
    months.reduce((total, month) => total + Number(month[key as keyof typeof month]), 0);
  return (sum(numerator) / sum(denominator)) * 100;
}

test('the sample dashboard’s January to June fill the form’s rates', async () => {
  const { page, sidebar, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  // Before any dashboard: the panel says there is none, and offers no button.
  const panel = sidebar.getByText('Start from my actuals');
  await panel.click();
  await sidebar.getByText(/has no KPI dashboard yet/).waitFor();
  expect(await sidebar.locator('#actuals-fill').count()).toBe(0);

  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Insert KPI dashboard with sample data' }).click();
  await page.getByRole('tab', { name: 'KPI Dashboard', selected: true }).waitFor();

  // Opened again, it finds the dashboard and offers its last six months with leads.
  await panel.click();
  await panel.click();
  await sidebar.getByText('From the monthly inputs of “KPI Dashboard”.').waitFor();
  expect(await sidebar.getByLabel('From month').inputValue()).toBe('2026-07');
  expect(await sidebar.getByLabel('To month').inputValue()).toBe('2026-12');
  await sidebar.getByLabel('From month').fill('2026-01');
  await sidebar.getByLabel('To month').fill('2026-06');
  await sidebar.getByRole('button', { name: 'Fill the form from these months' }).click();
  await sidebar.getByText(/Filled from “KPI Dashboard”, 2026-01 to 2026-06/).waitFor();
  const names = await sidebar
    .locator('.stage-row > input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(names).toEqual(['Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers']);
  const rates = await sidebar
    .locator('.rate-cell input')
    .evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value)));
  const expected = [
    sampleRate('mqls', 'leads'),
    sampleRate('sqls', 'mqls'),
    sampleRate('opportunities', 'sqls'),
    sampleRate('dealsWon', 'opportunities'),
  ];
  expect(rates).toHaveLength(4);
  rates.forEach((rate, index) => {
    expect(rate).toBeCloseTo(expected[index], 4);
  });
  expect(await sidebar.getByLabel('Sales cycle (days)').inputValue()).toBe('60');
  // Money to the cent, as the dashboard shows it: spend over leads of those months.
  const months = sampleFigures.slice(0, 6);
  const sum = (key: 'marketingSpend' | 'leads') =>
    months.reduce((total, month) => total + Number(month[key]), 0);
  expect(await sidebar.getByLabel(/Cost per lead/).inputValue()).toBe(
    String(Math.round((sum('marketingSpend') / sum('leads')) * 100) / 100),
  );
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('actuals-plan-filled.png') });
  await sidebar.locator('.rate-cell input').last().scrollIntoViewIfNeeded();
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('actuals-plan-rates.png') });
  expect(problems).toEqual([]);
  await page.close();
});
