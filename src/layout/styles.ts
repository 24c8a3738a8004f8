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
}

const body = { background: null, fontColor: '#000000', bold: false, fontSize: 10 } as const;

export const roleStyles: Readonly<Record<CellRole, RoleStyle>> = {
  title: { background: null, fontColor: '#1f3864', bold: true, fontSize: 16 },
  subtitle: { background: null, fontColor: '#1f3864', bold: true, fontSize: 12 },
  header: { background: '#1f3864', fontColor: '#ffffff', bold: true, fontSize: 10 },
  label: body,
  input: { background: '#fff2cc', fontColor: '#1155cc', bold: false, fontSize: 10 },
  output: body,
  total: { background: '#e7e6e6', fontColor: '#000000', bold: true, fontSize: 10 },
  note: { background: null, fontColor: '#595959', bold: false, fontSize: 9 },
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
