/**
 * "Check this workbook" through the preview's menu, as a person meets it: a dashboard whose
 * KPI formulas someone typed over, the menu item opens the sidebar on the check, the
 * findings name the sheet and the cells, Restore formulas rewrites them, and the check
 * then finds nothing while the person's own figures stay. Screenshot to artifacts/.
 */
import type { Frame, Page } from 'playwright-core';
import { buildDashboard, inputA1, kpiA1, sampleDashboard } from '../../src/layout/dashboard';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { cellText, editCell, openPreview } from './support/previewPage';

const session = useBrowserAndPreview();
const { layout, map } = buildDashboard({ ...sampleDashboard, language: 'en' });

async function runMenuItem(page: Page, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: caption }).click();
}

/** The sidebar frame once it has loaded the check page. */
async function checkSidebar(page: Page): Promise<Frame> {
  await page.waitForFunction(() =>
    (document.querySelector('#sidebar') as HTMLIFrameElement | null)?.src.includes(
      'showWorkbookCheck',
    ),
  );
  const frame = await (await page.waitForSelector('#sidebar')).contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  await frame.waitForSelector('#check-workbook');
  return frame;
}

test('typed-over formulas are found by address, restored by the sidebar, and the check is then clean', async () => {
  const { page, problems } = await openPreview(session.browser.context, session.preview.url);
  await runMenuItem(page, 'Insert KPI dashboard with sample data');
  await page.getByRole('tab', { name: layout.name, selected: true }).waitFor();
  const cac = kpiA1(map, 'cac', 0);
  const ltvCac = kpiA1(map, 'ltvCac', 1);
  const formulaShown = await cellText(page, cac);
  await editCell(page, cac, '999');
  await editCell(page, ltvCac, '12');
  // The person's own figure in an input cell: the check keeps it.
  const spend = inputA1(map, 'marketingSpend', 2);
  await editCell(page, spend, '77777');
  expect(await cellText(page, cac)).toBe('$999');

  await runMenuItem(page, 'Check this workbook');
  const sidebar = await checkSidebar(page);
  const findings = sidebar.locator('#check-findings li');
  await findings.first().waitFor();
  expect(await sidebar.locator('#check-findings h3').allTextContents()).toEqual([layout.name]);
  expect(await findings.evaluateAll((items) => items.map((item) => item.dataset.a1))).toEqual([
    cac,
    ltvCac,
  ]);
  expect(await findings.first().textContent()).toContain('999');
  await page.screenshot({ path: artifactPath('workbook-check-findings.png') });

  await sidebar.getByRole('button', { name: 'Restore formulas' }).click();
  await sidebar.locator('#check-restore-report').waitFor();
  await sidebar.getByText('No problems found on the 1 FunnelMath sheet.').waitFor();
  expect(await sidebar.locator('#check-findings').count()).toBe(0);
  expect(await sidebar.locator('#check-restore-report li').allTextContents()).toEqual([
    expect.stringContaining(`${layout.name}!${cac}: restored =`),
    expect.stringContaining(`${layout.name}!${ltvCac}: restored =`),
  ]);
  // The grid beside the sidebar shows the formulas' figures again, and the person's input.
  await page.waitForFunction(
    ([a1, text]) => document.querySelector(`#grid td[data-a1="${a1}"]`)?.textContent === text,
    [cac, formulaShown] as const,
  );
  expect(await cellText(page, spend)).toBe('$77,777');
  await page.screenshot({ path: artifactPath('workbook-check-restored.png') });
  expect(problems).toEqual([]);
  await page.close();
});
