/**
 * The export panel's state and logic, apart from the DOM: which roles each kind of export
 * has, the mapping a person edits (recognised columns filled in), and the request the panel
 * sends to connect a dashboard.
 */
import type { FunnelStage } from '../../src/exports/recognise';
import type { ExportSheetInfo } from '../../src/gas/exportSheets';
import type { ExportMapping } from '../../src/layout/exports/mapping';

export type ExportKindChoice = ExportMapping['kind'];

/** A role of a column: a stage's date for contacts, a deal field, a traffic field. */
export type ColumnRole =
  | FunnelStage
  | 'created'
  | 'closed'
  | 'amount'
  | 'wonColumn'
  | 'date'
  | 'channel'
  | 'visitors';

export const rolesOfKind: Readonly<Record<ExportKindChoice, readonly ColumnRole[]>> = {
  contacts: ['lead', 'mql', 'sql', 'opportunity', 'customer'],
  deals: ['created', 'closed', 'amount', 'wonColumn'],
  traffic: ['date', 'channel', 'visitors'],
};

/** What the person sees and edits: a kind, a column (or none) per role, and the won value. */
export interface MappingDraft {
  kind: ExportKindChoice;
  columns: Partial<Record<ColumnRole, number>>;
  wonValue: string;
}

export function draftOf(info: ExportSheetInfo): MappingDraft {
  const mapping = info.mapping;
  if (!mapping) return { kind: 'contacts', columns: {}, wonValue: 'Closed Won' };
  if (mapping.kind === 'contacts')
    return { kind: 'contacts', columns: { ...mapping.stages }, wonValue: 'Closed Won' };
  if (mapping.kind === 'deals')
    return {
      kind: 'deals',
      columns: {
        created: mapping.created,
        closed: mapping.closed,
        amount: mapping.amount,
        wonColumn: mapping.won.column,
      },
      wonValue: mapping.won.equals === true ? 'TRUE' : String(mapping.won.equals),
    };
  return {
    kind: 'traffic',
    columns: { date: mapping.date, channel: mapping.channel, visitors: mapping.visitors },
    wonValue: 'Closed Won',
  };
}

/** The mapping the draft stands for, in the shape the server checks (it names any gap). */
export function mappingOfDraft(draft: MappingDraft): unknown {
  const { columns } = draft;
  if (draft.kind === 'contacts') {
    const stages: Partial<Record<FunnelStage, number>> = {};
    for (const stage of rolesOfKind.contacts as FunnelStage[])
      if (columns[stage] !== undefined) stages[stage] = columns[stage];
    return { kind: 'contacts', stages };
  }
  if (draft.kind === 'deals') {
    const value = draft.wonValue.trim();
    return {
      kind: 'deals',
      created: columns.created,
      closed: columns.closed,
      amount: columns.amount,
      won: {
        column: columns.wonColumn,
        equals: /^true$/i.test(value) ? true : value,
      },
    };
  }
  return {
    kind: 'traffic',
    date: columns.date,
    channel: columns.channel,
    visitors: columns.visitors,
  };
}

/** The mapping to send: none when the person kept the recognised one (the tag then says so). */
export function mappingToSend(info: ExportSheetInfo, draft: MappingDraft): unknown | undefined {
  if (info.source !== null && info.source !== 'mapped') {
    const recognised = mappingOfDraft(draftOf(info));
    const edited = mappingOfDraft(draft);
    if (JSON.stringify(recognised) === JSON.stringify(edited)) return undefined;
  }
  return mappingOfDraft(draft);
}
