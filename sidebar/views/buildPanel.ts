/**
 * The Build button and what it says: progress while the server writes the sheet, then the
 * new sheet's name or the server's reason in words. Updated in place, so the button keeps
 * the keyboard focus through a build.
 */
import { el } from '../dom';
import type { Messages } from '../i18n';

export type BuildStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building' }
  | { readonly kind: 'built'; readonly sheetName: string }
  | { readonly kind: 'invalid'; readonly fieldCount: number }
  | { readonly kind: 'failed'; readonly reason: string };

export function buildPanel(status: BuildStatus, text: Messages, onBuild: () => void): HTMLElement {
  const button = el(
    'button',
    { type: 'submit', form: 'plan-form', class: 'primary', id: 'build', 'data-focus': 'build' },
    [text.build],
  );
  button.addEventListener('click', (event) => {
    event.preventDefault();
    onBuild();
  });
  const panel = el('div', { class: 'build-panel' }, [
    button,
    el('progress', { 'aria-label': text.building, hidden: true }),
    el('p', { id: 'build-status', class: 'status', role: 'status' }),
  ]);
  showBuildStatus(panel, status, text);
  return panel;
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
      return text.building;
    case 'built':
      return text.built(status.sheetName);
    case 'invalid':
      return text.fixFirst(status.fieldCount);
    case 'failed':
      return text.buildFailed(status.reason || text.unknownError);
  }
}
