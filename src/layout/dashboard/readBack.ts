import type { Language } from '../../funnel/types';
import { inputColumns } from './inputs';
import { dashboardLabels } from './labels';

/** The row of the dashboard's input header (layout.ts), where a finder recognises it. */
export const DASHBOARD_INPUT_HEADER_ROW = 6;

const languages = ['en', 'zh-CN', 'zh-TW'] as const;

export interface DashboardShape {
  readonly language: Language;
  readonly monthCount: number;
}

/** The language whose input labels a header row (from column A) carries, B to T; undefined for none. */
export function dashboardHeaderLanguage(row: readonly unknown[]): Language | undefined {
  return languages.find((language) => {
    const labels = dashboardLabels(language);
    return inputColumns.every(
      (column, index) => String(row[index + 1] ?? '') === labels.inputs[column.key],
    );
  });
}

/**
 * What a sheet's cells say about a KPI dashboard: its language (the input headers of row 6
 * are one language's labels) and its number of months (the period row's label in column A
 * below the months). `rows` are the sheet's values from row 6 down, from column A.
 * Undefined when the sheet is not a dashboard this layout wrote.
 */
export function dashboardShape(rows: readonly (readonly unknown[])[]): DashboardShape | undefined {
  const language = dashboardHeaderLanguage(rows[0] ?? []);
  if (language === undefined) return undefined;
  const period = dashboardLabels(language).period;
  const periodIndex = rows.findIndex((row, index) => index > 0 && row[0] === period);
  if (periodIndex <= 1) return undefined;
  return { language, monthCount: periodIndex - 1 };
}
