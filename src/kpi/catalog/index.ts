import type { FunctionSpec } from '../types';
import { acquisition } from './acquisition';
import { conversion } from './conversion';
import { growth } from './growth';
import { pipeline } from './pipeline';
import { planning } from './planning';
import { records } from './records';
import { returns } from './returns';
import { value } from './value';

/** Every FunnelMath function, in the order of FUNCTIONS.md. */
export const catalog: readonly FunctionSpec[] = [
  ...acquisition,
  ...conversion,
  ...value,
  ...returns,
  ...growth,
  ...pipeline,
  ...records,
  ...planning,
];

/** Every name a user can type (function names and aliases) with its spec. */
export const callableNames: ReadonlyMap<string, FunctionSpec> = new Map(
  catalog.flatMap((spec) =>
    [spec.name, ...(spec.aliases ?? [])].map((name) => [name, spec] as const),
  ),
);

export function findFunction(name: string): FunctionSpec | undefined {
  return callableNames.get(name.toUpperCase());
}

export { reverseFunnelCounts } from './planning';
