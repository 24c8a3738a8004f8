/**
 * The sidebar's state and what each user action does to it. Typing only re-validates and
 * refreshes messages and the preview (the inputs are never rebuilt under the caret);
 * structural changes (stages added, moved, removed; language) re-render the form and put
 * the focus back on the equivalent control.
 */
import { validatePlan } from '../src/funnel/schema';
import { nextStartMonth } from '../src/funnel/startMonth';
import type { Language, Plan } from '../src/funnel/types';
import type { GoalSheetStart, SidebarStart } from '../src/gas/sidebar';
import type { Server } from './bridge';
import { channelScenarioActions, translateDefaultRowNames } from './channelScenarioActions';
import { el, replaceChildren } from './dom';
import { actualsFormPlan } from './form/actualsDraft';
import { defaultActualsRange } from './form/actualsRange';
import {
  candidateFromDraft,
  type Draft,
  type DraftDefaults,
  defaultDraft,
  draftFromPlan,
  effectiveLanguage,
} from './form/draft';
import { fieldMessages, stageDaysKey, stageNameKey, stageRateKey } from './form/fieldErrors';
import { previewFigures } from './form/figures';
import { numberConvention } from './form/numberInput';
import { fieldReadings, retypeNumbers } from './form/readings';
import {
  addStage,
  moveStage,
  removeStage,
  translateDefaultNames,
  updateStage,
} from './form/stages';
import { type Messages, messagesFor } from './i18n';
import { templateLinkSection } from './templateLink';
import { actualsPanel, actualsPanelState } from './views/actualsPanel';
import { type BuildStatus, buildPanel, showBuildStatus } from './views/buildPanel';
import { refreshChannels } from './views/channelEditor';
import { type CheckPanel, checkPanel } from './views/checkPanel';
import { dashboardSection } from './views/dashboardPanel';
import { exportSection } from './views/exportPanel';
import { showFieldMessages } from './views/field';
import { previewSection, showPreview } from './views/livePreview';
import { type PlanFormActions, planForm, type TextField } from './views/planForm';
import { referenceSection } from './views/reference';
import { focusAfterMove } from './views/rowMoveButtons';
import { refreshScenarios } from './views/scenarioEditor';
import { relabelStageDays } from './views/stageDays';
import { relabelStages, STAGE_FOCUS_PREFIX } from './views/stageList';

interface State {
  draft: Draft;
  readonly spreadsheetLanguage: Language;
  /** How typed numbers read while the language follows the spreadsheet ("de_DE": "2,5"). */
  readonly spreadsheetLocale: string;
  /** Fields the user has typed in: their messages show as they type. */
  readonly touched: Set<string>;
  /** After a Build attempt every message shows, touched or not. */
  submitted: boolean;
  lastPlanLoaded: boolean;
  status: BuildStatus;
  /** The goal calculator this spreadsheet has (null: none yet); what the form opened on. */
  goalSheet: GoalSheetStart | null;
  /** Update that sheet in place (true) or build a new one. */
  updateInPlace: boolean;
  /** Every goal calculator of the spreadsheet. */
  goalSheetNames: readonly string[];
}

const textFieldDraftKey = {
  revenueTarget: 'revenueTarget',
  averageDealSize: 'averageDealSize',
  costPerLead: 'costPerLead',
  marketingBudget: 'marketingBudget',
  salesCycleDays: 'salesCycleDays',
  monthlyGrowth: 'monthlyGrowthPercent',
  startMonth: 'startMonth',
} as const satisfies Record<TextField, keyof Draft>;

/**
 * Numbers follow the spreadsheet's locale, or the language chosen in the form when it is not
 * the spreadsheet's: a saved plan always names its language, and a German spreadsheet's
 * plan saved as "en" must still read "2,5" as two and a half when it comes back.
 */
function numberLocale(
  chosen: Language | undefined,
  start: SidebarStart,
  spreadsheetLocale: string,
): string {
  return chosen === undefined || chosen === start.spreadsheetLanguage ? spreadsheetLocale : chosen;
}

/**
 * Starts the form. `startProblem` is the reason the start data could not be fetched, shown
 * above the form (which then works from the defaults) so the person knows their plan is not lost.
 */
export function startSidebar(
  root: HTMLElement,
  server: Server,
  start: SidebarStart,
  startProblem?: string,
  /** 'check': opened from "Check this workbook": that panel first, the check run at once. */
  openPanel?: 'check',
): void {
  const spreadsheetLocale = start.spreadsheetLocale ?? start.spreadsheetLanguage;
  // The first month defaults to the next calendar month by the person's own clock.
  const defaults: DraftDefaults = {
    currency: start.spreadsheetCurrency,
    startMonth: nextStartMonth(new Date()),
  };
  const planNumbers = (plan: Plan) =>
    numberConvention(numberLocale(plan.language, start, spreadsheetLocale));
  const state: State = {
    draft: start.lastPlan
      ? draftFromPlan(start.lastPlan, defaults, planNumbers(start.lastPlan))
      : defaultDraft(messagesFor(start.spreadsheetLanguage), defaults),
    spreadsheetLanguage: start.spreadsheetLanguage,
    spreadsheetLocale,
    touched: new Set(),
    submitted: false,
    lastPlanLoaded: start.lastPlan !== null,
    status: { kind: 'idle' },
    goalSheet: start.goalSheet,
    updateInPlace: start.goalSheet?.updatable ?? false,
    goalSheetNames: start.goalSheetNames,
  };
  const actuals = actualsPanelState(defaultActualsRange(new Date()));
  const updatableSheet = () => (state.goalSheet?.updatable ? state.goalSheet.name : null);
  const language = () => effectiveLanguage(state.draft, state.spreadsheetLanguage);
  const text = () => messagesFor(language());
  const numbers = () => numberConvention(numberLocale(language(), start, state.spreadsheetLocale));

  const validate = () =>
    validatePlan(candidateFromDraft(state.draft, state.spreadsheetLanguage, numbers()));

  /** Messages, preview and labels after every keystroke; nothing the user types into is rebuilt. */
  const refresh = () => {
    const validation = validate();
    const all = validation.ok
      ? new Map<string, string>()
      : fieldMessages(validation.errors, state.draft, text(), numbers());
    const visible = ([key]: [string, string]) => state.submitted || state.touched.has(key);
    const shown = new Map([...all].filter(visible));
    const readings = new Map([...fieldReadings(state.draft, numbers(), text())].filter(visible));
    showFieldMessages(root, shown, readings);
    relabelStages(root, state.draft, text());
    relabelStageDays(root, state.draft, text());
    const leadStage = state.draft.stages.find((stage) => stage.id === state.draft.leadStageId);
    refreshChannels(root, state.draft, text(), numbers(), leadStage?.ratePercent ?? '');
    refreshScenarios(root, state.draft, text());
    showPreview(
      root,
      validation.ok ? previewFigures(validation.plan) : undefined,
      text(),
      language(),
    );
    return { validation, shown };
  };

  // One check panel per language, kept across re-renders so its findings stay on screen.
  const checkPanels = new Map<Language, CheckPanel>();
  const workbookCheck = () => {
    let panel = checkPanels.get(language());
    if (!panel) {
      panel = checkPanel(server, language());
      checkPanels.set(language(), panel);
    }
    return panel;
  };

  /** Rebuilds everything, then gives the focus back to the control that had it (or `focusKey`). */
  const render = (focusKey?: string) => {
    const focused = focusKey ?? (document.activeElement as HTMLElement | null)?.dataset?.focus;
    const words = text();
    document.documentElement.lang = language();
    replaceChildren(root, [
      openPanel === 'check' ? workbookCheck().element : null,
      el('header', {}, [
        el('h1', { id: 'title' }, [words.title]),
        el('p', { class: 'hint' }, [words.intro]),
        state.lastPlanLoaded ? lastPlanNote(words) : null,
        sheetNote(words),
        startProblem
          ? el('p', { class: 'note warn', role: 'alert' }, [words.startFailed(startProblem)])
          : null,
      ]),
      actualsPanel(actuals, language(), server, fillFromActuals),
      planForm(state.draft, state.spreadsheetLanguage, words, actions),
      previewSection(words),
      buildPanel(
        state.status,
        words,
        {
          existingSheet: updatableSheet(),
          update: state.updateInPlace,
          sheetNames: state.goalSheetNames,
          shownSheet: state.goalSheet?.name ?? null,
        },
        {
          build,
          setUpdate: (update) => {
            state.updateInPlace = update;
            if (state.status.kind !== 'building') state.status = { kind: 'idle' };
            render(update ? 'target-update' : 'target-new');
          },
          pickSheet: (sheetName) => void openSheet(sheetName),
        },
      ),
      dashboardSection(server, language()),
      openPanel === 'check' ? null : workbookCheck().element,
      templateLinkSection(server, language()),
      exportSection(server, language()),
      referenceSection(words),
    ]);
    refresh();
    if (focused) root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
  };

  const lastPlanNote = (words: Messages) => {
    const reset = el('button', { type: 'button', class: 'link', 'data-focus': 'start-fresh' }, [
      words.startFresh,
    ]);
    reset.addEventListener('click', () => {
      state.draft = defaultDraft(words, defaults);
      state.lastPlanLoaded = false;
      state.touched.clear();
      state.submitted = false;
      render('revenueTarget');
    });
    const loaded = state.goalSheet
      ? words.sheetPlanLoaded(state.goalSheet.name)
      : words.lastPlanLoaded;
    return el('p', { class: 'note' }, [loaded, ' ', reset]);
  };

  /** What was wrong on the sheet the form opened on: each cell, what it holds, what is allowed. */
  const sheetNote = (words: Messages) => {
    const goal = state.goalSheet;
    if (!goal) return null;
    if (!goal.updatable) {
      const why = goal.problems.length > 0 ? words.sheetMoved : words.sheetUnknown;
      return el('p', { class: 'note warn', role: 'alert' }, [why(goal.name)]);
    }
    if (goal.problems.length === 0) return null;
    const items = goal.problems.map((problem) => {
      const [message] = fieldMessages([problem], state.draft, words).values();
      const value = JSON.stringify(problem.value ?? '');
      const cell = problem.a1 || problem.field;
      return el('li', {}, [words.cellProblem(cell, value, message ?? problem.message)]);
    });
    return el('div', { class: 'note warn', role: 'alert', id: 'sheet-problems' }, [
      words.sheetProblems(goal.name),
      el('ul', { class: 'sheet-problems' }, items),
    ]);
  };

  const edit = (change: (draft: Draft) => Draft, touchedKey: string) => {
    state.draft = change(state.draft);
    state.touched.add(touchedKey);
    if (state.status.kind !== 'building') state.status = { kind: 'idle' };
    refresh();
  };

  const reshape = (change: (draft: Draft) => Draft, focusKey?: string, touchedKey = 'stages') => {
    state.draft = change(state.draft);
    state.touched.add(touchedKey);
    render(focusKey);
  };

  const actions: PlanFormActions = {
    ...channelScenarioActions({
      draft: () => state.draft,
      text,
      numbers,
      edit,
      reshape: (change, touchedKey, focusKey) => reshape(change, focusKey, touchedKey),
      touch: (key) => state.touched.add(key),
    }),
    setText: (field, value) =>
      edit((draft) => ({ ...draft, [textFieldDraftKey[field]]: value }), field),
    setPeriod: (period) => edit((draft) => ({ ...draft, period }), 'period'),
    setLeadStage: (id) => edit((draft) => ({ ...draft, leadStageId: id }), 'leadStageIndex'),
    setCurrency: (currency) => edit((draft) => ({ ...draft, currency }), 'currency'),
    setDays: (id, daysToNext) =>
      edit((draft) => updateStage(draft, id, { daysToNext }), stageDaysKey(id)),
    setLanguage: (chosen) => {
      const before = text();
      const numbersBefore = numbers();
      state.draft = { ...state.draft, language: chosen };
      state.draft = retypeNumbers(state.draft, numbersBefore, numbers());
      state.draft = translateDefaultNames(
        state.draft,
        before.defaultStageNames,
        text().defaultStageNames,
      );
      state.draft = translateDefaultRowNames(state.draft, before, text());
      render('language');
    },
    rename: (id, name) => edit((draft) => updateStage(draft, id, { name }), stageNameKey(id)),
    setRate: (id, ratePercent) =>
      edit((draft) => updateStage(draft, id, { ratePercent }), stageRateKey(id)),
    move: (id, offset) => {
      const { stages } = state.draft;
      const from = stages.findIndex((stage) => stage.id === id);
      const focusKey = focusAfterMove(STAGE_FOCUS_PREFIX, id, from, offset, stages.length);
      reshape((draft) => moveStage(draft, id, offset), focusKey);
    },
    remove: (id) => reshape((draft) => removeStage(draft, id), 'add-stage'),
    add: () => {
      const words = text();
      const name = words.newStageName(state.draft.stages.length);
      reshape((draft) => addStage(draft, name));
      const added = state.draft.stages[state.draft.stages.length - 2];
      if (added)
        root.querySelector<HTMLElement>(`[data-focus="${stageNameKey(added.id)}"]`)?.focus();
    },
  };

  /** A plan from the dashboard's months: its figures, the form's own language, currency and start. */
  const fillFromActuals = (plan: Plan) => {
    const { language: chosen, currency, startMonth } = state.draft;
    state.draft = {
      ...draftFromPlan(actualsFormPlan(plan), defaults, numbers()),
      language: chosen,
      currency,
      startMonth,
    };
    state.lastPlanLoaded = false;
    state.touched.clear();
    state.submitted = false;
    if (state.status.kind !== 'building') state.status = { kind: 'idle' };
    render('actuals-fill');
  };

  const setStatus = (status: BuildStatus) => {
    state.status = status;
    showBuildStatus(root, status, text());
  };

  /** The person picked another goal calculator: the form shows what is on that sheet now. */
  async function openSheet(sheetName: string): Promise<void> {
    try {
      const opened = await server.openGoalCalculator(sheetName);
      if (opened.plan) state.draft = draftFromPlan(opened.plan, defaults, planNumbers(opened.plan));
      state.goalSheet = opened.goalSheet;
      state.lastPlanLoaded = opened.plan !== null;
      state.updateInPlace = opened.goalSheet?.updatable ?? false;
      state.touched.clear();
      state.submitted = false;
      state.status = { kind: 'idle' };
      render('target-sheet');
    } catch (error) {
      setStatus({
        kind: 'failed',
        reason: error instanceof Error ? error.message : String(error),
        updating: true,
      });
    }
  }

  async function build(): Promise<void> {
    if (state.status.kind === 'building') return;
    state.submitted = true;
    const { validation, shown } = refresh();
    if (!validation.ok) {
      setStatus({ kind: 'invalid', fieldCount: shown.size });
      root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const existing = updatableSheet();
    const updating = state.updateInPlace && existing !== null;
    setStatus({ kind: 'building', updating });
    try {
      if (updating) {
        const update = await server.updateGoalCalculator({
          plan: validation.plan,
          sheetName: existing,
        });
        const updated: BuildStatus = {
          kind: 'updated',
          sheetName: update.sheetName,
          blockRewritten: update.kind === 'block',
        };
        if (state.goalSheet && state.goalSheet.problems.length > 0) {
          // The sheet's bad cells now hold the plan: the note about them is gone.
          state.goalSheet = { ...state.goalSheet, problems: [] };
          state.status = updated;
          render('build');
        } else setStatus(updated);
      } else {
        const sheetName = await server.buildGoalCalculator(validation.plan);
        // From now on the button updates this sheet: pressing it again adds no new sheet.
        state.goalSheet = { name: sheetName, updatable: true, problems: [] };
        state.goalSheetNames = [...state.goalSheetNames, sheetName];
        state.updateInPlace = true;
        state.status = { kind: 'built', sheetName };
        render('build');
      }
      // Remembered for the next opening; a failure here must not hide the successful build.
      server
        .saveLastPlan(validation.plan)
        .catch((error: unknown) => console.warn('saveLastPlan failed', error));
    } catch (error) {
      setStatus({
        kind: 'failed',
        reason: error instanceof Error ? error.message : String(error),
        updating,
      });
    }
  }

  render();
  if (openPanel === 'check') void workbookCheck().run();
}
