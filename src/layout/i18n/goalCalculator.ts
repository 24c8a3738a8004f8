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
  readonly total: string;
  readonly startMonth: string;
  readonly startMonthNote: string;
  readonly currency: string;
  readonly currencyNote: string;
  /** Shown beside the currency cell when it no longer matches the money formats. */
  readonly currencyStale: string;
  readonly inputCheck: string;
  readonly inputCheckNote: string;
  /** What every figure shows while an input is invalid. */
  readonly checkInputs: string;
  /** Number format of the input check: 1 reads as OK, 0 as the prompt. */
  readonly inputCheckFormat: string;
  /** What budget figures show while the cost per lead is blank. */
  readonly needsCostPerLead: string;
  /** The budget-first input and the block of what it buys. */
  readonly budgetInput: string;
  readonly budgetInputNote: string;
  readonly budgetInputHelp: string;
  readonly budgetSection: string;
  readonly budgetSectionNote: string;
  readonly bought: string;
  readonly boughtNote: string;
  readonly targetNeeds: string;
  readonly budgetRevenue: string;
  readonly revenueOverTarget: string;
  readonly revenueOverTargetNote: string;
  readonly extraBudgetNeeded: string;
  readonly extraBudgetNeededNote: string;
  /** What the budget block shows while the budget is blank. */
  readonly needsBudget: string;
  /** What the budget block shows while the cost per lead is blank or 0. */
  readonly needsPositiveCostPerLead: string;
  readonly daysToNext: string;
  readonly daysToNextNote: string;
  readonly monthsBeforeClose: string;
  readonly monthsBeforeCloseNote: string;
  readonly pipelineCoverageNote: string;
  readonly openOpportunities: string;
  readonly openOpportunitiesNote: string;
  readonly openPipelineValue: string;
  readonly openPipelineValueNote: string;
  readonly best: string;
  readonly bestMark: string;
  readonly bestNote: string;
  readonly revenueNote: string;
  readonly neededRow: string;
  readonly roundingReserve: string;
  readonly roundingReserveNote: string;
  readonly arrivalsSection: string;
  readonly arrivalsNote: string;
  readonly earlier: string;
  readonly earlierNote: string;
  readonly revenueTargetHelp: string;
  readonly averageDealSizeHelp: string;
  readonly costPerLeadHelp: string;
  readonly salesCycleDaysHelp: string;
  readonly monthlyGrowthHelp: string;
  readonly sensitivityStepHelp: string;
  readonly startMonthHelp: string;
  readonly currencyHelp: string;
  readonly conversionHelp: string;
  readonly daysToNextHelp: string;
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
    'Fixed when the sheet is built (the month rows are laid out for it): build a new plan from the sidebar to change it.',
  averageDealSize: 'Average deal size',
  averageDealSizeNote: 'Average revenue per won deal (one customer).',
  costPerLead: 'Cost per lead',
  costPerLeadNote: 'What one lead-stage entry costs. Leave blank to hide the budget figures.',
  salesCycleDays: 'Sales cycle',
  salesCycleDaysNote:
    'Days from an opportunity (the stage before customers) to a closed deal, used when no stage has its own days to the next stage. Leave blank or 0 for none.',
  monthlyGrowth: 'Monthly growth',
  monthlyGrowthNote:
    'How much each month grows over the one before (5% = 0.05). The months still add up to the customers needed.',
  sensitivityStep: 'Improvement tested (% points)',
  sensitivityStepNote:
    'Added to each conversion rate below, in percentage points: 1% turns 30% into 31% (capped at 100%).',
  funnelSection: 'Funnel: what the target needs',
  stage: 'Stage',
  stageNote: 'Top of the funnel first, customers last. Rename freely.',
  conversionToNext: 'Conversion rate',
  conversionNote: 'Share of this stage that reaches the next one, as a percentage.',
  needed: 'Needed',
  neededNote:
    'Customers = target / deal size, rounded up; each stage above = the next / its conversion, rounded up: the rule of REVERSE_FUNNEL.',
  moneySection: 'Budget and pipeline',
  leadStage: 'Stage bought at cost per lead',
  leadStageNote: 'The stage whose volume the marketing budget pays for.',
  marketingBudget: 'Marketing budget',
  cac: 'Implied CAC',
  pipelineValue: 'Pipeline to build in the period',
  pipelineValueNote:
    'Opportunities (the stage before customers) over the period, valued at the average deal size.',
  pipelineCoverage: 'Pipeline coverage',
  velocityRequired: 'Revenue to close per day',
  velocityRequiredNote:
    'Revenue target / days in the period (365 / 12 a month). The open pipeline below, at the win rate, closes exactly this.',
  sensitivitySection: 'Sensitivity: which conversion rate to improve first',
  improvedConversion: 'Conversion improved',
  improvedRate: 'Improved rate',
  topOfFunnelSaved: 'Top of funnel saved',
  budgetSaved: 'Budget saved',
  sensitivityNote:
    'Each row re-plans the funnel with one rate improved by the points above; the biggest saving is marked.',
  monthsSection: 'Deals closing each month',
  month: 'Month',
  growthIndex: 'Growth index',
  growthIndexNote:
    "1 in the first month, then (1 + monthly growth) times the month before: each month's weight in the customers needed.",
  revenue: 'Revenue',
  cumulativeRevenue: 'Cumulative revenue',
  total: 'Total of the months',
  startMonth: 'First month',
  startMonthNote: 'The first month of the plan; every month row follows it.',
  currency: 'Currency',
  currencyNote: 'ISO 4217 code of the money figures.',
  currencyStale:
    'The money cells are formatted in {code}: update the plan from the sidebar to change the currency.',
  inputCheck: 'Input check',
  inputCheckNote:
    'OK when every input is valid; otherwise the figures show "check inputs" and this row names the inputs to fix.',
  checkInputs: 'check inputs',
  inputCheckFormat: '"OK";"OK";"Fix: "',
  needsCostPerLead: 'enter a cost per lead',
  budgetInput: 'Marketing budget available',
  budgetInputNote:
    'Budget first: what marketing may spend over the period. "What this budget buys" plans forward from it. Leave blank to plan from the target alone.',
  budgetInputHelp: 'Enter an amount greater than 0, or leave blank.',
  budgetSection: 'What this budget buys',
  budgetSectionNote:
    'Forward from the lead stage: leads = budget / cost per lead, each next stage = the stage above x its conversion rate, rounded down (nobody converts part of a customer, and a forecast must not promise one).',
  bought: 'This budget buys',
  boughtNote: 'Whole counts, rounded down at every stage.',
  targetNeeds: 'The target needs',
  budgetRevenue: 'Revenue it buys',
  revenueOverTarget: 'Over (+) or short (-) of target',
  revenueOverTargetNote: 'Revenue this budget buys minus the revenue target.',
  extraBudgetNeeded: 'Budget short (− = to spare)',
  extraBudgetNeededNote:
    'The marketing budget the target needs (above) minus this budget; below 0, budget to spare.',
  needsBudget: 'enter a marketing budget',
  needsPositiveCostPerLead: 'enter a cost per lead above 0',
  daysToNext: 'Days to next',
  daysToNextNote:
    'Days from entering this stage to entering the next. Leave all blank to use the sales cycle.',
  monthsBeforeClose: 'Months to close',
  monthsBeforeCloseNote:
    'Whole months between entering this stage and the deal closing: the days from here to the close, rounded up (365 / 12 days a month).',
  pipelineCoverageNote:
    'Pipeline to build / revenue target: 1 / win rate, rounded up by whole deals.',
  openOpportunities: 'Opportunities open at any time',
  openOpportunitiesNote:
    "Little's law: opportunities per day x the days an opportunity stays open (days from the stage before customers to the close).",
  openPipelineValue: 'Open pipeline value',
  openPipelineValueNote: 'Opportunities open at any time x average deal size.',
  best: 'Best',
  bestMark: '★ best',
  bestNote:
    'The biggest budget saving (the biggest top-of-funnel saving when there is no cost per lead).',
  revenueNote:
    'Won deals this month x average deal size: whole deals, so the months add up to the customers needed x deal size.',
  neededRow: 'Needed (funnel table)',
  roundingReserve: 'Rounding reserve',
  roundingReserveNote:
    "Whole counts every month need this many more than the funnel table's yearly count: budget for it.",
  arrivalsSection: 'When each stage must fill',
  arrivalsNote:
    'How many must enter each stage in each calendar month so the deals above close in time; months before the first month are the run-up.',
  earlier: 'Earlier',
  earlierNote:
    'Anything needed before the first month listed (only when days to next stage grew after the sheet was built).',
  revenueTargetHelp: 'Enter an amount greater than 0.',
  averageDealSizeHelp: 'Enter an amount greater than 0.',
  costPerLeadHelp: 'Enter an amount of 0 or more, or leave blank.',
  salesCycleDaysHelp: 'Enter a number of days from 0 to 730, or leave blank.',
  monthlyGrowthHelp: 'Enter a growth from -50% to 100% (0.05 for 5%), or leave blank.',
  sensitivityStepHelp: 'Enter percentage points greater than 0% and at most 100% (1% = 0.01).',
  startMonthHelp: 'Enter a date from 2000 to 2099; its month is the first month of the plan.',
  currencyHelp: 'Pick an ISO 4217 currency code from the list.',
  conversionHelp: 'Enter a rate greater than 0% and at most 100%.',
  daysToNextHelp: 'Enter a number of days from 0 to 730, or leave blank.',
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
  periodNote: '建表时确定（月份行据此排列）：如需更改，请在侧边栏新建计划。',
  averageDealSize: '平均交易规模',
  averageDealSizeNote: '每笔成交（一个客户）的平均收入。',
  costPerLead: '每条线索成本',
  costPerLeadNote: '获取一条线索的成本。留空则不显示预算相关数字。',
  salesCycleDays: '销售周期',
  salesCycleDaysNote:
    '从商机（客户前一阶段）到成交的天数；没有阶段填写到下一阶段天数时使用。留空或填 0 表示不考虑。',
  monthlyGrowth: '月增长率',
  monthlyGrowthNote: '每月比上月增长多少（5% = 0.05）。各月合计仍等于所需客户数。',
  sensitivityStep: '测试的提升幅度（百分点）',
  sensitivityStepNote: '按百分点加到下方每个转化率上：1% 会把 30% 变为 31%（最高 100%）。',
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
  pipelineValue: '本周期需创建的销售管道',
  pipelineValueNote: '本周期的商机数（客户前一阶段）乘以平均交易规模。',
  pipelineCoverage: '销售管道覆盖率',
  velocityRequired: '每天需成交收入（销售管道速度）',
  velocityRequiredNote:
    '收入目标 / 周期天数（每月 365 / 12 天）。下方的在途销售管道按赢单率正好成交这么多。',
  sensitivitySection: '敏感性：优先提升哪个转化率',
  improvedConversion: '提升的转化',
  improvedRate: '提升后的转化率',
  topOfFunnelSaved: '漏斗顶部节省',
  budgetSaved: '节省的预算',
  sensitivityNote: '每行把一个转化率提高上面的百分点并重新计算漏斗；节省最多的一行会标出。',
  monthsSection: '每月成交的交易',
  month: '月份',
  growthIndex: '增长指数',
  growthIndexNote: '首月为 1，之后每月为上月乘以 (1 + 月增长率)：各月在所需客户数中的权重。',
  revenue: '收入',
  cumulativeRevenue: '累计收入',
  total: '各月合计',
  startMonth: '起始月份',
  startMonthNote: '计划的第一个月；各月份行随之排列。',
  currency: '货币',
  currencyNote: '金额的 ISO 4217 货币代码。',
  currencyStale: '金额单元格的格式为 {code}：请在侧边栏更新计划以更换货币。',
  inputCheck: '输入检查',
  inputCheckNote: '所有输入有效时显示 OK；否则各数字显示“请检查输入”，本行列出需要修正的输入。',
  checkInputs: '请检查输入',
  inputCheckFormat: '"OK";"OK";"请修正："',
  needsCostPerLead: '请填写每条线索成本',
  budgetInput: '可用营销预算',
  budgetInputNote:
    '预算优先：本期营销可支出的金额。“这笔预算能带来什么”由此正向推算。留空则只按收入目标规划。',
  budgetInputHelp: '请输入大于 0 的金额，或留空。',
  budgetSection: '这笔预算能带来什么',
  budgetSectionNote:
    '从线索阶段正向推算：线索 = 预算 / 每条线索成本，之后每个阶段 = 上一阶段 x 其转化率，每个阶段向下取整（客户不能只转化一部分，预测也不应多承诺）。',
  bought: '这笔预算带来',
  boughtNote: '整数，每个阶段向下取整。',
  targetNeeds: '目标所需',
  budgetRevenue: '可带来的收入',
  revenueOverTarget: '高于 (+) 或低于 (-) 目标',
  revenueOverTargetNote: '这笔预算带来的收入减去收入目标。',
  extraBudgetNeeded: '预算缺口（负数 = 有余）',
  extraBudgetNeededNote: '目标所需的营销预算（见上方）减去这笔预算；小于 0 表示预算有余。',
  needsBudget: '请填写营销预算',
  needsPositiveCostPerLead: '请填写大于 0 的每条线索成本',
  daysToNext: '到下一阶段天数',
  daysToNextNote: '从进入本阶段到进入下一阶段的天数。全部留空则使用销售周期。',
  monthsBeforeClose: '成交前几个月进入',
  monthsBeforeCloseNote:
    '从进入本阶段到成交的整月数：本阶段到成交的天数，向上取整（每月 365 / 12 天）。',
  pipelineCoverageNote: '需创建的销售管道 / 收入目标：即 1 / 赢单率（按整笔交易向上取整）。',
  openOpportunities: '任一时刻在途的商机数',
  openOpportunitiesNote:
    '利特尔法则：每天新增商机数 x 商机保持打开的天数（客户前一阶段到成交的天数）。',
  openPipelineValue: '在途销售管道价值',
  openPipelineValueNote: '任一时刻在途的商机数 x 平均交易规模。',
  best: '最佳',
  bestMark: '★ 最佳',
  bestNote: '节省预算最多的一行（没有每条线索成本时：漏斗顶部节省最多）。',
  revenueNote: '本月成交数 x 平均交易规模：按整笔交易计算，各月合计等于所需客户数 x 平均交易规模。',
  neededRow: '所需数量（漏斗表）',
  roundingReserve: '取整储备',
  roundingReserveNote: '每月取整数后，比漏斗表的全年数量多出的部分：请为此预留预算。',
  arrivalsSection: '各阶段何时需要填满',
  arrivalsNote:
    '每个日历月各阶段需要进入多少，才能让上方的交易按时成交；起始月份之前的月份是准备期。',
  earlier: '更早',
  earlierNote: '早于所列第一个月所需的数量（仅当建表后到下一阶段天数增加时出现）。',
  revenueTargetHelp: '请输入大于 0 的金额。',
  averageDealSizeHelp: '请输入大于 0 的金额。',
  costPerLeadHelp: '请输入 0 或以上的金额，或留空。',
  salesCycleDaysHelp: '请输入 0 到 730 的天数，或留空。',
  monthlyGrowthHelp: '请输入 -50% 到 100% 的增长率（5% 填 0.05），或留空。',
  sensitivityStepHelp: '请输入大于 0% 且不超过 100% 的百分点（1% = 0.01）。',
  startMonthHelp: '请输入 2000 到 2099 年之间的日期；其所在月份为计划的第一个月。',
  currencyHelp: '请从列表中选择 ISO 4217 货币代码。',
  conversionHelp: '请输入大于 0% 且不超过 100% 的比例。',
  daysToNextHelp: '请输入 0 到 730 的天数，或留空。',
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
  periodNote: '建表時確定（月份列據此排列）：如需變更，請在側邊欄新建計畫。',
  averageDealSize: '平均交易規模',
  averageDealSizeNote: '每筆成交（一位客戶）的平均收入。',
  costPerLead: '每個潛在客戶成本 (CPL)',
  costPerLeadNote: '取得一個潛在客戶的成本。留空則不顯示預算相關數字。',
  salesCycleDays: '銷售週期',
  salesCycleDaysNote:
    '從商機（客戶前一階段）到成交的天數；沒有階段填寫到下一階段天數時使用。留空或填 0 表示不考慮。',
  monthlyGrowth: '月成長率',
  monthlyGrowthNote: '每月比上月成長多少（5% = 0.05）。各月合計仍等於所需客戶數。',
  sensitivityStep: '測試的提升幅度（百分點）',
  sensitivityStepNote: '按百分點加到下方每個轉換率上：1% 會把 30% 變為 31%（最高 100%）。',
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
  pipelineValue: '本期間需建立的銷售管道',
  pipelineValueNote: '本期間的商機數（客戶前一階段）乘以平均交易規模。',
  pipelineCoverage: '銷售管道覆蓋率',
  velocityRequired: '每天需成交收入（銷售管道速度）',
  velocityRequiredNote:
    '收入目標 / 期間天數（每月 365 / 12 天）。下方的在途銷售管道按贏率正好成交這麼多。',
  sensitivitySection: '敏感度：優先提升哪個轉換率',
  improvedConversion: '提升的轉換',
  improvedRate: '提升後的轉換率',
  topOfFunnelSaved: '漏斗頂部節省',
  budgetSaved: '節省的預算',
  sensitivityNote: '每列把一個轉換率提高上面的百分點並重新計算漏斗；節省最多的一列會標出。',
  monthsSection: '每月成交的交易',
  month: '月份',
  growthIndex: '成長指數',
  growthIndexNote: '首月為 1，之後每月為上月乘以 (1 + 月成長率)：各月在所需客戶數中的權重。',
  revenue: '收入',
  cumulativeRevenue: '累計收入',
  total: '各月合計',
  startMonth: '起始月份',
  startMonthNote: '計畫的第一個月；各月份列隨之排列。',
  currency: '貨幣',
  currencyNote: '金額的 ISO 4217 貨幣代碼。',
  currencyStale: '金額儲存格的格式為 {code}：請在側邊欄更新計畫以更換貨幣。',
  inputCheck: '輸入檢查',
  inputCheckNote: '所有輸入有效時顯示 OK；否則各數字顯示「請檢查輸入」，本列列出需要修正的輸入。',
  checkInputs: '請檢查輸入',
  inputCheckFormat: '"OK";"OK";"請修正："',
  needsCostPerLead: '請填寫每個潛在客戶成本',
  budgetInput: '可用行銷預算',
  budgetInputNote:
    '預算優先：本期行銷可支出的金額。「這筆預算能帶來什麼」由此正向推算。留空則只按營收目標規劃。',
  budgetInputHelp: '請輸入大於 0 的金額，或留空。',
  budgetSection: '這筆預算能帶來什麼',
  budgetSectionNote:
    '從潛在客戶階段正向推算：潛在客戶 = 預算 / 每個潛在客戶成本，之後每個階段 = 上一階段 x 其轉換率，每個階段無條件捨去（客戶不能只轉換一部分，預測也不應多承諾）。',
  bought: '這筆預算帶來',
  boughtNote: '整數，每個階段無條件捨去。',
  targetNeeds: '目標所需',
  budgetRevenue: '可帶來的營收',
  revenueOverTarget: '高於 (+) 或低於 (-) 目標',
  revenueOverTargetNote: '這筆預算帶來的營收減去營收目標。',
  extraBudgetNeeded: '預算缺口（負數 = 有餘）',
  extraBudgetNeededNote: '目標所需的行銷預算（見上方）減去這筆預算；小於 0 表示預算有餘。',
  needsBudget: '請填寫行銷預算',
  needsPositiveCostPerLead: '請填寫大於 0 的每個潛在客戶成本',
  daysToNext: '到下一階段天數',
  daysToNextNote: '從進入本階段到進入下一階段的天數。全部留空則使用銷售週期。',
  monthsBeforeClose: '成交前幾個月進入',
  monthsBeforeCloseNote:
    '從進入本階段到成交的整月數：本階段到成交的天數，無條件進位（每月 365 / 12 天）。',
  pipelineCoverageNote: '需建立的銷售管道 / 收入目標：即 1 / 贏率（按整筆交易無條件進位）。',
  openOpportunities: '任一時刻進行中的商機數',
  openOpportunitiesNote:
    '利特爾法則：每天新增商機數 x 商機保持開啟的天數（客戶前一階段到成交的天數）。',
  openPipelineValue: '進行中的銷售管道價值',
  openPipelineValueNote: '任一時刻進行中的商機數 x 平均交易規模。',
  best: '最佳',
  bestMark: '★ 最佳',
  bestNote: '節省預算最多的一列（沒有每個潛在客戶成本時：漏斗頂部節省最多）。',
  revenueNote: '本月成交數 x 平均交易規模：按整筆交易計算，各月合計等於所需客戶數 x 平均交易規模。',
  neededRow: '所需數量（漏斗表）',
  roundingReserve: '取整儲備',
  roundingReserveNote: '每月取整數後，比漏斗表的全年數量多出的部分：請為此預留預算。',
  arrivalsSection: '各階段何時需要填滿',
  arrivalsNote:
    '每個日曆月各階段需要進入多少，才能讓上方的交易準時成交；起始月份之前的月份是準備期。',
  earlier: '更早',
  earlierNote: '早於所列第一個月所需的數量（僅當建表後到下一階段天數增加時出現）。',
  revenueTargetHelp: '請輸入大於 0 的金額。',
  averageDealSizeHelp: '請輸入大於 0 的金額。',
  costPerLeadHelp: '請輸入 0 或以上的金額，或留空。',
  salesCycleDaysHelp: '請輸入 0 到 730 的天數，或留空。',
  monthlyGrowthHelp: '請輸入 -50% 到 100% 的成長率（5% 填 0.05），或留空。',
  sensitivityStepHelp: '請輸入大於 0% 且不超過 100% 的百分點（1% = 0.01）。',
  startMonthHelp: '請輸入 2000 到 2099 年之間的日期；其所在月份為計畫的第一個月。',
  currencyHelp: '請從清單中選擇 ISO 4217 貨幣代碼。',
  conversionHelp: '請輸入大於 0% 且不超過 100% 的比例。',
  daysToNextHelp: '請輸入 0 到 730 的天數，或留空。',
  chartTitle: '漏斗：各階段所需數量',
  arrow: ' → ',
};

export const goalCalculatorLabels: Readonly<Record<Language, GoalCalculatorLabels>> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};
