/**
 * The in-sidebar function reference, generated from the catalog: search as you type, one
 * collapsible entry per function with its arguments explained.
 */
import { catalog, type FunctionSpec } from '../../src/kpi';
import { el, replaceChildren } from '../dom';
import type { Messages } from '../i18n';
import { searchFunctions, signatureOf } from '../reference/search';

export function referenceSection(text: Messages): HTMLElement {
  const search = el('input', {
    id: 'reference-search',
    type: 'search',
    autocomplete: 'off',
    'aria-controls': 'reference-list',
    'data-focus': 'reference-search',
  });
  const count = el('p', { class: 'hint', id: 'reference-count', 'aria-live': 'polite' });
  const list = el('ul', { id: 'reference-list', class: 'reference-list' });
  const update = () => {
    const found = searchFunctions(catalog, search.value, text);
    count.textContent =
      found.length === 0
        ? text.referenceNone(search.value.trim())
        : text.referenceCount(found.length, catalog.length);
    replaceChildren(
      list,
      found.map((spec) => entry(spec, text)),
    );
  };
  search.addEventListener('input', update);
  update();
  return el('details', { class: 'reference' }, [
    el('summary', {}, [el('h2', {}, [text.referenceHeading])]),
    el('label', { for: 'reference-search' }, [text.referenceSearch]),
    search,
    count,
    list,
  ]);
}

function entry(spec: FunctionSpec, text: Messages): HTMLElement {
  const localTerm = text.functionTerms[spec.name];
  const aliases = spec.aliases?.length ? `${text.referenceAlias}: ${spec.aliases.join(', ')}` : '';
  return el('li', {}, [
    el('details', {}, [
      el('summary', {}, [el('code', {}, [spec.name]), localTerm ? ` ${localTerm}` : '']),
      el('p', { class: 'signature' }, [el('code', {}, [`=${signatureOf(spec)}`])]),
      el('p', {}, [spec.summary]),
      aliases ? el('p', { class: 'hint' }, [aliases]) : null,
      el('p', { class: 'hint' }, [text.categories[spec.category]]),
      el(
        'dl',
        {},
        spec.args.flatMap((arg) => [
          el('dt', {}, [el('code', {}, [arg.name])]),
          el('dd', {}, [arg.description]),
        ]),
      ),
    ]),
  ]);
}
