import { currencyOf } from '../funnel/currency';
import type { Language } from '../funnel/types';

/**
 * Number formats a person reads at once: currency without cents, whole counts with
 * thousands separators, rates as per cent, months as "Jan 2027". Only codes that Sheets,
 * Excel and LibreOffice read alike (literal text in double quotes, no locale tags).
 */
export interface NumberFormats {
  /** An amount in the language's usual currency: $1,200,000 (a plan uses moneyFormat). */
  readonly money: string;
  /** A whole count: 80,000. */
  readonly count: string;
  /** A rate or share: 30.0%. */
  readonly percent: string;
  /** A multiple: 4.0x. */
  readonly multiple: string;
  /** A growth index: 1.05. */
  readonly index: string;
  /** A number of days: 60 days. */
  readonly days: string;
  /** A number of months: 2 months. */
  readonly months: string;
  /** A date shown as its month: Jan 2027, 2027年1月. */
  readonly month: string;
  /** A count with one decimal: 31.6 (an average, such as opportunities open at once). */
  readonly averageCount: string;
}

const shared = {
  count: '#,##0',
  percent: '0.0%',
  multiple: '0.0"x"',
  index: '0.00',
  averageCount: '#,##0.0',
} as const;

export const numberFormats: Readonly<Record<Language, NumberFormats>> = {
  en: {
    ...shared,
    money: '"$"#,##0',
    days: '0 "days"',
    months: '0 "months"',
    month: 'mmm yyyy',
  },
  'zh-CN': {
    ...shared,
    money: '"¥"#,##0',
    days: '0 "天"',
    months: '0 "个月"',
    month: 'yyyy"年"m"月"',
  },
  'zh-TW': {
    ...shared,
    money: '"NT$"#,##0',
    days: '0 "天"',
    months: '0 "個月"',
    month: 'yyyy"年"m"月"',
  },
};

/** Whole amounts in a currency (ISO 4217 code), its symbol as quoted literal text: "€"#,##0. */
export function moneyFormat(currencyCode: string): string {
  const symbol = currencyOf(currencyCode)?.symbol ?? `${currencyCode} `;
  return `"${symbol.replace(/"/g, '')}"#,##0`;
}
