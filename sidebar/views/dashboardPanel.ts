/**
 * "KPI dashboard": inserts a dashboard that follows a goal calculator. With several goal
 * calculators in the spreadsheet the person picks which plan it follows; the server keeps
 * the pick in the new dashboard's tag and for the next dashboards (src/gas/dashboardGoal.ts).
 * Goal calculators are listed by their current names but passed by sheet id, so a rename
 * between listing and inserting cannot link the wrong one.
 */
import type { Language } from '../../src/funnel/types';
import type { GoalSheetChoice } from '../../src/gas/dashboardGoal';
import type { Server } from '../bridge';
import { el, replaceChildren } from '../dom';

interface DashboardWords {
  readonly heading: string;
  readonly explain: string;
  readonly follow: string;
  readonly insert: string;
  readonly inserting: string;
  readonly inserted: (sheet: string, goal: string | undefined) => string;
  readonly failed: (reason: string) => string;
}

const words: Readonly<Record<Language, DashboardWords>> = {
  en: {
    heading: 'KPI dashboard',
    explain:
      'A monthly KPI table with plan vs actual: each month is compared with the goal calculator it follows.',
    follow: 'Plan to follow',
    insert: 'Insert KPI dashboard',
    inserting: 'Inserting the dashboard…',
    inserted: (sheet, goal) =>
      goal ? `Inserted “${sheet}”, following “${goal}”.` : `Inserted “${sheet}”.`,
    failed: (reason) => `The dashboard was not inserted: ${reason}`,
  },
  'zh-CN': {
    heading: 'KPI 仪表板',
    explain: '按月的 KPI 表及计划与实际对比：每个月都与它所跟随的目标计算器比较。',
    follow: '跟随的计划',
    insert: '插入 KPI 仪表板',
    inserting: '正在插入仪表板…',
    inserted: (sheet, goal) => (goal ? `已插入“${sheet}”，跟随“${goal}”。` : `已插入“${sheet}”。`),
    failed: (reason) => `仪表板未插入：${reason}`,
  },
  'zh-TW': {
    heading: 'KPI 儀表板',
    explain: '按月的 KPI 表及計畫與實際對比：每個月都與它所跟隨的目標計算器比較。',
    follow: '跟隨的計畫',
    insert: '插入 KPI 儀表板',
    inserting: '正在插入儀表板…',
    inserted: (sheet, goal) =>
      goal ? `已插入「${sheet}」，跟隨「${goal}」。` : `已插入「${sheet}」。`,
    failed: (reason) => `儀表板未插入：${reason}`,
  },
};

type DashboardServer = Pick<Server, 'getDashboardGoalChoices' | 'insertKpiDashboard'>;

/** The panel; it asks the server for the goal calculators once it is shown. */
export function dashboardSection(server: DashboardServer, language: Language): HTMLElement {
  const text = words[language];
  const choice = el('div', { id: 'dashboard-goal-choice' });
  const button = el('button', { type: 'button', id: 'insert-dashboard' }, [text.insert]);
  const status = el('p', {
    class: 'hint',
    id: 'dashboard-status',
    role: 'status',
    'aria-live': 'polite',
  });
  let choices: readonly GoalSheetChoice[] = [];
  const select = el('select', { id: 'dashboard-goal' });
  server.getDashboardGoalChoices().then(
    (found) => {
      choices = found;
      // One goal calculator (or none) leaves nothing to choose.
      if (found.length < 2) return;
      replaceChildren(
        select,
        found.map((goal) =>
          el('option', { value: String(goal.sheetId), selected: goal.preselected }, [goal.name]),
        ),
      );
      replaceChildren(choice, [el('label', { for: 'dashboard-goal' }, [text.follow]), select]);
    },
    () => undefined,
  );
  button.addEventListener('click', async () => {
    const picked = choices.length > 1 ? Number(select.value) : undefined;
    button.disabled = true;
    status.textContent = text.inserting;
    try {
      const sheet = await server.insertKpiDashboard(
        picked === undefined ? undefined : { goalSheetId: picked },
      );
      const followed =
        choices.length > 1 ? choices.find((goal) => goal.sheetId === picked) : choices[0];
      status.textContent = text.inserted(sheet, followed?.name);
    } catch (error) {
      status.textContent = text.failed(error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
    }
  });
  return el('section', { class: 'dashboard-panel', 'aria-labelledby': 'dashboard-heading' }, [
    el('h2', { id: 'dashboard-heading' }, [text.heading]),
    el('p', { class: 'hint' }, [text.explain]),
    choice,
    button,
    status,
  ]);
}
