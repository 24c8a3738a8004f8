/** The sidebar's language follows the spreadsheet's locale (File -> Settings in Sheets). */
import { languageOfLocale } from '../../src/gas/sidebar';

test.each([
  ['en_US', 'en'],
  ['fr_FR', 'en'],
  ['zh_CN', 'zh-CN'],
  ['zh_SG', 'zh-CN'],
  ['zh_TW', 'zh-TW'],
  ['zh_HK', 'zh-TW'],
  ['zh-Hant', 'zh-TW'],
  ['zh', 'zh-CN'],
  ['', 'en'],
])('%s -> %s', (locale, language) => {
  expect(languageOfLocale(locale)).toBe(language);
});
