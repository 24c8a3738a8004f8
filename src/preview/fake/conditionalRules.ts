/**
 * Fakes of the conditional-format subset the writers use: a custom-formula rule with a
 * background over ranges (SpreadsheetApp.newConditionalFormatRule()...build()).
 */
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
