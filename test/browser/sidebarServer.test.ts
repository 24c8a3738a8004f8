/**
 * The sidebar's server entry points, run from the built dist/server.js in a vm over the
 * fake services (through the preview's workbook, which also answers the locale).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../src/funnel/types';
import { serverApi } from '../../src/gas/api';
import { PreviewWorkbook } from '../../src/preview/workbook';

const distDir = join(__dirname, '..', '..', 'dist');
const readHtmlFile = (name: string) => readFileSync(join(distDir, `${name}.html`), 'utf8');
const workbookIn = (locale: string) => new PreviewWorkbook({ distDir, readHtmlFile, locale });

const plan: Plan = {
  revenueTarget: 500000,
  period: 'quarter',
  averageDealSize: 10000,
  stages: [{ name: 'Leads', conversionToNext: 0.1 }, { name: 'Customers' }],
  language: 'zh-CN',
};

test('Goal calculator opens dist/sidebar.html as a 300 px sidebar titled FunnelMath', () => {
  const workbook = workbookIn('en_US');
  workbook.run('showGoalCalculator', []);
  expect(workbook.fake.ui.dialogs).toEqual([
    { kind: 'sidebar', title: 'FunnelMath', html: readHtmlFile('sidebar') },
  ]);
});

test.each([
  ['en_GB', 'en', 'GBP'],
  ['zh_CN', 'zh-CN', 'CNY'],
  ['zh_TW', 'zh-TW', 'TWD'],
  ['en_HK', 'en', 'HKD'],
])(
  'a %s spreadsheet starts the sidebar in %s and %s, with no last plan',
  (locale, language, currency) => {
    expect(workbookIn(locale).run('getSidebarStart', [])).toEqual({
      spreadsheetLanguage: language,
      spreadsheetLocale: locale,
      spreadsheetCurrency: currency,
      lastPlan: null,
      goalSheet: null,
      goalSheetNames: [],
    });
  },
);

test('the last plan is stored with the document, not the user, and comes back as saved', () => {
  const workbook = workbookIn('en_US');
  expect(workbook.run('saveLastPlan', [plan])).toBeNull();
  expect(workbook.fake.PropertiesService.user.store.size).toBe(0);
  expect(workbook.fake.PropertiesService.script.store.size).toBe(0);
  expect(
    [...workbook.fake.PropertiesService.document.store.values()].map((json) => JSON.parse(json)),
  ).toEqual([plan]);
  expect(workbook.run('getSidebarStart', [])).toEqual({
    spreadsheetLanguage: 'en',
    spreadsheetLocale: 'en_US',
    spreadsheetCurrency: 'USD',
    lastPlan: plan,
    goalSheet: null,
    goalSheetNames: [],
  });
});

test('a bad plan is refused with every problem in words, and nothing is stored', () => {
  const workbook = workbookIn('en_US');
  expect(() => workbook.run('saveLastPlan', [{ ...plan, stages: [{ name: 'Only' }] }])).toThrow(
    'The plan was not saved: stages is [{"name":"Only"}]; enter 2 to 10 stages, customers last',
  );
  expect(workbook.fake.PropertiesService.document.store.size).toBe(0);
});

test('a stored plan that no longer passes the schema is not offered', () => {
  const workbook = workbookIn('en_US');
  workbook.run('saveLastPlan', [plan]);
  const [key] = workbook.fake.PropertiesService.document.store.keys();
  workbook.fake.PropertiesService.document.store.set(
    key,
    JSON.stringify({ ...plan, revenueTarget: -1 }),
  );
  expect(workbook.run('getSidebarStart', [])).toEqual({
    spreadsheetLanguage: 'en',
    spreadsheetLocale: 'en_US',
    spreadsheetCurrency: 'USD',
    lastPlan: null,
    goalSheet: null,
    goalSheetNames: [],
  });
  workbook.fake.PropertiesService.document.store.set(key, '{not json');
  expect(workbook.run('getSidebarStart', [])).toEqual({
    spreadsheetLanguage: 'en',
    spreadsheetLocale: 'en_US',
    spreadsheetCurrency: 'USD',
    lastPlan: null,
    goalSheet: null,
    goalSheetNames: [],
  });
});

test('the entry points are exactly the serverApi keys: no inherited or global function runs', () => {
  const workbook = workbookIn('en_US');
  expect([...workbook.entryPoints].sort()).toEqual(Object.keys(serverApi).sort());
  for (const name of ['constructor', 'toString', 'eval', 'Function', 'onOpen', 'CAC']) {
    expect(() => workbook.run(name, [])).toThrow(
      `${name} is not a server entry point of dist/server.js`,
    );
  }
});
