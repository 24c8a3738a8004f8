import type { Language, Period } from '../../funnel/types';

/**
 * Every word the goal-calculator sheet writes, per language. The Chinese terms are the ones
 * marketers use in the source articles (/work/shared/seeds): 营销合格线索 / 行銷合格潛在客戶
 * for MQL, 客户获取成本 / 客戶獲取成本 for CAC, 销售管道速度 for pipeline velocity,
 * 每条线索成本 / 每個潛在客戶成本 for cost per lead, 平均交易规模 / 平均交易規模.
 */
export interface GoalCalculatorLabels {
  readonly sheetName: string;
  readonly title: string;
  readonly instructions: string;
  readonly inputsSection: string;
  readonly revenueTarget: string;
  readonly revenueTargetNote: string;
  readonly period: string;
  readonly periodNames: Readonly<Record<Period, string>>;
  readonly periodNote: string;
  readonly averageDealSize: string;
  readonly averageDealSizeNote: string;
  readonly costPerLead: string;
  readonly costPerLeadNote: string;
  readonly salesCycleDays: string;
  readonly salesCycleDaysNote: string;
  readonly monthlyGrowth: string;
  readonly monthlyGrowthNote: string;
  readonly sensitivityStep: string;
  readonly sensitivityStepNote: string;
  readonly funnelSection: string;
  readonly stage: string;
  readonly stageNote: string;
  readonly conversionToNext: string;
  readonly conversionNote: string;
  readonly needed: string;
  readonly neededNote: string;
  readonly moneySection: string;
  readonly leadStage: string;
  readonly leadStageNote: string;
  readonly marketingBudget: string;
  readonly cac: string;
  readonly pipelineValue: string;
  readonly pipelineValueNote: string;
  readonly pipelineCoverage: string;
  readonly velocityRequired: string;
  readonly velocityRequiredNote: string;
  readonly velocityImplied: string;
  readonly velocityImpliedNote: string;
  readonly salesCycleMonths: string;
  readonly salesCycleMonthsNote: string;
  readonly sensitivitySection: string;
  readonly improvedConversion: string;
  readonly improvedRate: string;
  readonly topOfFunnelSaved: string;
  readonly budgetSaved: string;
  readonly sensitivityNote: string;
  readonly monthsSection: string;
  readonly month: string;
  readonly growthIndex: string;
  readonly growthIndexNote: string;
  readonly revenue: string;
  readonly cumulativeRevenue: string;
  readonly arrivalMonth: string;
  readonly arrivalMonthNote: string;
  readonly total: string;
  readonly chartTitle: string;
  /** Joins two stage names in "Leads → MQLs". */
  readonly arrow: string;
}

const en: GoalCalculatorLabels = {
  sheetName: 'Goal Calculator',
  title: 'Goal calculator: from revenue target back to every funnel stage',
  instructions: 'Edit the yellow cells. Every other figure is a live formula and follows at once.',
  inputsSection: 'Inputs (edit these)',
  revenueTarget: 'Revenue target',
  revenueTargetNote: 'The revenue to win over the period.',
  period: 'Period',
  periodNames: { month: 'Month', quarter: 'Quarter', year: 'Year' },
  periodNote:
    'Fixed when the sheet is built: the month-by-month plan has one row per month of the period.',
  averageDealSize: 'Average deal size',
  averageDealSizeNote: 'Average revenue per won deal (one customer).',
  costPerLead: 'Cost per lead',
  costPerLeadNote: 'What one lead-stage entry costs. Leave blank to hide the budget figures.',
  salesCycleDays: 'Sales cycle',
  salesCycleDaysNote: 'Days from entering the funnel to a closed deal. Leave blank or 0 for none.',
  monthlyGrowth: 'Monthly growth',
  monthlyGrowthNote:
    'How much each month grows over the one before (5% = 0.05). The months still add up to the target.',
  sensitivityStep: 'Improvement tested',
  sensitivityStepNote:
    'The relative improvement tried on each conversion rate below (10% turns 30% into 33%).',
  funnelSection: 'Funnel: what the target needs',
  stage: 'Stage',
  stageNote: 'Top of the funnel first, customers last. Rename freely.',
  conversionToNext: 'Conversion to next stage',
  conversionNote: 'Share of this stage that reaches the next one, as a percentage.',
  needed: 'Needed',
  neededNote:
    'Customers = target / deal size, rounded up; each stage above = the next / its conversion, rounded up: the rule of REVERSE_FUNNEL.',
  moneySection: 'Budget and pipeline',
  leadStage: 'Stage bought at cost per lead',
  leadStageNote: 'The stage whose volume the marketing budget pays for.',
  marketingBudget: 'Marketing budget',
  cac: 'Implied CAC',
  pipelineValue: 'Pipeline value needed',
  pipelineValueNote: 'Deals at the stage before customers, valued at the average deal size.',
  pipelineCoverage: 'Pipeline coverage',
  velocityRequired: 'Pipeline velocity required (per day)',
  velocityRequiredNote: 'Revenue target / days in the period.',
  velocityImplied: 'Pipeline velocity of this plan (per day)',
  velocityImpliedNote:
    'PIPELINE_VELOCITY: opportunities x deal size x win rate / sales cycle days.',
  salesCycleMonths: 'Sales cycle in months',
  salesCycleMonthsNote: 'Rounded up: how many months ahead of closing the funnel must fill.',
  sensitivitySection: 'Sensitivity: which conversion rate to improve first',
  improvedConversion: 'Conversion improved',
  improvedRate: 'Improved rate',
  topOfFunnelSaved: 'Top of funnel saved',
  budgetSaved: 'Budget saved',
  sensitivityNote:
    'Each row re-plans the funnel with one rate improved; the biggest saving is highlighted.',
  monthsSection: 'Month by month',
  month: 'Month',
  growthIndex: 'Growth index',
  growthIndexNote:
    "1 in the first month, then (1 + monthly growth) times the month before: each month's weight in the target.",
  revenue: 'Revenue',
  cumulativeRevenue: 'Cumulative revenue',
  arrivalMonth: 'Funnel must fill in',
  arrivalMonthNote:
    "The month this row's volumes must enter the funnel for the deals to close in time (month 0 and below: before the period starts).",
  total: 'Total',
  chartTitle: 'Funnel: needed per stage',
  arrow: ' → ',
};

const zhCN: GoalCalculatorLabels = {
  sheetName: '目标计算器',
  title: '目标计算器：从收入目标倒推漏斗每个阶段',
  instructions: '请编辑黄色单元格。其余数字都是实时公式，会立即随之更新。',
  inputsSection: '输入（在此编辑）',
  revenueTarget: '收入目标',
  revenueTargetNote: '本周期要实现的收入。',
  period: '周期',
  periodNames: { month: '月', quarter: '季度', year: '年' },
  periodNote: '建表时确定：逐月计划按周期内的每个月各占一行。',
  averageDealSize: '平均交易规模',
  averageDealSizeNote: '每笔成交（一个客户）的平均收入。',
  costPerLead: '每条线索成本',
  costPerLeadNote: '获取一条线索的成本。留空则不显示预算相关数字。',
  salesCycleDays: '销售周期',
  salesCycleDaysNote: '从进入漏斗到成交的天数。留空或填 0 表示不考虑。',
  monthlyGrowth: '月增长率',
  monthlyGrowthNote: '每月比上月增长多少（5% = 0.05）。各月合计仍等于目标。',
  sensitivityStep: '测试的提升幅度',
  sensitivityStepNote: '对下方每个转化率测试的相对提升（10% 会把 30% 变为 33%）。',
  funnelSection: '漏斗：实现目标所需数量',
  stage: '阶段',
  stageNote: '漏斗顶部在前，客户在最后。可随意改名。',
  conversionToNext: '转化到下一阶段',
  conversionNote: '本阶段进入下一阶段的比例（百分比）。',
  needed: '所需数量',
  neededNote:
    '客户数 = 目标 / 平均交易规模，向上取整；上一阶段 = 下一阶段 / 转化率，向上取整：与 REVERSE_FUNNEL 规则相同。',
  moneySection: '预算与销售管道',
  leadStage: '按线索成本购买的阶段',
  leadStageNote: '营销预算所购买的阶段。',
  marketingBudget: '营销预算',
  cac: '隐含客户获取成本 (CAC)',
  pipelineValue: '所需销售管道价值',
  pipelineValueNote: '客户前一阶段的机会数乘以平均交易规模。',
  pipelineCoverage: '销售管道覆盖率',
  velocityRequired: '所需销售管道速度（每天）',
  velocityRequiredNote: '收入目标 / 周期天数。',
  velocityImplied: '本计划的销售管道速度（每天）',
  velocityImpliedNote: 'PIPELINE_VELOCITY：机会数 x 平均交易规模 x 赢单率 / 销售周期天数。',
  salesCycleMonths: '销售周期（月）',
  salesCycleMonthsNote: '向上取整：漏斗需要提前几个月填满。',
  sensitivitySection: '敏感性：优先提升哪个转化率',
  improvedConversion: '提升的转化',
  improvedRate: '提升后的转化率',
  topOfFunnelSaved: '漏斗顶部节省',
  budgetSaved: '节省的预算',
  sensitivityNote: '每行只提升一个转化率并重新计算漏斗；节省最多的一行会高亮。',
  monthsSection: '逐月计划',
  month: '月份',
  growthIndex: '增长指数',
  growthIndexNote: '首月为 1，之后每月为上月乘以 (1 + 月增长率)：各月在目标中的权重。',
  revenue: '收入',
  cumulativeRevenue: '累计收入',
  arrivalMonth: '漏斗须填满于',
  arrivalMonthNote:
    '本行各阶段数量必须进入漏斗的月份，才能按时成交（第 0 月及以前：周期开始之前）。',
  total: '合计',
  chartTitle: '漏斗：各阶段所需数量',
  arrow: ' → ',
};

const zhTW: GoalCalculatorLabels = {
  sheetName: '目標計算器',
  title: '目標計算器：從收入目標倒推漏斗每個階段',
  instructions: '請編輯黃色儲存格。其餘數字都是即時公式，會立即隨之更新。',
  inputsSection: '輸入（在此編輯）',
  revenueTarget: '收入目標',
  revenueTargetNote: '本期間要達成的收入。',
  period: '期間',
  periodNames: { month: '月', quarter: '季', year: '年' },
  periodNote: '建表時確定：逐月計畫按期間內的每個月各佔一列。',
  averageDealSize: '平均交易規模',
  averageDealSizeNote: '每筆成交（一位客戶）的平均收入。',
  costPerLead: '每個潛在客戶成本 (CPL)',
  costPerLeadNote: '取得一個潛在客戶的成本。留空則不顯示預算相關數字。',
  salesCycleDays: '銷售週期',
  salesCycleDaysNote: '從進入漏斗到成交的天數。留空或填 0 表示不考慮。',
  monthlyGrowth: '月成長率',
  monthlyGrowthNote: '每月比上月成長多少（5% = 0.05）。各月合計仍等於目標。',
  sensitivityStep: '測試的提升幅度',
  sensitivityStepNote: '對下方每個轉換率測試的相對提升（10% 會把 30% 變為 33%）。',
  funnelSection: '漏斗：達成目標所需數量',
  stage: '階段',
  stageNote: '漏斗頂部在前，客戶在最後。可隨意改名。',
  conversionToNext: '轉換到下一階段',
  conversionNote: '本階段進入下一階段的比例（百分比）。',
  needed: '所需數量',
  neededNote:
    '客戶數 = 目標 / 平均交易規模，無條件進位；上一階段 = 下一階段 / 轉換率，無條件進位：與 REVERSE_FUNNEL 規則相同。',
  moneySection: '預算與銷售管道',
  leadStage: '按潛在客戶成本購買的階段',
  leadStageNote: '行銷預算所購買的階段。',
  marketingBudget: '行銷預算',
  cac: '隱含客戶獲取成本 (CAC)',
  pipelineValue: '所需銷售管道價值',
  pipelineValueNote: '客戶前一階段的機會數乘以平均交易規模。',
  pipelineCoverage: '銷售管道覆蓋率',
  velocityRequired: '所需銷售管道速度（每天）',
  velocityRequiredNote: '收入目標 / 期間天數。',
  velocityImplied: '本計畫的銷售管道速度（每天）',
  velocityImpliedNote: 'PIPELINE_VELOCITY：機會數 x 平均交易規模 x 贏率 / 銷售週期天數。',
  salesCycleMonths: '銷售週期（月）',
  salesCycleMonthsNote: '無條件進位：漏斗需要提前幾個月填滿。',
  sensitivitySection: '敏感度：優先提升哪個轉換率',
  improvedConversion: '提升的轉換',
  improvedRate: '提升後的轉換率',
  topOfFunnelSaved: '漏斗頂部節省',
  budgetSaved: '節省的預算',
  sensitivityNote: '每列只提升一個轉換率並重新計算漏斗；節省最多的一列會醒目標示。',
  monthsSection: '逐月計畫',
  month: '月份',
  growthIndex: '成長指數',
  growthIndexNote: '首月為 1，之後每月為上月乘以 (1 + 月成長率)：各月在目標中的權重。',
  revenue: '收入',
  cumulativeRevenue: '累計收入',
  arrivalMonth: '漏斗須填滿於',
  arrivalMonthNote:
    '本列各階段數量必須進入漏斗的月份，才能準時成交（第 0 月及以前：期間開始之前）。',
  total: '合計',
  chartTitle: '漏斗：各階段所需數量',
  arrow: ' → ',
};

export const goalCalculatorLabels: Readonly<Record<Language, GoalCalculatorLabels>> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};
