/**
 * The funnel stages: one row per stage (name, conversion to the next stage in %, move up,
 * move down, remove) and an Add button. Every control is a real input or button with a
 * label, so the list is usable from the keyboard alone.
 */
import { MAX_STAGE_NAME_UNITS } from '../../src/funnel/stageName';
import { el } from '../dom';
import type { Draft, StageDraft } from '../form/draft';
import { stageNameKey, stageRateKey } from '../form/fieldErrors';
import type { Messages } from '../i18n';
import { actionButton } from './actionButton';
import { errorSlot, inputId } from './field';
import { relabelRowMoveButtons, rowMoveButtons } from './rowMoveButtons';

/** The stage rows' buttons have focus keys up-3, down-3, remove-3 (app.ts moves the focus). */
export const STAGE_FOCUS_PREFIX = '';

export interface StageListActions {
  readonly rename: (id: number, name: string) => void;
  readonly setRate: (id: number, ratePercent: string) => void;
  readonly move: (id: number, offset: -1 | 1) => void;
  readonly remove: (id: number) => void;
  readonly add: () => void;
}

export function stageList(draft: Draft, text: Messages, actions: StageListActions): HTMLElement {
  const last = draft.stages.length - 1;
  return el('fieldset', { class: 'stages' }, [
    el('legend', {}, [text.stagesHeading]),
    el('p', { class: 'hint' }, [text.stagesHint]),
    el('div', { class: 'stage-head', 'aria-hidden': 'true' }, [
      el('span', {}, [text.previewStage]),
      el('span', {}, [text.rateShort]),
    ]),
    el(
      'ol',
      { class: 'stage-list' },
      draft.stages.map((stage, index) => stageRow(stage, index, last, text, actions)),
    ),
    errorSlot('stages'),
    actionButton({ class: 'add', 'data-focus': 'add-stage' }, text.addStage, actions.add),
  ]);
}

function stageRow(
  stage: StageDraft,
  index: number,
  last: number,
  text: Messages,
  actions: StageListActions,
): HTMLElement {
  const nameKey = stageNameKey(stage.id);
  const rateKey = stageRateKey(stage.id);
  const name = el('input', {
    id: inputId(nameKey),
    type: 'text',
    autocomplete: 'off',
    // In UTF-16 units, as the browser counts: room for 60 family emoji; the schema counts graphemes.
    maxlength: MAX_STAGE_NAME_UNITS,
    'aria-describedby': `error-${nameKey}`,
    'data-focus': nameKey,
  });
  name.value = stage.name;
  name.addEventListener('input', () => actions.rename(stage.id, name.value));

  const shownName = stage.name.trim() || text.newStageName(index + 1);
  const rateCell =
    index < last
      ? rateInput(stage, rateKey, text.conversionToNext(shownName), actions)
      : el('span', { class: 'last-stage' }, [text.lastStage]);

  return el('li', { class: 'stage', 'data-stage-id': stage.id }, [
    el('div', { class: 'stage-row' }, [
      el('label', { for: inputId(nameKey), class: 'visually-hidden', 'data-label': 'name' }, [
        text.stageName(index + 1),
      ]),
      name,
      rateCell,
      ...rowMoveButtons(
        {
          id: stage.id,
          index,
          last,
          shownName,
          focusPrefix: STAGE_FOCUS_PREFIX,
          move: (offset) => actions.move(stage.id, offset),
          remove: () => actions.remove(stage.id),
        },
        text,
      ),
    ]),
    errorSlot(nameKey),
    index < last ? errorSlot(rateKey) : null,
  ]);
}

function rateInput(
  stage: StageDraft,
  key: string,
  label: string,
  actions: StageListActions,
): HTMLElement {
  const input = el('input', {
    id: inputId(key),
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    class: 'rate',
    'aria-describedby': `error-${key}`,
    'data-focus': key,
  });
  input.value = stage.ratePercent;
  input.addEventListener('input', () => actions.setRate(stage.id, input.value));
  return el('span', { class: 'with-unit rate-cell' }, [
    el('label', { for: inputId(key), class: 'visually-hidden', 'data-label': 'rate' }, [label]),
    input,
    el('span', { class: 'unit', 'aria-hidden': 'true' }, ['%']),
  ]);
}

/**
 * Renaming a stage changes the words of its buttons ("Move Leads up") and its entry in the
 * lead-stage list without rebuilding the row, so the caret stays where the user is typing.
 */
export function relabelStages(root: ParentNode, draft: Draft, text: Messages): void {
  draft.stages.forEach((stage, index) => {
    const shownName = stage.name.trim() || text.newStageName(index + 1);
    const leadChoice = root.querySelector(
      `#${inputId('leadStageIndex')} option[value="${stage.id}"]`,
    );
    if (leadChoice && leadChoice.textContent !== shownName) leadChoice.textContent = shownName;
    const row = root.querySelector(`[data-stage-id="${stage.id}"]`);
    if (!row) return;
    relabelRowMoveButtons(row, shownName, text);
    const rate = row.querySelector('[data-label="rate"]');
    if (rate) rate.textContent = text.conversionToNext(shownName);
  });
}
