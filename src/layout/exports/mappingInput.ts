import { type FunnelStage, funnelStages } from '../../exports/recognise';
import { exportSheetLabels } from './labels';
import type { ExportMapping } from './mapping';

/**
 * A column mapping as the sidebar sends it (anything, until checked): each role a column
 * of the header, by 0-based index. A bad mapping is refused with the field and value named.
 */
export function readMapping(value: unknown, header: readonly string[]): ExportMapping {
  if (typeof value !== 'object' || value === null) throw new Error('mapping is missing');
  const input = value as Record<string, unknown>;
  const column = (field: string, raw: unknown): number => {
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw >= header.length)
      throw new Error(
        `mapping.${field} is ${JSON.stringify(raw)}; choose one of the ${header.length} columns of the header row`,
      );
    return raw;
  };
  switch (input.kind) {
    case 'contacts': {
      const stagesInput = (input.stages ?? {}) as Record<string, unknown>;
      const stages: Partial<Record<FunnelStage, number>> = {};
      for (const stage of funnelStages) {
        if (stagesInput[stage] === undefined || stagesInput[stage] === null) continue;
        stages[stage] = column(`stages.${stage}`, stagesInput[stage]);
      }
      if (Object.keys(stages).length === 0)
        throw new Error('mapping.stages is empty; choose the date column of at least one stage');
      return { kind: 'contacts', stages };
    }
    case 'deals': {
      const won = (input.won ?? {}) as Record<string, unknown>;
      const equals = won.equals;
      if (typeof equals !== 'boolean' && (typeof equals !== 'string' || equals.trim() === ''))
        throw new Error(
          `mapping.won.equals is ${JSON.stringify(equals)}; enter the value that means won (e.g. Closed Won)`,
        );
      return {
        kind: 'deals',
        created: column('created', input.created),
        closed: column('closed', input.closed),
        amount: column('amount', input.amount),
        won: { column: column('won.column', won.column), equals },
      };
    }
    case 'traffic':
      return {
        kind: 'traffic',
        date: column('date', input.date),
        channel: column('channel', input.channel),
        visitors: column('visitors', input.visitors),
      };
    default:
      throw new Error(
        `mapping.kind is ${JSON.stringify(input.kind)}; enter contacts, deals or traffic`,
      );
  }
}

/**
 * The export's own columns in a header row read from a sheet: trailing blanks dropped, and
 * the block FunnelMath writes beside the data (found by its label, in any language) left out.
 */
export function dataHeader(row: readonly unknown[]): string[] {
  const labels = new Set(
    (['en', 'zh-CN', 'zh-TW'] as const).map(
      (language) => exportSheetLabels(language).unreadableCells,
    ),
  );
  const texts = row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
  const helper = texts.findIndex((text) => labels.has(text));
  const data = helper >= 0 ? texts.slice(0, Math.max(0, helper - 1)) : texts;
  let end = data.length;
  while (end > 0 && data[end - 1].trim() === '') end--;
  return data.slice(0, end);
}
