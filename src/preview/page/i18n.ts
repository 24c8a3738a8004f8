/**
 * The preview's own words (its header, menu bar, formula bar), in the spreadsheet's
 * language as Sheets shows its chrome in the user's: the locale of the spreadsheet picks
 * them (zh_CN, zh_TW, otherwise English).
 */
export interface PageTexts {
  readonly subtitle: string;
  readonly intro: string;
  readonly download: string;
  readonly extensions: string;
  readonly cell: string;
  readonly contents: string;
  readonly notACell: (text: string) => string;
  readonly running: (item: string) => string;
}

const en: PageTexts = {
  subtitle: 'local preview',
  intro:
    'A spreadsheet held on this machine, computed by HyperFormula with the FunnelMath functions, and the real add-on code. Nothing is sent to Google.',
  download: 'Download .xlsx',
  extensions: 'Extensions',
  cell: 'Cell',
  contents: 'Contents',
  notACell: (text) => `${text} is not a cell address such as B4`,
  running: (item) => `Running ${item}…`,
};

const zhCN: PageTexts = {
  subtitle: '本地预览',
  intro:
    '保存在本机的电子表格，由 HyperFormula 和 FunnelMath 函数计算，运行真实的插件代码。不会向 Google 发送任何内容。',
  download: '下载 .xlsx',
  extensions: '扩展程序',
  cell: '单元格',
  contents: '内容',
  notACell: (text) => `${text} 不是单元格地址（例如 B4）`,
  running: (item) => `正在运行 ${item}…`,
};

const zhTW: PageTexts = {
  subtitle: '本機預覽',
  intro:
    '儲存在本機的試算表，由 HyperFormula 和 FunnelMath 函式計算，執行真實的外掛程式碼。不會傳送任何內容給 Google。',
  download: '下載 .xlsx',
  extensions: '擴充功能',
  cell: '儲存格',
  contents: '內容',
  notACell: (text) => `${text} 不是儲存格位址（例如 B4）`,
  running: (item) => `正在執行 ${item}…`,
};

export function pageTexts(locale: string): PageTexts {
  if (locale === 'zh_CN') return zhCN;
  if (locale === 'zh_TW' || locale === 'zh_HK') return zhTW;
  return en;
}

/** The page's language tag for <html lang>. */
export function languageTag(locale: string): string {
  return locale.replace('_', '-');
}
