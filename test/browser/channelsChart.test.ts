/**
 * The Channels block and its chart in the local preview (a real headless chromium): the
 * sheet built from a plan with channels shows the planner's channel figures in the grid,
 * and "Budget and customers by channel" is drawn as columns over the channel names.
 */
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { channelPlan } from '../support/plans';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { cellText, openPreview, runOnServer, shownNumber } from './support/previewPage';

const session = useBrowserAndPreview();

const plan: Plan = { ...channelPlan, marketingBudget: 150000 };

test('a plan with channels shows its Channels block and draws budget and customers by channel', async () => {
  const { page } = await openPreview(session.browser.context, session.preview.url);
  expect(await runOnServer(session.preview.url, 'buildGoalCalculator', plan)).toEqual({
    ok: true,
    value: 'Goal Calculator',
  });
  await page.reload();
  await page.locator('#tabs [role="tab"]', { hasText: 'Goal Calculator' }).click();
  const cells = goalCalculatorCells(plan).channels;
  const planned = planFunnel(plan).channelPlan;
  if (!cells || !planned) throw new Error('a plan with channels has a Channels block');
  for (const [index, channel] of cells.channels.entries()) {
    await page.locator(`#grid td[data-a1="${channel.leads}"]`).waitFor();
    expect(await cellText(page, channel.name)).toBe(planned.channels[index].name);
    expect(shownNumber(await cellText(page, channel.budget))).toBe(planned.channels[index].budget);
    expect(shownNumber(await cellText(page, channel.rank))).toBe(planned.channels[index].rank);
  }
  const chart = page.locator('svg.chart', { hasText: 'Budget and customers by channel' });
  await chart.waitFor();
  expect(await chart.getAttribute('data-type')).toBe('column');
  // One column per channel and series, over the channel names.
  expect(await chart.locator('[data-series="Budget"]').count()).toBe(3);
  expect(await chart.locator('[data-series="Expected customers"]').count()).toBe(3);
  // The log axis's labels run to "1,000,000": every one lies inside the chart, none cut
  // at its left edge.
  await chart.scrollIntoViewIfNeeded();
  const chartBox = await chart.boundingBox();
  const ticks = chart.locator('text.tick');
  expect(await ticks.allTextContents()).toContain('1,000,000');
  for (const tick of await ticks.all()) {
    const box = await tick.boundingBox();
    if (!chartBox || !box) throw new Error('the chart and its labels are drawn');
    expect([await tick.textContent(), box.x >= chartBox.x]).toEqual([
      await tick.textContent(),
      true,
    ]);
    expect(box.x + box.width).toBeLessThanOrEqual(chartBox.x + chartBox.width);
  }
  await chart.scrollIntoViewIfNeeded();
  await page.locator(`#grid td[data-a1="${cells.channels[0].name}"]`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('channels-block.png') });
  await chart.screenshot({ path: artifactPath('channels-chart.png') });
});
