import type { Language } from '../../funnel/types';
import { parseCell } from '../a1';
import { inputColumns } from './inputs';
import { dashboardLabels } from './labels';
import { buildDashboard } from './layout';
import type { MonthInputs } from './periodFunnel';

/**
 * The monthly inputs of a KPI dashboard read back from its cells, for a plan calibrated
 * from them. The writer reads one block (from the assumptions row to the last month a
 * dashboard may have) in one call; this file says where the block is and what its cells
 * mean, from the dashboard's own map, so no address is written twice.
 */

/** The most months a dashboard holds (layout.ts refuses more). */
const MAX_MONTHS = 120;

/**
 * Where the block and its cells are, from one dashboard's map (the addresses are the same
 * whatever its months and language). Worked out on first use, not when the script loads:
 * Apps Script loads the whole bundle for every custom-function call.
 */
let where:
  | {
      readonly map: ReturnType<typeof buildDashboard>['map'];
      readonly salesCycleCell: { readonly row: number; readonly column: number };
      readonly firstBlockRow: number;
      readonly block: string;
    }
  | undefined;

function positions(): NonNullable<typeof where> {
  if (where) return where;
  const { map } = buildDashboard({ firstMonth: { year: 2026, month: 1 }, monthCount: 1 });
  const salesCycleCell = parseCell(map.assumptions.salesCycleDays.replace(/\$/g, ''));
  const firstBlockRow = salesCycleCell.row + 1;
  const lastInputColumn = map.inputColumn[inputColumns[inputColumns.length - 1].key];
  where = {
    map,
    salesCycleCell,
    firstBlockRow,
    block: `A${firstBlockRow}:${lastInputColumn}${map.firstMonthRow + MAX_MONTHS - 1}`,
  };
  return where;
}

/** The block to read (A1), rows from the assumptions to the last possible month. */
export function actualsBlock(): string {
  return positions().block;
}

/** A month cell as Sheets gives it: a serial number, or a Date the caller reads as a day. */
export type MonthCellReader = (cell: unknown) => string | undefined;

export type DashboardActuals =
  | {
      readonly ok: true;
      readonly language: Language;
      readonly months: readonly MonthInputs[];
      /** The dashboard's sales-cycle assumption, when it is a number of days. */
      readonly salesCycleDays: number | undefined;
    }
  | { readonly ok: false; readonly problem: 'not-a-dashboard' };

const languages: readonly Language[] = ['en', 'zh-CN', 'zh-TW'];

function columnIndex(letter: string): number {
  return parseCell(`${letter}1`).column;
}

/** The language whose header row the block holds, if any. */
function headerLanguage(header: readonly unknown[]): Language | undefined {
  const { map } = positions();
  return languages.find((language) => {
    const labels = dashboardLabels(language);
    return (
      header[0] === labels.month &&
      inputColumns.every(
        (column) => header[columnIndex(map.inputColumn[column.key])] === labels.inputs[column.key],
      )
    );
  });
}

/**
 * The months of the block, top down until the first row that is not a month (the period
 * row): each input a number, text as typed ("n/a") or absent when blank, as the dashboard's
 * Period row reads them.
 */
export function readDashboardActuals(
  block: readonly (readonly unknown[])[],
  monthOf: MonthCellReader,
): DashboardActuals {
  const { map, salesCycleCell, firstBlockRow } = positions();
  const row = (sheetRow: number) => block[sheetRow - firstBlockRow] ?? [];
  const language = headerLanguage(row(map.inputHeaderRow));
  if (language === undefined) return { ok: false, problem: 'not-a-dashboard' };
  const months: MonthInputs[] = [];
  for (let index = 0; index < MAX_MONTHS; index++) {
    const cells = row(map.firstMonthRow + index);
    const month = monthOf(cells[0]);
    if (month === undefined) break;
    const inputs: Partial<Record<(typeof inputColumns)[number]['key'], number | string>> = {};
    for (const column of inputColumns) {
      const value = cells[columnIndex(map.inputColumn[column.key])];
      if (typeof value === 'number' || (typeof value === 'string' && value !== '')) {
        inputs[column.key] = value;
      }
    }
    months.push({ month, inputs });
  }
  const cycle = row(salesCycleCell.row + 1)[salesCycleCell.column];
  return {
    ok: true,
    language,
    months,
    salesCycleDays: typeof cycle === 'number' ? cycle : undefined,
  };
}
