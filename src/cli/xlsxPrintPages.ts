/**
 * The parts of a layout's print setup that exceljs cannot write: manual column page breaks
 * (`<colBreaks>`, which it does not write at all) and a print area of several ranges (it
 * writes one `_xlnm.Print_Area` name per range, which Excel rejects; the file format wants
 * one name listing them). On load exceljs keeps only a print area's first range and drops
 * column breaks, so a rewrite of an existing file (check --fix) puts back the original ones
 * of the sheets it does not lay out again.
 */
import JSZip from 'jszip';
import type { SheetLayout } from '../layout/types';
import { escapeXml, unescapeXml } from './xmlText';

/** The elements a worksheet may have after colBreaks, in the schema's order. */
const AFTER_COLUMN_BREAKS =
  /<(customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/** Excel's last row, the extent of a column break. */
const LAST_ROW = 1048575;

const WORKBOOK = 'xl/workbook.xml';
const PRINT_AREA = /<definedName\b[^>]*\bname="_xlnm\.Print_Area"[^>]*>[\s\S]*?<\/definedName>/g;

function columnBreaksElement(columnsBefore: readonly number[]): string {
  // A break with id c ends a page after column c (1-based): before column c + 1.
  const breaks = columnsBefore.map(
    (column) => `<brk id="${column - 1}" max="${LAST_ROW}" man="1"/>`,
  );
  return `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.join('')}</colBreaks>`;
}

/** "A1:G20" on sheet `name` as an absolute reference: 'KPI Dashboard'!$A$1:$G$20. */
function absoluteRange(sheetName: string, range: string): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

function localSheetId(element: string): number | undefined {
  const id = /\blocalSheetId="(\d+)"/.exec(element)?.[1];
  return id === undefined ? undefined : Number(id);
}

/** The worksheet parts in workbook order, from the workbook's relationships. */
async function worksheetPaths(zip: JSZip): Promise<string[]> {
  const workbook = (await zip.file(WORKBOOK)?.async('string')) ?? '';
  const relationships = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map(
    [...relationships.matchAll(/<Relationship\b[^>]*>/g)].map((match) => [
      /\bId="([^"]*)"/.exec(match[0])?.[1],
      /\bTarget="([^"]*)"/.exec(match[0])?.[1] ?? '',
    ]),
  );
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((match) => {
    const target = targets.get(/\br:id="([^"]*)"/.exec(match[0])?.[1]) ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  });
}

const COLUMN_BREAKS = /<colBreaks\b[\s\S]*?<\/colBreaks>/;

/**
 * Each layout's column breaks; a sheet without a layout keeps the original file's (exceljs
 * neither reads nor writes them).
 */
async function addColumnBreaks(
  zip: JSZip,
  layouts: readonly SheetLayout[],
  original: JSZip | undefined,
): Promise<void> {
  const originalPaths = original ? await worksheetPaths(original) : [];
  for (const [index, layout] of layouts.entries()) {
    const columnsBefore = layout.print?.columnBreaksBefore ?? [];
    const originalXml =
      original && (await original.file(originalPaths[index] ?? '')?.async('string'));
    const element =
      columnsBefore.length > 0
        ? columnBreaksElement(columnsBefore)
        : (COLUMN_BREAKS.exec(originalXml ?? '')?.[0] ?? '');
    if (!element) continue;
    const sheetPath = `xl/worksheets/sheet${index + 1}.xml`;
    const sheetXml = await zip.file(sheetPath)?.async('string');
    if (!sheetXml) throw new Error(`the .xlsx has no ${sheetPath} for sheet "${layout.name}"`);
    const after = AFTER_COLUMN_BREAKS.exec(sheetXml);
    zip.file(
      sheetPath,
      after
        ? `${sheetXml.slice(0, after.index)}${element}${sheetXml.slice(after.index)}`
        : sheetXml.replace('</worksheet>', `${element}</worksheet>`),
    );
  }
}

/**
 * One `_xlnm.Print_Area` name per sheet: the layout's areas where it has them, else the
 * original file's name for that sheet, if any.
 */
async function writePrintAreas(
  zip: JSZip,
  layouts: readonly SheetLayout[],
  original: string | undefined,
): Promise<void> {
  const workbook = await zip.file(WORKBOOK)?.async('string');
  if (!workbook) throw new Error(`not an .xlsx: ${WORKBOOK} is missing`);
  const sheetNames = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((match) =>
    unescapeXml(match[1]),
  );
  const originalAreas = new Map(
    [...(original ?? '').matchAll(PRINT_AREA)].map((match) => [localSheetId(match[0]), match[0]]),
  );
  const names = sheetNames.flatMap((sheetName, index) => {
    const areas = layouts[index]?.print?.areas;
    if (areas?.length) {
      const ranges = areas.map((area) => absoluteRange(sheetName, area)).join(',');
      return [
        `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(ranges)}</definedName>`,
      ];
    }
    const kept = originalAreas.get(index);
    return kept ? [kept] : [];
  });
  let xml = workbook.replace(PRINT_AREA, '');
  xml = xml.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, '');
  if (names.length > 0) {
    xml = xml.includes('<definedNames>')
      ? xml.replace('<definedNames>', `<definedNames>${names.join('')}`)
      : xml.replace('</sheets>', `</sheets><definedNames>${names.join('')}</definedNames>`);
  }
  zip.file(WORKBOOK, xml);
}

/**
 * Returns `xlsx` with each layout's column breaks and print areas (sheet N of the file is
 * layout N). `originalXlsx`: the file `xlsx` was rewritten from, whose print areas the
 * sheets without a layout keep.
 */
export async function addPrintPages(
  xlsx: Buffer,
  layouts: readonly SheetLayout[],
  originalXlsx?: Buffer,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const original = originalXlsx ? await JSZip.loadAsync(originalXlsx) : undefined;
  await addColumnBreaks(zip, layouts, original);
  await writePrintAreas(zip, layouts, await original?.file(WORKBOOK)?.async('string'));
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
