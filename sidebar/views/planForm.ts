/**
 * The plan form: target, stages, cost and timing, language. Pure layout: every change is
 * handed to the actions, which own the state.
 */

import { CURRENCIES } from '../../src/funnel/currency';
import type { Language, Period } from '../../src/funnel/types';
import { el } from '../dom';
import type { Draft } from '../form/draft';
import { languages, type Messages, messagesFor } from '../i18n';
import { type ChannelEditorActions, channelEditor } from './channelEditor';
import { inputField, selectField } from './field';
import { type ScenarioEditorActions, scenarioEditor } from './scenarioEditor';
import { type StageDaysActions, stageDays } from './stageDays';
import { type StageListActions, stageList } from './stageList';

export type TextField =
  | 'revenueTarget'
  | 'averageDealSize'
  | 'costPerLead'
  | 'marketingBudget'
  | 'salesCycleDays'
  | 'monthlyGrowth'
  | 'startMonth';

export interface PlanFormActions
  extends StageListActions,
    StageDaysActions,
    ChannelEditorActions,
    ScenarioEditorActions {
  readonly setText: (field: TextField, value: string) => void;
  readonly setPeriod: (period: Period) => void;
  readonly setLeadStage: (id: number) => void;
  readonly setLanguage: (language: Language | 'auto') => void;
  readonly setCurrency: (code: string) => void;
}

export function planForm(
  draft: Draft,
  spreadsheetLanguage: Language,
  text: Messages,
  actions: PlanFormActions,
): HTMLElement {
  const periods: readonly Period[] = ['month', 'quarter', 'year'];
  const typed = (
    key: TextField,
    label: string,
    value: string,
    extra: { unit?: string; optional?: boolean; type?: 'text' | 'month' } = {},
  ) =>
    inputField({
      key,
      label,
      value,
      unit: extra.unit,
      type: extra.type,
      optionalText: extra.optional ? text.optional : undefined,
      onInput: (changed) => actions.setText(key, changed),
    });
  const leadCandidates = draft.stages.slice(0, -1);
  const language = draft.language === 'auto' ? spreadsheetLanguage : draft.language;

  return el('form', { id: 'plan-form', novalidate: true, 'aria-labelledby': 'title' }, [
    el('fieldset', {}, [
      el('legend', {}, [text.targetHeading]),
      typed('revenueTarget', text.revenueTarget, draft.revenueTarget),
      selectField({
        key: 'period',
        label: text.period,
        value: draft.period,
        choices: periods.map((period) => ({ value: period, text: text.periods[period] })),
        onChange: actions.setPeriod,
      }),
      typed('averageDealSize', text.averageDealSize, draft.averageDealSize),
      selectField({
        key: 'currency',
        label: text.currency,
        value: draft.currency,
        choices: CURRENCIES.map((currency) => ({
          value: currency.code,
          text: currencyChoice(currency.code, language),
        })),
        onChange: actions.setCurrency,
      }),
      typed('startMonth', text.startMonth, draft.startMonth, { type: 'month' }),
    ]),
    stageList(draft, text, actions),
    el('fieldset', {}, [
      el('legend', {}, [text.costsHeading]),
      selectField({
        key: 'leadStageIndex',
        label: text.leadStage,
        value: String(draft.leadStageId),
        choices: leadCandidates.map((stage, index) => ({
          value: String(stage.id),
          text: stage.name.trim() || text.newStageName(index + 1),
        })),
        onChange: (id) => actions.setLeadStage(Number(id)),
      }),
      typed('costPerLead', text.costPerLead, draft.costPerLead, { optional: true }),
      typed('marketingBudget', text.marketingBudget, draft.marketingBudget, { optional: true }),
      typed('salesCycleDays', text.salesCycleDays, draft.salesCycleDays, { optional: true }),
      stageDays(draft, text, actions),
      typed('monthlyGrowth', text.monthlyGrowth, draft.monthlyGrowthPercent, {
        unit: '%',
        optional: true,
      }),
      selectField<Language | 'auto'>({
        key: 'language',
        label: text.language,
        value: draft.language,
        choices: [
          { value: 'auto', text: text.languageAuto(messagesFor(spreadsheetLanguage).languageName) },
          ...languages.map((language) => ({
            value: language,
            text: messagesFor(language).languageName,
          })),
        ],
        onChange: actions.setLanguage,
      }),
    ]),
    channelEditor(draft, text, actions),
    scenarioEditor(draft, text, actions),
  ]);
}

/** "EUR · Euro" in the sidebar's language; the code alone where the browser has no names. */
function currencyChoice(code: string, language: Language): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}
