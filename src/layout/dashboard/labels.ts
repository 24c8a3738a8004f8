import type { Language } from '../../funnel/types';
import type { InputKey } from './inputs';
import type { KpiKey } from './kpis';

/**
 * Every word the dashboard writes on the sheet, per language. The Chinese KPI names follow
 * the goal calculator's (src/layout/i18n/goalCalculator.ts): 客户获取成本 / 客戶獲取成本 for
 * CAC, 每条线索成本 / 每個潛在客戶成本 for CPL, 平均交易规模 / 平均交易規模, 销售管道速度.
 */
export interface DashboardLabels {
  readonly sheetName: string;
  readonly title: string;
  readonly subtitle: string;
  readonly month: string;
  readonly period: string;
  readonly periodNote: string;
  /** The row under the KPIs' period row: how many months each period figure covers. */
  readonly monthsCovered: string;
  readonly monthsCoveredNote: string;
  /** The definition of pipeline velocity, in its header note. */
  readonly velocityNote: string;
  /** The check column beside the input table, and its sentences. */
  readonly check: string;
  readonly checkNote: string;
  readonly checkLostOverStart: string;
  readonly checkNegative: string;
  readonly checkOrganicOverVisitors: string;
  readonly checkClicksOverImpressions: string;
  readonly checkOpensOverDelivered: string;
  readonly checkText: string;
  /** After a count: "months with impossible figures". */
  readonly checkPeriod: string;
  readonly kpiSection: string;
  readonly inputs: Readonly<Record<InputKey, string>>;
  readonly kpis: Readonly<Record<KpiKey, string>>;
  readonly grossMargin: string;
  readonly salesCycleDays: string;
  readonly ltvCacRedBelow: string;
  readonly ltvCacGreenFrom: string;
  readonly paybackRedAbove: string;
  readonly paybackGreenUpTo: string;
  readonly thresholdsNote: string;
  readonly planVsActual: string;
  /** One printed line (a page's width); the whole explanation is the cell's hover note. */
  readonly planVsActualNote: string;
  readonly planVsActualDetail: string;
  readonly noGoalNote: string;
  readonly stage: string;
  readonly plan: string;
  readonly actual: string;
  readonly ofPlan: string;
  readonly periodTarget: string;
  readonly actualToDate: string;
  readonly planToDate: string;
  readonly paceToTarget: string;
  readonly stillNeeded: string;
  readonly chartCac: string;
  readonly chartLtvCac: string;
  readonly chartFunnel: string;
}

const en: DashboardLabels = {
  sheetName: 'KPI Dashboard',
  title: 'KPI dashboard',
  subtitle:
    'Fill one row per month in the yellow cells; every KPI to the right is a live formula and stays blank until its month has data.',
  month: 'Month',
  period: 'Period',
  kpiSection:
    'KPIs by month (live formulas: same as the FunnelMath functions named in each header note)',
  periodNote:
    'Inputs: spend, volumes and revenue add up; MRR and open opportunities are the latest month; customers at start is the first month. KPIs below: each period figure uses only the months in which all its inputs are numbers (the row under it says how many).',
  monthsCovered: 'Months covered',
  monthsCoveredNote:
    'How many months each period figure uses: those with every input it needs filled in with a number. LTV, LTV:CAC and payback share their months with CAC, ARPA and churn; velocity with deal size and win rate.',
  velocityNote:
    'Pipeline velocity = open opportunities at month end x average deal size x win rate / sales cycle (days): the revenue the open pipeline should close per day. Period: the average open pipeline of the months covered, so it stays a per-day rate.',
  check: 'Check',
  checkNote:
    'Figures no real month can have are flagged here, and that month gets no health colour. Text in a figure leaves the month out of the period figures that use it.',
  checkLostOverStart: 'More customers lost than customers at start.',
  checkNegative: 'A figure is negative.',
  checkOrganicOverVisitors: 'More organic visitors than visitors.',
  checkClicksOverImpressions: 'More clicks than impressions.',
  checkOpensOverDelivered: 'More email opens than emails delivered.',
  checkText: 'Text in a figure: the KPIs that use it leave this month out of their period figure.',
  checkPeriod: 'month(s) with impossible figures: no health colour for the period.',
  inputs: {
    marketingSpend: 'Marketing spend',
    salesSpend: 'Sales spend',
    visitors: 'Visitors',
    organicVisitors: 'Organic visitors',
    impressions: 'Impressions',
    clicks: 'Clicks',
    emailsDelivered: 'Emails delivered',
    emailOpens: 'Email opens',
    leads: 'Leads',
    mqls: 'MQLs',
    sqls: 'SQLs',
    opportunities: 'Opportunities',
    dealsWon: 'Deals won',
    newCustomers: 'New customers',
    revenue: 'Revenue',
    mrr: 'MRR',
    customersAtStart: 'Customers at start',
    customersLost: 'Customers lost',
    openOpportunities: 'Open opportunities (month end)',
  },
  kpis: {
    cpl: 'CPL',
    costPerMql: 'Cost per MQL',
    costPerSql: 'Cost per SQL',
    cac: 'CAC',
    visitorToLead: 'Visitor to lead',
    leadToMql: 'Lead to MQL',
    mqlToSql: 'MQL to SQL',
    sqlToOpportunity: 'SQL to opportunity',
    winRate: 'Win rate',
    ctr: 'CTR',
    openRate: 'Open rate',
    organicShare: 'Organic share',
    avgDealSize: 'Average deal size',
    arpa: 'ARPA (monthly)',
    churn: 'Churn (monthly)',
    lifetime: 'Customer lifetime (months)',
    ltv: 'LTV',
    ltvCac: 'LTV:CAC',
    cacPayback: 'CAC payback (months)',
    roi: 'Marketing ROI',
    mer: 'MER',
    pipelineVelocity: 'Pipeline velocity (per day)',
    revenueGrowth: 'Revenue growth',
    mrrGrowth: 'MRR growth',
    leadGrowth: 'Lead growth',
  },
  grossMargin: 'Gross margin',
  salesCycleDays: 'Sales cycle (days)',
  ltvCacRedBelow: 'LTV:CAC red below',
  ltvCacGreenFrom: 'LTV:CAC green from',
  paybackRedAbove: 'CAC payback red above (months)',
  paybackGreenUpTo: 'CAC payback green up to (months)',
  thresholdsNote: 'Health colours: edit these thresholds and the colours follow.',
  planVsActual: 'Plan vs actual',
  planVsActualNote:
    "Plan figures come live from the goal calculator sheet. A stage's plan: what must arrive that month. Pace: actual ÷ plan.",
  planVsActualDetail:
    "Plan figures come live from the goal calculator sheet, by calendar month: a stage's plan is the volume that must arrive that month, ahead of the revenue it leads to by the plan's sales cycle; revenue is what the plan closes that month; blank where the plan does not reach. Pace is actual over plan for the months with an actual: 100% is on track.",
  noGoalNote:
    'Plan vs actual: insert a goal calculator, then a new dashboard, to compare each month with the plan.',
  stage: 'Stage',
  plan: 'plan',
  actual: 'actual',
  ofPlan: '% of plan',
  periodTarget: 'Period target',
  actualToDate: 'Actual to date',
  planToDate: 'Plan to date',
  paceToTarget: 'Pace to target',
  stillNeeded: 'Still needed',
  chartCac: 'CAC by month',
  chartLtvCac: 'LTV:CAC by month',
  chartFunnel: 'Funnel by month',
};

const zhCN: DashboardLabels = {
  sheetName: 'KPI 仪表板',
  title: 'KPI 仪表板',
  subtitle: '每月在黄色单元格中填写一行；右侧每个 KPI 都是实时公式，当月有数据之前保持空白。',
  month: '月份',
  period: '期间合计',
  kpiSection: '每月 KPI（实时公式，与各表头注释中的 FunnelMath 函数相同）',
  periodNote:
    '输入：支出、数量和收入累加；MRR 和未结商机取最近一个月；期初客户取第一个月。下方 KPI：每个期间数字只使用其所有输入都已填写数字的月份（下一行显示月数）。',
  monthsCovered: '涵盖月数',
  monthsCoveredNote:
    '每个期间数字使用的月数：所需输入全部填写了数字的月份。LTV、LTV:CAC 和回收期与 CAC、ARPA、流失率使用相同月份；管道速度与平均交易规模、赢单率相同。',
  velocityNote:
    '销售管道速度 = 月末未结商机数 × 平均交易规模 × 赢单率 ÷ 销售周期（天）：未结管道每天预计成交的收入。期间：使用涵盖月份的平均未结管道，仍为每天的速度。',
  check: '检查',
  checkNote:
    '不可能出现的数字会在此标出，该月不显示健康颜色。数字中含文本时，使用它的期间数字不计入该月。',
  checkLostOverStart: '流失客户数多于期初客户数。',
  checkNegative: '有数字为负数。',
  checkOrganicOverVisitors: '自然流量访客多于访客。',
  checkClicksOverImpressions: '点击次数多于展示次数。',
  checkOpensOverDelivered: '邮件打开数多于送达数。',
  checkText: '数字中含文本：使用该数字的 KPI 在期间数字中不计入该月。',
  checkPeriod: '个月含不可能的数字：期间不显示健康颜色。',
  inputs: {
    marketingSpend: '市场支出',
    salesSpend: '销售支出',
    visitors: '访客',
    organicVisitors: '自然流量访客',
    impressions: '展示次数',
    clicks: '点击次数',
    emailsDelivered: '邮件送达数',
    emailOpens: '邮件打开数',
    leads: '线索',
    mqls: 'MQL',
    sqls: 'SQL',
    opportunities: '商机',
    dealsWon: '赢单数',
    newCustomers: '新客户',
    revenue: '收入',
    mrr: 'MRR',
    customersAtStart: '期初客户数',
    customersLost: '流失客户数',
    openOpportunities: '月末未结商机',
  },
  kpis: {
    cpl: '每条线索成本',
    costPerMql: '每个 MQL 成本',
    costPerSql: '每个 SQL 成本',
    cac: '客户获取成本 (CAC)',
    visitorToLead: '访客→线索',
    leadToMql: '线索→MQL',
    mqlToSql: 'MQL→SQL',
    sqlToOpportunity: 'SQL→商机',
    winRate: '赢单率',
    ctr: '点击率',
    openRate: '打开率',
    organicShare: '自然流量占比',
    avgDealSize: '平均交易规模',
    arpa: '每客户月均收入 (ARPA)',
    churn: '月流失率',
    lifetime: '客户生命周期（月）',
    ltv: '客户终身价值 (LTV)',
    ltvCac: 'LTV:CAC',
    cacPayback: 'CAC 回收期（月）',
    roi: '营销 ROI',
    mer: '营销效率比 (MER)',
    pipelineVelocity: '销售管道速度（每天）',
    revenueGrowth: '收入增长率',
    mrrGrowth: 'MRR 增长率',
    leadGrowth: '线索增长率',
  },
  grossMargin: '毛利率',
  salesCycleDays: '销售周期（天）',
  ltvCacRedBelow: 'LTV:CAC 低于此值标红',
  ltvCacGreenFrom: 'LTV:CAC 达到此值标绿',
  paybackRedAbove: 'CAC 回收期高于此值标红（月）',
  paybackGreenUpTo: 'CAC 回收期不超过此值标绿（月）',
  thresholdsNote: '健康颜色：修改这些阈值，颜色随之更新。',
  planVsActual: '计划与实际',
  planVsActualNote:
    '计划数字实时来自目标计算器工作表。阶段计划：当月必须进入的数量。进度：实际 ÷ 计划。',
  planVsActualDetail:
    '计划数字实时来自目标计算器工作表，按日历月份对应：各阶段的计划是当月必须进入的数量（比其带来的收入提前一个销售周期）；收入是计划当月成交的收入；计划未涵盖的月份留空。目标进度为有实际数字的月份的实际除以计划：100% 即按计划进行。',
  noGoalNote: '计划与实际：先插入目标计算器，再插入新的仪表板，即可逐月对比计划。',
  stage: '阶段',
  plan: '计划',
  actual: '实际',
  ofPlan: '完成率',
  periodTarget: '期间目标',
  actualToDate: '累计实际',
  planToDate: '累计计划',
  paceToTarget: '目标进度',
  stillNeeded: '尚需',
  chartCac: '每月 CAC',
  chartLtvCac: '每月 LTV:CAC',
  chartFunnel: '每月漏斗',
};

const zhTW: DashboardLabels = {
  sheetName: 'KPI 儀表板',
  title: 'KPI 儀表板',
  subtitle: '每月在黃色儲存格中填寫一列；右側每個 KPI 都是即時公式，當月有資料之前保持空白。',
  month: '月份',
  period: '期間合計',
  kpiSection: '每月 KPI（即時公式，與各表頭註解中的 FunnelMath 函數相同）',
  periodNote:
    '輸入：支出、數量和營收累加；MRR 和未結商機取最近一個月；期初客戶取第一個月。下方 KPI：每個期間數字只使用其所有輸入都已填寫數字的月份（下一列顯示月數）。',
  monthsCovered: '涵蓋月數',
  monthsCoveredNote:
    '每個期間數字使用的月數：所需輸入全部填寫了數字的月份。LTV、LTV:CAC 和回收期與 CAC、ARPA、流失率使用相同月份；管道速度與平均交易規模、成交率相同。',
  velocityNote:
    '銷售管道速度 = 月底未結商機數 × 平均交易規模 × 成交率 ÷ 銷售週期（天）：未結管道每天預計成交的營收。期間：使用涵蓋月份的平均未結管道，仍為每天的速度。',
  check: '檢查',
  checkNote:
    '不可能出現的數字會在此標出，該月不顯示健康顏色。數字中含文字時，使用它的期間數字不計入該月。',
  checkLostOverStart: '流失客戶數多於期初客戶數。',
  checkNegative: '有數字為負數。',
  checkOrganicOverVisitors: '自然流量訪客多於訪客。',
  checkClicksOverImpressions: '點擊次數多於曝光次數。',
  checkOpensOverDelivered: '郵件開啟數多於送達數。',
  checkText: '數字中含文字：使用該數字的 KPI 在期間數字中不計入該月。',
  checkPeriod: '個月含不可能的數字：期間不顯示健康顏色。',
  inputs: {
    marketingSpend: '行銷支出',
    salesSpend: '銷售支出',
    visitors: '訪客',
    organicVisitors: '自然流量訪客',
    impressions: '曝光次數',
    clicks: '點擊次數',
    emailsDelivered: '郵件送達數',
    emailOpens: '郵件開啟數',
    leads: '潛在客戶',
    mqls: 'MQL',
    sqls: 'SQL',
    opportunities: '商機',
    dealsWon: '成交數',
    newCustomers: '新客戶',
    revenue: '營收',
    mrr: 'MRR',
    customersAtStart: '期初客戶數',
    customersLost: '流失客戶數',
    openOpportunities: '月底未結商機',
  },
  kpis: {
    cpl: '每個潛在客戶成本',
    costPerMql: '每個 MQL 成本',
    costPerSql: '每個 SQL 成本',
    cac: '客戶獲取成本 (CAC)',
    visitorToLead: '訪客→潛在客戶',
    leadToMql: '潛在客戶→MQL',
    mqlToSql: 'MQL→SQL',
    sqlToOpportunity: 'SQL→商機',
    winRate: '成交率',
    ctr: '點擊率',
    openRate: '開啟率',
    organicShare: '自然流量占比',
    avgDealSize: '平均交易規模',
    arpa: '每客戶月均營收 (ARPA)',
    churn: '月流失率',
    lifetime: '客戶生命週期（月）',
    ltv: '客戶終身價值 (LTV)',
    ltvCac: 'LTV:CAC',
    cacPayback: 'CAC 回收期（月）',
    roi: '行銷 ROI',
    mer: '行銷效率比 (MER)',
    pipelineVelocity: '銷售管道速度（每天）',
    revenueGrowth: '營收成長率',
    mrrGrowth: 'MRR 成長率',
    leadGrowth: '潛在客戶成長率',
  },
  grossMargin: '毛利率',
  salesCycleDays: '銷售週期（天）',
  ltvCacRedBelow: 'LTV:CAC 低於此值標紅',
  ltvCacGreenFrom: 'LTV:CAC 達到此值標綠',
  paybackRedAbove: 'CAC 回收期高於此值標紅（月）',
  paybackGreenUpTo: 'CAC 回收期不超過此值標綠（月）',
  thresholdsNote: '健康顏色：修改這些門檻，顏色隨之更新。',
  planVsActual: '計畫與實際',
  planVsActualNote:
    '計畫數字即時來自目標計算器工作表。階段計畫：當月必須進入的數量。進度：實際 ÷ 計畫。',
  planVsActualDetail:
    '計畫數字即時來自目標計算器工作表，按日曆月份對應：各階段的計畫是當月必須進入的數量（比其帶來的營收提前一個銷售週期）；營收是計畫當月成交的營收；計畫未涵蓋的月份留空。目標進度為有實際數字的月份的實際除以計畫：100% 即按計畫進行。',
  noGoalNote: '計畫與實際：先插入目標計算器，再插入新的儀表板，即可逐月對比計畫。',
  stage: '階段',
  plan: '計畫',
  actual: '實際',
  ofPlan: '達成率',
  periodTarget: '期間目標',
  actualToDate: '累計實際',
  planToDate: '累計計畫',
  paceToTarget: '目標進度',
  stillNeeded: '尚需',
  chartCac: '每月 CAC',
  chartLtvCac: '每月 LTV:CAC',
  chartFunnel: '每月漏斗',
};

const byLanguage: Readonly<Record<Language, DashboardLabels>> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

export function dashboardLabels(language: Language): DashboardLabels {
  return byLanguage[language];
}
