/**
 * The inputs of the channel and scenario rows: a text input for the row's name, and a small
 * number field whose short visible label ("Share") stays short while its accessible name
 * says whose it is ("Paid search: share of leads (%)"), with an optional unit after it.
 */
import { el } from '../dom';
import { errorId, errorSlot, inputId } from './field';

export function rowNameInput(key: string, value: string, onInput: (typed: string) => void) {
  const input = el('input', {
    id: inputId(key),
    type: 'text',
    autocomplete: 'off',
    'aria-describedby': errorId(key),
    'data-focus': key,
  });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return input;
}

export interface RowNumberOptions {
  readonly key: string;
  readonly value: string;
  readonly fullLabel: string;
  readonly shortLabel: string;
  readonly unit?: string;
  /** An element read before the field's own message (a hint, the shares left). */
  readonly describedBy?: string;
  /** The message slot inside the field (scenarios) or left to the row (channels). */
  readonly messageInside: boolean;
  readonly className: string;
  readonly onInput: (typed: string) => void;
}

export function rowNumberField(options: RowNumberOptions): HTMLElement {
  const { key } = options;
  const input = el('input', {
    id: inputId(key),
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    'aria-describedby': options.describedBy
      ? `${options.describedBy} ${errorId(key)}`
      : errorId(key),
    'data-focus': key,
  });
  input.value = options.value;
  input.addEventListener('input', () => options.onInput(input.value));
  return el('div', { class: `row-field ${options.className}` }, [
    el('label', { for: inputId(key) }, [
      el('span', { class: 'visually-hidden', 'data-label': 'full' }, [options.fullLabel]),
      el('span', { 'aria-hidden': 'true', 'data-label': 'short' }, [options.shortLabel]),
    ]),
    el('div', { class: 'with-unit' }, [
      input,
      options.unit ? el('span', { class: 'unit', 'aria-hidden': 'true' }, [options.unit]) : null,
    ]),
    options.messageInside ? errorSlot(key) : null,
  ]);
}

/** Sets a row field's labels after a rename, without touching its input. */
export function relabelRowField(
  root: ParentNode,
  key: string,
  fullLabel: string,
  shortLabel?: string,
): void {
  const field = root.querySelector(`#${inputId(key)}`)?.closest('.row-field');
  const set = (which: string, wanted: string) => {
    const element = field?.querySelector(`[data-label="${which}"]`);
    if (element && element.textContent !== wanted) element.textContent = wanted;
  };
  set('full', fullLabel);
  if (shortLabel !== undefined) set('short', shortLabel);
}
