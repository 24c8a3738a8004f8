/**
 * The KPI dashboard through the preview's menu, as a new user reaches it: Extensions >
 * FunnelMath > "Insert KPI dashboard with sample data". The grid must draw what Sheets
 * would: months as months, health colours from the conditional rules, the charts at their
 * anchors with the layout's series, straight lines with a gap for a month without data.
 * Screenshots go to artifacts/ and are read back pixel by pixel.
 */
import type { Page } from 'playwright-core';
import { menuItems } from '../../src/gas/menu';
import { buildDashboard, kpiA1, sampleDashboard } from '../../src/layout/dashboard';
import { chartPalette, conditionalFills } from '../../src/layout/styles';
import { readPng } from '../support/png';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { cellText, editCell, openPreview, shownNumber } from './support/previewPage';

const session = useBrowserAndPreview();
const { layout, map } = buildDashboard({ ...sampleDashboard, language: 'en' });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

async function openMenu(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  return page.getByRole('menuitem').allTextContents();
}

/** The cell's background as the page paints it, '#rrggbb' ('' when none). */
async function backgroundOf(page: Page, a1: string): Promise<string> {
  return page.locator(`#grid td[data-a1="${a1}"]`).evaluate((cell) => {
    const match = /rgba?\((\d+), (\d+), (\d+)(, 0)?/.exec(getComputedStyle(cell).backgroundColor);
    if (!match || match[4]) return '';
    return `#${match
      .slice(1, 4)
      .map((part) => Number(part).toString(16).padStart(2, '0'))
      .join('')}`;
  });
}

function rgbOf(hex: string): number[] {
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
}

test('Extensions > FunnelMath lists every item of the add-on menu, in order', async () => {
  const { page, problems } = await openPreview(session.browser.context, session.preview.url);
  expect(await openMenu(page)).toEqual(menuItems.map((item) => item.label.en));
  // The keyboard reaches every item: the first has the focus, down moves to the next.
  const focused = () => page.evaluate(() => document.activeElement?.textContent);
  expect(await focused()).toBe(menuItems[0].label.en);
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(menuItems[1].label.en);
  await page.keyboard.press('Escape');
  expect(await page.locator('#extensions-menu').isHidden()).toBe(true);
  // "Goal calculator" runs showGoalCalculator in the bundle and opens its sidebar afresh.
  await openMenu(page);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/run/showGoalCalculator')),
    page.waitForEvent('framenavigated', (frame) => frame.url().includes('/sidebar')),
    page.getByRole('menuitem', { name: 'Goal calculator' }).click(),
  ]);
  expect(await page.locator('#menu-status').textContent()).toBe('');
  expect(problems).toEqual([]);
  await page.close();
});

test('the menu inserts the dashboard with sample data, drawn as Sheets would', async () => {
  const { page, problems } = await openPreview(session.browser.context, session.preview.url);
  await openMenu(page);
  await page.getByRole('menuitem', { name: 'Insert KPI dashboard with sample data' }).click();
  await page.getByRole('tab', { name: layout.name, selected: true }).waitFor();

  // Months read as months, not as the serial numbers underneath.
  for (let month = 0; month < map.monthCount; month++) {
    expect(await cellText(page, `A${map.firstMonthRow + month}`)).toBe(`${MONTHS[month]} 2026`);
  }

  // Health colours from the conditional rules: LTV:CAC green from 3x, red below 1x;
  // payback green up to 12 months, red above 18.
  for (let month = 0; month < map.monthCount; month++) {
    const ratioCell = kpiA1(map, 'ltvCac', month);
    const ratio = shownNumber(await cellText(page, ratioCell));
    const expected = ratio >= 3 ? conditionalFills.good : ratio < 1 ? conditionalFills.bad : '';
    expect([ratioCell, await backgroundOf(page, ratioCell)]).toEqual([ratioCell, expected]);
    const paybackCell = kpiA1(map, 'cacPayback', month);
    const payback = shownNumber(await cellText(page, paybackCell));
    const paybackFill =
      payback <= 12 ? conditionalFills.good : payback > 18 ? conditionalFills.bad : '';
    expect([paybackCell, await backgroundOf(page, paybackCell)]).toEqual([
      paybackCell,
      paybackFill,
    ]);
  }

  // The charts, at the layout's anchors, with the layout's series.
  const charts = page.locator('#charts svg.chart');
  expect(await charts.count()).toBe(layout.charts.length);
  for (const [index, spec] of layout.charts.entries()) {
    const chart = charts.nth(index);
    expect(await chart.getAttribute('data-type')).toBe(spec.type);
    const anchor = await page
      .locator(`#grid td[data-a1="${spec.anchor}"]`)
      .evaluate((cell) => [(cell as HTMLElement).offsetLeft, (cell as HTMLElement).offsetTop]);
    const drawnAt = await chart.evaluate((svg) => [
      Number.parseFloat((svg as SVGSVGElement).style.left),
      Number.parseFloat((svg as SVGSVGElement).style.top),
    ]);
    expect(drawnAt).toEqual(anchor);
    expect(await chart.getAttribute('width')).toBe(String(spec.widthPx));
  }
  const cacPoints = charts.nth(0).locator('rect[data-series]');
  expect(await cacPoints.count()).toBe(map.monthCount);
  for (let month = 0; month < map.monthCount; month++) {
    const point = cacPoints.nth(month);
    expect(await point.getAttribute('data-category')).toBe(`${MONTHS[month]} 2026`);
    expect(await point.getAttribute('data-series')).toBe('CAC');
    const shown = shownNumber(await cellText(page, kpiA1(map, 'cac', month)));
    expect(Math.round(Number(await point.getAttribute('data-value')))).toBe(shown);
  }
  const funnelSeries = await charts
    .nth(2)
    .locator('rect[data-series]')
    .evaluateAll((rects) => [...new Set(rects.map((rect) => rect.getAttribute('data-series')))]);
  expect(funnelSeries).toEqual(['Leads', 'MQLs', 'SQLs', 'Opportunities', 'Deals won']);
  // On the log axis, deals won (12 to 20 a month) stand at least a quarter as tall as leads.
  const heights = await charts
    .nth(2)
    .locator('rect[data-category="Jan 2026"]')
    .evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('height'))));
  expect(Math.min(...heights)).toBeGreaterThan(0.25 * Math.max(...heights));

  await page.screenshot({ path: artifactPath('preview-dashboard.png') });
  await charts.nth(0).scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('preview-dashboard-charts.png') });
  for (const [index, name] of ['cac', 'ltv-cac', 'funnel'].entries()) {
    await charts.nth(index).screenshot({ path: artifactPath(`preview-chart-${name}.png`) });
  }

  // Typing on a selected cell starts editing it, as in Sheets: clear December's spend and
  // its CAC has no figure, so December has no column (never one at zero).
  const december = map.monthCount - 1;
  const spend = `${map.inputColumn.marketingSpend}${map.firstMonthRow + december}`;
  await editCell(page, spend, '');
  expect(await cellText(page, kpiA1(map, 'cac', december))).toBe('');
  expect(await cacPoints.count()).toBe(map.monthCount - 1);
  const cacChart = artifactPath('preview-chart-cac-gap.png');
  await charts.nth(0).screenshot({ path: cacChart });
  const centres = await cacPoints.evaluateAll((columns) =>
    columns.map(
      (column) => Number(column.getAttribute('x')) + Number(column.getAttribute('width')) / 2,
    ),
  );
  const slot = centres[1] - centres[0];
  const image = readPng(cacChart);
  const blue = rgbOf(chartPalette[0]);
  const bluePixelsNear = (centre: number) => {
    let count = 0;
    for (let x = Math.round(centre - slot / 3); x <= Math.round(centre + slot / 3); x++) {
      for (let y = 0; y < image.height; y++) {
        const pixel = image.rgb(x, y);
        if (pixel.every((value, channel) => Math.abs(value - blue[channel]) < 40)) count++;
      }
    }
    return count;
  };
  expect(bluePixelsNear(centres[centres.length - 1])).toBeGreaterThan(0);
  expect(bluePixelsNear(centres[centres.length - 1] + slot)).toBe(0);

  // Typing straight onto a selected cell (no formula bar click) edits it.
  await page.locator(`#grid td[data-a1="${spend}"]`).click();
  await page.keyboard.type('52000');
  expect(await page.locator('#cell-input').inputValue()).toBe('52000');
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/cell')),
    page.keyboard.press('Enter'),
  ]);
  expect(await cellText(page, spend)).toBe('$52,000');
  expect(await cacPoints.count()).toBe(map.monthCount);
  expect(problems).toEqual([]);
  await page.close();
});
