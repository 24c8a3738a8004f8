/**
 * "Start from my actuals": opened, the panel asks the server whether the spreadsheet has a
 * KPI dashboard; when it has, two month fields (preset to its last six months with leads)
 * and a button ask for a plan calibrated from those months, which fills the form (nothing
 * is written to the spreadsheet). The panel's state lives with the app, so it survives the
 * form being re-rendered by the fill.
 */
import type { Language, Plan } from '../../src/funnel/types';
import type { ActualsPlanResult, ActualsSource } from '../../src/gas/actualsPlan';
import type { Server } from '../bridge';
import { el } from '../dom';
import {
  type MonthRange,
  type RangeProblem,
  rangeProblem,
  recentRange,
} from '../form/actualsRange';

type ActualsStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'invalid'; readonly problem: RangeProblem }
  | { readonly kind: 'failed'; readonly reason: string }
  | (ActualsPlanResult & { readonly range: MonthRange });

type SourceStatus =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'looking' }
  | { readonly kind: 'unavailable'; readonly reason: string }
  | ActualsSource;

export interface ActualsPanelState {
  range: MonthRange;
  /** The person typed a month: the dashboard's months no longer replace it. */
  rangeEdited: boolean;
  status: ActualsStatus;
  source: SourceStatus;
  open: boolean;
}

export function actualsPanelState(range: MonthRange): ActualsPanelState {
  return {
    range,
    rangeEdited: false,
    status: { kind: 'idle' },
    source: { kind: 'unknown' },
    open: false,
  };
}

interface ActualsWords {
  readonly heading: string;
  readonly explain: string;
  readonly looking: string;
  readonly source: (sheet: string) => string;
  readonly from: string;
  readonly to: string;
  readonly fill: string;
  readonly loading: string;
  readonly invalid: Readonly<Record<RangeProblem, string>>;
  readonly filled: (sheet: string, from: string, to: string) => string;
  readonly noDashboard: string;
  readonly problems: (sheet: string, from: string, to: string) => string;
  readonly failed: (reason: string) => string;
}

const words: Readonly<Record<Language, ActualsWords>> = {
  en: {
    heading: 'Start from my actuals',
    explain:
      'Fill the form with the rates of chosen months on your KPI dashboard: each rate is the next stage’s count over this stage’s, summed over the months (the dashboard’s Period figures), with its average deal size, cost per lead and sales cycle.',
    looking: 'Looking for a KPI dashboard…',
    source: (sheet) => `From the monthly inputs of “${sheet}”.`,
    from: 'From month',
    to: 'To month',
    fill: 'Fill the form from these months',
    loading: 'Reading the dashboard…',
    invalid: {
      from: 'Enter the first month (YYYY-MM).',
      to: 'Enter the last month (YYYY-MM).',
      order: 'The first month is after the last: swap them.',
    },
    filled: (sheet, from, to) =>
      `Filled from “${sheet}”, ${from} to ${to}. Check the figures, then build the sheet.`,
    noDashboard:
      'This spreadsheet has no KPI dashboard yet: insert one from the FunnelMath menu and fill its monthly inputs first.',
    problems: (sheet, from, to) =>
      `“${sheet}” gives no plan for ${from} to ${to}; the form is unchanged:`,
    failed: (reason) => `The dashboard could not be read: ${reason}`,
  },
  'zh-CN': {
    heading: '从我的实际数据开始',
    explain:
      '用 KPI 仪表板上所选月份的转化率填写表单：每个转化率是这些月份中下一阶段的数量总和除以本阶段的数量总和（即仪表板的“期间”数字），并带上平均交易规模、每条线索成本和销售周期。',
    looking: '正在查找 KPI 仪表板…',
    source: (sheet) => `来自“${sheet}”的每月数据。`,
    from: '起始月份',
    to: '结束月份',
    fill: '用这些月份填写表单',
    loading: '正在读取仪表板…',
    invalid: {
      from: '请输入起始月份（YYYY-MM）。',
      to: '请输入结束月份（YYYY-MM）。',
      order: '起始月份晚于结束月份：请对调。',
    },
    filled: (sheet, from, to) =>
      `已根据“${sheet}”的 ${from} 至 ${to} 填写。请核对数字，然后生成工作表。`,
    noDashboard: '此电子表格还没有 KPI 仪表板：请先从 FunnelMath 菜单插入一个并填写每月数据。',
    problems: (sheet, from, to) => `“${sheet}”的 ${from} 至 ${to} 无法得出计划，表单未更改：`,
    failed: (reason) => `无法读取仪表板：${reason}`,
  },
  'zh-TW': {
    heading: '從我的實際數據開始',
    explain:
      '用 KPI 儀表板上所選月份的轉換率填寫表單：每個轉換率是這些月份中下一階段的數量總和除以本階段的數量總和（即儀表板的「期間」數字），並帶上平均交易規模、每個潛在客戶成本和銷售週期。',
    looking: '正在尋找 KPI 儀表板…',
    source: (sheet) => `來自「${sheet}」的每月數據。`,
    from: '起始月份',
    to: '結束月份',
    fill: '用這些月份填寫表單',
    loading: '正在讀取儀表板…',
    invalid: {
      from: '請輸入起始月份（YYYY-MM）。',
      to: '請輸入結束月份（YYYY-MM）。',
      order: '起始月份晚於結束月份：請對調。',
    },
    filled: (sheet, from, to) =>
      `已根據「${sheet}」的 ${from} 至 ${to} 填寫。請核對數字，然後產生工作表。`,
    noDashboard: '此試算表還沒有 KPI 儀表板：請先從 FunnelMath 選單插入一個並填寫每月數據。',
    problems: (sheet, from, to) => `「${sheet}」的 ${from} 至 ${to} 無法得出計畫，表單未變更：`,
    failed: (reason) => `無法讀取儀表板：${reason}`,
  },
};

function statusContent(status: ActualsStatus, text: ActualsWords): (Node | string)[] {
  switch (status.kind) {
    case 'idle':
      return [];
    case 'loading':
      return [text.loading];
    case 'invalid':
      return [text.invalid[status.problem]];
    case 'failed':
      return [text.failed(status.reason)];
    case 'no-dashboard':
      return [text.noDashboard];
    case 'problems':
      return [
        text.problems(status.sheetName, status.range.from, status.range.to),
        el(
          'ul',
          { class: 'sheet-problems' },
          status.problems.map((problem) => el('li', {}, [problem])),
        ),
      ];
    case 'plan':
      return [
        text.filled(status.sheetName, status.range.from, status.range.to),
        ...status.notes.map((note) => el('span', { class: 'hint' }, [` ${note}`])),
      ];
  }
}

export function actualsPanel(
  state: ActualsPanelState,
  language: Language,
  server: Pick<Server, 'getActualsSource' | 'startPlanFromActuals'>,
  fill: (plan: Plan) => void,
): HTMLElement {
  const text = words[language];
  const body = el('div', { id: 'actuals-body' });
  const status = el('p', {
    id: 'actuals-status',
    class: 'note',
    role: 'status',
    'aria-live': 'polite',
  });
  const show = () => {
    const warn = ['invalid', 'failed', 'no-dashboard', 'problems'].includes(state.status.kind);
    status.className = warn ? 'note warn' : 'note';
    status.replaceChildren(...statusContent(state.status, text));
    status.hidden = state.status.kind === 'idle';
  };
  const monthField = (key: keyof MonthRange, label: string) => {
    const input = el('input', {
      id: `actuals-${key}`,
      type: 'month',
      value: state.range[key],
      placeholder: 'YYYY-MM',
      'data-focus': `actuals-${key}`,
    });
    input.addEventListener('input', () => {
      state.range = { ...state.range, [key]: input.value };
      state.rangeEdited = true;
    });
    return el('div', { class: 'field' }, [el('label', { for: input.id }, [label]), input]);
  };
  const fillButton = () => {
    const button = el(
      'button',
      { type: 'button', id: 'actuals-fill', 'data-focus': 'actuals-fill' },
      [text.fill],
    );
    button.addEventListener('click', async () => {
      if (state.status.kind === 'loading') return;
      const range = state.range;
      const problem = rangeProblem(range);
      if (problem) {
        state.status = { kind: 'invalid', problem };
        show();
        return;
      }
      state.status = { kind: 'loading' };
      show();
      try {
        const result = await server.startPlanFromActuals({ ...range, language });
        state.status = { ...result, range };
        if (result.kind === 'plan') fill(result.plan);
        else show();
      } catch (error) {
        state.status = {
          kind: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        };
        show();
      }
    });
    return button;
  };
  const showBody = () => {
    const source = state.source;
    switch (source.kind) {
      case 'unknown':
      case 'looking':
        body.replaceChildren(el('p', { class: 'hint' }, [text.looking]));
        return;
      case 'unavailable':
        body.replaceChildren(el('p', { class: 'note warn' }, [text.failed(source.reason)]));
        return;
      case 'no-dashboard':
        body.replaceChildren(
          el('p', { class: 'note warn', id: 'actuals-none' }, [text.noDashboard]),
        );
        return;
      case 'dashboard':
        show();
        body.replaceChildren(
          el('p', { class: 'hint' }, [text.source(source.sheetName)]),
          monthField('from', text.from),
          monthField('to', text.to),
          fillButton(),
          status,
        );
    }
  };
  /** Asked each time the panel opens: a dashboard may have been inserted meanwhile. */
  const look = async () => {
    state.source = { kind: 'looking' };
    showBody();
    try {
      const source = await server.getActualsSource();
      state.source = source;
      if (source.kind === 'dashboard' && !state.rangeEdited) {
        state.range = recentRange(source.monthsWithLeads) ?? state.range;
      }
    } catch (error) {
      state.source = {
        kind: 'unavailable',
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    showBody();
  };
  showBody();
  const details = el('details', { class: 'actuals', open: state.open }, [
    el('summary', { id: 'actuals-heading' }, [text.heading]),
    el('p', { class: 'hint' }, [text.explain]),
    body,
  ]);
  details.addEventListener('toggle', () => {
    // A panel re-rendered open (after a fill) fires toggle too: only an opening looks again.
    const opened = details.open && !state.open;
    state.open = details.open;
    if (opened) void look();
  });
  return details;
}
