import type { InputFormat } from './inputs';
import type { KpiFormat } from './kpis';

/**
 * Number formats of the dashboard. Patterns use only codes that Sheets, Excel and
 * LibreOffice read the same way.
 */
export const monthFormat = 'mmm yyyy';

export const inputFormats: Readonly<Record<InputFormat, string>> = {
  money: '#,##0',
  count: '#,##0',
};

export const kpiFormats: Readonly<Record<KpiFormat, string>> = {
  money: '#,##0',
  moneyCents: '#,##0.00',
  percent: '0.0%',
  ratio: '0.00',
  months: '0.0',
  moneyPerDay: '#,##0',
};

export const thresholdFormat = '0.0';
export const marginFormat = '0%';
