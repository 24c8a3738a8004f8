import type { Plan } from '../../src/funnel/types';

/**
 * Generated CRM exports whose truth is known: a HubSpot contacts export and a deals export
 * written as the tools write them (three date forms, quotes, CRLF), with blank stages,
 * unreadable dates and lost and open deals, beside the facts they were made from (calendar
 * days as whole numbers since 2025-01-01). Tests compute the expected figures from the
 * facts directly, never through the product's reader.
 */

export const STAGES = ['lead', 'mql', 'sql', 'opportunity', 'customer'] as const;
export type StageName = (typeof STAGES)[number];

const STAGE_HEADERS: Record<StageName, string> = {
  lead: 'Became a Lead Date',
  mql: 'Became a Marketing Qualified Lead Date',
  sql: 'Became a Sales Qualified Lead Date',
  opportunity: 'Became an Opportunity Date',
  customer: 'Became a Customer Date',
};

/** Day 0 is 2025-01-01. */
const DAY0_MS = Date.UTC(2025, 0, 1);

export function dayToMonth(day: number): string {
  return new Date(DAY0_MS + day * 86_400_000).toISOString().slice(0, 7);
}

export interface ContactFact {
  readonly row: number;
  /** Calendar day each stage was reached; absent: blank or unreadable on the export. */
  readonly stages: Partial<Record<StageName, number>>;
}

export interface DealFact {
  readonly row: number;
  readonly created: number;
  readonly closed: number | undefined;
  readonly amount: number;
  readonly outcome: 'won' | 'lost' | 'open';
}

export interface GeneratedExports {
  readonly contactsCsv: string;
  readonly dealsCsv: string;
  readonly contacts: readonly ContactFact[];
  readonly deals: readonly DealFact[];
  /** Rows whose date cell was written unreadable (counted nowhere). */
  readonly unreadableRows: readonly number[];
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeDate(day: number, next: () => number): string {
  const date = new Date(DAY0_MS + day * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const form = Math.floor(next() * 3);
  if (form === 0) return `${y}-${pad(m)}-${pad(d)}`;
  if (form === 1) {
    return `${y}-${pad(m)}-${pad(d)} ${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 60))}`;
  }
  return `${m}/${d}/${y}`;
}

function toCsv(rows: readonly (readonly string[])[], delimiter: string): string {
  const quote = (cell: string) => (/[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${rows.map((row) => row.map(quote).join(delimiter)).join('\r\n')}\r\n`;
}

export interface GenerateOptions {
  readonly seed: number;
  readonly contacts: number;
  readonly deals: number;
  /** Days from day 0 over which leads arrive (default: 2025-10 to 2026-08). */
  readonly firstDay?: number;
  readonly days?: number;
  readonly delimiter?: ',' | ';';
  /** Share of stage dates written unreadable (default 1%). */
  readonly unreadable?: number;
  /** Adds a won deal closed before it was created (its row is the last). */
  readonly closedBeforeCreated?: boolean;
}

export function generateExports(options: GenerateOptions): GeneratedExports {
  const next = random(options.seed);
  const firstDay = options.firstDay ?? 273; // 2025-10-01
  const span = options.days ?? 334; // to 2026-08-31
  const delimiter = options.delimiter ?? ',';
  const unreadableRows: number[] = [];
  const contacts: ContactFact[] = [];
  const contactRows: string[][] = [
    ['Record ID', 'First Name', 'Create Date', ...STAGES.map((stage) => STAGE_HEADERS[stage])],
  ];
  for (let index = 0; index < options.contacts; index++) {
    const row = index + 2;
    const stages: Partial<Record<StageName, number>> = {};
    const cells: string[] = [];
    let day = firstDay + Math.floor(next() * span);
    const created = day;
    const odds = [1, 0.55, 0.5, 0.6, 0.4];
    for (let stage = 0; stage < STAGES.length; stage++) {
      if (next() >= odds[stage]) {
        // Blank from here down: a contact stops at some stage.
        while (cells.length < STAGES.length) cells.push('');
        break;
      }
      if (stage > 0) day += Math.floor(next() * 40);
      if (next() < (options.unreadable ?? 0.01)) {
        cells.push(next() < 0.5 ? 'soon' : '14/3/2026');
        unreadableRows.push(row);
        continue;
      }
      stages[STAGES[stage]] = day;
      cells.push(writeDate(day, next));
    }
    contacts.push({ row, stages });
    contactRows.push([
      String(index + 1),
      `Name ${index}, "quoted"`,
      writeDate(created, next),
      ...cells,
    ]);
  }
  const deals: DealFact[] = [];
  const dealRows: string[][] = [['Deal Name', 'Create Date', 'Close Date', 'Amount', 'Deal Stage']];
  const addDeal = (fact: DealFact, stageText: string) => {
    deals.push(fact);
    dealRows.push([
      `Deal ${fact.row}`,
      writeDate(fact.created, next),
      fact.closed === undefined ? '' : writeDate(fact.closed, next),
      String(fact.amount),
      stageText,
    ]);
  };
  for (let index = 0; index < options.deals; index++) {
    const row = index + 2;
    const created = firstDay + Math.floor(next() * span);
    const amount = 1000 * (5 + Math.floor(next() * 60));
    const draw = next();
    if (draw < 0.35) {
      addDeal(
        { row, created, closed: created + Math.floor(next() * 120), amount, outcome: 'won' },
        'Closed Won',
      );
    } else if (draw < 0.7) {
      addDeal(
        { row, created, closed: created + Math.floor(next() * 90), amount, outcome: 'lost' },
        'Closed Lost',
      );
    } else {
      addDeal({ row, created, closed: undefined, amount, outcome: 'open' }, 'Qualified To Buy');
    }
  }
  if (options.closedBeforeCreated) {
    // Created 2026-03-20, closed 2026-03-10: inside any range that holds March 2026.
    addDeal(
      { row: options.deals + 2, created: 443, closed: 433, amount: 9000, outcome: 'won' },
      'Closed Won',
    );
  }
  return {
    contactsCsv: `\uFEFF${toCsv(contactRows, delimiter)}`,
    dealsCsv: toCsv(dealRows, delimiter),
    contacts,
    deals,
    unreadableRows,
  };
}

/** The median of whole numbers, an even count taking the mean of the middle two. */
export function directMedian(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The plan straight from the facts: no code of the product involved. */
export function directPlan(generated: GeneratedExports, from: string, to: string): Plan {
  const inMonths = (day: number | undefined) =>
    day !== undefined && dayToMonth(day) >= from && dayToMonth(day) <= to;
  const reached = (stage: StageName) =>
    generated.contacts.filter((contact) => inMonths(contact.stages[stage])).length;
  const won = generated.deals.filter((deal) => deal.outcome === 'won' && inMonths(deal.closed));
  const counts = [
    reached('lead'),
    reached('mql'),
    reached('sql'),
    generated.deals.filter((deal) => inMonths(deal.created)).length,
    won.length,
  ];
  const revenue = won.reduce((sum, deal) => sum + deal.amount, 0);
  const monthCount =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5)) -
    Number(from.slice(5)) +
    1;
  const names = ['Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];
  const stageDays = STAGES.slice(0, -1).map((stage, index) =>
    directMedian(
      generated.contacts.flatMap((contact) => {
        const first = contact.stages[stage];
        const second = contact.stages[STAGES[index + 1]];
        return inMonths(first) && second !== undefined ? [second - (first as number)] : [];
      }),
    ),
  );
  const cycle = directMedian(won.map((deal) => (deal.closed as number) - deal.created));
  return {
    revenueTarget: (revenue * 12) / monthCount,
    period: 'year',
    averageDealSize: revenue / won.length,
    stages: names.map((name, index) =>
      index === names.length - 1
        ? { name }
        : {
            name,
            conversionToNext: counts[index + 1] / counts[index],
            daysToNext: stageDays[index],
          },
    ),
    leadStageIndex: 0,
    salesCycleDays: cycle,
    language: 'en',
  };
}
