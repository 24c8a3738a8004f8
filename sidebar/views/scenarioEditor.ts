/**
 * The scenario editor: up to three variants of the plan (name; revenue target, deal size,
 * cost per lead, a rate per step of the funnel), each field blank to follow the base plan,
 * whose value shows as the placeholder and follows the base as it is edited.
 */
import { MAX_SCENARIOS } from '../../src/funnel/schema';
import { el } from '../dom';
import { SCENARIOS_KEY } from '../form/channelScenarioErrors';
import type { Draft } from '../form/draft';
import {
  type ScenarioDraft,
  type ScenarioTextField,
  scenarioCostKey,
  scenarioDealKey,
  scenarioNameKey,
  scenarioRateKey,
  scenarioRateTyped,
  scenarioTargetKey,
} from '../form/scenarioDrafts';
import type { Messages } from '../i18n';
import { actionButton } from './actionButton';
import { errorSlot, inputId } from './field';
import { relabelRowField, rowNameInput, rowNumberField } from './rowField';

export interface ScenarioEditorActions {
  readonly setScenarioText: (id: number, field: ScenarioTextField, typed: string) => void;
  readonly setScenarioRate: (id: number, stageId: number, typed: string) => void;
  readonly removeScenario: (id: number) => void;
  readonly addScenario: () => void;
}

type BaseField = Exclude<ScenarioTextField, 'name'>;

const baseFields: readonly { field: BaseField; key: (id: number) => string }[] = [
  { field: 'revenueTarget', key: scenarioTargetKey },
  { field: 'averageDealSize', key: scenarioDealKey },
  { field: 'costPerLead', key: scenarioCostKey },
];

export function scenarioEditor(
  draft: Draft,
  text: Messages,
  actions: ScenarioEditorActions,
): HTMLElement {
  return el('fieldset', { class: 'scenarios' }, [
    el('legend', {}, [
      text.scenariosHeading,
      el('span', { class: 'optional' }, [` (${text.optional})`]),
    ]),
    el('p', { class: 'hint', id: 'scenarios-hint' }, [text.scenariosHint(MAX_SCENARIOS)]),
    el(
      'ol',
      { class: 'scenario-list' },
      draft.scenarios.map((scenario, index) => scenarioRow(draft, scenario, index, text, actions)),
    ),
    errorSlot(SCENARIOS_KEY),
    actionButton(
      {
        class: 'add',
        'data-focus': 'add-scenario',
        disabled: draft.scenarios.length >= MAX_SCENARIOS,
      },
      text.addScenario,
      actions.addScenario,
    ),
  ]);
}

function scenarioShownName(scenario: ScenarioDraft, index: number, text: Messages): string {
  return scenario.name.trim() || text.newScenarioName(index + 1);
}

function stageShownName(draft: Draft, index: number, text: Messages): string {
  return draft.stages[index].name.trim() || text.newStageName(index + 1);
}

function scenarioRow(
  draft: Draft,
  scenario: ScenarioDraft,
  index: number,
  text: Messages,
  actions: ScenarioEditorActions,
): HTMLElement {
  const nameKey = scenarioNameKey(scenario.id);
  const name = rowNameInput(nameKey, scenario.name, (typed) =>
    actions.setScenarioText(scenario.id, 'name', typed),
  );
  const shownName = scenarioShownName(scenario, index, text);
  const numberField = (
    key: string,
    fullLabel: string,
    shortLabel: string,
    value: string,
    onInput: (typed: string) => void,
    unit?: string,
  ) =>
    rowNumberField({
      key,
      value,
      fullLabel,
      shortLabel,
      unit,
      describedBy: 'scenarios-hint',
      messageInside: true,
      className: 'scenario-field',
      onInput,
    });

  const plainFields = baseFields.map(({ field, key }) =>
    numberField(
      key(scenario.id),
      text.scenarioField(shownName, fieldLabel(field, text)),
      fieldLabel(field, text),
      scenario[field],
      (typed) => actions.setScenarioText(scenario.id, field, typed),
    ),
  );
  const rateFields = draft.stages.slice(0, -1).map((stage, stageIndex) => {
    const from = stageShownName(draft, stageIndex, text);
    const to = stageShownName(draft, stageIndex + 1, text);
    return numberField(
      scenarioRateKey(scenario.id, stage.id),
      text.scenarioRate(shownName, from, to),
      `${from} → ${to}`,
      scenarioRateTyped(scenario, stage.id),
      (typed) => actions.setScenarioRate(scenario.id, stage.id, typed),
      '%',
    );
  });

  return el('li', { class: 'scenario', 'data-scenario-id': scenario.id }, [
    el('div', { class: 'stage-row' }, [
      el('label', { for: inputId(nameKey), class: 'visually-hidden' }, [
        text.scenarioName(index + 1),
      ]),
      name,
      actionButton(
        {
          class: 'icon remove',
          'aria-label': text.remove(shownName),
          'data-label': 'remove',
          'data-focus': `scenario-remove-${scenario.id}`,
        },
        '×',
        () => actions.removeScenario(scenario.id),
      ),
    ]),
    errorSlot(nameKey),
    el('div', { class: 'scenario-fields' }, [...plainFields, ...rateFields]),
  ]);
}

function fieldLabel(field: BaseField, text: Messages): string {
  if (field === 'revenueTarget') return text.revenueTarget;
  if (field === 'averageDealSize') return text.averageDealSize;
  return text.costPerLead;
}

/**
 * After each keystroke: every placeholder shows the base value a blank field takes, and a
 * renamed scenario or stage renames the labels, without rebuilding an input.
 */
export function refreshScenarios(root: ParentNode, draft: Draft, text: Messages): void {
  const setPlaceholder = (key: string, wanted: string) => {
    const input = root.querySelector<HTMLInputElement>(`#${inputId(key)}`);
    if (input && input.placeholder !== wanted) input.placeholder = wanted;
  };
  draft.scenarios.forEach((scenario, index) => {
    const row = root.querySelector(`[data-scenario-id="${scenario.id}"]`);
    if (!row) return;
    const shownName = scenarioShownName(scenario, index, text);
    row.querySelector('[data-label="remove"]')?.setAttribute('aria-label', text.remove(shownName));
    for (const { field, key } of baseFields) {
      // With channels, a blank cost per lead follows each channel's own: no one figure to show.
      const channelCosts = field === 'costPerLead' && draft.channels.length > 0;
      setPlaceholder(key(scenario.id), channelCosts ? '' : draft[field]);
      relabelRowField(
        row,
        key(scenario.id),
        text.scenarioField(shownName, fieldLabel(field, text)),
      );
    }
    draft.stages.slice(0, -1).forEach((stage, stageIndex) => {
      const key = scenarioRateKey(scenario.id, stage.id);
      setPlaceholder(key, stage.ratePercent);
      const from = stageShownName(draft, stageIndex, text);
      const to = stageShownName(draft, stageIndex + 1, text);
      relabelRowField(row, key, text.scenarioRate(shownName, from, to), `${from} → ${to}`);
    });
  });
}
