/**
 * LibreOffice as a second spreadsheet program: open an .xlsx headless, recalculate every
 * formula, save it again, and read the computed values back with exceljs.
 *
 * `soffice --convert-to` keeps stale cached results unless its profile says otherwise, so
 * each run uses a throwaway profile whose registrymodifications.xcu sets OOXMLRecalcMode
 * (and ODFRecalcMode) to 0, "always recalculate". A fresh profile per run also keeps
 * parallel test files from fighting over one profile's lock.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

const run = promisify(execFile);

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Generous: LibreOffice's first start in a fresh profile takes a few seconds. */
export const LIBREOFFICE_TIMEOUT_MS = 120_000;

async function freshProfile(): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'funnelmath-lo-profile-'));
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
  return profile;
}

/**
 * Converts `inputPath` with LibreOffice to `format` ('xlsx', 'csv', 'ods'...) in a new
 * temporary directory, recalculating every formula; returns the output file's path.
 */
export async function convertWithLibreOffice(inputPath: string, format = 'xlsx'): Promise<string> {
  const profile = await freshProfile();
  const outDir = await mkdtemp(join(tmpdir(), 'funnelmath-lo-out-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        inputPath,
      ],
      { timeout: LIBREOFFICE_TIMEOUT_MS },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const stem = basename(inputPath).replace(/\.[^.]+$/, '');
  const produced = (await readdir(outDir)).find((file) => file.startsWith(stem));
  if (!produced) throw new Error(`LibreOffice wrote nothing for ${inputPath} in ${outDir}`);
  return join(outDir, produced);
}

/** A computed cell: its number, text or boolean, null when empty, or the error code. */
export type RecalculatedValue = number | string | boolean | null;

/** Reads a workbook's computed values: `read(sheetName)(a1)`. */
export async function readWorkbookValues(
  path: string,
): Promise<(sheetName: string) => (a1: string) => RecalculatedValue> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return (sheetName) => {
    const worksheet = workbook.getWorksheet(sheetName);
    if (!worksheet) throw new Error(`${path} has no sheet "${sheetName}"`);
    return (a1) => {
      const cell = worksheet.getCell(a1);
      // cell.result, not cell.value.result: exceljs's value copy drops a result of 0.
      if (cell.type === ExcelJS.ValueType.Formula)
        return plainValue((cell.result ?? null) as ExcelJS.CellValue);
      return plainValue(cell.value);
    };
  };
}

function plainValue(value: ExcelJS.CellValue): RecalculatedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  return String(value);
}

/** Recalculates an .xlsx in LibreOffice and returns a reader of the given sheet's values. */
export async function recalculateXlsx(
  inputPath: string,
  sheetName: string,
): Promise<(a1: string) => RecalculatedValue> {
  const converted = await convertWithLibreOffice(inputPath, 'xlsx');
  try {
    return (await readWorkbookValues(converted))(sheetName);
  } finally {
    await rm(join(converted, '..'), { recursive: true, force: true });
  }
}
