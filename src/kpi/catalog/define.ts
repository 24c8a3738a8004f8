import type { ArgKind, ArgSpec } from '../types';

/** Shorthand for an argument entry, so catalog files read like the contract. */
export function arg(
  name: string,
  kind: ArgKind,
  description: string,
  defaultValue?: number,
): ArgSpec {
  return defaultValue === undefined
    ? { name, kind, description }
    : { name, kind, description, defaultValue };
}

/** Wraps a native-formula reference so operator precedence never changes its meaning. */
export function p(ref: string): string {
  return /^[A-Za-z0-9_$!.:']+$/.test(ref) ? ref : `(${ref})`;
}

/** A simple a / b KPI, the most common shape in the catalog. */
export const ratio = {
  compute: (numerator: number, denominator: number) => numerator / denominator,
  native: ([numerator, denominator]: readonly string[]) => `${p(numerator)}/${p(denominator)}`,
};
