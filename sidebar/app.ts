/**
 * The sidebar's state and what each user action does to it. Typing only re-validates and
 * refreshes messages and the preview (the inputs are never rebuilt under the caret);
 * structural changes (stages added, moved, removed; language) re-render the form and put
 * the focus back on the equivalent control.
 */
import { validatePlan } from '../src/funnel/schema';
import type { Language } from '../src/funnel/types';
import type { SidebarStart } from '../src/gas/sidebar';
import type { Server } from './bridge';
import { el, replaceChildren } from './dom';
import {
  candidateFromDraft,
  type Draft,
  defaultDraft,
  draftFromPlan,
  effectiveLanguage,
} from './form/draft';
import { fieldMessages, stageNameKey, stageRateKey } from './form/fieldErrors';
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
import { type BuildStatus, buildPanel, showBuildStatus } from './views/buildPanel';
import { showFieldMessages } from './views/field';
import { previewSection, showPreview } from './views/livePreview';
import { type PlanFormActions, planForm, type TextField } from './views/planForm';
import { referenceSection } from './views/reference';
import { relabelStages } from './views/stageList';

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
}

const textFieldDraftKey = {
  revenueTarget: 'revenueTarget',
  averageDealSize: 'averageDealSize',
  costPerLead: 'costPerLead',
  salesCycleDays: 'salesCycleDays',
  monthlyGrowth: 'monthlyGrowthPercent',
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
): void {
  const spreadsheetLocale = start.spreadsheetLocale ?? start.spreadsheetLanguage;
  const state: State = {
    draft: start.lastPlan
      ? draftFromPlan(
          start.lastPlan,
          numberConvention(numberLocale(start.lastPlan.language, start, spreadsheetLocale)),
        )
      : defaultDraft(messagesFor(start.spreadsheetLanguage)),
    spreadsheetLanguage: start.spreadsheetLanguage,
    spreadsheetLocale,
    touched: new Set(),
    submitted: false,
    lastPlanLoaded: start.lastPlan !== null,
    status: { kind: 'idle' },
  };
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
    showPreview(
      root,
      validation.ok ? previewFigures(validation.plan) : undefined,
      text(),
      language(),
    );
    return { validation, shown };
  };

  /** Rebuilds everything, then gives the focus back to the control that had it (or `focusKey`). */
  const render = (focusKey?: string) => {
    const focused = focusKey ?? (document.activeElement as HTMLElement | null)?.dataset?.focus;
    const words = text();
    document.documentElement.lang = language();
    replaceChildren(root, [
      el('header', {}, [
        el('h1', { id: 'title' }, [words.title]),
        el('p', { class: 'hint' }, [words.intro]),
        state.lastPlanLoaded ? lastPlanNote(words) : null,
        startProblem
          ? el('p', { class: 'note warn', role: 'alert' }, [words.startFailed(startProblem)])
          : null,
      ]),
      planForm(state.draft, state.spreadsheetLanguage, words, actions),
      previewSection(words),
      buildPanel(state.status, words, build),
      templateLinkSection(server, language()),
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
      state.draft = defaultDraft(words);
      state.lastPlanLoaded = false;
      state.touched.clear();
      state.submitted = false;
      render('revenueTarget');
    });
    return el('p', { class: 'note' }, [words.lastPlanLoaded, ' ', reset]);
  };

  const edit = (change: (draft: Draft) => Draft, touchedKey: string) => {
    state.draft = change(state.draft);
    state.touched.add(touchedKey);
    if (state.status.kind !== 'building') state.status = { kind: 'idle' };
    refresh();
  };

  const reshape = (change: (draft: Draft) => Draft, focusKey?: string) => {
    state.draft = change(state.draft);
    state.touched.add('stages');
    render(focusKey);
  };

  const actions: PlanFormActions = {
    setText: (field, value) =>
      edit((draft) => ({ ...draft, [textFieldDraftKey[field]]: value }), field),
    setPeriod: (period) => edit((draft) => ({ ...draft, period }), 'period'),
    setLeadStage: (id) => edit((draft) => ({ ...draft, leadStageId: id }), 'leadStageIndex'),
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
      render('language');
    },
    rename: (id, name) => edit((draft) => updateStage(draft, id, { name }), stageNameKey(id)),
    setRate: (id, ratePercent) =>
      edit((draft) => updateStage(draft, id, { ratePercent }), stageRateKey(id)),
    move: (id, offset) => {
      const from = state.draft.stages.findIndex((stage) => stage.id === id);
      const landsAtEdge = from + offset === 0 || from + offset === state.draft.stages.length - 1;
      // At the top or bottom the pressed button becomes disabled; keep the focus on the row.
      const focusKey = landsAtEdge ? `${offset < 0 ? 'down' : 'up'}-${id}` : undefined;
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

  const setStatus = (status: BuildStatus) => {
    state.status = status;
    showBuildStatus(root, status, text());
  };

  async function build(): Promise<void> {
    if (state.status.kind === 'building') return;
    state.submitted = true;
    const { validation, shown } = refresh();
    if (!validation.ok) {
      setStatus({ kind: 'invalid', fieldCount: shown.size });
      root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setStatus({ kind: 'building' });
    try {
      const sheetName = await server.buildGoalCalculator(validation.plan);
      setStatus({ kind: 'built', sheetName });
      // Remembered for the next opening; a failure here must not hide the successful build.
      server
        .saveLastPlan(validation.plan)
        .catch((error: unknown) => console.warn('saveLastPlan failed', error));
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  render();
}
