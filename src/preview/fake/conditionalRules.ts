/**
 * Fakes of the conditional-format subset the writers use: a custom-formula rule with a
 * background over ranges (SpreadsheetApp.newConditionalFormatRule()...build()).
 */
import { columnIndex, columnLetter } from '../../layout/a1';
import { type CallLog, counted } from './callLog';

type Range = GoogleAppsScript.Spreadsheet.Range;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type ConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type BooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;

export const ruleBuilderMethods = [
  'whenFormulaSatisfied',
  'setBackground',
  'setRanges',
  'build',
] as const;
const ruleMethods = ['getRanges', 'getBooleanCondition'] as const;

export class FakeConditionalFormatRuleBuilder
  implements Pick<ConditionalFormatRuleBuilder, (typeof ruleBuilderMethods)[number]>
{
  private formula: string | null = null;
  private background: string | null = null;
  private ranges: Range[] = [];

  constructor(private readonly log: CallLog) {}

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    if (!formula.startsWith('=')) throw new Error('A custom formula must start with "="');
    this.formula = formula;
    return this.self();
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.background = color;
    return this.self();
  }

  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.ranges = [...ranges];
    return this.self();
  }

  build(): ConditionalFormatRule {
    if (this.formula === null) throw new Error('A conditional format rule needs a condition');
    const rule = new FakeConditionalFormatRule(this.formula, this.background, this.ranges);
    return counted(
      this.log,
      'ConditionalFormatRule',
      rule,
      ruleMethods,
    ) as unknown as ConditionalFormatRule;
  }

  private self(): ConditionalFormatRuleBuilder {
    return this as unknown as ConditionalFormatRuleBuilder;
  }
}

export class FakeConditionalFormatRule
  implements Pick<ConditionalFormatRule, (typeof ruleMethods)[number]>
{
  constructor(
    private readonly formula: string,
    private readonly background: string | null,
    private readonly ranges: Range[],
  ) {}

  getRanges(): Range[] {
    return [...this.ranges];
  }

  getBooleanCondition(): BooleanCondition {
    const condition: Pick<BooleanCondition, 'getBackground' | 'getCriteriaValues'> = {
      getBackground: () => this.background,
      getCriteriaValues: () => [this.formula],
    };
    return condition as BooleanCondition;
  }
}

/**
 * A custom formula as Sheets applies it to the cell `rows` down and `columns` right of the
 * range's top-left: every reference without a $ moves by that offset. Text in quotes and
 * function names (LOG10, ATAN2) stay as they are.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(
    /("[^"]*")|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (match, quoted, columnAnchor, letters, rowAnchor, row) => {
      if (quoted) return match;
      const column = columnAnchor ? letters : columnLetter(columnIndex(letters) + columns);
      const shiftedRow = rowAnchor ? row : String(Number(row) + rows);
      return `${columnAnchor}${column}${rowAnchor}${shiftedRow}`;
    },
  );
}

/** Decides whether a custom formula holds for one cell (a spreadsheet engine evaluates it). */
export type FormulaTest = (formula: string) => boolean;

/**
 * The background each cell shows from the sheet's conditional-format rules, as Sheets
 * draws it: the first rule, in order, whose formula holds for the cell wins.
 */
export function conditionalBackgrounds(
  rules: readonly ConditionalFormatRule[],
  holds: FormulaTest,
): Map<string, string> {
  const shown = new Map<string, string>();
  for (const rule of rules) {
    const condition = rule.getBooleanCondition();
    const formula = condition?.getCriteriaValues()[0];
    const background = condition?.getBackground();
    if (typeof formula !== 'string' || !background) continue;
    for (const range of rule.getRanges()) {
      const top = range.getRow();
      const left = range.getColumn();
      for (let row = top; row < top + range.getNumRows(); row++) {
        for (let column = left; column < left + range.getNumColumns(); column++) {
          const key = `${row},${column}`;
          if (shown.has(key)) continue;
          if (holds(shiftFormula(formula, row - top, column - left))) shown.set(key, background);
        }
      }
    }
  }
  return shown;
}
