/**
 * A labelled input with its message slot beside it. The message element is referenced by
 * aria-describedby, so a screen reader reads the problem with the field.
 */
import { el } from '../dom';

export const inputId = (key: string) => `field-${key}`;
export const errorId = (key: string) => `error-${key}`;

export interface FieldOptions {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** Shown after the input ("%", "days") and read as part of the label. */
  readonly unit?: string;
  readonly optionalText?: string;
  /** 'decimal' brings up a numeric keypad on touch devices; text fields use 'text'. */
  readonly inputMode?: 'decimal' | 'text';
  /** 'month' gives the browser's month picker (a "YYYY-MM" value, typed or picked). */
  readonly type?: 'text' | 'month';
  readonly onInput: (value: string) => void;
}

export function inputField(options: FieldOptions): HTMLElement {
  const input = el('input', {
    id: inputId(options.key),
    type: options.type ?? 'text',
    inputmode: options.type === 'month' ? undefined : (options.inputMode ?? 'decimal'),
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': errorId(options.key),
    'data-focus': options.key,
  });
  input.value = options.value;
  input.addEventListener('input', () => options.onInput(input.value));
  return el('div', { class: 'field' }, [
    el('label', { for: inputId(options.key) }, [
      options.label,
      options.optionalText
        ? el('span', { class: 'optional' }, [` (${options.optionalText})`])
        : null,
    ]),
    el('div', { class: options.unit ? 'with-unit' : 'plain' }, [
      input,
      options.unit ? el('span', { class: 'unit', 'aria-hidden': 'true' }, [options.unit]) : null,
    ]),
    errorSlot(options.key),
  ]);
}

export interface SelectOptions<Value extends string> {
  readonly key: string;
  readonly label: string;
  readonly value: Value;
  readonly choices: readonly { readonly value: Value; readonly text: string }[];
  readonly onChange: (value: Value) => void;
}

export function selectField<Value extends string>(options: SelectOptions<Value>): HTMLElement {
  const select = el(
    'select',
    {
      id: inputId(options.key),
      'aria-describedby': errorId(options.key),
      'data-focus': options.key,
    },
    options.choices.map((choice) =>
      el('option', { value: choice.value, selected: choice.value === options.value }, [
        choice.text,
      ]),
    ),
  );
  select.addEventListener('change', () => {
    const chosen = options.choices.find((choice) => choice.value === select.value);
    if (chosen) options.onChange(chosen.value);
  });
  return el('div', { class: 'field' }, [
    el('label', { for: inputId(options.key) }, [options.label]),
    select,
    errorSlot(options.key),
  ]);
}

/** The message beside a field: empty until the field has a problem worth showing. */
export function errorSlot(key: string): HTMLElement {
  return el('p', { id: errorId(key), class: 'field-error', 'data-error-for': key });
}

/**
 * Shows or clears every field's message and marks the inputs invalid for assistive tech. A
 * field with no problem shows its reading instead ("Read as 2.5%"), in the same described slot.
 */
export function showFieldMessages(
  root: ParentNode,
  messages: ReadonlyMap<string, string>,
  readings: ReadonlyMap<string, string> = new Map(),
): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const key = slot.dataset.errorFor ?? '';
    const message = messages.get(key) ?? '';
    const text = message || (readings.get(key) ?? '');
    if (slot.textContent !== text) slot.textContent = text;
    slot.classList.toggle('reading', !message && text !== '');
    const input = root.querySelector<HTMLElement>(`#${CSS.escape(inputId(key))}`);
    if (input) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
}
