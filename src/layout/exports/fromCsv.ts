import { parseCsv } from '../../exports/csv';
import { recogniseExport } from '../../exports/recognise';
import type { Language } from '../../funnel/types';
import { buildExportSheet, type ExportSheet } from './exportSheet';
import { type ExportMapping, mappingOfKind, type RecognisedMapping } from './mapping';

/** The header and data rows of a CSV export: GA4's leading `#` comment lines left out. */
export function exportTable(text: string): {
  header: readonly string[];
  rows: readonly (readonly string[])[];
} {
  const table = parseCsv(text);
  const rows = table.rows.filter((row) => !row.cells[0]?.trimStart().startsWith('#'));
  const [headerRow, ...dataRows] = rows;
  return { header: headerRow?.cells ?? [], rows: dataRows.map((row) => row.cells) };
}

/** What kinds of export a header must be, for a message when it is not. */
const expected: Readonly<Record<ExportMapping['kind'], string>> = {
  contacts: 'a HubSpot contacts export ("Create Date" and lifecycle stage dates)',
  deals:
    'a HubSpot deals export ("Create Date", "Close Date", "Amount", "Deal Stage") or a Salesforce opportunities report ("Created Date", "Close Date", "Amount", "Stage", "Won")',
  traffic:
    'a GA4 traffic acquisition export ("Date" or "Year month", "Session default channel group", "Sessions")',
};

/**
 * A CSV export as an export sheet, its mapping recognised from the header row. `what` names
 * the file in the message when the header is not the kind expected.
 */
export function exportSheetFromCsv(
  text: string,
  kind: ExportMapping['kind'],
  what: string,
  language?: Language,
): ExportSheet {
  const { header, rows } = exportTable(text);
  const recognised: RecognisedMapping | undefined = mappingOfKind(recogniseExport(header));
  if (!recognised || recognised.mapping.kind !== kind) {
    const shownHeader = header.slice(0, 6).join(', ');
    throw new Error(
      `${what} is not ${expected[kind]}; its header row reads: ${shownHeader === '' ? '(empty)' : shownHeader}`,
    );
  }
  return buildExportSheet({
    source: recognised.source,
    mapping: recognised.mapping,
    header,
    rows,
    ...(language ? { language } : {}),
  });
}
