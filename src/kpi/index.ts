import { findFunction } from './catalog';
import { runFunction } from './engine';
import type { ArgInput, Output } from './types';

export { callableNames, catalog, findFunction, reverseFunnelCounts } from './catalog';
export { runFunction } from './engine';
export { localSummaries, type SummaryLanguage } from './localSummaries';
export {
  argumentDescription,
  errorRules,
  resultDescription,
  signature,
  typedNames,
} from './reference';
export { roundUpWhole } from './rounding';
export type * from './types';

/** Calls a catalog function by the name the user typed (an alias names itself in errors). */
export function callFunction(
  typedName: string,
  args: readonly ArgInput[],
  context: CallContext = {},
): Output {
  const spec = findFunction(typedName);
  if (!spec) throw new Error(`${typedName}: not a FunnelMath function`);
  return runFunction(spec, typedName.toUpperCase(), args, { fastPath: true, ...context });
}

/** What a call may learn about its spreadsheet (rule 7 of FUNCTIONS.md). */
export interface CallContext {
  /** The spreadsheet's time zone, read only by a function that meets a Date and needs its day. */
  readonly timeZone?: () => string;
}
