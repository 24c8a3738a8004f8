import { readNumericText } from '../kpi/numericText';
import { parseCsv } from './csv';
import { type DateReading, readExportDate } from './dates';
import { type ExportKind, type FunnelStage, funnelStages, recogniseExport } from './recognise';

/**
 * A CRM or analytics export read into records. Dates are serial numbers of the wall-clock
 * time written (see dates.ts). A value that cannot be read leaves its field null and is
 * listed in `problems` with its row and column: counted nowhere, never dropped silently.
 */

export interface Problem {
  /** The row as a spreadsheet shows the file: the header (or GA4's first comment) is row 1. */
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}

export interface ContactRecord {
  readonly row: number;
  readonly created: number | null;
  readonly stages: Readonly<Partial<Record<FunnelStage, number>>>;
}

export type DealOutcome = 'won' | 'lost' | 'open';

export interface DealRecord {
  readonly row: number;
  readonly created: number | null;
  readonly closed: number | null;
  readonly amount: number | null;
  readonly outcome: DealOutcome;
}

export interface TrafficRecord {
  readonly row: number;
  /** The day, or the first day of the month for a "Year month" report. */
  readonly date: number;
  readonly channel: string;
  readonly visitors: number;
}

export type ExportReading = {
  readonly header: readonly string[];
  readonly problems: readonly Problem[];
} & (
  | { readonly kind: 'hubspot-contacts'; readonly contacts: readonly ContactRecord[] }
  | {
      readonly kind: 'hubspot-deals' | 'salesforce-opportunities';
      readonly deals: readonly DealRecord[];
    }
  | { readonly kind: 'ga4-traffic'; readonly traffic: readonly TrafficRecord[] }
  | { readonly kind: 'unknown' }
);

export function readExport(text: string): ExportReading {
  const table = parseCsv(text);
  const problems: Problem[] = table.problems.map((problem) => ({
    row: problem.row,
    column: '',
    value: '',
    reason: problem.message,
  }));
  // GA4 opens with `#` comment lines; other exports with their header.
  const rows = table.rows.filter((row) => !row.cells[0]?.trimStart().startsWith('#'));
  const [headerRow, ...dataRows] = rows;
  const header = headerRow?.cells ?? [];
  const kind = recogniseExport(header);
  const field = new FieldReader(header, problems);
  switch (kind.kind) {
    case 'hubspot-contacts':
      return {
        kind: kind.kind,
        header,
        problems,
        contacts: dataRows.map((row) => readContact(kind, row.row, row.cells, field)),
      };
    case 'hubspot-deals':
    case 'salesforce-opportunities':
      return {
        kind: kind.kind,
        header,
        problems,
        deals: dataRows.map((row) => readDeal(kind, row.row, row.cells, field)),
      };
    case 'ga4-traffic': {
      const traffic: TrafficRecord[] = [];
      for (const row of dataRows) {
        const record = readTraffic(kind, row.row, row.cells, field);
        if (record) traffic.push(record);
      }
      return { kind: kind.kind, header, problems, traffic };
    }
    case 'unknown':
      return { kind: 'unknown', header, problems };
  }
}

/** Reads typed fields of a row, noting each unreadable one as a problem. */
class FieldReader {
  /** Exports repeat the same date text row after row: read each text once. */
  private readonly dateReadings = new Map<string, DateReading>();

  constructor(
    private readonly header: readonly string[],
    private readonly problems: Problem[],
  ) {}

  date(row: number, cells: readonly string[], column: number): number | null {
    const text = cells[column] ?? '';
    let reading = this.dateReadings.get(text);
    if (reading === undefined) {
      reading = readExportDate(text);
      this.dateReadings.set(text, reading);
    }
    if (reading.kind === 'date') return reading.serial;
    if (reading.kind === 'unreadable') {
      this.note(
        row,
        column,
        text,
        'not a date in a form exports use (2026-03-14, 2026-03-14 10:22, 3/14/2026)',
      );
    }
    return null;
  }

  amount(row: number, cells: readonly string[], column: number): number | null {
    const text = (cells[column] ?? '').trim();
    if (text === '') return null;
    const reading = readNumericText(text);
    if (reading.kind === 'number' && Number.isFinite(reading.value) && reading.value >= 0) {
      return reading.value;
    }
    const reason =
      reading.kind === 'ambiguous'
        ? `reads as ${reading.withPoint} with a decimal point but ${reading.withComma} with a decimal comma`
        : reading.kind === 'decimal-comma-only'
          ? `a number only with a decimal comma (${reading.typed}); not guessed`
          : 'not an amount of money (a number, not negative)';
    this.note(row, column, text, reason);
    return null;
  }

  note(row: number, column: number, value: string, reason: string): void {
    this.problems.push({
      row,
      column: this.header[column] ?? `column ${column + 1}`,
      value,
      reason,
    });
  }
}

function readContact(
  kind: Extract<ExportKind, { kind: 'hubspot-contacts' }>,
  row: number,
  cells: readonly string[],
  field: FieldReader,
): ContactRecord {
  const stages: Partial<Record<FunnelStage, number>> = {};
  for (const stage of funnelStages) {
    const column = kind.stages[stage];
    if (column === undefined) continue;
    const date = field.date(row, cells, column);
    if (date !== null) stages[stage] = date;
  }
  return { row, created: field.date(row, cells, kind.created), stages };
}

function readDeal(
  kind: Extract<ExportKind, { kind: 'hubspot-deals' | 'salesforce-opportunities' }>,
  row: number,
  cells: readonly string[],
  field: FieldReader,
): DealRecord {
  const stage = (cells[kind.stage] ?? '').trim().toLowerCase();
  const wonText = kind.won === undefined ? '' : (cells[kind.won] ?? '').trim().toLowerCase();
  const won =
    kind.won === undefined ? stage === 'closed won' : wonText === 'true' || wonText === '1';
  const closedStage =
    stage === 'closed lost' || stage === 'closed won' || stage.startsWith('closed');
  const outcome: DealOutcome = won ? 'won' : closedStage ? 'lost' : 'open';
  return {
    row,
    created: field.date(row, cells, kind.created),
    closed: field.date(row, cells, kind.closed),
    amount: field.amount(row, cells, kind.amount),
    outcome,
  };
}

function readTraffic(
  kind: Extract<ExportKind, { kind: 'ga4-traffic' }>,
  row: number,
  cells: readonly string[],
  field: FieldReader,
): TrafficRecord | null {
  const date = field.date(row, cells, kind.date);
  const visitorsText = (cells[kind.visitors] ?? '').trim();
  const reading = readNumericText(visitorsText);
  if (reading.kind !== 'number' || !Number.isInteger(reading.value) || reading.value < 0) {
    field.note(row, kind.visitors, visitorsText, 'not a whole number of visitors');
    return null;
  }
  if (date === null) {
    // A blank date is a GA4 total row ("Grand total"): counted in no month, and said so.
    if ((cells[kind.date] ?? '').trim() === '')
      field.note(row, kind.date, '', 'no date, so in no month');
    return null;
  }
  return { row, date, channel: (cells[kind.channel] ?? '').trim(), visitors: reading.value };
}
