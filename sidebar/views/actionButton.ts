import { el } from '../dom';

/** A plain button (never a form submit) that runs `onClick`. */
export function actionButton(
  attributes: Record<string, string | number | boolean | undefined>,
  label: string,
  onClick: () => void,
): HTMLButtonElement {
  const element = el('button', { type: 'button', ...attributes }, [label]);
  element.addEventListener('click', onClick);
  return element;
}
