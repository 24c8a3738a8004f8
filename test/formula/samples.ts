/** Plausible input values for formula tests, varied per row and per argument. */
import type { ArgKind } from '../../src/kpi';

/** A plausible, varied value of each kind for month `month` of argument `index`. */
export function sample(kind: ArgKind, month: number, index: number): number {
  const wave = ((month * 7 + index * 3) % 11) + 1; // 1..11, different per argument
  switch (kind) {
    case 'money':
      return 1000 * wave + 250 * index;
    case 'count':
      return 3 * wave + index;
    case 'rate':
      return wave / 20; // 5% .. 55%
    case 'days':
      return 10 * wave;
    case 'periods':
      return 2 * wave;
    case 'minutes':
      return 5 * wave;
    case 'number':
      return 100 * wave - 450; // negative values too, never 0
    case 'date':
      return 45000 + wave;
  }
}
