/**
 * The channel and scenario editors in a real chromium, used from the keyboard as a person
 * would: Tab between fields, Enter and Space on the buttons, the focus kept on the
 * equivalent control after a row is added, moved or removed; the shares left to assign
 * shown live; a message in each bad field; the live panel's ranking and comparison from the
 * pure model; and the plan the server receives carrying the channels and scenarios.
 */
import { planChannels } from '../../src/funnel/channels';
import { planFunnel } from '../../src/funnel/planner';
import { planScenarios } from '../../src/funnel/scenarios';
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

const session = useBrowserAndPreview();

const dollars = (amount: number) =>
  new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(amount);
const whole = (count: number) => new Intl.NumberFormat('en').format(count);

async function lastPlan(): Promise<Plan> {
  const start = (await runOnServer(session.preview.url, 'getSidebarStart')) as {
    value: { lastPlan: Plan };
  };
  return start.value.lastPlan;
}

test('channels: added, named, shared, moved and removed from the keyboard; shares left shown live; the ranking and the built plan', async () => {
  const { page, sidebar, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  const focusedId = () => sidebar.evaluate(() => document.activeElement?.id ?? '');
  const focusedName = () =>
    sidebar.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const remainder = sidebar.locator('#channel-shares-remainder');
  const addChannel = sidebar.getByRole('button', { name: 'Add channel' });

  // Enter on Add: a first channel takes all of the leads and the plan's cost per lead.
  await addChannel.focus();
  await page.keyboard.press('Enter');
  expect(await focusedId()).toMatch(/^field-channel-\d+-name$/);
  expect(await sidebar.locator(`#${await focusedId()}`).inputValue()).toBe('Channel 1');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Paid search');
  const paidShare = sidebar.getByLabel('Paid search: share of leads (%)');
  expect(await paidShare.inputValue()).toBe('100');
  expect(await remainder.textContent()).toBe('Shares add up to 100%.');

  // Tab: past the disabled move buttons to Remove, then the share, the cost, the rate.
  await page.keyboard.press('Tab');
  expect(await focusedName()).toBe('Remove Paid search');
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe(await paidShare.getAttribute('id'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('50');
  expect(await remainder.textContent()).toBe('Shares: 50% left to assign.');
  expect(await sidebar.locator('#error-channels').textContent()).toBe(
    'The shares add up to 50%; make them add up to 100%.',
  );
  await page.keyboard.press('Tab');
  expect(await sidebar.getByLabel('Paid search: cost per lead').inputValue()).toBe('120');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('140');
  await page.keyboard.press('Tab');
  const paidRate = sidebar.getByLabel('Paid search: conversion to next stage (%, optional)');
  expect(await focusedId()).toBe(await paidRate.getAttribute('id'));
  // Blank, it takes the lead stage's rate, which the placeholder shows.
  expect(await paidRate.getAttribute('placeholder')).toBe('30');
  await page.keyboard.type('25');

  // Space on Add: the second channel takes what is left.
  await addChannel.focus();
  await page.keyboard.press('Space');
  expect(await focusedId()).toMatch(/^field-channel-\d+-name$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Webinars');
  expect(await sidebar.getByLabel('Webinars: share of leads (%)').inputValue()).toBe('50');
  expect(await remainder.textContent()).toBe('Shares add up to 100%.');
  expect(await sidebar.locator('#error-channels').textContent()).toBe('');

  // A message in each bad field, read with it; gone once fixed.
  const webinarsCost = sidebar.getByLabel('Webinars: cost per lead');
  await webinarsCost.fill('abc');
  const costMessage = sidebar.locator(
    `#${(await webinarsCost.getAttribute('aria-describedby')) ?? ''}`,
  );
  expect(await costMessage.textContent()).toBe(
    '“abc” is not a number; type digits only, such as 1200000.',
  );
  expect(await webinarsCost.getAttribute('aria-invalid')).toBe('true');
  const webinarsShare = sidebar.getByLabel('Webinars: share of leads (%)');
  await webinarsShare.fill('0');
  const shareMessage = sidebar.locator(
    `#${((await webinarsShare.getAttribute('aria-describedby')) ?? '').split(' ').at(-1)}`,
  );
  expect(await shareMessage.textContent()).toBe('Enter a share above 0% and at most 100%.');
  expect(await remainder.textContent()).toBe('Shares: 50% left to assign.');
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-channels-errors.png') });
  await webinarsCost.fill('90');
  await webinarsShare.fill('50');
  expect(await sidebar.locator('.channels .field-error:not(:empty)').count()).toBe(0);

  // Enter on "Move Webinars up": it lands on top, and the focus stays on its row.
  await sidebar.getByRole('button', { name: 'Move Webinars up' }).focus();
  await page.keyboard.press('Enter');
  const names = await sidebar
    .locator('.channel-list input[id$="-name"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(names).toEqual(['Webinars', 'Paid search']);
  expect(await focusedName()).toBe('Move Webinars down');

  // Built: the server receives the channels in the order shown, shares as fractions.
  await sidebar.getByRole('button', { name: 'Build the sheet' }).focus();
  await page.keyboard.press('Enter');
  await sidebar.getByText('Done: the sheet “Goal Calculator” was added.').waitFor();
  const plan = await lastPlan();
  expect(plan.channels).toEqual([
    { name: 'Webinars', share: 0.5, costPerLead: 90 },
    { name: 'Paid search', share: 0.5, costPerLead: 140, conversionToNext: 0.25 },
  ]);

  // The live panel ranks them as the model does: cheapest customer first.
  const model = planChannels(plan);
  if (!model) throw new Error('the built plan has channels');
  const ranked = [...model.channels].sort((first, second) => first.rank - second.rank);
  const rows = await sidebar
    .locator('#preview-channels tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
  expect(rows).toEqual(
    ranked.map((channel) => [
      channel.name,
      whole(channel.leads),
      dollars(channel.budget),
      dollars(channel.costPerCustomer),
    ]),
  );
  expect(rows.map((row) => row[0])).toEqual(['Webinars', 'Paid search']);
  expect(await seriousAxeViolations(sidebar)).toEqual([]);
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-channels-built.png') });

  // A budget buys leads in the channels' shares: the panel splits the lead stage by channel.
  await sidebar.getByLabel(/^Marketing budget/).fill('100000');
  const bought = planFunnel({ ...plan, marketingBudget: 100000 }).budgetPlan;
  if (!bought?.channelLeads) throw new Error('a budget with channels buys leads per channel');
  const budgetRows = await sidebar
    .locator('#preview-budget tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
  expect(budgetRows.slice(0, 3)).toEqual([
    ['Leads', whole(bought.counts[0])],
    ['Webinars', whole(bought.channelLeads[0])],
    ['Paid search', whole(bought.channelLeads[1])],
  ]);
  expect(bought.channelLeads[0] + bought.channelLeads[1]).toBe(bought.counts[0]);
  await sidebar.getByLabel(/^Marketing budget/).fill('');

  // Space on Remove: the row goes, the focus goes to Add.
  await sidebar.getByRole('button', { name: 'Remove Paid search' }).focus();
  await page.keyboard.press('Space');
  expect(await sidebar.locator('.channel-list > li').count()).toBe(1);
  expect(await addChannel.evaluate((button) => button === document.activeElement)).toBe(true);
  expect(await remainder.textContent()).toBe('Shares: 50% left to assign.');
  expect(problems).toEqual([]);
  await page.close();
});

test('scenarios: blank fields follow the base, a message per bad field, up to three, the comparison and the updated plan', async () => {
  // The sidebar opens on the plan built above (two channels).
  const { page, sidebar, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  const focusedId = () => sidebar.evaluate(() => document.activeElement?.id ?? '');
  const addScenario = sidebar.getByRole('button', { name: 'Add scenario' });
  await addScenario.focus();
  await page.keyboard.press('Enter');
  expect(await focusedId()).toMatch(/^field-scenario-\d+-name$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Conservative');

  const target = sidebar.getByLabel('Conservative: Revenue target');
  expect(await target.getAttribute('placeholder')).toBe('1200000');
  const leadsToMqls = sidebar.getByLabel('Conservative: Leads → MQLs (%)');
  expect(await leadsToMqls.getAttribute('placeholder')).toBe('30');

  // Tab from the name: Remove, then the revenue target, the deal size.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe(await target.getAttribute('id'));
  await page.keyboard.press('Tab');
  await page.keyboard.type('-5');
  const dealSize = sidebar.getByLabel('Conservative: Average deal size');
  const dealMessage = sidebar.locator(
    `#${((await dealSize.getAttribute('aria-describedby')) ?? '').split(' ').at(-1)}`,
  );
  expect(await dealMessage.textContent()).toBe(
    'Enter a deal size above 0, at most 1,000,000,000,000, or leave it empty for the base plan’s.',
  );
  expect(await dealSize.getAttribute('aria-invalid')).toBe('true');
  await leadsToMqls.fill('120');
  expect(
    await sidebar
      .locator(`#${((await leadsToMqls.getAttribute('aria-describedby')) ?? '').split(' ').at(-1)}`)
      .textContent(),
  ).toBe('Enter a rate above 0% and at most 100%, or leave it empty for the base rate.');
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-scenarios-errors.png') });
  await dealSize.fill('22000');
  await leadsToMqls.fill('35');

  await addScenario.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Stretch');
  await sidebar.getByLabel('Stretch: Revenue target').fill('1500000');

  // A base edit moves every placeholder that follows it, not a typed value.
  await sidebar.getByLabel('Revenue target', { exact: true }).fill('1300000');
  expect(await target.getAttribute('placeholder')).toBe('1300000');
  expect(await sidebar.getByLabel('Stretch: Revenue target').inputValue()).toBe('1500000');

  // A third one, then no more: Add is disabled; Remove (Enter) gives the focus back to Add.
  await addScenario.focus();
  await page.keyboard.press('Enter');
  expect(await addScenario.isDisabled()).toBe(true);
  await sidebar.getByRole('button', { name: 'Remove Scenario 3' }).focus();
  await page.keyboard.press('Enter');
  expect(await sidebar.locator('.scenario-list > li').count()).toBe(2);
  expect(await addScenario.evaluate((button) => button === document.activeElement)).toBe(true);
  expect(await sidebar.locator('.scenarios .field-error:not(:empty)').count()).toBe(0);

  await sidebar.getByRole('button', { name: 'Update the sheet' }).click();
  await sidebar
    .getByRole('status')
    .filter({ hasText: /^Done: “Goal Calculator” was updated in place/ })
    .waitFor();
  const plan = await lastPlan();
  expect(plan.revenueTarget).toBe(1300000);
  expect(plan.channels?.map((channel) => channel.name)).toEqual(['Webinars', 'Paid search']);
  // A blank rate beside a typed one is null: that stage keeps following the base rate.
  expect(plan.scenarios).toEqual([
    { name: 'Conservative', averageDealSize: 22000, conversionRates: [null, 0.35, null, null] },
    { name: 'Stretch', revenueTarget: 1500000 },
  ]);

  // The sheet carries them: each scenario's name in its column of the Scenarios block, and
  // every column's top-of-funnel count the model's; each channel in the Channels block.
  const sheetCells = goalCalculatorCells(plan);
  const sheetScenarios = sheetCells.scenarios;
  if (!sheetScenarios || !sheetCells.channels) throw new Error('the sheet has both blocks');
  for (const [index, column] of sheetScenarios.scenarios.entries())
    expect(await cellText(page, column.name ?? '')).toBe(plan.scenarios?.[index].name);
  const modelColumns = planScenarios(plan);
  const sheetTop = await Promise.all(
    [sheetScenarios.base, ...sheetScenarios.scenarios].map(async (column) =>
      shownNumber(await cellText(page, column.needed[0])),
    ),
  );
  expect(sheetTop).toEqual(
    [modelColumns?.base, ...(modelColumns?.scenarios ?? [])].map((column) => column?.needed[0]),
  );
  const channelModel = planChannels(plan);
  for (const [index, row] of sheetCells.channels.channels.entries()) {
    expect(await cellText(page, row.name)).toBe(plan.channels?.[index].name);
    expect(shownNumber(await cellText(page, row.leads))).toBe(channelModel?.channels[index].leads);
  }

  // The comparison: the base and each scenario, from the model.
  const comparison = planScenarios(plan);
  if (!comparison) throw new Error('the built plan has scenarios');
  const columns = [comparison.base, ...comparison.scenarios];
  expect(await sidebar.locator('#preview-scenarios thead th').allTextContents()).toEqual([
    'Base',
    'Conservative',
    'Stretch',
  ]);
  const cells = await sidebar
    .locator('#preview-scenarios tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
  const money = (value: number | null) => (value === null ? '–' : dollars(value));
  expect(cells).toEqual([
    ['Visitors', ...columns.map((column) => whole(column.needed[0]))],
    ['Customers', ...columns.map((column) => whole(column.customers))],
    ['Marketing budget', ...columns.map((column) => money(column.marketingBudget))],
    ['CAC', ...columns.map((column) => money(column.cac))],
  ]);
  // Stricter figures need more at the top than the base.
  expect(columns[1].needed[0]).toBeGreaterThan(columns[0].needed[0]);
  expect(await seriousAxeViolations(sidebar)).toEqual([]);
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-scenarios-built.png') });
  expect(problems).toEqual([]);
  await page.close();
});

test('a budget field: read in the form’s locale, a message in the field, and what the budget buys with the gap to the target', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  // After the tests above, the form opens on their plan: back to the defaults.
  const fresh = sidebar.getByRole('button', { name: 'Start from the defaults' });
  if ((await fresh.count()) > 0) await fresh.click();
  const budget = sidebar.getByLabel(/^Marketing budget/);
  await budget.fill('1,2');
  expect(await sidebar.locator('#error-marketingBudget').textContent()).toMatch(
    /^“1,2” could mean more than one number/,
  );
  await budget.fill('150,000');
  expect(await sidebar.locator('#error-marketingBudget').textContent()).toBe('Read as 150,000');
  // 150,000 at 120 a lead: 1,250 leads, then 375, 150, 37 customers, $925,000.
  const rows = await sidebar
    .locator('#preview-budget tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
  expect(rows).toEqual([
    ['Leads', '1,250'],
    ['MQLs', '375'],
    ['SQLs', '150'],
    ['Customers', '37'],
    ['Revenue', '$925,000'],
  ]);
  expect(await sidebar.locator('#preview-budget-heading').textContent()).toBe('What $150,000 buys');
  // The target (1.2 M) needs 48 customers: 1,600 leads at 120 = $192,000.
  expect(await sidebar.locator('#preview-budget-gap').textContent()).toBe(
    'Short of the target by $275,000. The target needs $42,000 more budget.',
  );
  await sidebar.locator('#preview-budget-gap').scrollIntoViewIfNeeded();
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('sidebar-budget-buys.png') });
  await sidebar.getByLabel(/^Cost per lead/).fill('');
  expect(await sidebar.locator('#error-marketingBudget').textContent()).toBe(
    'A budget buys leads at the cost per lead: give a cost per lead above 0 (the plan’s or a channel’s).',
  );
  await sidebar.locator('#error-marketingBudget').scrollIntoViewIfNeeded();
  await page
    .locator('.sidebar-pane')
    .screenshot({ path: artifactPath('sidebar-budget-needs-cost.png') });
  await page.close();
});

test('up to 8 channels: Add stops there, and the eighth row has the focus', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  const fresh = sidebar.getByRole('button', { name: 'Start from the defaults' });
  if ((await fresh.count()) > 0) await fresh.click();
  const addChannel = sidebar.getByRole('button', { name: 'Add channel' });
  for (let added = 0; added < 8; added++) await addChannel.press('Enter');
  expect(await sidebar.locator('.channel-list > li').count()).toBe(8);
  expect(await addChannel.isDisabled()).toBe(true);
  expect(await sidebar.evaluate(() => document.activeElement?.id)).toBe(
    await sidebar.getByLabel('Channel 8 name').getAttribute('id'),
  );
  // The first took all of the leads; the others wait for a share, each said in its field.
  expect(await sidebar.getByLabel('Channel 1: share of leads (%)').inputValue()).toBe('100');
  // "Build the sheet", or "Update the sheet" after the tests above: nothing is written.
  await sidebar.locator('#build').click();
  const shareMessages = await sidebar
    .locator('.channels .field-error:not(:empty)')
    .allTextContents();
  expect(shareMessages).toHaveLength(7);
  expect(new Set(shareMessages)).toEqual(new Set(['Enter a share above 0% and at most 100%.']));
  await page.close();
});
