/**
 * The optional days from each stage to the next, one field per step of the funnel
 * ("Leads → MQLs (days)"). Left empty, the plan's sales cycle applies, as the hint says.
 * Kept apart from the stage rows, which have no room left at the sidebar's 300 px.
 */
import { el } from '../dom';
import type { Draft } from '../form/draft';
import { stageDaysKey } from '../form/fieldErrors';
import type { Messages } from '../i18n';
import { errorSlot, inputId } from './field';

export interface StageDaysActions {
  readonly setDays: (id: number, days: string) => void;
}

export function stageDays(draft: Draft, text: Messages, actions: StageDaysActions): HTMLElement {
  const shownName = (index: number) =>
    draft.stages[index].name.trim() || text.newStageName(index + 1);
  const rows = draft.stages.slice(0, -1).map((stage, index) => {
    const key = stageDaysKey(stage.id);
    const input = el('input', {
      id: inputId(key),
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      class: 'days',
      'aria-describedby': `stage-days-hint error-${key}`,
      'data-focus': key,
    });
    input.value = stage.daysToNext;
    input.addEventListener('input', () => actions.setDays(stage.id, input.value));
    return el('li', { class: 'days-row', 'data-days-id': stage.id }, [
      el('label', { for: inputId(key), 'data-label': 'days' }, [
        text.daysToNext(shownName(index), shownName(index + 1)),
      ]),
      input,
      errorSlot(key),
    ]);
  });
  return el('fieldset', { class: 'stage-days' }, [
    el('legend', {}, [
      text.stageDaysHeading,
      el('span', { class: 'optional' }, [` (${text.optional})`]),
    ]),
    el('p', { class: 'hint', id: 'stage-days-hint' }, [text.stageDaysHint]),
    el('ol', { class: 'days-list' }, rows),
  ]);
}

/** Renaming a stage renames its steps here too, without rebuilding the inputs. */
export function relabelStageDays(root: ParentNode, draft: Draft, text: Messages): void {
  const name = (index: number) => draft.stages[index].name.trim() || text.newStageName(index + 1);
  draft.stages.slice(0, -1).forEach((stage, index) => {
    const label = root.querySelector(`[data-days-id="${stage.id}"] [data-label="days"]`);
    const wanted = text.daysToNext(name(index), name(index + 1));
    if (label && label.textContent !== wanted) label.textContent = wanted;
  });
}
