import type { Language } from '../../funnel/types';
import { absolute, columnLetter } from '../a1';
import type { Cell } from '../types';
import { DEFAULT_ORGANIC_CHANNELS, ORGANIC_SLOTS } from './exportSheet';
import { exportSheetLabels } from './labels';
import { dateColumns, type ExportMapping } from './mapping';

export interface HelperBlock {
  /** 0-based column of the block's labels (its values sit one to the right), row 1 on. */
  readonly column: number;
  readonly cells: readonly (readonly (Cell | null)[])[];
  /** Traffic: the absolute range of the editable organic channel list. */
  readonly organicChannels?: string;
}

/**
 * What the add-on writes beside an export the user pasted into Sheets, one blank column
 * right of its data: the live count of unreadable date cells (whole columns, so rows
 * added later are included) and, for traffic, the editable organic channel list. The
 * user's own cells are never part of it.
 */
export function helperBlock(
  mapping: ExportMapping,
  dataWidth: number,
  language: Language,
): HelperBlock {
  const labels = exportSheetLabels(language);
  const column = dataWidth + 1;
  const dates = dateColumns(mapping);
  const wholeColumnText = dates
    .map((index) => `COUNTIF(${columnLetter(index)}:${columnLetter(index)},"*")`)
    .join('+');
  const rows: (Cell | null)[][] = [
    [
      { value: labels.unreadableCells, role: 'label', note: labels.unreadableCellsNote },
      { formula: `=${wholeColumnText}-${dates.length}`, role: 'output' },
    ],
  ];
  if (mapping.kind !== 'traffic') return { column, cells: rows };
  rows.push([null, null]);
  for (let slot = 0; slot < ORGANIC_SLOTS; slot++) {
    rows.push([
      slot === 0
        ? { value: labels.organicChannels, role: 'header', note: labels.organicChannelsNote }
        : null,
      { value: DEFAULT_ORGANIC_CHANNELS[slot] ?? '', role: 'input' },
    ]);
  }
  return {
    column,
    cells: rows,
    organicChannels: `${absolute(2, column + 1)}:${absolute(2 + ORGANIC_SLOTS - 1, column + 1)}`,
  };
}
