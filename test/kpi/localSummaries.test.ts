/** The Chinese one-line summaries for the sidebar reference cover exactly the catalog. */
import { catalog, localSummaries } from '../../src/kpi';

test('every catalog function has a zh-CN and a zh-TW summary, and no other name has one', () => {
  expect(Object.keys(localSummaries).sort()).toEqual(catalog.map((spec) => spec.name).sort());
});

test.each(catalog.map((spec) => spec.name))('%s reads as Chinese in both scripts', (name) => {
  const { 'zh-CN': simplified, 'zh-TW': traditional } = localSummaries[name];
  for (const summary of [simplified, traditional]) {
    expect(summary).toMatch(/[\u4e00-\u9fff]/);
    expect(summary.endsWith('。')).toBe(true);
  }
  expect(traditional).not.toBe(simplified);
});
