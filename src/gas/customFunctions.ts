import { type ArgInput, callFunction, type Output } from '../kpi';

/**
 * The one door every generated custom-function wrapper goes through
 * (`function CAC(cost, new_customers) { return FunnelMath.customFunction('CAC', [...]); }`).
 * It computes from its arguments only and touches no Apps Script service: Google forbids
 * most services in custom functions, and each call must stay fast.
 */
export function customFunction(typedName: string, args: readonly ArgInput[]): Output {
  return callFunction(typedName, args);
}
