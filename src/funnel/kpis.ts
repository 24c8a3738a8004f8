import { findFunction } from '../kpi';
import type { ElementwiseSpec } from '../kpi/types';

/**
 * The catalog KPIs the goal calculator reuses: the planner calls their `compute`, the sheet
 * writes their `native` formula, so the sheet and the custom functions cannot disagree.
 */
function elementwise(name: string): ElementwiseSpec {
  const spec = findFunction(name);
  if (spec?.mode !== 'elementwise') throw new Error(`${name} is not an element-wise catalog KPI`);
  return spec;
}

export const CAC = elementwise('CAC');
export const PIPELINE_VELOCITY = elementwise('PIPELINE_VELOCITY');
