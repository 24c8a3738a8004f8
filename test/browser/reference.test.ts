/** The in-sidebar function reference: found by name, by what it measures, and in Chinese. */

import { messagesFor } from '../../sidebar/i18n';
import { searchFunctions, signatureOf } from '../../sidebar/reference/search';
import { catalog } from '../../src/kpi';

const names = (query: string, language: 'en' | 'zh-CN' | 'zh-TW' = 'en') =>
  searchFunctions(catalog, query, messagesFor(language)).map((spec) => spec.name);

test('an empty search lists the whole catalog in its order', () => {
  expect(names('  ')).toEqual(catalog.map((spec) => spec.name));
});

test('by name or alias, names starting with the query first', () => {
  expect(names('cac')[0]).toBe('CAC');
  expect(names('cac')).toContain('LTV_CAC');
  expect(names('ROAS')).toEqual(['MER']);
});

test('by what it measures, every word must match', () => {
  expect(names('cost per lead')).toContain('CPL');
  expect(names('churn')).toEqual(expect.arrayContaining(['CHURN_RATE', 'CUSTOMER_LIFETIME']));
  expect(names('zebra crossing')).toEqual([]);
});

test('Chinese marketers find functions by the terms of the source articles', () => {
  expect(names('客户获取成本', 'zh-CN')).toContain('CAC');
  expect(names('行銷合格潛在客戶', 'zh-TW')).toContain('COST_PER_MQL');
  expect(names('销售管道速度', 'zh-CN')).toEqual(['PIPELINE_VELOCITY']);
});

test('every catalog function has its local term in both Chinese scripts', () => {
  for (const language of ['zh-CN', 'zh-TW'] as const) {
    const terms = messagesFor(language).functionTerms;
    expect(catalog.filter((spec) => !terms[spec.name]).map((spec) => spec.name)).toEqual([]);
  }
});

test('signatures show optional arguments with their defaults', () => {
  const payback = catalog.find((spec) => spec.name === 'CAC_PAYBACK');
  expect(payback && signatureOf(payback)).toBe(
    'CAC_PAYBACK(cac, monthly_revenue_per_customer, [gross_margin=1])',
  );
});
