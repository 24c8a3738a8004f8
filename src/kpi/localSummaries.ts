/**
 * One-line summaries of every catalog function in Simplified (zh-CN) and Traditional
 * (zh-TW) Chinese, for the sidebar's function reference. Kept out of the catalog on
 * purpose: only the sidebar needs them, and every byte of the server bundle is loaded on
 * each custom-function call. The wording follows the sidebar's terms (sidebar/i18n), and a
 * test checks that every catalog function has both and no other name does.
 */
export type SummaryLanguage = 'zh-CN' | 'zh-TW';

export const localSummaries: Readonly<Record<string, Readonly<Record<SummaryLanguage, string>>>> = {
  CAC: {
    'zh-CN': '客户获取成本：销售和营销总成本除以同期新增客户数。',
    'zh-TW': '客戶獲取成本：銷售與行銷總成本除以同期新增客戶數。',
  },
  CPL: {
    'zh-CN': '每条线索成本：营销花费除以获得的线索数。',
    'zh-TW': '每個潛在客戶成本：行銷花費除以取得的潛在客戶數。',
  },
  COST_PER_MQL: {
    'zh-CN': '每个营销合格线索（MQL）的成本。',
    'zh-TW': '每個行銷合格潛在客戶（MQL）的成本。',
  },
  COST_PER_SQL: {
    'zh-CN': '每个销售合格线索或商机（SQL / SQO）的成本。',
    'zh-TW': '每個銷售合格潛在客戶或商機（SQL / SQO）的成本。',
  },
  COST_PER_SALE: {
    'zh-CN': '每笔销售成本：每条线索成本乘以成交一笔所需的线索数。',
    'zh-TW': '每筆銷售成本：每個潛在客戶成本乘以成交一筆所需的潛在客戶數。',
  },
  CAC_PAYBACK: {
    'zh-CN': '客户获取成本回收期：用毛利收回获客成本所需的月数。',
    'zh-TW': '客戶獲取成本回收期：以毛利收回獲客成本所需的月數。',
  },
  CONVERSION_RATE: {
    'zh-CN': '转化率：进入下一阶段的人数占总数的比例（设为百分比格式）。',
    'zh-TW': '轉換率：進入下一階段的人數占總數的比例（設為百分比格式）。',
  },
  CTR: {
    'zh-CN': '点击率：点击次数除以展示次数（设为百分比格式）。',
    'zh-TW': '點擊率：點擊次數除以曝光次數（設為百分比格式）。',
  },
  BOUNCE_RATE: {
    'zh-CN': '跳出率：只浏览一个页面的会话占全部会话的比例。',
    'zh-TW': '跳出率：只瀏覽一個頁面的工作階段占全部工作階段的比例。',
  },
  WIN_RATE: {
    'zh-CN': '赢单率：成交商机占已结束商机的比例。',
    'zh-TW': '贏單率：成交商機占已結束商機的比例。',
  },
  ORGANIC_SHARE: {
    'zh-CN': '自然流量占比：来自自然搜索的访问占全部访问的比例。',
    'zh-TW': '自然流量占比：來自自然搜尋的造訪占全部造訪的比例。',
  },
  ENGAGEMENT_RATE: {
    'zh-CN': '参与率：互动次数除以受众人数（设为百分比格式）。',
    'zh-TW': '參與率：互動次數除以受眾人數（設為百分比格式）。',
  },
  OPEN_RATE: {
    'zh-CN': '邮件打开率：打开数除以送达数。',
    'zh-TW': '開信率：開信數除以送達數。',
  },
  ARPA: {
    'zh-CN': '每账户平均收入：期内收入除以付费账户（客户）数。',
    'zh-TW': '每帳戶平均收入：期間收入除以付費帳戶（客戶）數。',
  },
  AVG_DEAL_SIZE: {
    'zh-CN': '平均交易规模：成交收入除以成交笔数。',
    'zh-TW': '平均交易規模：成交收入除以成交筆數。',
  },
  LEAD_VALUE: {
    'zh-CN': '每条线索价值：线索带来的销售额除以线索数。',
    'zh-TW': '每個潛在客戶價值：潛在客戶帶來的銷售額除以潛在客戶數。',
  },
  LTV: {
    'zh-CN': '客户终身价值：每期收入 × 留存期数 × 毛利率。',
    'zh-TW': '客戶終身價值：每期收入 × 留存期數 × 毛利率。',
  },
  CUSTOMER_LIFETIME: {
    'zh-CN': '客户生命周期：1 除以流失率，单位为期数。',
    'zh-TW': '客戶生命週期：1 除以流失率，單位為期數。',
  },
  LTV_CAC: {
    'zh-CN': '客户终身价值与获取成本之比（3 表示 3:1）。',
    'zh-TW': '客戶終身價值與獲取成本之比（3 表示 3:1）。',
  },
  ROI: {
    'zh-CN': '营销投资回报率：（收入 - 成本）/ 成本；负数表示亏损。',
    'zh-TW': '行銷投資報酬率：（收入 - 成本）/ 成本；負數表示虧損。',
  },
  MER: {
    'zh-CN': '营销效率比（或广告支出回报 ROAS）：收入除以花费。',
    'zh-TW': '行銷效率比（或廣告投資報酬 ROAS）：收入除以花費。',
  },
  GROWTH_RATE: {
    'zh-CN': '增长率：本期相对上期的变化；负数表示下降。',
    'zh-TW': '成長率：本期相對上期的變化；負數表示下降。',
  },
  LIST_GROWTH_RATE: {
    'zh-CN': '邮件列表增长率：（新订阅 - 退订）/ 列表规模。',
    'zh-TW': '電子郵件名單成長率：（新訂閱 - 退訂）/ 名單規模。',
  },
  CHURN_RATE: {
    'zh-CN': '流失率：期内流失客户数除以期初客户数。',
    'zh-TW': '流失率：期間流失客戶數除以期初客戶數。',
  },
  ARR: {
    'zh-CN': '年度经常性收入：月度经常性收入（MRR）× 12。',
    'zh-TW': '年度經常性收入：月度經常性收入（MRR）× 12。',
  },
  PIPELINE_VELOCITY: {
    'zh-CN': '销售管道速度：销售管道每天带来的收入。',
    'zh-TW': '銷售管道速度：銷售管道每天帶來的收入。',
  },
  RESPONSE_TIME: {
    'zh-CN': '平均线索响应时间（分钟），只计已响应的线索。',
    'zh-TW': '平均潛在客戶回應時間（分鐘），只計已回應的潛在客戶。',
  },
  RESPONDED_WITHIN: {
    'zh-CN': '在指定分钟内得到响应的线索占比；未响应的算作超时。',
    'zh-TW': '在指定分鐘內獲得回應的潛在客戶占比；未回應的算作逾時。',
  },
  SALES_CYCLE: {
    'zh-CN': '销售周期：从创建到成交的日历天数的中位数，只计两个日期都有的行。',
    'zh-TW': '銷售週期：從建立到成交的日曆天數的中位數，只計兩個日期都有的列。',
  },
  STAGE_CONVERSION: {
    'zh-CN': '同期群转化率：在起止日期之间进入前一阶段的记录中，进入下一阶段的占比。',
    'zh-TW': '同期群轉換率：在起訖日期之間進入前一階段的記錄中，進入下一階段的占比。',
  },
  REVERSE_FUNNEL: {
    'zh-CN': '反向漏斗：从收入目标倒推每个漏斗阶段需要多少人。',
    'zh-TW': '反向漏斗：從收入目標倒推每個漏斗階段需要多少人。',
  },
};
