/**
 * Fakes of the data-validation subset the writers use (SpreadsheetApp.newDataValidation()
 * .requireNumberBetween(...).setHelpText(...).setAllowInvalid(false).build()), and the check
 * Sheets makes when a person types into a validated cell: with allowInvalid false the entry
 * is rejected and the help text is the message. A script's setValue is never checked (in
 * Sheets it writes anyway and only marks the cell), so the check is a separate function.
 */
import { type CallLog, counted } from './callLog';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DataValidationCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** The criteria the fake models, by their Apps Script enum names. */
export type FakeCriteria =
  | 'NUMBER_BETWEEN'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'CUSTOM_FORMULA'
  | 'VALUE_IN_LIST'
  | 'DATE_IS_VALID_DATE'
  | 'DATE_BETWEEN'
  | 'DATE_ON_OR_AFTER'
  | 'DATE_ON_OR_BEFORE';

export const dataValidationBuilderMethods = [
  'requireNumberBetween',
  'requireNumberGreaterThan',
  'requireNumberGreaterThanOrEqualTo',
  'requireNumberLessThanOrEqualTo',
  'requireFormulaSatisfied',
  'requireValueInList',
  'requireDate',
  'requireDateBetween',
  'requireDateOnOrAfter',
  'requireDateOnOrBefore',
  'setHelpText',
  'setAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
  'getAllowInvalid',
  'build',
] as const;
const dataValidationMethods = [
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
  'getAllowInvalid',
] as const;

/** A Date may come from the bundle's node:vm realm, so no instanceof. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function requireNumber(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`Invalid argument: ${method} takes a number, not ${String(value)}`);
  return value;
}

function requireDateArgument(value: unknown, method: string): Date {
  if (!isDate(value) || Number.isNaN(value.getTime()))
    throw new Error(`Invalid argument: ${method} takes a Date, not ${String(value)}`);
  return value;
}

export class FakeDataValidationBuilder
  implements Pick<DataValidationBuilder, (typeof dataValidationBuilderMethods)[number]>
{
  private criteria: FakeCriteria | null = null;
  private values: unknown[] = [];
  private helpText: string | null = null;
  // Sheets' default for a new rule: show a warning, accept the entry.
  private allowInvalid = true;

  constructor(private readonly log: CallLog) {}

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    const low = requireNumber(start, 'requireNumberBetween');
    const high = requireNumber(end, 'requireNumberBetween');
    return this.require('NUMBER_BETWEEN', [low, high]);
  }

  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN', [requireNumber(number, 'requireNumberGreaterThan')]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      requireNumber(number, 'requireNumberGreaterThanOrEqualTo'),
    ]);
  }

  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [
      requireNumber(number, 'requireNumberLessThanOrEqualTo'),
    ]);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    if (typeof formula !== 'string' || !formula.startsWith('='))
      throw new Error('Invalid argument: a custom formula must start with "="');
    return this.require('CUSTOM_FORMULA', [formula]);
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    const list = Array.from(values, String);
    if (list.length === 0) throw new Error('Invalid argument: the list of values is empty');
    return this.require('VALUE_IN_LIST', [list, showDropdown]);
  }

  requireDate(): DataValidationBuilder {
    return this.require('DATE_IS_VALID_DATE', []);
  }

  requireDateBetween(start: Date, end: Date): DataValidationBuilder {
    return this.require('DATE_BETWEEN', [
      requireDateArgument(start, 'requireDateBetween'),
      requireDateArgument(end, 'requireDateBetween'),
    ]);
  }

  requireDateOnOrAfter(date: Date): DataValidationBuilder {
    return this.require('DATE_ON_OR_AFTER', [requireDateArgument(date, 'requireDateOnOrAfter')]);
  }

  requireDateOnOrBefore(date: Date): DataValidationBuilder {
    return this.require('DATE_ON_OR_BEFORE', [requireDateArgument(date, 'requireDateOnOrBefore')]);
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.helpText = String(helpText);
    return this.self();
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.allowInvalid = Boolean(allowInvalidData);
    return this.self();
  }

  getCriteriaType(): DataValidationCriteria {
    return this.criteria as unknown as DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.values];
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  build(): DataValidation {
    if (this.criteria === null) throw new Error('A data validation needs a criterion');
    const rule = new FakeDataValidation(
      this.criteria,
      this.values,
      this.helpText ?? '',
      this.allowInvalid,
    );
    // Reading a rule's criteria is in memory, like a builder: no document call.
    return counted(this.log, 'DataValidation', rule, dataValidationMethods, {
      builder: true,
    }) as unknown as DataValidation;
  }

  private require(criteria: FakeCriteria, values: unknown[]): DataValidationBuilder {
    this.criteria = criteria;
    this.values = values;
    return this.self();
  }

  private self(): DataValidationBuilder {
    return this as unknown as DataValidationBuilder;
  }
}

export class FakeDataValidation
  implements Pick<DataValidation, (typeof dataValidationMethods)[number]>
{
  constructor(
    readonly criteria: FakeCriteria,
    private readonly values: readonly unknown[],
    private readonly helpText: string,
    private readonly allowInvalid: boolean,
  ) {}

  getCriteriaType(): DataValidationCriteria {
    return this.criteria as unknown as DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    return this.values.map((value) => (Array.isArray(value) ? [...value] : value));
  }

  getHelpText(): string {
    return this.helpText;
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

/** What the check needs to know about the cell once the entry is in it. */
export interface EnteredCell {
  /** Its value as getValue reads it: number, string, boolean, or the error code. */
  readonly value: unknown;
  /** True when the cell is empty: clearing a validated cell is always allowed. */
  readonly empty: boolean;
  /** True when its number format shows a date. */
  readonly shownAsDate: boolean;
  /** Evaluates a custom formula in the cell's sheet. */
  readonly evaluate: (formula: string) => unknown;
}

const SHEETS_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The serial number of a Date's calendar day, read in the script's (local) time zone. */
function daySerial(date: Date): number {
  return (
    (Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - SHEETS_EPOCH_UTC) / DAY_MS
  );
}

/**
 * Null when Sheets would accept the entry; otherwise the message it shows: the rule's help
 * text, or Sheets' own sentence when the rule has none. A rule that allows invalid data
 * never rejects (Sheets keeps the entry and marks the cell).
 */
export function rejectionOf(rule: DataValidation, cell: EnteredCell): string | null {
  if (cell.empty || rule.getAllowInvalid()) return null;
  const criteria = rule.getCriteriaType() as unknown as FakeCriteria;
  if (satisfies(criteria, rule.getCriteriaValues(), cell)) return null;
  const help = rule.getHelpText();
  return help !== ''
    ? help
    : 'The data you entered violates the data validation rules set on this cell.';
}

function satisfies(criteria: FakeCriteria, values: readonly unknown[], cell: EnteredCell): boolean {
  const { value } = cell;
  const number = typeof value === 'number' ? value : null;
  const date = number !== null && cell.shownAsDate ? number : null;
  const bound = (index: number) => values[index] as number;
  const dayBound = (index: number) => daySerial(values[index] as Date);
  switch (criteria) {
    case 'NUMBER_BETWEEN':
      return number !== null && number >= bound(0) && number <= bound(1);
    case 'NUMBER_GREATER_THAN':
      return number !== null && number > bound(0);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number !== null && number >= bound(0);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number !== null && number <= bound(0);
    case 'VALUE_IN_LIST':
      // The exact text of one choice (whether Sheets also forgives case is not modelled).
      return (values[0] as readonly string[]).includes(String(value));
    case 'DATE_IS_VALID_DATE':
      return date !== null;
    case 'DATE_BETWEEN':
      return date !== null && Math.floor(date) >= dayBound(0) && Math.floor(date) <= dayBound(1);
    case 'DATE_ON_OR_AFTER':
      return date !== null && Math.floor(date) >= dayBound(0);
    case 'DATE_ON_OR_BEFORE':
      return date !== null && Math.floor(date) <= dayBound(0);
    case 'CUSTOM_FORMULA': {
      const result = cell.evaluate(values[0] as string);
      return result === true || (typeof result === 'number' && result !== 0);
    }
  }
}
