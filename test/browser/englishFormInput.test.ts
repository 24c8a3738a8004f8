/**
 * Typing into the sidebar of an English (en_US) spreadsheet (issue 10): "2,5" is refused
 * with the ways to type it instead of silently becoming 25%, "2.5" is read as 2.5%; a stage
 * name is counted in characters as a person sees them, up to 60 emoji.
 */
import { useBrowserAndPreview } from './support/browserAndPreview';
import { artifactPath } from './support/chromium';
import { openPreview, seriousAxeViolations, type } from './support/previewPage';

const session = useBrowserAndPreview({ env: { FUNNELMATH_LOCALE: 'en_US' } });

const growth = /^Monthly growth/;

test('en_US: "2,5" is refused with how to type it and nothing is built; "2.5" is 2.5%', async () => {
  const { page, sidebar, problems } = await openPreview(
    session.browser.context,
    session.preview.url,
  );
  await type(sidebar, growth, '2,5');
  expect(await sidebar.locator('#error-monthlyGrowth').textContent()).toBe(
    '“2,5” could mean more than one number: type 2.5 or 25 (the decimal separator here is “.”).',
  );
  expect(await sidebar.getByLabel(growth).getAttribute('aria-invalid')).toBe('true');
  await page.locator('.sidebar-pane').screenshot({ path: artifactPath('sidebar-number-en.png') });
  expect(await seriousAxeViolations(sidebar)).toEqual([]);

  const tabsBefore = await page.locator('#tabs [role="tab"]').count();
  await sidebar.getByRole('button', { name: 'Build the sheet' }).click();
  await sidebar.getByText('Fix the highlighted field first.').waitFor();
  expect(await page.locator('#tabs [role="tab"]').count()).toBe(tabsBefore);

  await type(sidebar, growth, '2.5');
  expect(await sidebar.locator('#error-monthlyGrowth').textContent()).toBe('Read as 2.5%');
  expect(await sidebar.getByLabel(growth).getAttribute('aria-invalid')).toBeNull();
  await type(sidebar, 'Revenue target', '1,200,000');
  expect(await sidebar.locator('#error-revenueTarget').textContent()).toBe('Read as 1,200,000');
  expect(problems).toEqual([]);
  await page.close();
});

test('a stage name of 60 family emoji can be typed and passes; a 61st is refused by count', async () => {
  const { page, sidebar } = await openPreview(session.browser.context, session.preview.url);
  const family = '👨‍👩‍👧‍👦';
  await type(sidebar, 'Stage 2 name', family.repeat(60));
  expect(await sidebar.getByLabel('Stage 2 name').inputValue()).toBe(family.repeat(60));
  expect(await sidebar.getByLabel('Stage 2 name').getAttribute('aria-invalid')).toBeNull();
  await sidebar.getByLabel('Stage 2 name').press('End');
  await sidebar.getByLabel('Stage 2 name').pressSequentially(family);
  expect(await sidebar.locator('.field-error:not(:empty)').first().textContent()).toBe(
    'This name is 61 characters long; shorten it to at most 60.',
  );
  await page.close();
});
