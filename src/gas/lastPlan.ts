/**
 * The last plan built in this spreadsheet, kept in the document's properties so it travels
 * with the spreadsheet and every editor sees it. Sheets built before they carried their own
 * plan tag (goalSheets.ts) take their shape from here.
 */
import { validatePlan } from '../funnel/schema';
import type { Plan } from '../funnel/types';

const LAST_PLAN_KEY = 'funnelmath.lastPlan';

/** Stores a plan for the next opening; validated here too, since the client is not trusted. */
export function saveLastPlan(plan: unknown): void {
  const validation = validatePlan(plan);
  if (!validation.ok) {
    throw new Error(
      `The plan was not saved: ${validation.errors.map((error) => error.message).join('; ')}`,
    );
  }
  PropertiesService.getDocumentProperties().setProperty(
    LAST_PLAN_KEY,
    JSON.stringify(validation.plan),
  );
}

/** The stored plan, or null when there is none or it no longer passes the schema. */
export function loadLastPlan(): Plan | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(LAST_PLAN_KEY);
  if (!stored) return null;
  try {
    const validation = validatePlan(JSON.parse(stored));
    return validation.ok ? validation.plan : null;
  } catch {
    return null;
  }
}
