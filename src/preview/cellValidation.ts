/**
 * A Sheets data validation read back as the layout's CellValidation: the inverse of
 * src/gas/dataValidations.ts, so the preview's sheets (read through the Apps Script API)
 * can go to the .xlsx writer with their rules. Only what a layout can say comes back: a
 * rule that merely warns (allowInvalid), or a custom formula other than the writer's own
 * number rules, has no CellValidation and reads as null.
 */
import { parseCell } from '../layout/a1';
import type { CellValidation } from '../layout/types';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A Date from any realm (the bundle's vm too) as "YYYY-MM-DD", read in local time as Sheets' script zone. */
function isoDay(value: unknown): string | null {
  if (Object.prototype.toString.call(value) !== '[object Date]') return null;
  const date = value as Date;
  const two = (number: number) => String(number).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The rule of the cell at `cellA1`, or null when a layout cannot say it. */
export function cellValidationOf(rule: DataValidation, cellA1: string): CellValidation | null {
  if (rule.getAllowInvalid()) return null;
  const help = rule.getHelpText() ?? '';
  const values = rule.getCriteriaValues();
  const [first, second] = values;
  switch (String(rule.getCriteriaType())) {
    case 'NUMBER_BETWEEN':
      return isNumber(first) && isNumber(second)
        ? { kind: 'number', atLeast: first, atMost: second, help }
        : null;
    case 'NUMBER_GREATER_THAN':
      return isNumber(first) ? { kind: 'number', greaterThan: first, help } : null;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return isNumber(first) ? { kind: 'number', atLeast: first, help } : null;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return isNumber(first) ? { kind: 'number', atMost: first, help } : null;
    case 'VALUE_IN_LIST':
      return Array.isArray(first)
        ? { kind: 'list', values: Array.from(first, String), help }
        : null;
    case 'DATE_IS_VALID_DATE':
      return { kind: 'date', help };
    case 'DATE_BETWEEN': {
      const [onOrAfter, onOrBefore] = [isoDay(first), isoDay(second)];
      return onOrAfter && onOrBefore ? { kind: 'date', onOrAfter, onOrBefore, help } : null;
    }
    case 'DATE_ON_OR_AFTER': {
      const onOrAfter = isoDay(first);
      return onOrAfter ? { kind: 'date', onOrAfter, help } : null;
    }
    case 'DATE_ON_OR_BEFORE': {
      const onOrBefore = isoDay(first);
      return onOrBefore ? { kind: 'date', onOrBefore, help } : null;
    }
    case 'CUSTOM_FORMULA':
      return typeof first === 'string' ? numberRuleOf(first, cellA1, help) : null;
    default:
      return null;
  }
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)`;

/**
 * "=AND(ISNUMBER(B2), B2>0, B2<=1, INT(B2)=B2)" (any of the bounds, or "=ISNUMBER(B2)" alone)
 * over this very cell, as src/layout/validationRules.ts writes it; anything else is null.
 */
function numberRuleOf(formula: string, cellA1: string, help: string): CellValidation | null {
  const cell = parseCell(cellA1);
  const body = /^=AND\((.*)\)$/i.exec(formula)?.[1] ?? formula.replace(/^=/, '');
  const conditions = body.split(/\s*,\s*/);
  const refersToCell = (reference: string) => {
    const position = parseCell(reference);
    return position.row === cell.row && position.column === cell.column;
  };
  const isNumberCheck = /^ISNUMBER\(([A-Z]+\d+)\)$/i.exec(conditions[0] ?? '');
  if (!isNumberCheck || !refersToCell(isNumberCheck[1])) return null;
  const rule: { greaterThan?: number; atLeast?: number; atMost?: number; whole?: boolean } = {};
  for (const condition of conditions.slice(1)) {
    const bound = new RegExp(`^([A-Z]+\\d+)(>=|>|<=)${NUMBER}$`, 'i').exec(condition);
    const whole = /^INT\(([A-Z]+\d+)\)=([A-Z]+\d+)$/i.exec(condition);
    if (bound && refersToCell(bound[1])) {
      const key = bound[2] === '>' ? 'greaterThan' : bound[2] === '>=' ? 'atLeast' : 'atMost';
      rule[key] = Number(bound[3]);
    } else if (whole && refersToCell(whole[1]) && refersToCell(whole[2])) {
      rule.whole = true;
    } else return null;
  }
  return { kind: 'number', ...rule, help };
}
