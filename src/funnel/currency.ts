/**
 * The currencies a plan may be priced in (ISO 4217), each with the symbol its money cells
 * show. The symbol is literal text in the number format, so Sheets, Excel and LibreOffice
 * show the same thing whatever the reader's locale. Cents are never shown in a plan.
 */
export interface Currency {
  readonly code: string;
  /** Shown before the amount: "$" in "$1,200,000". */
  readonly symbol: string;
}

export const CURRENCIES: readonly Currency[] = [
  { code: 'USD', symbol: '$' },
  { code: 'EUR', symbol: '€' },
  { code: 'GBP', symbol: '£' },
  { code: 'CNY', symbol: '¥' },
  { code: 'TWD', symbol: 'NT$' },
  { code: 'HKD', symbol: 'HK$' },
  { code: 'JPY', symbol: '¥' },
  { code: 'KRW', symbol: '₩' },
  { code: 'SGD', symbol: 'S$' },
  { code: 'AUD', symbol: 'A$' },
  { code: 'CAD', symbol: 'CA$' },
  { code: 'NZD', symbol: 'NZ$' },
  { code: 'INR', symbol: '₹' },
  { code: 'CHF', symbol: 'CHF ' },
  { code: 'SEK', symbol: 'SEK ' },
  { code: 'NOK', symbol: 'NOK ' },
  { code: 'DKK', symbol: 'DKK ' },
  { code: 'PLN', symbol: 'PLN ' },
  { code: 'BRL', symbol: 'R$' },
  { code: 'MXN', symbol: 'MX$' },
  { code: 'ZAR', symbol: 'R ' },
  { code: 'AED', symbol: 'AED ' },
];

export const CURRENCY_CODES: readonly string[] = CURRENCIES.map((currency) => currency.code);

export function currencyOf(code: string): Currency | undefined {
  return CURRENCIES.find((currency) => currency.code === code);
}

/**
 * The currency a spreadsheet locale implies when the plan names none ("en_US" -> USD,
 * "zh_CN" -> CNY, "de_DE" -> EUR). Unknown regions fall back to USD.
 */
export function currencyOfLocale(locale: string): string {
  const region = (locale.split(/[_-]/)[1] ?? '').toUpperCase();
  const euro = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'IE', 'PT', 'FI', 'GR', 'LU'];
  if (euro.includes(region)) return 'EUR';
  const byRegion: Record<string, string> = {
    US: 'USD',
    GB: 'GBP',
    CN: 'CNY',
    TW: 'TWD',
    HK: 'HKD',
    JP: 'JPY',
    KR: 'KRW',
    SG: 'SGD',
    AU: 'AUD',
    CA: 'CAD',
    NZ: 'NZD',
    IN: 'INR',
    CH: 'CHF',
    SE: 'SEK',
    NO: 'NOK',
    DK: 'DKK',
    PL: 'PLN',
    BR: 'BRL',
    MX: 'MXN',
    ZA: 'ZAR',
    AE: 'AED',
  };
  return Object.hasOwn(byRegion, region) ? byRegion[region] : 'USD';
}
