/**
 * "Dashboard from an export": finds the sheets holding a CRM or analytics export, shows how
 * their columns map to the funnel (recognised, or chosen here for any other export), and
 * wires a new or existing KPI dashboard's monthly inputs to the chosen one. The panel keeps
 * its state per sidebar, since the form re-renders as the user edits the plan.
 */
import type { Language } from '../../src/funnel/types';
import type { ConnectResult, ExportSheetInfo, ExportSheetsList } from '../../src/gas/exportSheets';
import type { Server } from '../bridge';
import { el, replaceChildren } from '../dom';
import {
  type ColumnRole,
  draftOf,
  type ExportKindChoice,
  type MappingDraft,
  mappingToSend,
  rolesOfKind,
} from '../form/exportMapping';

interface ExportWords {
  readonly heading: string;
  readonly explain: string;
  readonly find: string;
  readonly finding: string;
  readonly none: string;
  readonly sheet: string;
  readonly recognised: (source: string) => string;
  readonly mapYourself: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<ExportKindChoice, string>>;
  readonly roles: Readonly<Record<ColumnRole, string>>;
  readonly wonValue: string;
  readonly noColumn: string;
  readonly dashboard: string;
  readonly newDashboard: string;
  readonly connect: string;
  readonly connecting: string;
  readonly connected: (result: ConnectResult) => string;
  readonly failed: (message: string) => string;
}

const sources: Readonly<Record<string, string>> = {
  'hubspot-contacts': 'HubSpot contacts',
  'hubspot-deals': 'HubSpot deals',
  'salesforce-opportunities': 'Salesforce opportunities',
  'ga4-traffic': 'GA4 traffic acquisition',
};

const words: Readonly<Record<Language, ExportWords>> = {
  en: {
    heading: 'Dashboard from an export',
    explain:
      'Import or paste a CRM or GA4 export into a sheet (header in row 1). The dashboard’s monthly inputs then count its rows with live formulas; spend stays typed.',
    find: 'Find exports in this spreadsheet',
    finding: 'Looking at the sheets’ header rows…',
    none: 'No sheet with an export’s header row was found.',
    sheet: 'Export sheet',
    recognised: (source) => `Recognised: ${source}. Check the columns, then connect.`,
    mapYourself: 'Not a known export: choose which column holds what.',
    kind: 'This export lists',
    kinds: { contacts: 'Contacts (stage dates)', deals: 'Deals', traffic: 'Website traffic' },
    roles: {
      lead: 'Became a lead',
      mql: 'Became an MQL',
      sql: 'Became an SQL',
      opportunity: 'Became an opportunity',
      customer: 'Became a customer',
      created: 'Created',
      closed: 'Closed',
      amount: 'Amount',
      wonColumn: 'Won (column)',
      date: 'Date',
      channel: 'Channel group',
      visitors: 'Sessions or users',
    },
    wonValue: 'Value that means won',
    noColumn: '(none)',
    dashboard: 'Dashboard',
    newDashboard: 'A new KPI dashboard',
    connect: 'Connect',
    connecting: 'Connecting…',
    connected: (result) =>
      `“${result.dashboard}” now counts ${result.linked.length} inputs from “${result.exportSheet}”${
        result.replacedFigures > 0 ? ` (${result.replacedFigures} typed figures replaced)` : ''
      }.`,
    failed: (message) => `Nothing was connected: ${message}`,
  },
  'zh-CN': {
    heading: '用导出数据驱动仪表板',
    explain:
      '将 CRM 或 GA4 导出导入或粘贴到工作表中（第 1 行为表头）。仪表板的月度输入随后以实时公式统计其行；费用仍需手动输入。',
    find: '查找此电子表格中的导出',
    finding: '正在查看各工作表的表头行…',
    none: '未找到带有导出表头行的工作表。',
    sheet: '导出工作表',
    recognised: (source) => `已识别：${source}。请检查各列，然后连接。`,
    mapYourself: '不是已知的导出：请选择各列的含义。',
    kind: '此导出列出的是',
    kinds: { contacts: '联系人（阶段日期）', deals: '交易', traffic: '网站流量' },
    roles: {
      lead: '成为潜在客户',
      mql: '成为 MQL',
      sql: '成为 SQL',
      opportunity: '成为商机',
      customer: '成为客户',
      created: '创建日期',
      closed: '关闭日期',
      amount: '金额',
      wonColumn: '赢单（列）',
      date: '日期',
      channel: '渠道组',
      visitors: '会话数或用户数',
    },
    wonValue: '表示赢单的值',
    noColumn: '（无）',
    dashboard: '仪表板',
    newDashboard: '新的 KPI 仪表板',
    connect: '连接',
    connecting: '正在连接…',
    connected: (result) =>
      `“${result.dashboard}”现在从“${result.exportSheet}”统计 ${result.linked.length} 项输入${
        result.replacedFigures > 0 ? `（替换了 ${result.replacedFigures} 个手动输入的数字）` : ''
      }。`,
    failed: (message) => `未连接任何内容：${message}`,
  },
  'zh-TW': {
    heading: '以匯出資料驅動儀表板',
    explain:
      '將 CRM 或 GA4 匯出檔匯入或貼到工作表中（第 1 列為標題）。儀表板的每月輸入隨後以即時公式統計其列；費用仍需手動輸入。',
    find: '尋找此試算表中的匯出資料',
    finding: '正在查看各工作表的標題列…',
    none: '找不到含有匯出標題列的工作表。',
    sheet: '匯出工作表',
    recognised: (source) => `已辨識：${source}。請檢查各欄，然後連結。`,
    mapYourself: '不是已知的匯出格式：請選擇各欄的意義。',
    kind: '此匯出列出的是',
    kinds: { contacts: '聯絡人（階段日期）', deals: '交易', traffic: '網站流量' },
    roles: {
      lead: '成為潛在客戶',
      mql: '成為 MQL',
      sql: '成為 SQL',
      opportunity: '成為商機',
      customer: '成為客戶',
      created: '建立日期',
      closed: '結案日期',
      amount: '金額',
      wonColumn: '贏單（欄）',
      date: '日期',
      channel: '管道群組',
      visitors: '工作階段數或使用者數',
    },
    wonValue: '代表贏單的值',
    noColumn: '（無）',
    dashboard: '儀表板',
    newDashboard: '新的 KPI 儀表板',
    connect: '連結',
    connecting: '正在連結…',
    connected: (result) =>
      `「${result.dashboard}」現在從「${result.exportSheet}」統計 ${result.linked.length} 項輸入${
        result.replacedFigures > 0 ? `（取代了 ${result.replacedFigures} 個手動輸入的數字）` : ''
      }。`,
    failed: (message) => `未連結任何內容：${message}`,
  },
};

type ExportServer = Pick<
  Server,
  'listExportSheets' | 'connectDashboardToExport' | 'insertKpiDashboard'
>;

interface PanelState {
  list: ExportSheetsList | null;
  chosen: number;
  draft: MappingDraft | null;
  dashboard: string;
  status: { kind: 'idle' | 'busy' | 'done' | 'failed'; text: string };
}

const NEW_DASHBOARD = '';
const states = new WeakMap<ExportServer, PanelState>();

function stateOf(server: ExportServer): PanelState {
  let state = states.get(server);
  if (!state) {
    state = {
      list: null,
      chosen: 0,
      draft: null,
      dashboard: NEW_DASHBOARD,
      status: { kind: 'idle', text: '' },
    };
    states.set(server, state);
  }
  return state;
}

function select(
  id: string,
  options: readonly { value: string; label: string }[],
  value: string,
  onChange: (value: string) => void,
): HTMLSelectElement {
  const element = el(
    'select',
    { id },
    options.map((option) =>
      el('option', { value: option.value, selected: option.value === value }, [option.label]),
    ),
  );
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

export function exportSection(server: ExportServer, language: Language): HTMLElement {
  const text = words[language];
  const state = stateOf(server);
  const section = el('section', { class: 'export-panel', 'aria-labelledby': 'export-heading' });
  const redraw = () => replaceChildren(section, content());

  const find = async () => {
    state.status = { kind: 'busy', text: text.finding };
    redraw();
    try {
      state.list = await server.listExportSheets();
      state.chosen = 0;
      const first = state.list.exports[0];
      state.draft = first ? draftOf(first) : null;
      state.dashboard = state.list.dashboards[0] ?? NEW_DASHBOARD;
      state.status = { kind: 'idle', text: state.list.exports.length === 0 ? text.none : '' };
    } catch (error) {
      state.status = { kind: 'failed', text: text.failed((error as Error).message) };
    }
    redraw();
  };

  const connect = async (info: ExportSheetInfo, draft: MappingDraft) => {
    state.status = { kind: 'busy', text: text.connecting };
    redraw();
    try {
      const dashboardSheet =
        state.dashboard === NEW_DASHBOARD ? await server.insertKpiDashboard() : state.dashboard;
      const mapping = mappingToSend(info, draft);
      const result = await server.connectDashboardToExport({
        exportSheet: info.name,
        dashboardSheet,
        ...(mapping === undefined ? {} : { mapping }),
      });
      state.dashboard = result.dashboard;
      if (state.list && !state.list.dashboards.includes(result.dashboard))
        state.list = { ...state.list, dashboards: [...state.list.dashboards, result.dashboard] };
      state.status = { kind: 'done', text: text.connected(result) };
    } catch (error) {
      state.status = { kind: 'failed', text: text.failed((error as Error).message) };
    }
    redraw();
  };

  const mappingFields = (info: ExportSheetInfo, draft: MappingDraft) => {
    const columns = [
      { value: '', label: text.noColumn },
      ...info.header.map((name, index) => ({
        value: String(index),
        label: name || `#${index + 1}`,
      })),
    ];
    const kindSelect = select(
      'export-kind',
      (Object.keys(text.kinds) as ExportKindChoice[]).map((kind) => ({
        value: kind,
        label: text.kinds[kind],
      })),
      draft.kind,
      (kind) => {
        state.draft = { ...draft, kind: kind as ExportKindChoice, columns: {} };
        redraw();
      },
    );
    return [
      el('label', { for: 'export-kind' }, [text.kind]),
      kindSelect,
      ...rolesOfKind[draft.kind].flatMap((role) => [
        el('label', { for: `export-role-${role}` }, [text.roles[role]]),
        select(
          `export-role-${role}`,
          columns,
          draft.columns[role] === undefined ? '' : String(draft.columns[role]),
          (value) => {
            if (value === '') delete draft.columns[role];
            else draft.columns[role] = Number(value);
          },
        ),
      ]),
      draft.kind === 'deals'
        ? (() => {
            const input = el('input', {
              id: 'export-won-value',
              type: 'text',
              value: draft.wonValue,
            });
            input.addEventListener('input', () => {
              draft.wonValue = input.value;
            });
            return el('div', {}, [
              el('label', { for: 'export-won-value' }, [text.wonValue]),
              input,
            ]);
          })()
        : null,
    ];
  };

  const content = () => {
    const findButton = el(
      'button',
      { type: 'button', id: 'find-exports', disabled: state.status.kind === 'busy' },
      [text.find],
    );
    findButton.addEventListener('click', () => void find());
    const parts: (HTMLElement | null)[] = [
      el('h2', { id: 'export-heading' }, [text.heading]),
      el('p', { class: 'hint' }, [text.explain]),
      findButton,
    ];
    const list = state.list;
    const info = list?.exports[state.chosen];
    if (list && info && state.draft) {
      const draft = state.draft;
      parts.push(
        el('label', { for: 'export-sheet' }, [text.sheet]),
        select(
          'export-sheet',
          list.exports.map((entry, index) => ({ value: String(index), label: entry.name })),
          String(state.chosen),
          (value) => {
            state.chosen = Number(value);
            state.draft = draftOf(list.exports[state.chosen]);
            redraw();
          },
        ),
        el('p', { class: 'hint', id: 'export-recognised' }, [
          info.source && info.source !== 'mapped'
            ? text.recognised(sources[info.source] ?? info.source)
            : text.mapYourself,
        ]),
        ...mappingFields(info, draft),
        el('label', { for: 'export-dashboard' }, [text.dashboard]),
        select(
          'export-dashboard',
          [
            ...list.dashboards.map((name) => ({ value: name, label: name })),
            { value: NEW_DASHBOARD, label: text.newDashboard },
          ],
          state.dashboard,
          (value) => {
            state.dashboard = value;
          },
        ),
      );
      const connectButton = el(
        'button',
        { type: 'button', id: 'connect-export', disabled: state.status.kind === 'busy' },
        [text.connect],
      );
      connectButton.addEventListener('click', () => void connect(info, draft));
      parts.push(connectButton);
    }
    parts.push(
      el(
        'p',
        {
          class: state.status.kind === 'failed' ? 'note warn' : 'hint',
          id: 'export-status',
          role: 'status',
          'aria-live': 'polite',
        },
        [state.status.text],
      ),
    );
    return parts;
  };

  redraw();
  return section;
}
