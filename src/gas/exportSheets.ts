/**
 * Exports pasted or imported into Sheets, on the Apps Script side: the list of sheets whose
 * header row is an export (recognised, or mapped before by the user and tagged), and the
 * wiring of a KPI dashboard's input columns to one of them. Only header rows are read, and
 * only the input cells the export provides are written (as formulas): spend and every
 * other typed figure stay as they are, and the export's own cells are never touched.
 */
import { recogniseExport } from '../exports/recognise';
import { columnIndex } from '../layout/a1';
import {
  buildDashboard,
  DASHBOARD_INPUT_HEADER_ROW,
  dashboardHeaderLanguage,
  dashboardShape,
  exportInputFormulas,
  type InputKey,
  inputColumns,
} from '../layout/dashboard';
// Not the folder's index: it reaches the CSV parser (papaparse), which the server bundle must not carry.
import { type ExportTagSource, exportSheetTag } from '../layout/exports/exportSheet';
import { helperBlock } from '../layout/exports/helperBlock';
import { type ExportMapping, type MappingSource, mappingOfKind } from '../layout/exports/mapping';
import { dataHeader, readMapping } from '../layout/exports/mappingInput';
import { decodeSheetTag, encodeSheetTag, SHEET_TAG_KEYS } from '../layout/sheetTag';
import { sheetsValue } from './writeLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The most months a dashboard has (layout.ts), so its period row is within the rows read. */
const MAX_DASHBOARD_MONTHS = 120;
/** Rows read from the top of every sheet: row 1 (an export's header) to row 6 (a dashboard's). */
const HEADER_ROWS = DASHBOARD_INPUT_HEADER_ROW;

export interface ExportSheetInfo {
  readonly name: string;
  /** The export's own header row (the add-on's block beside it left out). */
  readonly header: readonly string[];
  /** How its columns map to the funnel: recognised, saved with the sheet, or null (ask the user). */
  readonly source: MappingSource | null;
  readonly mapping: ExportMapping | null;
}

export interface ExportSheetsList {
  readonly exports: readonly ExportSheetInfo[];
  readonly dashboards: readonly string[];
}

/** The mapping saved with a sheet, when its header is still the one it was made for. */
function savedMapping(sheet: Sheet, header: readonly string[]): ExportTagSource | undefined {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() !== SHEET_TAG_KEYS.export) continue;
    const tag = decodeSheetTag('export', metadata.getValue());
    const source = tag?.source as ExportTagSource | undefined;
    if (source && JSON.stringify(source.header) === JSON.stringify(header)) return source;
  }
  return undefined;
}

/**
 * Every sheet whose first rows say what it is: an export (any sheet with a header row that
 * is not a dashboard; its mapping null when it must be asked for) or a KPI dashboard. A
 * constant number of calls per sheet (its name, width, first rows and tags), none per row.
 */
export function listExportSheets(): ExportSheetsList {
  const exports: ExportSheetInfo[] = [];
  const dashboards: string[] = [];
  for (const sheet of SpreadsheetApp.getActiveSpreadsheet().getSheets()) {
    const width = sheet.getLastColumn();
    if (width === 0) continue;
    const name = sheet.getName();
    const rows = sheet.getRange(1, 1, HEADER_ROWS, width).getValues();
    if (dashboardHeaderLanguage(rows[HEADER_ROWS - 1]) !== undefined) {
      dashboards.push(name);
      continue;
    }
    const header = dataHeader(rows[0]);
    if (header.length < 2) continue;
    const recognised = mappingOfKind(recogniseExport(header));
    if (recognised) {
      exports.push({ name, header, source: recognised.source, mapping: recognised.mapping });
      continue;
    }
    const saved = savedMapping(sheet, header);
    exports.push({
      name,
      header,
      source: saved?.source ?? null,
      mapping: saved?.mapping ?? null,
    });
  }
  return { exports, dashboards };
}

export interface ConnectRequest {
  readonly exportSheet: string;
  readonly dashboardSheet: string;
  /** The user's mapping, for a header nobody recognised (or to correct a recognised one). */
  readonly mapping?: unknown;
}

export interface ConnectResult {
  readonly dashboard: string;
  readonly exportSheet: string;
  /** The inputs that now count the export's rows, in the dashboard's column order. */
  readonly linked: readonly InputKey[];
  /** Typed figures in those cells that the formulas replaced (none in a new dashboard). */
  readonly replacedFigures: number;
}

function sheetNamed(spreadsheet: Spreadsheet, name: unknown, field: string): Sheet {
  if (typeof name !== 'string' || name === '')
    throw new Error(`${field} is ${JSON.stringify(name)}; choose a sheet`);
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`${field} is "${name}"; there is no sheet of that name any more`);
  return sheet;
}

/** Runs of neighbouring columns (0-based), so each run is one write. */
function columnRuns(columns: readonly number[]): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.start + last.count === column) last.count++;
    else runs.push({ start: column, count: 1 });
  }
  return runs;
}

/**
 * Wires a KPI dashboard (made by insertKpiDashboard, or an older one) to an export sheet:
 * the month cells of each input the export provides get its COUNTIFS/SUMIFS formula; the
 * export sheet gets the add-on's block beside its data (unreadable dates, organic list)
 * once, and its mapping as a tag. A constant number of calls whatever the sizes.
 */
export function connectDashboardToExport(request: unknown): ConnectResult {
  const { exportSheet: exportName, dashboardSheet, mapping } = (request ?? {}) as ConnectRequest;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const exportSheet = sheetNamed(spreadsheet, exportName, 'exportSheet');
  const dashboard = sheetNamed(spreadsheet, dashboardSheet, 'dashboardSheet');
  const width = exportSheet.getLastColumn();
  const firstRow = width === 0 ? [] : exportSheet.getRange(1, 1, 1, width).getValues()[0];
  const header = dataHeader(firstRow);
  const recognised = mappingOfKind(recogniseExport(header));
  const chosen: { source: MappingSource; mapping: ExportMapping } | undefined =
    mapping !== undefined
      ? { source: 'mapped', mapping: readMapping(mapping, header) }
      : recognised;
  if (!chosen)
    throw new Error(
      `“${exportName}” is not an export FunnelMath recognises; map its columns to the funnel first`,
    );

  const dashboardRange = dashboard.getRange(
    DASHBOARD_INPUT_HEADER_ROW,
    1,
    MAX_DASHBOARD_MONTHS + 2,
    inputColumns.length + 1,
  );
  const values = dashboardRange.getValues();
  const shape = dashboardShape(values);
  if (!shape)
    throw new Error(
      `“${dashboardSheet}” is not a FunnelMath KPI dashboard (its input headers are not in row ${DASHBOARD_INPUT_HEADER_ROW}); insert one first`,
    );
  const formulas = dashboardRange.getFormulas();
  const { map } = buildDashboard({
    firstMonth: { year: 2026, month: 1 },
    monthCount: shape.monthCount,
    language: shape.language,
  });
  const block = helperBlock(chosen.mapping, header.length, shape.language);
  const linkedFormulas = exportInputFormulas([
    {
      sheet: exportName as string,
      mapping: chosen.mapping,
      ...(block.organicChannels ? { organicChannels: block.organicChannels } : {}),
    },
  ]);
  // A contacts export stands in for deals only where no deals export is wired already.
  const firstMonthIndex = map.firstMonthRow - DASHBOARD_INPUT_HEADER_ROW;
  const wiredToDeals = /COUNTIFS\(/.test(
    formulas[firstMonthIndex][columnIndex(map.inputColumn.dealsWon)] ?? '',
  );
  const linked = inputColumns
    .map((column) => column.key)
    .filter((key) => linkedFormulas[key] !== undefined)
    .filter(
      (key) =>
        !(
          chosen.mapping.kind === 'contacts' &&
          wiredToDeals &&
          (key === 'opportunities' || key === 'newCustomers')
        ),
    );
  let replacedFigures = 0;
  const columns = linked.map((key) => columnIndex(map.inputColumn[key]));
  for (const run of columnRuns(columns)) {
    const grid: string[][] = [];
    for (let month = 0; month < shape.monthCount; month++) {
      const row = map.firstMonthRow + month;
      const cells: string[] = [];
      for (let column = run.start; column < run.start + run.count; column++) {
        const key = inputColumns[column - 1].key;
        const index = row - DASHBOARD_INPUT_HEADER_ROW;
        if (formulas[index][column] === '' && values[index][column] !== '') replacedFigures++;
        cells.push((linkedFormulas[key] as (month: string) => string)(`$A${row}`));
      }
      grid.push(cells);
    }
    dashboard
      .getRange(map.firstMonthRow, run.start + 1, shape.monthCount, run.count)
      .setFormulas(grid);
  }

  // The block beside the export, once: a second wiring keeps the user's organic list.
  if (firstRow.length <= block.column) {
    writeBlock(exportSheet, block.column, block.cells);
  }
  for (const metadata of exportSheet.getDeveloperMetadata()) {
    if (metadata.getKey() === SHEET_TAG_KEYS.export) metadata.remove();
  }
  exportSheet.addDeveloperMetadata(
    SHEET_TAG_KEYS.export,
    encodeSheetTag(exportSheetTag(chosen.source, chosen.mapping, header)),
  );
  return {
    dashboard: dashboardSheet,
    exportSheet: exportName,
    linked,
    replacedFigures,
  };
}

/** The block's cells in one call; text with a leading apostrophe, so it stays text. */
function writeBlock(
  sheet: Sheet,
  column: number,
  cells: readonly (readonly Parameters<typeof sheetsValue>[0][])[],
): void {
  sheet
    .getRange(1, column + 1, cells.length, cells[0].length)
    .setValues(cells.map((row) => row.map(sheetsValue)));
}
