/**
 * What the preview server and its two pages say to each other (JSON over HTTP). Shared by
 * the Node server, the grid page and the google.script.run shim, so the three agree.
 */

/** One cell as the grid page shows it. */
export interface GridCell {
  /** The value as Sheets would display it (number formats applied). */
  readonly shown: string;
  /** What the user would see in the formula bar: the formula, or the value as typed. */
  readonly input: string;
  /** Numbers (and dates) sit right-aligned, as in Sheets. */
  readonly numeric?: boolean;
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  /** The text wraps within the column (headers), as the sheet's wrap setting says. */
  readonly wrap?: boolean;
  readonly note?: string;
  /** The error message behind a #ERROR!/#VALUE! cell, shown on hover. */
  readonly error?: string;
  /** What a validated input cell accepts (its data validation's help text), shown on hover. */
  readonly help?: string;
  /** The values a list-validated cell offers, suggested in the formula bar. */
  readonly choices?: readonly string[];
}

/** One series of a chart: its name and a value per category, null where there is none. */
export interface GridSeries {
  readonly name: string;
  /** A number per category; null (text, "", #N/A) is a gap, never a zero. */
  readonly values: readonly (number | null)[];
}

/** An embedded chart as the sheet holds it: its data read from its ranges, as Sheets does. */
export interface GridChart {
  readonly type: 'bar' | 'column' | 'line' | 'unset';
  readonly title: string;
  /** 1-based anchor cell, as Sheets' setPosition takes it. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly width: number;
  readonly height: number;
  /** Category labels as the cells show them (a month reads "Jan 2026"). */
  readonly labels: readonly string[];
  /** One series per column of the series ranges, named by the header row when there is one. */
  readonly series: readonly GridSeries[];
  readonly logScale: boolean;
  /** Where a log axis starts. */
  readonly logMinimum: number;
}

export interface GridSheet {
  readonly name: string;
  /** Dense rows of the sheet's data range. */
  readonly rows: readonly (readonly GridCell[])[];
  readonly frozenRows: number;
  /** Widths in pixels by column (1-based position - 1), where the sheet set one. */
  readonly columnWidths: readonly (number | null)[];
  readonly charts: readonly GridChart[];
}

/** An item of the add-on's menu, as onOpen built it: its caption and the function it runs. */
export interface GridMenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export interface GridSnapshot {
  readonly active: string;
  readonly sheets: readonly GridSheet[];
  /** The spreadsheet's locale ("en_US", "zh_CN", "zh_TW"): the page speaks its language. */
  readonly locale: string;
  /** The add-on's menu under Extensions, in order. */
  readonly menu: readonly GridMenuItem[];
}

/** POST /api/run/<entry point> body: the arguments google.script.run was given. */
export interface RunRequest {
  readonly args: readonly unknown[];
}
/** The answer: the entry point's return value, or its error message in words. */
export type RunResponse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: string };

/** POST /api/cell body: a person typing into one cell. */
export interface CellEdit {
  readonly sheet: string;
  readonly a1: string;
  readonly input: string;
}
/**
 * The answer: the sheets after the edit. An entry the cell's data validation refuses is an
 * ordinary outcome, not a failure: the cell is unchanged and `rejected` says why.
 */
export interface CellEditAnswer extends GridSnapshot {
  readonly rejected?: string;
}

/** The menu handlers that open the sidebar: the preview loads their page into its frame. */
export const sidebarEntryPoints: readonly string[] = ['showGoalCalculator', 'showWorkbookCheck'];

/** The sidebar page as `entryPoint` serves it. */
export function sidebarPath(entryPoint: string): string {
  return `${paths.sidebar}?open=${encodeURIComponent(entryPoint)}`;
}

/**
 * POST /api/paste body: a block of text pasted with its top-left corner on `a1`, each cell
 * typed in as a person would (Sheets parses numbers, dates and formulas the same way).
 */
export interface CellPaste {
  readonly sheet: string;
  readonly a1: string;
  readonly rows: readonly (readonly string[])[];
}

export const paths = {
  grid: '/',
  sidebar: '/sidebar',
  run: '/api/run/',
  snapshot: '/api/snapshot',
  cell: '/api/cell',
  paste: '/api/paste',
  activate: '/api/activate',
  xlsx: '/download/workbook.xlsx',
} as const;

/**
 * The per-run token that makes a state-changing call (every POST) the preview's own: the
 * server puts it in a <meta> of each page it serves and the pages send it back in a header.
 * Another web site can neither read it (same-origin policy) nor send a custom header
 * without a CORS preflight the server never grants.
 */
export const previewToken = {
  meta: 'funnelmath-preview-token',
  header: 'x-funnelmath-token',
} as const;

/** Posted by the sidebar frame to the grid page after a server call that may have changed sheets. */
export const changedMessage = 'funnelmath:changed';
