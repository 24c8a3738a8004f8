/**
 * A sheet described as data. Nothing here knows Apps Script or xlsx: writers (src/gas,
 * src/cli, the preview) interpret it, and tests evaluate it with HyperFormula.
 *
 * The grid is dense (rows x columns) so that a writer can send each property of the whole
 * sheet in one batched call (setValues, setFormulas, setNumberFormats, ...), whatever the
 * number of stages or months.
 */

/** A literal cell. Text is always text: writers must never let it become a formula. */
export interface ValueCell {
  readonly value: string | number | boolean;
}
/** A live cell: a native spreadsheet formula starting with "=". */
export interface FormulaCell {
  readonly formula: string;
}
export type CellContent = ValueCell | FormulaCell;

/** Visual roles; each writer maps a role to its own colours and fonts (src/layout/styles.ts). */
export type CellRole =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'label'
  | 'wrappedLabel'
  | 'input'
  | 'output'
  | 'total'
  | 'note';

/**
 * What an input cell accepts. Every writer turns it into its program's own data validation
 * (Sheets: DataValidation; .xlsx: dataValidations; the preview enforces it on edit) with
 * `help` as the text shown beside the cell and in the rejection message.
 */
export type CellValidation = (
  | {
      readonly kind: 'number';
      /** Exclusive lower bound: the value must be greater than this. */
      readonly greaterThan?: number;
      /** Inclusive lower bound. */
      readonly atLeast?: number;
      /** Inclusive upper bound. */
      readonly atMost?: number;
      /** Only whole numbers. */
      readonly whole?: boolean;
    }
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | {
      readonly kind: 'date';
      /** Inclusive bounds, "YYYY-MM-DD". */
      readonly onOrAfter?: string;
      readonly onOrBefore?: string;
    }
) & {
  /** One sentence naming what is allowed, in the sheet's language. */
  readonly help: string;
};

export type Cell = CellContent & {
  readonly role?: CellRole;
  /** A concrete number format pattern, e.g. '$#,##0', '0.0%', '#,##0'. */
  readonly numberFormat?: string;
  /** A note shown on hover (what the input means). */
  readonly note?: string;
  /** What an input cell accepts; writers reject anything else. */
  readonly validation?: CellValidation;
};

export type ChartType = 'bar' | 'column' | 'line';

/**
 * How a chart's value axis is scaled. 'log' keeps every stage of a funnel readable (80,000
 * visitors next to 48 customers); it cannot show zero or less, which every writer leaves out.
 */
export type ValueScale = 'linear' | 'log';

/**
 * A chart over cells of its own sheet. As in Sheets, when the first cell of `labels` is a
 * header cell (role 'header'), every range starts with a header row that names its series.
 * A series range of several columns is one series per column.
 *
 * Every writer draws lines as straight segments between months (never smoothed) and an
 * empty cell or #N/A as a gap, never as zero. A formula's "" is NOT a gap in Excel (it is
 * plotted as 0): a chart over formulas reads cells that give NA() for a missing month. And
 * LibreOffice 7.4 plots any non-numeric formula result, #N/A included, at zero: a 'line'
 * over formulas falls to zero there, so a chart over formulas is 'column' or 'bar' (see
 * chartData.ts); a 'line' reads cells that are empty when there is no figure.
 */
export interface ChartSpec {
  readonly type: ChartType;
  readonly title: string;
  /** A1 range of the category labels (e.g. stage names), on this sheet. */
  readonly labels: string;
  /** A1 ranges of the data series, on this sheet. */
  readonly series: readonly string[];
  /** Series names, same order as `series`. */
  readonly seriesNames: readonly string[];
  /** Top-left anchor cell of the chart, e.g. 'H2'. */
  readonly anchor: string;
  readonly widthPx: number;
  readonly heightPx: number;
  /** The value axis's scale; linear when absent. */
  readonly valueScale?: ValueScale;
}

/** Conditional colouring of a range by a formula relative to its top-left cell. */
export interface ConditionalRule {
  readonly range: string;
  /** Custom-formula condition, written relative to the range's top-left cell. */
  readonly formula: string;
  readonly fill: 'good' | 'bad' | 'warn';
}

/**
 * How a sheet prints: in this orientation, scaled to one page wide, or, for a sheet too
 * wide to read at that scale, at `scalePercent` over pages that start at the column breaks. Writers that can
 * (the .xlsx's pageSetup and print titles) apply all of it; Apps Script has no print-setup
 * API, so Sheets takes only what its print dialog derives from the sheet (see src/gas).
 */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /**
   * The sheet's title, printed in every page's header (with the page number at the right):
   * a page of a wide sheet's right-hand part says which sheet it is, with no title cell cut
   * at the repeated column's edge.
   */
  readonly pageTitle?: string;
  /** 1-based rows that start a new page, so that no chart or table is cut in two. */
  readonly pageBreaksBefore?: readonly number[];
  /** Columns (1-based, inclusive) repeated at the left of every printed page. */
  readonly repeatColumns?: { readonly first: number; readonly last: number };
  /** 1-based columns that start a new page, so that no chart is cut in two. */
  readonly columnBreaksBefore?: readonly number[];
  /** Print scale in percent; when absent, the sheet is fitted to one page wide. */
  readonly scalePercent?: number;
  /**
   * A1 ranges that print, in order, each on pages of its own (see printAreas in
   * src/layout/print.ts); when absent, the whole sheet prints.
   */
  readonly areas?: readonly string[];
}

export interface SheetLayout {
  /** The sheet name the formulas were built for (writers pick a free name first). */
  readonly name: string;
  /** Dense grid: rows x columns, null where the cell stays empty. */
  readonly cells: readonly (readonly (Cell | null)[])[];
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  /** Named input cells: the cells a person is meant to edit. */
  readonly inputs: readonly { readonly key: string; readonly a1: string }[];
  readonly charts: readonly ChartSpec[];
  readonly conditionalRules: readonly ConditionalRule[];
  /** Print setup; a writer prints to fit one page wide in portrait when absent. */
  readonly print?: PrintSetup;
}

/** Several sheets that reference each other (the linked workbook of the CLI). */
export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
}
