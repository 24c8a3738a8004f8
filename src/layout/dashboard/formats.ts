import type { Language } from '../../funnel/types';
import { numberFormats } from '../numberFormats';
import type { InputFormat } from './inputs';
import type { KpiFormat } from './kpis';

/** The dashboard's number formats in one language, built on the shared per-language set. */
export interface DashboardFormats {
  readonly month: string;
  readonly inputs: Readonly<Record<InputFormat, string>>;
  readonly kpis: Readonly<Record<KpiFormat, string>>;
  readonly grossMargin: string;
  readonly salesCycle: string;
  readonly ltvCacThreshold: string;
  readonly paybackThreshold: string;
}

/** A month as a label; quoted literals and plain codes only, read alike by every engine. */
const monthFormats: Readonly<Record<Language, string>> = {
  en: 'mmm yyyy',
  'zh-CN': 'yyyy"年"m"月"',
  'zh-TW': 'yyyy"年"m"月"',
};

export function dashboardFormats(language: Language): DashboardFormats {
  const shared = numberFormats[language];
  return {
    month: monthFormats[language],
    inputs: { money: shared.money, count: shared.count },
    kpis: {
      money: shared.money,
      percent: shared.percent,
      ratio: shared.multiple,
      months: shared.months,
      moneyPerDay: shared.money,
    },
    grossMargin: shared.percent,
    salesCycle: shared.days,
    ltvCacThreshold: shared.multiple,
    paybackThreshold: shared.months,
  };
}
