/**
 * CRM and analytics exports generated with a seeded random source, as the tools write them
 * (mixed date forms, quoted fields, a formula-looking name), with the awkward rows real
 * exports have: unreadable dates, blank stages, lost and open deals, a deal closed before it
 * was created, GA4's comment lines and total row. `monthlyCounts` computes the dashboard's
 * monthly inputs directly from the CSV text through the record reader (src/exports/read.ts),
 * a path that shares no formula with the sheets.
 */
import { readExport } from '../../src/exports/read';
import type { InputKey } from '../../src/layout/dashboard';
import { DEFAULT_ORGANIC_CHANNELS } from '../../src/layout/exports';

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedExports {
  readonly contacts: string;
  readonly deals: string;
  readonly traffic: string;
}

export interface GenerateOptions {
  readonly seed?: number;
  readonly contacts?: number;
  readonly deals?: number;
  /** Days of GA4 traffic from the first day. */
  readonly trafficDays?: number;
  readonly delimiter?: ',' | ';';
  readonly lineEnd?: '\r\n' | '\n';
  readonly bom?: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

function csvLine(cells: readonly string[], delimiter: string): string {
  return cells
    .map((cell) => (/[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(delimiter);
}

/** Generated exports of the months from December 2025 to January 2027. */
export function generateExports(options: GenerateOptions = {}): GeneratedExports {
  const random = randomSource(options.seed ?? 12);
  const delimiter = options.delimiter ?? ',';
  const lineEnd = options.lineEnd ?? '\r\n';
  const start = Date.UTC(2025, 11, 1);
  const spanDays = 425;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  /** A date `offset` days from the start, written in one of the forms exports use. */
  const written = (day: number, form = Math.floor(random() * 3)): string => {
    const date = new Date(start + day * 86_400_000);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    if (form === 0)
      return `${y}-${pad(m)}-${pad(d)} ${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
    if (form === 1) return `${y}-${pad(m)}-${pad(d)}`;
    return `${m}/${d}/${y}`;
  };
  const unreadable = ['14/3/2026', 'soon', '2026-02-30', 'TBD'];
  const file = (lines: string[]) =>
    `${options.bom ? '\uFEFF' : ''}${lines.join(lineEnd)}${lineEnd}`;

  const contactLines = [
    csvLine(
      [
        'Record ID',
        'First Name',
        'Create Date',
        'Became a Lead Date',
        'Became a Marketing Qualified Lead Date',
        'Became a Sales Qualified Lead Date',
        'Became an Opportunity Date',
        'Became a Customer Date',
      ],
      delimiter,
    ),
  ];
  const contactCount = options.contacts ?? 400;
  for (let index = 0; index < contactCount; index++) {
    let day = Math.floor(random() * spanDays);
    const stages: string[] = [];
    // Each contact goes some way down the funnel; a few stages are skipped (blank).
    const depth = Math.floor(random() * 6);
    for (let stage = 0; stage < 5; stage++) {
      if (stage >= depth || (stage > 0 && random() < 0.08)) {
        stages.push('');
        continue;
      }
      day += Math.floor(random() * 40);
      stages.push(random() < 0.03 ? pick(unreadable) : written(Math.min(day, spanDays + 30)));
    }
    const name =
      index % 97 === 5
        ? '=HYPERLINK("http://x.example","click")'
        : index % 50 === 3
          ? 'Lee, "Al"'
          : `Contact ${index}`;
    contactLines.push(
      csvLine([String(1000 + index), name, stages[0] || written(day), ...stages], delimiter),
    );
  }

  const dealLines = [
    csvLine(
      ['Deal Name', 'Create Date', 'Close Date', 'Amount', 'Deal Stage', 'Pipeline'],
      delimiter,
    ),
  ];
  const dealCount = options.deals ?? 150;
  for (let index = 0; index < dealCount; index++) {
    const created = Math.floor(random() * spanDays);
    const outcome = pick(['Closed Won', 'Closed Won', 'Closed Lost', 'Appointment Scheduled']);
    const closedDay = index === 7 ? created - 20 : created + Math.floor(random() * 90);
    const closed =
      outcome === 'Appointment Scheduled'
        ? ''
        : random() < 0.03
          ? pick(unreadable)
          : written(closedDay);
    const amount =
      random() < 0.05
        ? ''
        : random() < 0.5
          ? String(1000 + Math.floor(random() * 50_000))
          : `${Math.floor(random() * 90) + 1},${String(Math.floor(random() * 1000)).padStart(3, '0')}.50`;
    dealLines.push(
      csvLine(
        [
          `Deal ${index}`,
          random() < 0.02 ? pick(unreadable) : written(created),
          closed,
          amount,
          outcome,
          'Sales',
        ],
        delimiter,
      ),
    );
  }

  const trafficLines = [
    '# ----------------------------------------',
    '# Traffic acquisition: Session default channel group',
    '# Start date: 20251201',
    '# End date: 20270131',
    csvLine(['Session default channel group', 'Date', 'Sessions', 'Engaged sessions'], delimiter),
  ];
  const channels = [
    'Organic Search',
    'Direct',
    'Paid Search',
    'Referral',
    'Organic Social',
    'Email',
    'Unassigned',
  ];
  const trafficDays = options.trafficDays ?? 120;
  for (let day = 0; day < trafficDays; day++) {
    const date = new Date(start + day * 3 * 86_400_000);
    const compact = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
    for (const channel of channels) {
      if (random() < 0.2) continue;
      trafficLines.push(
        csvLine([channel, compact, String(Math.floor(random() * 900)), '0'], delimiter),
      );
    }
  }
  trafficLines.push(csvLine(['', '', '12345', ''], delimiter));
  return { contacts: file(contactLines), deals: file(dealLines), traffic: file(trafficLines) };
}

/** The calendar month (0-based from January 2025's... see monthIndex) a serial date falls in. */
function yearMonth(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}

/** A month's inputs as the dashboard would count them, keyed by "YYYY-MM". */
export type MonthlyCounts = ReadonlyMap<string, Partial<Record<InputKey, number>>>;

/** The monthly inputs computed from the records of the CSV texts, independently of any sheet. */
export function monthlyCounts(
  exports: Partial<GeneratedExports>,
  organic: readonly string[] = DEFAULT_ORGANIC_CHANNELS,
): MonthlyCounts {
  const counts = new Map<string, Partial<Record<InputKey, number>>>();
  const add = (serial: number, key: InputKey, amount = 1) => {
    const month = yearMonth(serial);
    const row = counts.get(month) ?? {};
    row[key] = (row[key] ?? 0) + amount;
    counts.set(month, row);
  };
  const hasDeals = exports.deals !== undefined;
  if (exports.contacts !== undefined) {
    const reading = readExport(exports.contacts);
    if (reading.kind !== 'hubspot-contacts') throw new Error(`contacts read as ${reading.kind}`);
    for (const contact of reading.contacts) {
      const { lead, mql, sql, opportunity, customer } = contact.stages;
      if (lead !== undefined) add(lead, 'leads');
      if (mql !== undefined) add(mql, 'mqls');
      if (sql !== undefined) add(sql, 'sqls');
      if (!hasDeals && opportunity !== undefined) add(opportunity, 'opportunities');
      if (!hasDeals && customer !== undefined) add(customer, 'newCustomers');
    }
  }
  if (exports.deals !== undefined) {
    const reading = readExport(exports.deals);
    if (reading.kind !== 'hubspot-deals' && reading.kind !== 'salesforce-opportunities')
      throw new Error(`deals read as ${reading.kind}`);
    for (const deal of reading.deals) {
      if (deal.created !== null) add(deal.created, 'opportunities');
      if (deal.outcome === 'won' && deal.closed !== null) {
        add(deal.closed, 'dealsWon');
        add(deal.closed, 'newCustomers');
        add(deal.closed, 'revenue', deal.amount ?? 0);
      }
    }
  }
  if (exports.traffic !== undefined) {
    const reading = readExport(exports.traffic);
    if (reading.kind !== 'ga4-traffic') throw new Error(`traffic read as ${reading.kind}`);
    const organicNames = new Set(organic.map((name) => name.toLowerCase()));
    for (const record of reading.traffic) {
      add(record.date, 'visitors', record.visitors);
      if (organicNames.has(record.channel.toLowerCase()))
        add(record.date, 'organicVisitors', record.visitors);
    }
  }
  return counts;
}

/** The first and last month ("YYYY-MM") any date of an export falls in, or none without dates. */
function monthSpan(
  dates: readonly (number | null | undefined)[],
): readonly [string, string] | null {
  const known = dates.filter((date): date is number => typeof date === 'number');
  if (known.length === 0) return null;
  let first = known[0];
  let last = known[0];
  for (const date of known) {
    first = Math.min(first, date);
    last = Math.max(last, date);
  }
  return [yearMonth(first), yearMonth(last)];
}

/** The months each export's dates reach, from the record reader (no sheet formula involved). */
function exportSpans(exports: Partial<GeneratedExports>) {
  const contacts = exports.contacts === undefined ? undefined : readExport(exports.contacts);
  const deals = exports.deals === undefined ? undefined : readExport(exports.deals);
  const traffic = exports.traffic === undefined ? undefined : readExport(exports.traffic);
  return {
    contacts:
      contacts?.kind === 'hubspot-contacts'
        ? monthSpan(
            contacts.contacts.flatMap((contact) => [
              contact.created,
              ...Object.values(contact.stages),
            ]),
          )
        : null,
    deals:
      deals?.kind === 'hubspot-deals' || deals?.kind === 'salesforce-opportunities'
        ? monthSpan(deals.deals.flatMap((deal) => [deal.created, deal.closed]))
        : null,
    traffic:
      traffic?.kind === 'ga4-traffic'
        ? monthSpan(traffic.traffic.map((record) => record.date))
        : null,
  };
}

/**
 * What the dashboard must show for an input in a month ("YYYY-MM"): the count from the CSV
 * (0 for a month with no rows), or "" for a month outside the dates of the export that
 * provides the input (before its first date's month or after its last date's month).
 */
export function expectedInput(
  exports: Partial<GeneratedExports>,
  counts: MonthlyCounts,
): (month: string, key: InputKey) => number | '' {
  const spans = exportSpans(exports);
  const hasDeals = exports.deals !== undefined;
  const source = (key: InputKey) =>
    key === 'visitors' || key === 'organicVisitors'
      ? spans.traffic
      : key === 'dealsWon' || key === 'revenue'
        ? spans.deals
        : (key === 'opportunities' || key === 'newCustomers') && hasDeals
          ? spans.deals
          : spans.contacts;
  return (month, key) => {
    const span = source(key);
    if (span === null || month < span[0] || month > span[1]) return '';
    return counts.get(month)?.[key] ?? 0;
  };
}
