/**
 * The preview's Extensions > FunnelMath menu is the one the built bundle's onOpen adds (in
 * AuthMode.LIMITED, as when a spreadsheet opens), so it speaks the spreadsheet's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/funnel/types';
import { menuItems } from '../../src/gas/menu';
import { PreviewWorkbook } from '../../src/preview/workbook';

const distDir = join(__dirname, '..', '..', 'dist');
const readHtmlFile = (name: string) => readFileSync(join(distDir, `${name}.html`), 'utf8');

test.each<[string, Language]>([
  ['en_US', 'en'],
  ['zh_CN', 'zh-CN'],
  ['zh_TW', 'zh-TW'],
])('a spreadsheet in %s gets the menu in %s', (locale, language) => {
  const workbook = new PreviewWorkbook({ distDir, readHtmlFile, locale });
  expect(workbook.menu()).toEqual(
    menuItems.map((item) => ({ caption: item.label[language], functionName: item.handler })),
  );
  expect(workbook.snapshot().menu).toEqual(workbook.menu());
});
