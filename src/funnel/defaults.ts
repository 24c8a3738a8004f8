import { currencyOfLocale } from './currency';
import { nextStartMonth } from './startMonth';
import type { Language, Plan } from './types';

/** The currency a plan without one is priced in, when no spreadsheet locale is known. */
const CURRENCY_OF_LANGUAGE: Readonly<Record<Language, string>> = {
  en: 'USD',
  'zh-CN': 'CNY',
  'zh-TW': 'TWD',
};

/** The plan's currency: its own, else the language's (pure; callers with a locale fill it first). */
export function currencyCodeOf(plan: Plan): string {
  return plan.currency ?? CURRENCY_OF_LANGUAGE[plan.language ?? 'en'];
}

/**
 * Fills the optional fields whose defaults need a clock or a locale, for the callers that
 * have them (the CLI, the sidebar's server): startMonth is the month after `today`, the
 * currency is the spreadsheet locale's. The planner and the layout stay pure and need a
 * resolved startMonth.
 */
export function withPlanDefaults(plan: Plan, today: Date, locale?: string): Plan {
  return {
    ...plan,
    startMonth: plan.startMonth ?? nextStartMonth(today),
    currency:
      plan.currency ?? (locale === undefined ? currencyCodeOf(plan) : currencyOfLocale(locale)),
  };
}

/** The plan's first month; the caller resolves a missing one (withPlanDefaults). */
export function startMonthOf(plan: Plan): string {
  if (plan.startMonth === undefined)
    throw new Error('startMonth is missing: fill it with withPlanDefaults(plan, today) first');
  return plan.startMonth;
}
