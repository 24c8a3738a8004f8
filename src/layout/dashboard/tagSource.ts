/**
 * What a dashboard's sheet tag records (its `source`): the options it was inserted with and
 * the goal calculator it follows, so "Check this workbook" can rebuild the layout the sheet
 * should have and a later rebuild keeps the person's choice of plan. The goal sheet is named
 * by its sheet id, which a rename keeps; its plan is read from that sheet's own tag.
 */
import type { Language } from '../../funnel/types';

export interface DashboardTagSource {
  readonly firstMonth: { readonly year: number; readonly month: number };
  readonly monthCount: number;
  readonly language: Language;
  /** True for the dashboard filled with the sample year (never linked to a plan). */
  readonly sample: boolean;
  /** The goal calculator it follows, absent when it follows none. */
  readonly goal?: {
    readonly sheetId: number;
    /** True when the person picked it among several (rather than the only or default one). */
    readonly chosen: boolean;
  };
}

const LANGUAGES: readonly Language[] = ['en', 'zh-CN', 'zh-TW'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** A tag's source read back as a DashboardTagSource, or undefined when it is not one. */
export function dashboardTagSourceOf(source: unknown): DashboardTagSource | undefined {
  if (!isRecord(source) || !isRecord(source.firstMonth)) return undefined;
  const { year, month } = source.firstMonth;
  const { monthCount, language, sample, goal } = source;
  if (!isWhole(year, 1900, 9999) || !isWhole(month, 1, 12)) return undefined;
  if (!isWhole(monthCount, 1, 120) || typeof sample !== 'boolean') return undefined;
  if (!LANGUAGES.includes(language as Language)) return undefined;
  const base = { firstMonth: { year, month }, monthCount, language: language as Language, sample };
  if (goal === undefined) return base;
  if (!isRecord(goal) || !isWhole(goal.sheetId, 0, Number.MAX_SAFE_INTEGER)) return undefined;
  return { ...base, goal: { sheetId: goal.sheetId, chosen: goal.chosen === true } };
}
