/**
 * Finds catalog functions by name or by what they measure. The catalog is the only source
 * of the words searched (summary, category, argument descriptions), plus the local term a
 * Chinese-speaking marketer would type (客户获取成本 finds CAC).
 */
import type { FunctionSpec } from '../../src/kpi';
import type { Messages } from '../i18n';

export function signatureOf(spec: FunctionSpec): string {
  const args = spec.args.map((arg) =>
    arg.defaultValue === undefined ? arg.name : `[${arg.name}=${arg.defaultValue}]`,
  );
  return `${spec.name}(${args.join(', ')})`;
}

function haystack(spec: FunctionSpec, text: Messages): string {
  return [
    spec.name,
    ...(spec.aliases ?? []),
    spec.summary,
    spec.category,
    text.categories[spec.category],
    text.functionTerms[spec.name] ?? '',
    ...spec.args.flatMap((arg) => [arg.name, arg.description]),
  ]
    .join('\n')
    .toLowerCase();
}

/** Every word of the query must appear; functions whose name starts with it come first. */
export function searchFunctions(
  catalog: readonly FunctionSpec[],
  query: string,
  text: Messages,
): FunctionSpec[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...catalog];
  const matches = catalog.filter((spec) => {
    const searchable = haystack(spec, text);
    return words.every((word) => searchable.includes(word));
  });
  const upper = query.trim().toUpperCase();
  const namedLike = (spec: FunctionSpec) =>
    [spec.name, ...(spec.aliases ?? [])].some((name) => name.startsWith(upper)) ? 0 : 1;
  // Array.prototype.sort is stable, so catalog order is kept within each group.
  return matches.sort((a, b) => namedLike(a) - namedLike(b));
}
