/**
 * The move-up, move-down and remove buttons of a row of an ordered list (stages, channels).
 * Their accessible names say which row they act on ("Move Leads up"); the first row cannot
 * move up nor the last down. Each button has a focus key (`${focusPrefix}up-${id}`) so that
 * the form, rebuilt after a move, gives the focus back to the same button of the same row.
 */
import type { Messages } from '../i18n';
import { actionButton } from './actionButton';

type RowButton = 'up' | 'down' | 'remove';

export interface RowMoveButtonsOptions {
  /** The row's id in the draft (stable while the row moves). */
  readonly id: number;
  readonly index: number;
  readonly last: number;
  /** The row's name as shown ("Leads", or the default name while it is blank). */
  readonly shownName: string;
  /** Prefix of the buttons' focus keys: '' for stages, 'channel-' for channels. */
  readonly focusPrefix: string;
  readonly move: (offset: -1 | 1) => void;
  readonly remove: () => void;
}

function focusKey(focusPrefix: string, button: RowButton, id: number): string {
  return `${focusPrefix}${button}-${id}`;
}

function buttonLabels(shownName: string, text: Messages): Record<RowButton, string> {
  return {
    up: text.moveUp(shownName),
    down: text.moveDown(shownName),
    remove: text.remove(shownName),
  };
}

export function rowMoveButtons(options: RowMoveButtonsOptions, text: Messages): HTMLElement[] {
  const { id, index, last, focusPrefix } = options;
  const labels = buttonLabels(options.shownName, text);
  const button = (kind: RowButton, icon: string, disabled: boolean, onClick: () => void) =>
    actionButton(
      {
        class: kind === 'remove' ? 'icon remove' : 'icon',
        'aria-label': labels[kind],
        'data-label': kind,
        'data-focus': focusKey(focusPrefix, kind, id),
        disabled,
      },
      icon,
      onClick,
    );
  return [
    button('up', '↑', index === 0, () => options.move(-1)),
    button('down', '↓', index === last, () => options.move(1)),
    button('remove', '×', false, options.remove),
  ];
}

/**
 * The focus key of the button to focus once row `id` has moved by `offset` from `from` in a
 * list of `count`: the pressed button, or the other one when the row lands at the top or
 * bottom and the pressed one becomes disabled.
 */
export function focusAfterMove(
  focusPrefix: string,
  id: number,
  from: number,
  offset: -1 | 1,
  count: number,
): string {
  const landsAtEdge = from + offset === 0 || from + offset === count - 1;
  const pressed: RowButton = offset < 0 ? 'up' : 'down';
  const other: RowButton = offset < 0 ? 'down' : 'up';
  return focusKey(focusPrefix, landsAtEdge ? other : pressed, id);
}

/** A renamed row's buttons say its new name, without rebuilding the row (the caret stays). */
export function relabelRowMoveButtons(row: ParentNode, shownName: string, text: Messages): void {
  const labels = buttonLabels(shownName, text);
  for (const kind of ['up', 'down', 'remove'] as const) {
    row.querySelector(`[data-label="${kind}"]`)?.setAttribute('aria-label', labels[kind]);
  }
}
