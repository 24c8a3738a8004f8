/**
 * Which export a file is, from its header row alone, and where each column the funnel
 * needs sits. Header names are compared without case, surrounding spaces or the kind of
 * quote, since tools and versions differ in those.
 */

export type FunnelStage = 'lead' | 'mql' | 'sql' | 'opportunity' | 'customer';

export const funnelStages: readonly FunnelStage[] = [
  'lead',
  'mql',
  'sql',
  'opportunity',
  'customer',
];

export type ExportKind =
  | {
      readonly kind: 'hubspot-contacts';
      readonly created: number;
      /** Column of each stage's date; a stage the export lacks is absent. */
      readonly stages: Readonly<Partial<Record<FunnelStage, number>>>;
    }
  | {
      readonly kind: 'hubspot-deals' | 'salesforce-opportunities';
      readonly created: number;
      readonly closed: number;
      readonly amount: number;
      /** HubSpot's "Deal Stage" or Salesforce's "Stage". */
      readonly stage: number;
      /** Salesforce's "Won" (TRUE/FALSE); HubSpot says won in its stage. */
      readonly won?: number;
    }
  | {
      readonly kind: 'ga4-traffic';
      readonly date: number;
      /** "Date" is a day (20260314), "Year month" a month (202603). */
      readonly period: 'day' | 'month';
      readonly channel: number;
      readonly visitors: number;
    }
  | { readonly kind: 'unknown' };

/** Lower case, single spaces, every kind of quote as one. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d'"]/g, '"')
    .replace(/\s+/g, ' ');
}

const classicStageColumns: Record<FunnelStage, string> = {
  lead: 'became a lead date',
  mql: 'became a marketing qualified lead date',
  sql: 'became a sales qualified lead date',
  opportunity: 'became an opportunity date',
  customer: 'became a customer date',
};

const pipelineStageNames: Record<FunnelStage, string> = {
  lead: 'lead',
  mql: 'marketing qualified lead',
  sql: 'sales qualified lead',
  opportunity: 'opportunity',
  customer: 'customer',
};

/** `Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"`, any quotes. */
const PIPELINE_COLUMN = /^date entered "(.+) \(lifecycle stage pipeline\)"$/;

export function recogniseExport(header: readonly string[]): ExportKind {
  const names = header.map(normaliseHeader);
  const find = (...candidates: string[]): number => {
    for (const candidate of candidates) {
      const index = names.indexOf(candidate);
      if (index >= 0) return index;
    }
    return -1;
  };

  const created = find('create date');
  const dealStage = find('deal stage');
  const closed = find('close date');
  const amount = find('amount');
  if (created >= 0 && closed >= 0 && amount >= 0 && dealStage >= 0) {
    return { kind: 'hubspot-deals', created, closed, amount, stage: dealStage };
  }

  const sfCreated = find('created date');
  const sfStage = find('stage');
  const won = find('won');
  if (sfCreated >= 0 && closed >= 0 && amount >= 0 && sfStage >= 0 && won >= 0) {
    return {
      kind: 'salesforce-opportunities',
      created: sfCreated,
      closed,
      amount,
      stage: sfStage,
      won,
    };
  }

  if (created >= 0) {
    const stages: Partial<Record<FunnelStage, number>> = {};
    for (const stage of funnelStages) {
      // An export with both reads the newer pipeline column; the classic one is HubSpot's legacy property.
      const pipeline = names.findIndex(
        (name) => PIPELINE_COLUMN.exec(name)?.[1] === pipelineStageNames[stage],
      );
      const column = pipeline >= 0 ? pipeline : find(classicStageColumns[stage]);
      if (column >= 0) stages[stage] = column;
    }
    if (Object.keys(stages).length > 0) return { kind: 'hubspot-contacts', created, stages };
  }

  const day = find('date');
  const month = find('year month');
  const channel = find('session default channel group', 'first user default channel group');
  const visitors = find('sessions', 'total users');
  if ((day >= 0 || month >= 0) && channel >= 0 && visitors >= 0) {
    return {
      kind: 'ga4-traffic',
      date: day >= 0 ? day : month,
      period: day >= 0 ? 'day' : 'month',
      channel,
      visitors,
    };
  }
  return { kind: 'unknown' };
}
