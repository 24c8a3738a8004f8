/**
 * A small HubSpot export pasted into the preview's grid becomes the dashboard's actuals
 * through the UI alone: paste on Sheet1, "Find exports" in the sidebar shows the recognised
 * mapping, "Connect" inserts a new KPI dashboard whose lead/MQL/SQL cells count the pasted
 * rows by month. Months are this month and the next (the dashboard starts this month);
 * the months after them, which the export does not reach, are blank.
 */
import { buildDashboard, inputA1 } from '../../src/layout/dashboard';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { cellText, openPreview } from './support/previewPage';

const session = useBrowserAndPreview();
const { map } = buildDashboard({ firstMonth: { year: 2026, month: 1 }, monthCount: 12 });

/** A day of this month (offset 0) or the next (offset 1), as HubSpot writes it. */
function day(offset: 0 | 1, date: number, time = '09:30'): string {
  const today = new Date();
  const first = new Date(today.getFullYear(), today.getMonth() + offset, date);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${first.getFullYear()}-${pad(first.getMonth() + 1)}-${pad(first.getDate())} ${time}`;
}

const header = [
  'Record ID',
  'First Name',
  'Create Date',
  'Became a Lead Date',
  'Became a Marketing Qualified Lead Date',
  'Became a Sales Qualified Lead Date',
];
const rows = [
  ['1', 'Ada', day(0, 2), day(0, 2), day(0, 9), ''],
  ['2', 'Bo', day(0, 3), day(0, 3), '', ''],
  ['3', 'Lee, "Al"', day(0, 4), day(0, 4), day(1, 2), day(1, 8)],
  ['4', 'Cy', day(0, 20), day(0, 20), day(0, 27), ''],
  ['5', 'Di', day(1, 1), day(1, 1), '', ''],
  ['6', 'Ed', day(1, 5), day(1, 5), '14/3/2026', ''],
  ['7', 'Fa', day(1, 6), day(1, 6), day(1, 9), day(1, 15)],
];
/** As the CSV file reads in a text editor: commas, a quoted field. */
const csv = [header, ...rows]
  .map((row) =>
    row.map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
  )
  .join('\n');

test('paste an export, confirm its mapping, connect a new dashboard, see the counts', async () => {
  const { page, sidebar, problems, dialogs } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  await page.locator('#grid td[data-a1="A1"]').click();
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/paste')),
    page.locator('#grid').evaluate((grid, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, csv),
  ]);
  await page.locator('#grid td[data-a1="D8"]').waitFor();
  expect(await cellText(page, 'D1')).toBe('Became a Lead Date');
  // A quoted field with a comma is one cell; a date with a time is a date.
  expect(await cellText(page, 'B4')).toBe('Lee, "Al"');
  expect(await cellText(page, 'D2')).toBe(day(0, 2).slice(0, 10));
  expect(await cellText(page, 'E7')).toBe('14/3/2026');

  await sidebar.locator('#find-exports').click();
  await sidebar.locator('#export-recognised').getByText('Recognised: HubSpot contacts').waitFor();
  const chosen = async (id: string) =>
    sidebar.locator(`#${id}`).evaluate((select) => {
      const element = select as HTMLSelectElement;
      return element.options[element.selectedIndex].text;
    });
  expect(await chosen('export-sheet')).toBe('Sheet1');
  expect(await chosen('export-kind')).toBe('Contacts (stage dates)');
  expect(await chosen('export-role-lead')).toBe('Became a Lead Date');
  expect(await chosen('export-role-mql')).toBe('Became a Marketing Qualified Lead Date');
  expect(await chosen('export-role-sql')).toBe('Became a Sales Qualified Lead Date');
  expect(await chosen('export-role-opportunity')).toBe('(none)');
  expect(await chosen('export-dashboard')).toBe('A new KPI dashboard');

  await sidebar.locator('#connect-export').click();
  await sidebar.locator('#export-status').getByText('now counts').waitFor();
  expect(await sidebar.locator('#export-status').textContent()).toBe(
    '“KPI Dashboard” now counts 3 inputs from “Sheet1”.',
  );
  await page.getByRole('tab', { name: 'KPI Dashboard', selected: true }).waitFor();
  const counts = async (month: 0 | 1) =>
    Promise.all(
      (['leads', 'mqls', 'sqls'] as const).map(async (key) =>
        cellText(page, inputA1(map, key, month)),
      ),
    );
  expect(await counts(0)).toEqual(['4', '2', '0']);
  // The unreadable MQL date of row 7 is counted in no month.
  expect(await counts(1)).toEqual(['3', '2', '2']);
  // A month after the export's last date is blank, not 0, and its check flags nothing.
  expect(await cellText(page, inputA1(map, 'leads', 2))).toBe('');
  expect(await cellText(page, `${map.checkColumn}${map.firstMonthRow + 2}`)).toBe('');
  await page.locator(`#grid td[data-a1="${inputA1(map, 'leads', 0)}"]`).click();
  expect(await page.locator('#cell-input').inputValue()).toMatch(
    /^=IF\(AND\(\$A7<=MAX\(Sheet1!\$C:\$C,.*\),COUNTIFS\(Sheet1!\$D:\$D,">="&\$A7,/,
  );
  await page.screenshot({ path: artifactPath('export-dashboard.png') });
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
  await page.close();
});
