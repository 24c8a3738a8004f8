import type { FunnelStage } from '../../exports/recognise';
import { columnLetter, parseRange, sheetPrefix } from '../a1';
import { dateColumns, type ExportMapping } from '../exports/mapping';
import type { InputKey } from './inputs';

/**
 * The dashboard's monthly inputs as live formulas over export sheets. Every formula counts
 * (or sums) the rows whose date falls in the row's month: on or after its first day and
 * before the next month's, so a time of day never moves a row out of its month. Ranges are
 * whole columns, so rows added to the export later are counted too; the header's text and
 * a date nobody could read (kept as text) match no date condition, so they count nowhere.
 * A month the export does not cover (it starts after the export's latest date, or ends
 * before its earliest) is blank, like a month nobody typed, not a 0 nobody measured; a
 * covered month with no rows is a real 0. Coverage is live: a newer export fills it.
 *
 * The definitions (issue 12): leads, MQLs, SQLs in a month are contacts whose date for that
 * stage falls in it; opportunities are deals created in it (contacts that became
 * opportunities when no deals export is linked); deals won and new customers are won deals
 * closed in it (contacts that became customers without a deals export); revenue is the
 * sum of those deals' amounts; visitors are GA4's sessions (or users) of its days, organic
 * visitors those of the channel groups listed on the traffic sheet.
 */

/** One export sheet the dashboard reads: its name, its column mapping, and for traffic the organic list. */
export interface LinkedExport {
  readonly sheet: string;
  readonly mapping: ExportMapping;
  /** Traffic: the absolute range on the export sheet listing the organic channel groups. */
  readonly organicChannels?: string;
}

/** The export sheets a dashboard reads; at most one of each kind. */
export type ExportLink = readonly LinkedExport[];

/** A monthly input's formula, given the absolute-column address of the month's first day ($A7). */
export type MonthFormula = (monthCell: string) => string;

const contactStageInputs: readonly (readonly [FunnelStage, InputKey])[] = [
  ['lead', 'leads'],
  ['mql', 'mqls'],
  ['sql', 'sqls'],
];

/** A text criterion as a formula literal, quotes doubled. */
function literal(value: string | boolean): string {
  return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : `"${value.replace(/"/g, '""')}"`;
}

/** Checks the link names each kind once, so no input gets two definitions. */
export function checkExportLink(link: ExportLink): void {
  const seen = new Set<string>();
  for (const linked of link) {
    if (seen.has(linked.mapping.kind))
      throw new Error(
        `the dashboard links two ${linked.mapping.kind} exports; link one of each kind`,
      );
    seen.add(linked.mapping.kind);
    if (linked.mapping.kind === 'traffic' && linked.organicChannels === undefined)
      throw new Error(`the traffic export "${linked.sheet}" has no list of organic channel groups`);
  }
}

/** The formula of every input the linked exports provide; the other inputs stay typed. */
export function exportInputFormulas(link: ExportLink): Partial<Record<InputKey, MonthFormula>> {
  checkExportLink(link);
  const formulas: Partial<Record<InputKey, MonthFormula>> = {};
  const hasDeals = link.some((linked) => linked.mapping.kind === 'deals');
  for (const linked of link) {
    const column = (index: number) => {
      const letter = columnLetter(index);
      return `${sheetPrefix(linked.sheet)}$${letter}:$${letter}`;
    };
    const inMonth = (dates: string) => (month: string) =>
      `${dates},">="&${month},${dates},"<"&EDATE(${month},1)`;
    const { mapping } = linked;
    // MIN and MAX skip the header's text and unreadable dates, as the counts do; an export
    // with no dates yet covers no month.
    const dates = dateColumns(mapping).map(column).join(',');
    const covers = (month: string) =>
      `AND(${month}<=MAX(${dates}),EDATE(${month},1)>MIN(${dates}))`;
    const whereCovered =
      (count: MonthFormula): MonthFormula =>
      (month) =>
        `=IF(${covers(month)},${count(month)},"")`;
    if (mapping.kind === 'contacts') {
      const stageInputs: (readonly [FunnelStage, InputKey])[] = [...contactStageInputs];
      if (!hasDeals)
        stageInputs.push(['opportunity', 'opportunities'], ['customer', 'newCustomers']);
      for (const [stage, key] of stageInputs) {
        const index = mapping.stages[stage];
        if (index === undefined) continue;
        const stageDates = inMonth(column(index));
        formulas[key] = whereCovered((month) => `COUNTIFS(${stageDates(month)})`);
      }
    } else if (mapping.kind === 'deals') {
      const created = inMonth(column(mapping.created));
      const closedWon = (month: string) =>
        `${inMonth(column(mapping.closed))(month)},${column(mapping.won.column)},${literal(mapping.won.equals)}`;
      formulas.opportunities = whereCovered((month) => `COUNTIFS(${created(month)})`);
      formulas.dealsWon = whereCovered((month) => `COUNTIFS(${closedWon(month)})`);
      formulas.newCustomers = formulas.dealsWon;
      formulas.revenue = whereCovered(
        (month) => `SUMIFS(${column(mapping.amount)},${closedWon(month)})`,
      );
    } else {
      const days = inMonth(column(mapping.date));
      const visitors = column(mapping.visitors);
      formulas.visitors = whereCovered((month) => `SUMIFS(${visitors},${days(month)})`);
      const list = parseRange(linked.organicChannels ?? '');
      const slots: string[] = [];
      for (let row = list.start.row; row <= list.end.row; row++)
        slots.push(`${sheetPrefix(linked.sheet)}$${columnLetter(list.start.column)}$${row + 1}`);
      // One SUMIFS per listed group (a blank slot adds 0): the same in every engine, where
      // SUMIFS over an array of criteria needs array evaluation that not all of them do.
      formulas.organicVisitors = whereCovered((month) =>
        slots
          .map(
            (slot) =>
              `IF(${slot}="",0,SUMIFS(${visitors},${days(month)},${column(mapping.channel)},${slot}))`,
          )
          .join('+'),
      );
    }
  }
  return formulas;
}
