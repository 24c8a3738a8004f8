import type { Language } from '../funnel/types';

/**
 * The check's sentences in each language the add-on speaks. `{name}` placeholders are
 * filled by `fill`; values are shown as the sheet shows them (see shownValue).
 */
export interface CheckMessages {
  readonly formulaOverwritten: string;
  readonly formulaChanged: string;
  readonly formulaMissing: string;
  readonly brokenLink: string;
  readonly brokenLinkValue: string;
  readonly invalidInput: string;
  readonly labelChanged: string;
  readonly inputLost: string;
  readonly rowsMissing: string;
  readonly rowsAdded: string;
  readonly goalMissing: string;
  readonly olderVersion: string;
  readonly unreadableTag: string;
  readonly restored: string;
  readonly upgraded: string;
  readonly rowsRestored: string;
  readonly empty: string;
}

export const checkMessages: Readonly<Record<Language, CheckMessages>> = {
  en: {
    formulaOverwritten:
      'FunnelMath wrote the formula {expected} here; it now holds the typed value {found}',
    formulaChanged: 'FunnelMath wrote the formula {expected} here; it now holds {found}',
    formulaMissing: 'FunnelMath wrote the formula {expected} here; the cell is now empty',
    brokenLink: 'the formula refers to a cell that no longer exists (#REF!): {found}',
    brokenLinkValue: 'the cell shows #REF!: a cell it refers to no longer exists',
    invalidInput: '{label} is {found}; {help}',
    labelChanged: 'FunnelMath wrote {expected} here; it now shows {found}',
    inputLost:
      'this input was on a deleted row; the fix puts back {expected}, the value FunnelMath wrote',
    rowsMissing:
      '{count} row(s) FunnelMath wrote were deleted here: {label}, below them, was in row {expectedRow} and is now in row {foundRow}',
    rowsAdded:
      'the block {label} moved down {count} row(s): FunnelMath wrote it in row {expectedRow}, it is now in row {foundRow}; move it back, the check reads no further',
    goalMissing:
      'the goal calculator this dashboard follows is not in this workbook; its plan vs actual is not checked',
    olderVersion:
      'this sheet was written by an older FunnelMath (format {found}; this one writes {expected})',
    unreadableTag: "FunnelMath's tag on this sheet cannot be read; it is not checked",
    restored: 'restored {expected}',
    upgraded: 'upgraded to format {expected}',
    rowsRestored: 'put back {count} row(s) before row {expectedRow}',
    empty: 'empty',
  },
  'zh-CN': {
    formulaOverwritten: 'FunnelMath 在此写入的公式是 {expected}；现在被输入的值 {found} 覆盖',
    formulaChanged: 'FunnelMath 在此写入的公式是 {expected}；现在是 {found}',
    formulaMissing: 'FunnelMath 在此写入的公式是 {expected}；现在单元格为空',
    brokenLink: '公式引用的单元格已不存在 (#REF!)：{found}',
    brokenLinkValue: '单元格显示 #REF!：它引用的单元格已不存在',
    invalidInput: '{label} 为 {found}；{help}',
    labelChanged: 'FunnelMath 在此写入的是 {expected}；现在显示 {found}',
    inputLost: '此输入所在的行已被删除；修复会放回 FunnelMath 写入的值 {expected}',
    rowsMissing:
      'FunnelMath 写入的 {count} 行在此处被删除：其下方的 {label} 原在第 {expectedRow} 行，现在在第 {foundRow} 行',
    rowsAdded:
      '区块 {label} 下移了 {count} 行：FunnelMath 把它写在第 {expectedRow} 行，现在在第 {foundRow} 行；请移回原处，检查不再往下读',
    goalMissing: '此仪表板所依据的目标计算器不在本工作簿中；未检查其计划与实际',
    olderVersion: '此工作表由旧版 FunnelMath 写入（格式 {found}；当前版本写入格式 {expected}）',
    unreadableTag: '无法读取此工作表上的 FunnelMath 标记；未检查此表',
    restored: '已恢复 {expected}',
    upgraded: '已升级到格式 {expected}',
    rowsRestored: '已在第 {expectedRow} 行之前放回 {count} 行',
    empty: '空',
  },
  'zh-TW': {
    formulaOverwritten: 'FunnelMath 在此寫入的公式是 {expected}；現在被輸入的值 {found} 覆蓋',
    formulaChanged: 'FunnelMath 在此寫入的公式是 {expected}；現在是 {found}',
    formulaMissing: 'FunnelMath 在此寫入的公式是 {expected}；現在儲存格為空',
    brokenLink: '公式參照的儲存格已不存在 (#REF!)：{found}',
    brokenLinkValue: '儲存格顯示 #REF!：它參照的儲存格已不存在',
    invalidInput: '{label} 為 {found}；{help}',
    labelChanged: 'FunnelMath 在此寫入的是 {expected}；現在顯示 {found}',
    inputLost: '此輸入所在的列已被刪除；修復會放回 FunnelMath 寫入的值 {expected}',
    rowsMissing:
      'FunnelMath 寫入的 {count} 列在此處被刪除：其下方的 {label} 原在第 {expectedRow} 列，現在在第 {foundRow} 列',
    rowsAdded:
      '區塊 {label} 下移了 {count} 列：FunnelMath 把它寫在第 {expectedRow} 列，現在在第 {foundRow} 列；請移回原處，檢查不再往下讀',
    goalMissing: '此儀表板所依據的目標計算器不在本活頁簿中；未檢查其計畫與實際',
    olderVersion: '此工作表由舊版 FunnelMath 寫入（格式 {found}；目前版本寫入格式 {expected}）',
    unreadableTag: '無法讀取此工作表上的 FunnelMath 標記；未檢查此表',
    restored: '已還原 {expected}',
    upgraded: '已升級到格式 {expected}',
    rowsRestored: '已在第 {expectedRow} 列之前放回 {count} 列',
    empty: '空',
  },
};

/** The template with each {name} replaced; an unknown name stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A cell's content for a message: a percent-formatted rate as the sheet shows it (3000%). */
export function shownValue(value: unknown, numberFormat?: string): string {
  if (typeof value === 'number' && numberFormat?.includes('%')) {
    return `${Number((value * 100).toPrecision(12))}%`;
  }
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return (value as Date).toISOString().slice(0, 10);
  }
  if (typeof value === 'string') return `“${value}”`;
  return String(value);
}
