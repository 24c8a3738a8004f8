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
import { actionButton } from './channelEditor';
import { errorId, errorSlot, inputId } from './field';

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
  const name = el('input', {
    id: inputId(nameKey),
    type: 'text',
    autocomplete: 'off',
    'aria-describedby': errorId(nameKey),
    'data-focus': nameKey,
  });
  name.value = scenario.name;
  name.addEventListener('input', () => actions.setScenarioText(scenario.id, 'name', name.value));
  const shownName = scenarioShownName(scenario, index, text);

  const numberInput = (key: string, value: string, onInput: (typed: string) => void) => {
    const input = el('input', {
      id: inputId(key),
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      'aria-describedby': `scenarios-hint ${errorId(key)}`,
      'data-focus': key,
    });
    input.value = value;
    input.addEventListener('input', () => onInput(input.value));
    return input;
  };
  const labelled = (key: string, hidden: string, shown: string, input: HTMLElement, unit = '') =>
    el('div', { class: 'scenario-field' }, [
      el('label', { for: inputId(key) }, [
        el('span', { class: 'visually-hidden', 'data-label': 'full' }, [hidden]),
        el('span', { 'aria-hidden': 'true', 'data-label': 'short' }, [shown]),
      ]),
      el('div', { class: 'with-unit' }, [
        input,
        unit ? el('span', { class: 'unit', 'aria-hidden': 'true' }, [unit]) : null,
      ]),
      errorSlot(key),
    ]);

  const plainFields = baseFields.map(({ field, key }) =>
    labelled(
      key(scenario.id),
      text.scenarioField(shownName, fieldLabel(field, text)),
      fieldLabel(field, text),
      numberInput(key(scenario.id), scenario[field], (typed) =>
        actions.setScenarioText(scenario.id, field, typed),
      ),
    ),
  );
  const rateFields = draft.stages.slice(0, -1).map((stage, stageIndex) => {
    const key = scenarioRateKey(scenario.id, stage.id);
    const from = stageShownName(draft, stageIndex, text);
    const to = stageShownName(draft, stageIndex + 1, text);
    return labelled(
      key,
      text.scenarioRate(shownName, from, to),
      `${from} → ${to}`,
      numberInput(key, scenarioRateTyped(scenario, stage.id), (typed) =>
        actions.setScenarioRate(scenario.id, stage.id, typed),
      ),
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
  const setText = (element: Element | null, wanted: string) => {
    if (element && element.textContent !== wanted) element.textContent = wanted;
  };
  const setPlaceholder = (key: string, wanted: string) => {
    const input = root.querySelector<HTMLInputElement>(`#${inputId(key)}`);
    if (input && input.placeholder !== wanted) input.placeholder = wanted;
  };
  const fieldOf = (key: string) =>
    root.querySelector(`#${inputId(key)}`)?.closest('.scenario-field');
  draft.scenarios.forEach((scenario, index) => {
    const row = root.querySelector(`[data-scenario-id="${scenario.id}"]`);
    if (!row) return;
    const shownName = scenarioShownName(scenario, index, text);
    row.querySelector('[data-label="remove"]')?.setAttribute('aria-label', text.remove(shownName));
    for (const { field, key } of baseFields) {
      // With channels, a blank cost per lead follows each channel's own: no one figure to show.
      const channelCosts = field === 'costPerLead' && draft.channels.length > 0;
      setPlaceholder(key(scenario.id), channelCosts ? '' : draft[field]);
      const label = fieldOf(key(scenario.id));
      setText(
        label?.querySelector('[data-label="full"]') ?? null,
        text.scenarioField(shownName, fieldLabel(field, text)),
      );
    }
    draft.stages.slice(0, -1).forEach((stage, stageIndex) => {
      const key = scenarioRateKey(scenario.id, stage.id);
      setPlaceholder(key, stage.ratePercent);
      const from = stageShownName(draft, stageIndex, text);
      const to = stageShownName(draft, stageIndex + 1, text);
      const field = fieldOf(key);
      setText(
        field?.querySelector('[data-label="full"]') ?? null,
        text.scenarioRate(shownName, from, to),
      );
      setText(field?.querySelector('[data-label="short"]') ?? null, `${from} → ${to}`);
    });
  });
}
