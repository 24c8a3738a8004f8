import { type InputKey, inputColumns } from './inputs';
import type { DashboardLabels } from './labels';

/**
 * The check column beside the input table: figures no real month can have get a flag in
 * words, and the month's health colours are switched off (see healthRules), so an
 * impossible month never looks green. Text in a figure gets a note: that month's KPIs
 * show an error and every period figure leaves the month out. A formula's "" (a month an
 * export does not cover) is no text here: like an empty cell, it is a figure not yet in.
 */

/** What starts the text of an impossible month; health rules test for it. */
export const IMPOSSIBLE_MARK = '⚠';
const NOTE_MARK = 'ℹ';

/** Text inside a formula string literal. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A part larger than the whole it belongs to, both numbers. */
function exceeds(part: string, whole: string): string {
  return `AND(ISNUMBER(${part}),ISNUMBER(${whole}),${part}>${whole})`;
}

/**
 * How many of the month's inputs (all of `row`) look blank: empty, or a formula's "".
 * Cell by cell, since COUNTA counts a formula's "" as filled and HyperFormula's
 * COUNTBLANK and COUNTIF(range,"") do not count it as blank, while `cell=""` is TRUE for
 * both. An error cell makes the sum 0, so that month is still noted, as COUNTA did.
 */
function blankLooking(cell: (key: InputKey) => string): string {
  return `IFERROR(${inputColumns.map((column) => `(${cell(column.key)}="")`).join('+')},0)`;
}

/**
 * The check of one month: every failed check's sentence, one after the other, or "".
 * `cell` gives the month's cell of an input; `row` is the month's whole input range.
 */
export function monthCheckFormula(
  cell: (key: InputKey) => string,
  row: string,
  labels: DashboardLabels,
): string {
  const flag = (test: string, text: string, mark = IMPOSSIBLE_MARK) =>
    `IF(${test},${literal(`${mark} ${text} `)},"")`;
  const parts = [
    flag(exceeds(cell('customersLost'), cell('customersAtStart')), labels.checkLostOverStart),
    flag(`COUNTIF(${row},"<0")>0`, labels.checkNegative),
    flag(exceeds(cell('organicVisitors'), cell('visitors')), labels.checkOrganicOverVisitors),
    flag(exceeds(cell('clicks'), cell('impressions')), labels.checkClicksOverImpressions),
    flag(exceeds(cell('emailOpens'), cell('emailsDelivered')), labels.checkOpensOverDelivered),
    flag(`${inputColumns.length}>COUNT(${row})+${blankLooking(cell)}`, labels.checkText, NOTE_MARK),
  ];
  return `=${parts.join('&')}`;
}

/** The period's check: how many months carry an impossible figure, or "". */
export function periodCheckFormula(checkRange: string, labels: DashboardLabels): string {
  const count = `COUNTIF(${checkRange},${literal(`${IMPOSSIBLE_MARK}*`)})`;
  return `=IF(${count}=0,"",${literal(`${IMPOSSIBLE_MARK} `)}&${count}&${literal(` ${labels.checkPeriod}`)})`;
}
