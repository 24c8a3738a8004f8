/**
 * The shape of a catalog entry. The catalog (src/kpi/catalog/) is the one place a KPI is
 * defined: the Apps Script wrappers, their JSDoc, the README table, the sidebar reference,
 * the dashboard template formulas and the catalog-wide tests are all generated from it.
 */

/** What an argument holds; drives validation and the autocomplete wording. */
export type ArgKind =
  | 'money' // >= 0, a currency amount
  | 'count' // >= 0, people, leads, deals (fractional averages allowed)
  | 'rate' // a fraction in [0, 1]; 1 < x <= 100 gets the "enter 25% or 0.25" hint
  | 'days' // >= 0, a duration in days
  | 'minutes' // >= 0, a duration in minutes
  | 'periods' // >= 0, a number of periods (months, years)
  | 'date' // a date, a date-time, or its serial number
  | 'number'; // any finite number, sign allowed (growth of a metric that can be negative)

/** What the result means, so templates and docs can format it. */
export type ResultKind =
  | 'money'
  | 'fraction'
  | 'ratio'
  | 'months'
  | 'periods'
  | 'minutes'
  | 'days'
  | 'money_per_day'
  | 'count';

export interface ArgSpec {
  /** The parameter name users see in autocomplete, snake_case. */
  readonly name: string;
  readonly kind: ArgKind;
  /** One plain sentence a marketer reads in the autocomplete box. */
  readonly description: string;
  /** Present only on optional trailing arguments. */
  readonly defaultValue?: number;
  /** What an omitted optional argument means, when its default number says it badly (a date). */
  readonly whenOmitted?: string;
}

export type Category =
  | 'Cost of acquisition'
  | 'Conversion'
  | 'Customer value'
  | 'Return on spend'
  | 'Growth and retention'
  | 'Pipeline and speed'
  | 'Planning backward from revenue';

/** A worked example: the call as typed, and the value (or column) it must give. */
export interface Example {
  readonly formula: string;
  /** A list is a column range; null is a blank cell in it ("" in the formula). */
  readonly args: readonly (number | readonly (number | null)[])[];
  readonly result: number | readonly number[];
}

interface SpecBase {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly category: Category;
  /** One line for autocomplete and the reference table. */
  readonly summary: string;
  readonly args: readonly ArgSpec[];
  readonly result: ResultKind;
  /** The source formula as the contract writes it (documentation). */
  readonly formula: string;
  readonly examples: readonly Example[];
  /** Errors particular to this function, in plain words, for the reference (docs, sidebar). */
  readonly errors?: readonly string[];
}

/**
 * Computed one element at a time over scalars or equally shaped ranges.
 * `compute` receives validated finite numbers in argument order (defaults filled in).
 */
export interface ElementwiseSpec extends SpecBase {
  readonly mode: 'elementwise';
  /** Arguments whose zero makes the result undefined (a zero denominator). */
  readonly zeroIsUndefined: readonly string[];
  readonly compute: (...values: number[]) => number;
  /**
   * The same computation as a native spreadsheet formula over cell references (one per
   * argument, defaults omitted when not passed): templates use it, and tests compare it.
   */
  readonly native: (refs: readonly string[]) => string;
}

/** Takes whole ranges and returns one value (marked *aggregate* in FUNCTIONS.md). */
export interface AggregateSpec extends SpecBase {
  readonly mode: 'aggregate';
  readonly computeAggregate: (call: AggregateCall) => number;
}

/** Returns a column computed from scalar arguments and a list (REVERSE_FUNNEL). */
export interface ColumnSpec extends SpecBase {
  readonly mode: 'column';
  readonly computeColumn: (call: AggregateCall) => number[];
}

export type FunctionSpec = ElementwiseSpec | AggregateSpec | ColumnSpec;

/** A cell value as Apps Script (or HyperFormula, through its adapter) passes it. */
export type CellInput = number | string | boolean | Date | null | undefined;
/** What a custom function receives for one argument: a value, or a 2-D range. */
export type ArgInput = CellInput | CellInput[][];
/** What a custom function returns: a number, or a 2-D range with "" for blanks. */
export type Output = number | (number | '')[][];

/** Validated access to the raw arguments of an aggregate or column call. */
export interface AggregateCall {
  /** The name the user typed (an alias names itself). */
  readonly typedName: string;
  /** The argument as a flat list of rows (a scalar becomes one row of one cell). */
  grid(argIndex: number): CellInput[][];
  /** Validates one element for its argument's kind; null when blank. */
  element(argIndex: number, value: CellInput, row?: number, column?: number): number | null;
  /** A single validated value (a 1x1 range is accepted); throws on blank or a range. */
  scalar(argIndex: number): number;
  /**
   * The calendar day of one element of a date argument, as a whole serial day number (time
   * of day dropped; a Date read in the spreadsheet's time zone); null when blank.
   */
  calendarDay(argIndex: number, value: CellInput, row?: number, column?: number): number | null;
  /** The calendar day of a single date argument (rules of `scalar`). */
  scalarCalendarDay(argIndex: number): number;
  /** Builds an Error whose message starts with the typed name. */
  fail(message: string): Error;
}
