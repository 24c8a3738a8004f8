import type { Language } from '../../funnel/types';

/**
 * Every word of the goal-calculator sheet's "Channels" block, per language (terms as in
 * goalCalculator.ts: 每条线索成本 / 每個潛在客戶成本 for cost per lead).
 */
export interface ChannelLabels {
  readonly section: string;
  readonly sectionNote: string;
  readonly channel: string;
  readonly channelNote: string;
  readonly share: string;
  readonly shareNote: string;
  readonly shareHelp: string;
  readonly costPerLead: string;
  readonly costPerLeadNote: string;
  readonly costPerLeadHelp: string;
  readonly ownConversion: string;
  readonly ownConversionNote: string;
  readonly conversionUsed: string;
  readonly conversionUsedNote: string;
  readonly leads: string;
  readonly leadsNote: string;
  /** Why the total can exceed the funnel's lead count: on the sheet, the two differ. */
  readonly leadsTotalNote: string;
  readonly budget: string;
  readonly budgetNote: string;
  readonly costPerCustomer: string;
  readonly costPerCustomerNote: string;
  readonly rank: string;
  readonly rankNote: string;
  readonly expectedCustomers: string;
  readonly expectedCustomersNote: string;
  readonly leadsBought: string;
  readonly leadsBoughtNote: string;
  readonly total: string;
  readonly effectiveRate: string;
  readonly effectiveRateNote: string;
  readonly averageCostPerLead: string;
  readonly averageCostPerLeadNote: string;
  /** Input-check entries: the inputs' name, then what they accept. */
  readonly namesCheck: string;
  readonly namesHelp: string;
  readonly sharesCheck: string;
  readonly sharesSumHelp: string;
  readonly ownConversionCheck: string;
  readonly costPerLeadCheck: string;
  /** What the leads-bought cells show while every channel's cost per lead is 0. */
  readonly needsChannelCost: string;
  /** Where the plan's own cost per lead is unused because channels price the leads. */
  readonly costPerLeadUnusedNote: string;
  readonly chartTitle: string;
  /** On the lead stage's rate in the funnel table: what it means with channels. */
  readonly leadStageRateNote: string;
  /** "What this budget buys" explained for a plan with channels. */
  readonly budgetSectionNote: string;
}

const en: ChannelLabels = {
  section: 'Channels: where the leads come from',
  sectionNote:
    "The lead stage is bought from these channels in their shares. Each channel converts at its own rate (blank: the lead stage's), so the funnel table divides the lead stage by the share-weighted rate below, and the marketing budget is the channels' total.",
  channel: 'Channel',
  channelNote: 'A lead source (paid search, webinars, partners...). Rename freely.',
  share: 'Share of leads',
  shareNote: "This channel's part of the lead stage's volume; the shares add up to 100%.",
  shareHelp: 'Enter a share above 0% and at most 100%; all shares add up to 100%.',
  costPerLead: 'Cost per lead',
  costPerLeadNote: 'What one lead from this channel costs.',
  costPerLeadHelp: 'Enter an amount of 0 or more.',
  ownConversion: 'Own conversion rate',
  ownConversionNote:
    "Optional: the share of this channel's leads that reach the next stage (lead quality). Blank: the lead stage's rate in the funnel table.",
  conversionUsed: 'Conversion used',
  conversionUsedNote: "The channel's own conversion rate, or the lead stage's when it has none.",
  leads: 'Leads needed',
  leadsNote: "The lead stage's count x share, rounded up to whole leads.",
  leadsTotalNote:
    "The channels' leads added up. Each channel's are rounded up, so the total can be up to one lead per channel above the lead stage's count in the funnel table; the budget pays for the total.",
  budget: 'Budget',
  budgetNote: 'Leads needed x cost per lead.',
  costPerCustomer: 'Cost per customer',
  costPerCustomerNote:
    'Cost per lead / (conversion used x every conversion rate below the next stage), to the cent: what one customer from this channel costs.',
  rank: 'Rank (1 = cheapest)',
  rankNote: 'By cost per customer, cheapest first; equal costs keep the order of the rows.',
  expectedCustomers: 'Expected customers',
  expectedCustomersNote:
    "Leads needed x conversion used x the rates below: the customers these leads become on average. An expectation, not whole people: the channels' figures need not add up to the customers needed.",
  leadsBought: 'Leads this budget buys',
  leadsBoughtNote:
    'Marketing budget available x share / the average cost per lead, rounded down: the budget buys leads in these shares and never spends more than it has ("What this budget buys" adds them up).',
  total: 'Total',
  effectiveRate: "Lead stage's conversion rate (share-weighted)",
  effectiveRateNote:
    'The sum of share x conversion used: the rate the funnel table, the sensitivity table and the months divide the lead stage by.',
  averageCostPerLead: 'Cost per lead (share-weighted)',
  averageCostPerLeadNote:
    'The sum of share x cost per lead: what one lead of this mix costs. The sensitivity table values the leads saved at it; a budget buys leads at it.',
  namesCheck: 'Channel names',
  namesHelp: 'give every channel a name of its own (not empty, not repeated).',
  sharesCheck: 'Channel shares',
  sharesSumHelp: 'each above 0% and at most 100%, adding up to 100%.',
  ownConversionCheck: 'Channel conversion rates',
  costPerLeadCheck: 'Channel costs per lead',
  needsChannelCost: 'give a channel a cost per lead above 0',
  costPerLeadUnusedNote:
    'Not used while the plan has channels: each channel has its own cost per lead (see "Channels").',
  chartTitle: 'Budget and customers by channel',
  leadStageRateNote:
    'With channels, the rate of a channel without its own. This stage converts at the share-weighted rate under "Channels", which the count beside it uses.',
  budgetSectionNote:
    'Forward from the lead stage: the budget buys leads in the channels\' shares at their average cost per lead (see "Channels": leads this budget buys), the next stage = each channel\'s leads x its conversion used, then each stage = the stage above x its conversion rate, rounded down at every stage (nobody converts part of a customer, and a forecast must not promise one).',
};

const zhCN: ChannelLabels = {
  section: '渠道：线索从哪里来',
  sectionNote:
    '线索阶段按各渠道的占比采购。每个渠道按自己的转化率转化（留空则用线索阶段的转化率），因此漏斗表用下方的加权转化率计算线索阶段，营销预算为各渠道预算之和。',
  channel: '渠道',
  channelNote: '线索来源（付费搜索、网络研讨会、合作伙伴……），可随意改名。',
  share: '线索占比',
  shareNote: '该渠道占线索阶段数量的比例；各渠道占比之和为 100%。',
  shareHelp: '请输入大于 0% 且不超过 100% 的占比；所有占比之和为 100%。',
  costPerLead: '每条线索成本',
  costPerLeadNote: '来自该渠道的一条线索的成本。',
  costPerLeadHelp: '请输入 0 或更大的金额。',
  ownConversion: '渠道自有转化率',
  ownConversionNote:
    '可选：该渠道线索进入下一阶段的比例（线索质量）。留空则使用漏斗表中线索阶段的转化率。',
  conversionUsed: '采用的转化率',
  conversionUsedNote: '渠道自有转化率；未填写时为线索阶段的转化率。',
  leads: '所需线索',
  leadsNote: '线索阶段数量 x 占比，向上取整为整条线索。',
  leadsTotalNote:
    '各渠道线索之和。每个渠道各自向上取整，因此合计最多比漏斗表中线索阶段的数量多出每渠道一条；预算按合计计算。',
  budget: '预算',
  budgetNote: '所需线索 x 每条线索成本。',
  costPerCustomer: '每位客户成本',
  costPerCustomerNote:
    '每条线索成本 / （采用的转化率 x 下一阶段以下的各转化率），精确到分：来自该渠道的一位客户的成本。',
  rank: '排名（1 = 最便宜）',
  rankNote: '按每位客户成本排序，最便宜的在前；成本相同时按行的顺序。',
  expectedCustomers: '预期客户数',
  expectedCustomersNote:
    '所需线索 x 采用的转化率 x 以下各转化率：这些线索平均能带来的客户数。这是期望值，不是整数人数：各渠道之和不必等于所需客户数。',
  leadsBought: '这笔预算能买到的线索',
  leadsBoughtNote:
    '可用营销预算 x 占比 / 平均每条线索成本，向下取整：预算按这些占比采购线索，花费不会超过预算（“这笔预算能带来什么”汇总这些线索）。',
  total: '合计',
  effectiveRate: '线索阶段转化率（按占比加权）',
  effectiveRateNote:
    '占比 x 采用的转化率之和：漏斗表、敏感性表和月度计划计算线索阶段时使用的转化率。',
  averageCostPerLead: '平均每条线索成本（按占比加权）',
  averageCostPerLeadNote:
    '占比 x 每条线索成本之和：这一渠道组合中一条线索的成本。敏感性表按它计算节省的线索预算；预算也按它采购线索。',
  namesCheck: '渠道名称',
  namesHelp: '每个渠道需有自己的名称（不能为空，不能重复）。',
  sharesCheck: '渠道占比',
  sharesSumHelp: '每个大于 0% 且不超过 100%，合计为 100%。',
  ownConversionCheck: '渠道转化率',
  costPerLeadCheck: '渠道每条线索成本',
  needsChannelCost: '请为至少一个渠道填写大于 0 的每条线索成本',
  costPerLeadUnusedNote: '计划含渠道时不使用：每个渠道有自己的每条线索成本（见“渠道”）。',
  chartTitle: '各渠道的预算与客户',
  leadStageRateNote:
    '含渠道时，这是未填写自有转化率的渠道所用的转化率。本阶段按“渠道”下按占比加权的转化率转化，旁边的数量即按它计算。',
  budgetSectionNote:
    '从线索阶段正向推算：预算按各渠道占比、以平均每条线索成本采购线索（见“渠道”：这笔预算能买到的线索），下一阶段 = 各渠道线索 x 其采用的转化率之和，之后每个阶段 = 上一阶段 x 其转化率，每个阶段向下取整（客户不能只转化一部分，预测也不应多承诺）。',
};

const zhTW: ChannelLabels = {
  section: '通路：潛在客戶從哪裡來',
  sectionNote:
    '潛在客戶階段依各通路的占比採購。每個通路依自己的轉換率轉換（留空則用潛在客戶階段的轉換率），因此漏斗表用下方的加權轉換率計算潛在客戶階段，行銷預算為各通路預算之和。',
  channel: '通路',
  channelNote: '潛在客戶來源（付費搜尋、網路研討會、合作夥伴……），可隨意改名。',
  share: '潛在客戶占比',
  shareNote: '該通路占潛在客戶階段數量的比例；各通路占比之和為 100%。',
  shareHelp: '請輸入大於 0% 且不超過 100% 的占比；所有占比之和為 100%。',
  costPerLead: '每個潛在客戶成本',
  costPerLeadNote: '來自該通路的一個潛在客戶的成本。',
  costPerLeadHelp: '請輸入 0 或更大的金額。',
  ownConversion: '通路自有轉換率',
  ownConversionNote:
    '選填：該通路潛在客戶進入下一階段的比例（潛在客戶品質）。留空則使用漏斗表中潛在客戶階段的轉換率。',
  conversionUsed: '採用的轉換率',
  conversionUsedNote: '通路自有轉換率；未填寫時為潛在客戶階段的轉換率。',
  leads: '所需潛在客戶',
  leadsNote: '潛在客戶階段數量 x 占比，無條件進位為整數。',
  leadsTotalNote:
    '各管道潛在客戶之和。每個管道各自無條件進位，因此合計最多比漏斗表中潛在客戶階段的數量多出每管道一筆；預算按合計計算。',
  budget: '預算',
  budgetNote: '所需潛在客戶 x 每個潛在客戶成本。',
  costPerCustomer: '每位客戶成本',
  costPerCustomerNote:
    '每個潛在客戶成本 / （採用的轉換率 x 下一階段以下的各轉換率），精確到分：來自該通路的一位客戶的成本。',
  rank: '排名（1 = 最便宜）',
  rankNote: '依每位客戶成本排序，最便宜的在前；成本相同時依列的順序。',
  expectedCustomers: '預期客戶數',
  expectedCustomersNote:
    '所需潛在客戶 x 採用的轉換率 x 以下各轉換率：這些潛在客戶平均能帶來的客戶數。這是期望值，不是整數人數：各通路之和不必等於所需客戶數。',
  leadsBought: '這筆預算能買到的潛在客戶',
  leadsBoughtNote:
    '可用行銷預算 x 占比 / 平均每個潛在客戶成本，無條件捨去：預算依這些占比採購潛在客戶，花費不會超過預算（「這筆預算能帶來什麼」加總這些潛在客戶）。',
  total: '合計',
  effectiveRate: '潛在客戶轉換率（依占比加權）',
  effectiveRateNote:
    '占比 x 採用的轉換率之和：漏斗表、敏感度表和月度計畫計算潛在客戶階段時使用的轉換率。',
  averageCostPerLead: '每個潛在客戶成本（依占比加權）',
  averageCostPerLeadNote:
    '占比 x 每個潛在客戶成本之和：這一通路組合中一個潛在客戶的成本。敏感度表依它計算節省的預算；預算也依它採購潛在客戶。',
  namesCheck: '通路名稱',
  namesHelp: '每個通路需有自己的名稱（不可空白，不可重複）。',
  sharesCheck: '通路占比',
  sharesSumHelp: '每個大於 0% 且不超過 100%，合計為 100%。',
  ownConversionCheck: '通路轉換率',
  costPerLeadCheck: '通路每個潛在客戶成本',
  needsChannelCost: '請為至少一個通路填寫大於 0 的每個潛在客戶成本',
  costPerLeadUnusedNote: '計畫含通路時不使用：每個通路有自己的每個潛在客戶成本（見「通路」）。',
  chartTitle: '各通路的預算與客戶',
  leadStageRateNote:
    '含通路時，這是未填寫自有轉換率的通路所用的轉換率。本階段依「通路」下依占比加權的轉換率轉換，旁邊的數量即依它計算。',
  budgetSectionNote:
    '從潛在客戶階段正向推算：預算依各通路占比、以平均每個潛在客戶成本採購潛在客戶（見「通路」：這筆預算能買到的潛在客戶），下一階段 = 各通路潛在客戶 x 其採用的轉換率之和，之後每個階段 = 上一階段 x 其轉換率，每個階段無條件捨去（客戶不能只轉換一部分，預測也不應多承諾）。',
};

export const channelLabels: Readonly<Record<Language, ChannelLabels>> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};
