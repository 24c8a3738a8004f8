import { columnIndex, columnLetter, parseCell, parseRange } from '../../../src/layout/a1';
import type { ConditionalRule } from '../../../src/layout/types';
import type { evaluate } from './engine';

/**
 * Evaluates a conditional rule's formula for one cell of its range, as the sheet would:
 * every relative reference moves by the cell's offset from the range's top-left corner.
 */
export function ruleHolds(
  sheet: ReturnType<typeof evaluate>[string],
  rule: ConditionalRule,
  a1: string,
): boolean {
  const { start, end } = parseRange(rule.range);
  const target = parseCell(a1);
  const inside =
    target.row >= start.row &&
    target.row <= end.row &&
    target.column >= start.column &&
    target.column <= end.column;
  if (!inside) return false;
  const formula = rule.formula.replace(
    /(?<![A-Za-z0-9_$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
    (_match, columnAnchor: string, letters: string, rowAnchor: string, digits: string) => {
      const column = columnAnchor
        ? letters
        : columnLetter(columnIndex(letters) + target.column - start.column);
      const row = rowAnchor ? Number(digits) : Number(digits) + target.row - start.row;
      return `${columnAnchor}${column}${rowAnchor}${row}`;
    },
  );
  return sheet.expression(formula.slice(1)) === true;
}
