import type { CellRole, ConditionalRule } from './types';

/**
 * How each cell role looks, for every writer (Apps Script, .xlsx, the preview). Inputs are
 * the cells a person edits: pale yellow with blue text, the spreadsheet convention for
 * "type here"; everything else is a formula and looks like output.
 */
export interface RoleStyle {
  /** '#rrggbb', or null for no fill. */
  readonly background: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly fontSize: number;
  /** Text wraps within the column (headers, long labels: read whole, never cut off by the next cell). */
  readonly wrap: boolean;
}

const body = {
  background: null,
  fontColor: '#000000',
  bold: false,
  fontSize: 10,
  wrap: false,
} as const;

export const roleStyles: Readonly<Record<CellRole, RoleStyle>> = {
  title: { ...body, fontColor: '#1f3864', bold: true, fontSize: 16 },
  subtitle: { ...body, fontColor: '#1f3864', bold: true, fontSize: 12 },
  header: { background: '#1f3864', fontColor: '#ffffff', bold: true, fontSize: 10, wrap: true },
  label: body,
  // A label too long for its column with a figure beside it: nothing to run on into.
  wrappedLabel: { ...body, wrap: true },
  input: { ...body, background: '#fff2cc', fontColor: '#1155cc' },
  output: body,
  total: { ...body, background: '#e7e6e6', bold: true },
  note: { ...body, fontColor: '#595959', fontSize: 9 },
};

/** The style of a cell without a role. */
export const defaultStyle: RoleStyle = body;

export function styleOf(role: CellRole | undefined): RoleStyle {
  return role ? roleStyles[role] : defaultStyle;
}

/** Fills of conditional rules: good (green), bad (red), warn (amber). */
export const conditionalFills: Readonly<Record<ConditionalRule['fill'], string>> = {
  good: '#d9ead3',
  bad: '#f4cccc',
  warn: '#fce5cd',
};

/**
 * Lines a wrapped text needs in a column of `widthPx`, estimated from its characters
 * (about 7 px each at 10 pt bold, twice that for CJK) for writers that must set a row's
 * height themselves: Excel does not grow a row for wrapped text when it opens a file.
 */
export function wrappedLineCount(text: string, widthPx: number): number {
  const usable = Math.max(1, widthPx - 8);
  let lines = 1;
  let lineWidth = 0;
  for (const word of text.split(/(?<=\s)|(?=[\u3000-\u9fff])/u)) {
    const width = [...word].reduce(
      (sum, character) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(character) ? 14 : 7),
      0,
    );
    if (lineWidth > 0 && lineWidth + width > usable) {
      lines++;
      lineWidth = 0;
    }
    lineWidth += width;
    while (lineWidth > usable) {
      lines++;
      lineWidth -= usable;
    }
  }
  return lines;
}

/**
 * Series colours of every chart, in order: Sheets' own default palette, given explicitly
 * to the .xlsx and the preview so that a chart looks the same in every program.
 */
export const chartPalette: readonly string[] = [
  '#4285f4',
  '#db4437',
  '#f4b400',
  '#0f9d58',
  '#ff6d01',
];
