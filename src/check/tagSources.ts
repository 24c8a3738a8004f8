/**
 * What each kind of tagged sheet stores as its tag's source, and the layout the source
 * rebuilds. The source is what the sheet's cells were written from (their shape): the plan
 * for a goal calculator; for a dashboard its options (src/layout/dashboard/tagSource.ts) and
 * which goal calculator it follows, whose plan is that sheet's own tag. Figures typed on the
 * sheet are not part of it: the check reads them from the cells. Sources come from files
 * and sheets anyone can edit, so they are validated before use.
 */
import { withPlanDefaults } from '../funnel/defaults';
import { validatePlan } from '../funnel/schema';
import type { Language, Plan } from '../funnel/types';
import { buildDashboard, goalPlanSource } from '../layout/dashboard';
import { type DashboardTagSource, dashboardTagSourceOf } from '../layout/dashboard/tagSource';
import { goalCalculatorLayout } from '../layout/goalCalculator';
import type { SheetTag } from '../layout/sheetTag';
import type { SheetLayout } from '../layout/types';

/** A goal calculator's source: the plan its cells were written from. */
export type GoalCalculatorSource = Plan;

/** The valid plan of a tag source (a goal calculator's, a dashboard's goal), or undefined. */
export function planOfSource(source: unknown): Plan | undefined {
  const validation = validatePlan(source);
  // A plan saved before start months existed: only its dates need one, and the sheet's
  // own start-month cell holds them.
  return validation.ok ? withPlanDefaults(validation.plan, new Date()) : undefined;
}

/** The goal calculator a dashboard follows, as it is now: its stored plan and its name. */
export interface LinkedGoal {
  /** The plan of the goal sheet's own tag (the shape of its cells). */
  readonly plan: Plan;
  /** Its name now: the dashboard's formulas name it. */
  readonly sheetName: string;
}

/** What the layout depends on besides the tag's source. */
export interface LayoutContext {
  /** The goal calculator a dashboard's tag says it follows, found by the caller. */
  readonly linkedGoal?: LinkedGoal;
  /** Labels and messages in this language instead of the source's. */
  readonly language?: Language;
}

/** A tag's source made valid: what the sheet's shape was built from. */
export type TagSource =
  | { readonly kind: 'goalCalculator'; readonly plan: Plan }
  | { readonly kind: 'dashboard'; readonly dashboard: DashboardTagSource };

/** The tag's source if it is valid for its kind; undefined for an export tag or a bad source. */
export function tagSourceOf(tag: SheetTag): TagSource | undefined {
  if (tag.kind === 'goalCalculator') {
    const plan = planOfSource(tag.source);
    return plan && { kind: 'goalCalculator', plan };
  }
  if (tag.kind === 'dashboard') {
    const dashboard = dashboardTagSourceOf(tag.source);
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
  const { firstMonth, monthCount, goal } = source.dashboard;
  const linked = goal ? context.linkedGoal : undefined;
  // Figures and assumptions are inputs read from the sheet: the formulas do not depend on them.
  const { layout } = buildDashboard({
    firstMonth,
    monthCount,
    language: context.language ?? source.dashboard.language,
    ...(linked ? { goal: goalPlanSource(linked.plan, linked.sheetName) } : {}),
  });
  return { ...layout, name: sheetName };
}

/**
 * The source of a dashboard's tag. `goalSheetId` is the id of the goal calculator it follows
 * (Sheets' sheet id; in an .xlsx the workbook's sheetId), `chosen` whether the person picked
 * it among several.
 */
export function dashboardTagSource(
  options: {
    readonly firstMonth: { readonly year: number; readonly month: number };
    readonly monthCount: number;
    readonly language?: Language;
  },
  sample: boolean,
  goal?: { readonly sheetId: number; readonly chosen: boolean },
): DashboardTagSource {
  return {
    firstMonth: { year: options.firstMonth.year, month: options.firstMonth.month },
    monthCount: options.monthCount,
    language: options.language ?? 'en',
    sample,
    ...(goal ? { goal: { sheetId: goal.sheetId, chosen: goal.chosen } } : {}),
  };
}
