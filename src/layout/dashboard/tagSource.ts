/**
 * What a dashboard's tag adds to the check's DashboardSource (src/check/tagSources.ts):
 * which goal calculator it follows, by sheet id (which a rename keeps), and whether the
 * person picked it among several; and whether it holds the sample year. The check rebuilds
 * the dashboard against that sheet under its current name; a later dashboard keeps the pick.
 */

/** The goal calculator a dashboard follows, as its tag records it. */
export interface FollowedGoal {
  readonly sheetId: number;
  /** True when the person picked it among several (rather than the only or default one). */
  readonly chosen: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The followed goal sheet in a dashboard tag's source, if the tag names one by id. */
export function followedGoalOf(source: unknown): FollowedGoal | undefined {
  if (!isRecord(source) || !isRecord(source.goal)) return undefined;
  const { sheetId, chosen } = source.goal;
  if (typeof sheetId !== 'number' || !Number.isInteger(sheetId) || sheetId < 0) return undefined;
  return { sheetId, chosen: chosen === true };
}
