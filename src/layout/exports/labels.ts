import type { Language } from '../../funnel/types';
import type { ExportMapping } from './mapping';

/** The words an export sheet adds beside the user's data, in the sheet's language. */
export interface ExportSheetLabels {
  readonly sheetName: Readonly<Record<ExportMapping['kind'], string>>;
  readonly unreadableRow: string;
  readonly unreadableRowNote: string;
  readonly unreadableRows: string;
  readonly unreadableCells: string;
  readonly unreadableCellsNote: string;
  readonly organicChannels: string;
  readonly organicChannelsNote: string;
}

const en: ExportSheetLabels = {
  sheetName: { contacts: 'Contacts', deals: 'Deals', traffic: 'Traffic' },
  unreadableRow: 'Unreadable date (row)',
  unreadableRowNote:
    'The row number when a date of this row is not a date (text such as 14/3/2026): that date is counted in no month. Fix it in place and the dashboard counts it.',
  unreadableRows: 'Rows with an unreadable date',
  unreadableCells: 'Unreadable date cells (all rows)',
  unreadableCellsNote:
    'Text in the date columns, rows added later included: each is counted in no month.',
  organicChannels: 'Organic channel groups',
  organicChannelsNote:
    'Organic visitors on the dashboard are the sessions of these channel groups, as GA4 names them. Edit the list; blank cells are ignored.',
};

const zhCN: ExportSheetLabels = {
  sheetName: { contacts: '联系人', deals: '交易', traffic: '流量' },
  unreadableRow: '无法识别的日期（行号）',
  unreadableRowNote:
    '此行有日期无法识别（例如文本 14/3/2026）时显示行号：该日期不计入任何月份。就地改正后，仪表板会计入。',
  unreadableRows: '含无法识别日期的行数',
  unreadableCells: '无法识别的日期单元格（所有行）',
  unreadableCellsNote: '日期列中的文本，包括之后添加的行：每个都不计入任何月份。',
  organicChannels: '自然渠道组',
  organicChannelsNote:
    '仪表板上的自然访客是这些渠道组（按 GA4 的名称）的会话数。可编辑此列表；空白单元格会被忽略。',
};

const zhTW: ExportSheetLabels = {
  sheetName: { contacts: '聯絡人', deals: '交易', traffic: '流量' },
  unreadableRow: '無法辨識的日期（列號）',
  unreadableRowNote:
    '此列有日期無法辨識（例如文字 14/3/2026）時顯示列號：該日期不計入任何月份。就地更正後，儀表板會計入。',
  unreadableRows: '含無法辨識日期的列數',
  unreadableCells: '無法辨識的日期儲存格（所有列）',
  unreadableCellsNote: '日期欄中的文字，包括之後新增的列：每個都不計入任何月份。',
  organicChannels: '自然管道群組',
  organicChannelsNote:
    '儀表板上的自然訪客是這些管道群組（依 GA4 的名稱）的工作階段數。可編輯此清單；空白儲存格會被忽略。',
};

const labels: Readonly<Record<Language, ExportSheetLabels>> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

export function exportSheetLabels(language: Language): ExportSheetLabels {
  return labels[language];
}
