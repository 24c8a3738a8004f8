/**
 * What each kind of tagged sheet stores as its tag's source, and the layout the source
 * rebuilds. The source is what the sheet's cells were written from (their shape): the plan
 * for a goal calculator; for a dashboard its options and the plan of the goal calculator
 * it compares with. Figures typed on the sheet are not part of it: the check reads them
 * from the cells. Sources come from files and sheets anyone can edit, so they are
 * validated before use.
 */
import { withPlanDefaults } from '../funnel/defaults';
import { validatePlan } from '../funnel/schema';
import type { Language, Plan } from '../funnel/types';
import {
  buildDashboard,
  type DashboardOptions,
  goalPlanSource,
  type HealthThresholds,
} from '../layout/dashboard';
import { goalCalculatorLayout } from '../layout/goalCalculator';
import type { SheetTag } from '../layout/sheetTag';
import type { SheetLayout } from '../layout/types';

/** A goal calculator's source: the plan its cells were written from. */
export type GoalCalculatorSource = Plan;

/** A dashboard's source: its options without the figures, and the goal plan it links. */
export interface DashboardSource {
  readonly language?: Language;
  readonly firstMonth: { readonly year: number; readonly month: number };
  readonly monthCount: number;
  readonly grossMargin?: number;
  readonly salesCycleDays?: number;
  readonly thresholds?: Partial<HealthThresholds>;
  /** The goal calculator compared with: its plan, and its sheet's name when written. */
  readonly goal?: { readonly plan: Plan; readonly sheetName: string };
}

/** The source to tag a dashboard with, from the options it was built with. */
export function dashboardSourceOf(
  options: Omit<DashboardOptions, 'goal' | 'figures'>,
  goal?: { readonly plan: Plan; readonly sheetName: string },
): DashboardSource {
  const { language, firstMonth, monthCount, grossMargin, salesCycleDays, thresholds } = options;
  return JSON.parse(
    JSON.stringify({
      language,
      firstMonth,
      monthCount,
      grossMargin,
      salesCycleDays,
      thresholds,
      goal,
    }),
  ) as DashboardSource;
}

/** The valid plan of a tag source (a goal calculator's, a dashboard's goal), or undefined. */
export function planOfSource(source: unknown): Plan | undefined {
  const validation = validatePlan(source);
  // A plan saved before start months existed: only its dates need one, and the sheet's
  // own start-month cell holds them.
  return validation.ok ? withPlanDefaults(validation.plan, new Date()) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LANGUAGES: readonly Language[] = ['en', 'zh-CN', 'zh-TW'];

/** The dashboard source in a tag, or undefined when it is not one FunnelMath wrote. */
export function dashboardSourceOfTag(source: unknown): DashboardSource | undefined {
  if (!isRecord(source) || !isRecord(source.firstMonth)) return undefined;
  const { year, month } = source.firstMonth;
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    Number(month) < 1 ||
    Number(month) > 12
  )
    return undefined;
  if (!Number.isInteger(source.monthCount)) return undefined;
  if (source.language !== undefined && !LANGUAGES.includes(source.language as Language))
    return undefined;
  const numberOrAbsent = (value: unknown) =>
    value === undefined || (typeof value === 'number' && Number.isFinite(value));
  if (!numberOrAbsent(source.grossMargin) || !numberOrAbsent(source.salesCycleDays))
    return undefined;
  if (source.thresholds !== undefined) {
    if (!isRecord(source.thresholds) || !Object.values(source.thresholds).every(numberOrAbsent))
      return undefined;
  }
  let goal: DashboardSource['goal'];
  if (source.goal !== undefined) {
    if (!isRecord(source.goal) || typeof source.goal.sheetName !== 'string') return undefined;
    const plan = planOfSource(source.goal.plan);
    if (!plan) return undefined;
    goal = { plan, sheetName: source.goal.sheetName };
  }
  return { ...(source as unknown as DashboardSource), goal };
}

/** Where the layout's formulas point: the goal sheet's name now, when it was renamed. */
export interface LayoutContext {
  /** The current name of the goal calculator a dashboard links, if it is in the workbook. */
  readonly goalSheetName?: string;
  /** Labels and messages in this language instead of the source's. */
  readonly language?: Language;
}

/** A tag's source made valid: what the sheet's shape was built from. */
export type TagSource =
  | { readonly kind: 'goalCalculator'; readonly plan: Plan }
  | { readonly kind: 'dashboard'; readonly dashboard: DashboardSource };

/** The tag's source if it is valid for its kind; undefined for an export tag or a bad source. */
export function tagSourceOf(tag: SheetTag): TagSource | undefined {
  if (tag.kind === 'goalCalculator') {
    const plan = planOfSource(tag.source);
    return plan && { kind: 'goalCalculator', plan };
  }
  if (tag.kind === 'dashboard') {
    const dashboard = dashboardSourceOfTag(tag.source);
    return dashboard && { kind: 'dashboard', dashboard };
  }
  return undefined;
}

/** The source's language (the sheet's labels). */
export function languageOfSource(source: TagSource): Language {
  return (
    (source.kind === 'goalCalculator' ? source.plan.language : source.dashboard.language) ?? 'en'
  );
}

/** The layout FunnelMath writes for a source, named `sheetName`, its links at `context`. */
export function layoutOfSource(
  source: TagSource,
  sheetName: string,
  context: LayoutContext = {},
): SheetLayout {
  if (source.kind === 'goalCalculator') {
    const plan = context.language ? { ...source.plan, language: context.language } : source.plan;
    return goalCalculatorLayout(plan, sheetName);
  }
  const { goal, ...options } = source.dashboard;
  const language = context.language ?? options.language;
  const goalSheetName = context.goalSheetName ?? goal?.sheetName;
  const { layout } = buildDashboard({
    ...options,
    language,
    ...(goal && goalSheetName ? { goal: goalPlanSource(goal.plan, goalSheetName) } : {}),
  });
  return { ...layout, name: sheetName };
}
