import type { ExportKind, FunnelStage } from '../../exports/recognise';

/**
 * Which column of an export plays which role for the dashboard: recognised from a known
 * header row (HubSpot, Salesforce, GA4) or chosen by the user for any other export. Columns
 * are 0-based indices into the header row. The mapping is what an export sheet's tag
 * stores, so a sheet keeps its meaning when its name or position changes.
 */
export type ExportMapping =
  | {
      readonly kind: 'contacts';
      /** The date each contact reached each funnel stage; a stage the export lacks is absent. */
      readonly stages: Readonly<Partial<Record<FunnelStage, number>>>;
      /** HubSpot's "Create Date": read as a date (and checked) but no dashboard input. */
      readonly created?: number;
    }
  | {
      readonly kind: 'deals';
      readonly created: number;
      readonly closed: number;
      readonly amount: number;
      /** The column that says a deal was won, and the value that means won there. */
      readonly won: { readonly column: number; readonly equals: string | boolean };
    }
  | {
      readonly kind: 'traffic';
      readonly date: number;
      readonly channel: number;
      readonly visitors: number;
    };

/** Where the mapping came from: a recognised export's kind, or the user's own choice. */
export type MappingSource = Exclude<ExportKind['kind'], 'unknown'> | 'mapped';

export interface RecognisedMapping {
  readonly source: MappingSource;
  readonly mapping: ExportMapping;
}

/** The mapping a recognised header implies; undefined for an export nobody recognised. */
export function mappingOfKind(kind: ExportKind): RecognisedMapping | undefined {
  switch (kind.kind) {
    case 'hubspot-contacts':
      return {
        source: kind.kind,
        mapping: { kind: 'contacts', stages: kind.stages, created: kind.created },
      };
    case 'hubspot-deals':
      return {
        source: kind.kind,
        mapping: {
          kind: 'deals',
          created: kind.created,
          closed: kind.closed,
          amount: kind.amount,
          // HubSpot says won in the deal's stage; read.ts reads the same words.
          won: { column: kind.stage, equals: 'Closed Won' },
        },
      };
    case 'salesforce-opportunities':
      return {
        source: kind.kind,
        mapping: {
          kind: 'deals',
          created: kind.created,
          closed: kind.closed,
          amount: kind.amount,
          won: {
            column: kind.won ?? kind.stage,
            equals: kind.won === undefined ? 'Closed Won' : true,
          },
        },
      };
    case 'ga4-traffic':
      return {
        source: kind.kind,
        mapping: {
          kind: 'traffic',
          date: kind.date,
          channel: kind.channel,
          visitors: kind.visitors,
        },
      };
    case 'unknown':
      return undefined;
  }
}

/** The columns holding dates, each once, in column order. */
export function dateColumns(mapping: ExportMapping): number[] {
  const columns =
    mapping.kind === 'contacts'
      ? [
          ...Object.values(mapping.stages),
          ...(mapping.created === undefined ? [] : [mapping.created]),
        ]
      : mapping.kind === 'deals'
        ? [mapping.created, mapping.closed]
        : [mapping.date];
  return [...new Set(columns.filter((column): column is number => column !== undefined))].sort(
    (a, b) => a - b,
  );
}

/** The columns holding numbers (an amount, a count of visitors). */
export function numberColumns(mapping: ExportMapping): number[] {
  if (mapping.kind === 'deals') return [mapping.amount];
  if (mapping.kind === 'traffic') return [mapping.visitors];
  return [];
}

/** Every column a mapping names (for checking it against the header's width). */
export function mappedColumns(mapping: ExportMapping): number[] {
  return [
    ...dateColumns(mapping),
    ...numberColumns(mapping),
    ...(mapping.kind === 'deals' ? [mapping.won.column] : []),
    ...(mapping.kind === 'traffic' ? [mapping.channel] : []),
  ];
}
