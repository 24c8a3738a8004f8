/**
 * Recalculates workbooks in LibreOffice Calc (headless), the second real spreadsheet
 * program the formulas must agree with. A throwaway profile sets OOXMLRecalcMode to 0
 * (always recalculate on load), so no cached result survives the round trip.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A cell of the sheet to recalculate: a number, text, a blank, or a formula ("=..."). */
export type InputCell = number | string | null;

/** Computed value of a cell after LibreOffice recalculated it (an error as its code, "#DIV/0!"). */
export type ComputedCell = number | string | null;

/**
 * Writes `sheets` (rows of cells, formulas as "=...") to .xlsx with no cached results,
 * has LibreOffice recalculate and re-save it, and returns every sheet's computed values.
 */
export async function recalculateInLibreOffice(
  sheets: Record<string, InputCell[][]>,
): Promise<Record<string, ComputedCell[][]>> {
  const workDir = mkdtempSync(join(tmpdir(), 'funnelmath-lo-'));
  try {
    const profile = join(workDir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ALWAYS);
    const input = join(workDir, 'input.xlsx');
    await writeWorkbook(sheets, input);
    const outDir = join(workDir, 'out');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return await readComputed(join(outDir, 'input.xlsx'), Object.keys(sheets));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function writeWorkbook(sheets: Record<string, InputCell[][]>, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        if (value === null) return;
        const cell = sheet.getCell(rowIndex + 1, columnIndex + 1);
        cell.value =
          typeof value === 'string' && value.startsWith('=') ? { formula: value.slice(1) } : value;
      });
    });
  }
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function readComputed(
  path: string,
  names: string[],
): Promise<Record<string, ComputedCell[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const result: Record<string, ComputedCell[][]> = {};
  for (const name of names) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`LibreOffice lost the sheet ${name}`);
    const rows: ComputedCell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: ComputedCell[] = [];
      for (let column = 1; column <= sheet.columnCount; column++) {
        values.push(computedValue(row.getCell(column).value));
      }
      rows[rowNumber - 1] = values;
    });
    result[name] = Array.from(rows, (row) => row ?? []);
  }
  return result;
}

function computedValue(value: ExcelJS.CellValue): ComputedCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'formula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'number' || typeof result === 'string') return result;
    if (typeof result === 'object' && 'error' in result) return result.error;
  }
  if (typeof value === 'object' && 'error' in value) return value.error;
  return String(value);
}
