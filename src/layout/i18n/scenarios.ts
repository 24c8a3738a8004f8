import type { Language } from '../../funnel/types';

/**
 * The words of the goal-calculator sheet's "Scenarios" block, per language (the rest of the
 * sheet's words are in goalCalculator.ts, whose terms these reuse).
 */
export interface ScenarioLabels {
  readonly section: string;
  readonly sectionNote: string;
  /** One line under the title: how to read yellow and blank cells. */
  readonly howToRead: string;
  readonly base: string;
  readonly overrides: string;
  readonly overridesNote: string;
  readonly scenarioNameNote: string;
  readonly inUse: string;
  readonly inUseNote: string;
  readonly results: string;
  readonly impliedCac: string;
  readonly impliedCacNote: string;
  readonly conversionSuffix: string;
  readonly summary: string;
  /** The side-by-side table's first header. */
  readonly scenario: string;
  readonly customersNeeded: string;
  readonly chartTitle: string;
  /** The input check's name for the override cells. */
  readonly overrideCheck: string;
  readonly overrideCheckHelp: string;
}

const en: ScenarioLabels = {
  section: 'Scenarios',
  sectionNote:
    'The base plan and each scenario side by side, planned by the same rules as the funnel above.',
  howToRead:
    'Yellow cells override the base for that scenario; a blank one follows the base, live. "In use" shows the figures each column plans with.',
  base: 'Base',
  overrides: 'Overrides',
  overridesNote:
    'Type a figure to replace the base for that scenario; clear the cell to follow the base again.',
  scenarioNameNote: 'The scenario name: rename freely.',
  inUse: 'In use',
  inUseNote: 'The override when there is one, else the base input: what the column plans with.',
  results: 'What each scenario needs',
  impliedCac: 'Implied CAC',
  impliedCacNote: 'Marketing budget / customers needed.',
  conversionSuffix: ' conversion',
  summary: 'Side by side',
  scenario: 'Scenario',
  customersNeeded: 'Customers needed',
  chartTitle: 'Scenarios side by side: budget and CAC',
  overrideCheck: 'Scenario overrides',
  overrideCheckHelp:
    'each yellow scenario cell is blank or valid (amounts greater than 0, cost per lead 0 or more, conversion rates above 0% and at most 100%).',
};

const zhCN: ScenarioLabels = {
  section: '情景对比',
  sectionNote: '基准计划与各情景并排比较，按与上方漏斗相同的规则计算。',
  howToRead:
    '黄色单元格为该情景覆盖基准的数值；留空则实时沿用基准。“实际采用”一栏显示每列计算所用的数值。',
  base: '基准',
  overrides: '覆盖值',
  overridesNote: '输入数值即替换该情景的基准值；清空单元格即恢复沿用基准。',
  scenarioNameNote: '情景名称，可随意修改。',
  inUse: '实际采用',
  inUseNote: '有覆盖值时取覆盖值，否则取基准输入：该列计算所用的数值。',
  results: '各情景所需',
  impliedCac: '隐含客户获取成本',
  impliedCacNote: '营销预算 / 所需客户数。',
  conversionSuffix: ' 转化率',
  summary: '并排对比',
  scenario: '情景',
  customersNeeded: '所需客户数',
  chartTitle: '情景对比：预算与客户获取成本',
  overrideCheck: '情景覆盖值',
  overrideCheckHelp:
    '每个黄色情景单元格须留空或有效（金额大于 0，每条线索成本 0 或以上，转化率大于 0% 且不超过 100%）。',
};

const zhTW: ScenarioLabels = {
  section: '情境比較',
  sectionNote: '基準計畫與各情境並排比較，按與上方漏斗相同的規則計算。',
  howToRead:
    '黃色儲存格為該情境覆寫基準的數值；留空則即時沿用基準。「實際採用」一欄顯示每欄計算所用的數值。',
  base: '基準',
  overrides: '覆寫值',
  overridesNote: '輸入數值即取代該情境的基準值；清空儲存格即恢復沿用基準。',
  scenarioNameNote: '情境名稱，可隨意修改。',
  inUse: '實際採用',
  inUseNote: '有覆寫值時取覆寫值，否則取基準輸入：該欄計算所用的數值。',
  results: '各情境所需',
  impliedCac: '隱含客戶獲取成本',
  impliedCacNote: '行銷預算 / 所需客戶數。',
  conversionSuffix: ' 轉換率',
  summary: '並排比較',
  scenario: '情境',
  customersNeeded: '所需客戶數',
  chartTitle: '情境比較：預算與客戶獲取成本',
  overrideCheck: '情境覆寫值',
  overrideCheckHelp:
    '每個黃色情境儲存格須留空或有效（金額大於 0，每個潛在客戶成本 0 或以上，轉換率大於 0% 且不超過 100%）。',
};

export const scenarioLabels: Readonly<Record<Language, ScenarioLabels>> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};
