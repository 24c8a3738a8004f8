/**
 * The Build button and what it says: progress while the server writes the sheet, then the
 * sheet's name or the server's reason in words. When the spreadsheet already has a goal
 * calculator, a choice above the button: update that sheet in place (the default) or
 * build a new one. Updated in place, so the button keeps the keyboard focus through a build.
 */
import { el } from '../dom';
import type { Messages } from '../i18n';

export type BuildStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly updating: boolean }
  | { readonly kind: 'built'; readonly sheetName: string }
  | { readonly kind: 'updated'; readonly sheetName: string; readonly blockRewritten: boolean }
  | { readonly kind: 'invalid'; readonly fieldCount: number }
  | { readonly kind: 'failed'; readonly reason: string; readonly updating: boolean };

/** Where the plan goes: a new sheet, or the existing goal calculator `sheetName`. */
export interface BuildTarget {
  /** The goal calculator that can be updated in place, or null when there is none. */
  readonly existingSheet: string | null;
  readonly update: boolean;
  /** Every goal calculator of the spreadsheet: with two or more, the person picks one. */
  readonly sheetNames: readonly string[];
  /** The one the form shows (updatable or not). */
  readonly shownSheet: string | null;
}

export interface BuildPanelActions {
  readonly build: () => void;
  readonly setUpdate: (update: boolean) => void;
  readonly pickSheet: (sheetName: string) => void;
}

export function buildPanel(
  status: BuildStatus,
  text: Messages,
  target: BuildTarget,
  actions: BuildPanelActions,
): HTMLElement {
  const updating = target.update && target.existingSheet !== null;
  const button = el(
    'button',
    { type: 'submit', form: 'plan-form', class: 'primary', id: 'build', 'data-focus': 'build' },
    [updating ? text.update : text.build],
  );
  button.addEventListener('click', (event) => {
    event.preventDefault();
    actions.build();
  });
  const panel = el('div', { class: 'build-panel' }, [
    target.sheetNames.length > 1 ? sheetChoice(target, text, actions.pickSheet) : null,
    target.existingSheet === null
      ? null
      : targetChoice(target.existingSheet, updating, text, actions.setUpdate),
    button,
    el('progress', { 'aria-label': text.building, hidden: true }),
    el('p', { id: 'build-status', class: 'status', role: 'status' }),
  ]);
  showBuildStatus(panel, status, text);
  return panel;
}

function targetChoice(
  sheetName: string,
  updating: boolean,
  text: Messages,
  onTarget: (update: boolean) => void,
): HTMLElement {
  const option = (update: boolean, label: string) => {
    const id = update ? 'target-update' : 'target-new';
    const input = el('input', {
      type: 'radio',
      name: 'target',
      id,
      value: update ? 'update' : 'new',
      checked: update === updating,
      'data-focus': id,
    });
    input.addEventListener('change', () => {
      if (input.checked) onTarget(update);
    });
    return el('div', { class: 'choice' }, [input, el('label', { for: id }, [label])]);
  };
  return el('fieldset', { class: 'target' }, [
    el('legend', {}, [text.whereHeading]),
    option(true, text.updateExisting(sheetName)),
    option(false, text.buildNew),
  ]);
}

/** Which goal calculator the form shows and updates, when the spreadsheet has several. */
function sheetChoice(
  target: BuildTarget,
  text: Messages,
  pickSheet: (sheetName: string) => void,
): HTMLElement {
  const select = el(
    'select',
    { id: 'target-sheet', 'data-focus': 'target-sheet' },
    target.sheetNames.map((name) =>
      el('option', { value: name, selected: name === target.shownSheet }, [name]),
    ),
  );
  select.addEventListener('change', () => pickSheet(select.value));
  return el('div', { class: 'field target-sheet' }, [
    el('label', { for: 'target-sheet' }, [text.whichSheet]),
    select,
  ]);
}

export function showBuildStatus(root: ParentNode, status: BuildStatus, text: Messages): void {
  const building = status.kind === 'building';
  const button = root.querySelector<HTMLButtonElement>('#build');
  const progress = root.querySelector<HTMLProgressElement>('.build-panel progress');
  const line = root.querySelector<HTMLElement>('#build-status');
  if (button) {
    // aria-disabled keeps the focus on the button while it is busy; `disabled` would drop it.
    button.setAttribute('aria-disabled', String(building));
    button.classList.toggle('busy', building);
  }
  if (progress) progress.hidden = !building;
  if (line) {
    line.className = `status ${status.kind}`;
    line.textContent = statusText(status, text);
  }
}

function statusText(status: BuildStatus, text: Messages): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'building':
      return status.updating ? text.updating : text.building;
    case 'built':
      return text.built(status.sheetName);
    case 'updated':
      return status.blockRewritten
        ? text.updatedBlock(status.sheetName)
        : text.updatedInputs(status.sheetName);
    case 'invalid':
      return text.fixFirst(status.fieldCount);
    case 'failed': {
      const reason = status.reason || text.unknownError;
      return status.updating ? text.updateFailed(reason) : text.buildFailed(reason);
    }
  }
}
