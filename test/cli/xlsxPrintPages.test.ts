/**
 * The print areas in the .xlsx: one `_xlnm.Print_Area` name per sheet listing the layout's
 * areas (exceljs would write one name per range), and a rewrite from an existing file (as
 * check --fix does, through exceljs, which keeps only a print area's first range) puts back
 * the original areas of the sheets it does not lay out again.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { addPrintPages } from '../../src/cli/xlsxPrintPages';
import type { SheetLayout } from '../../src/layout/types';
import { examplePlan } from '../support/plans';
import { linkedWorkbook } from '../support/tamperedWorkbook';

async function printAreaNames(xlsx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  return [...workbook.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>[^<]*<\/definedName>/g)]
    .map((match) => match[0].replace(/&apos;/g, "'"))
    .sort();
}

const blank = (name: string): SheetLayout => ({
  name,
  cells: [],
  columnWidths: [],
  frozenRows: 0,
  inputs: [],
  charts: [],
  conditionalRules: [],
});

describe('print areas in the .xlsx', () => {
  const { goal, dashboard } = linkedWorkbook(examplePlan);

  test('one name per sheet, listing its areas in print order', async () => {
    const names = await printAreaNames(await layoutsToXlsx({ sheets: [goal, dashboard] }));
    const expected = (layout: SheetLayout, index: number) =>
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${(layout.print?.areas ?? [])
        .map((area) => `'${layout.name}'!${area.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`)
        .join(',')}</definedName>`;
    expect(dashboard.print?.areas?.length).toBeGreaterThan(4);
    expect(names).toEqual([expected(goal, 0), expected(dashboard, 1)].sort());
  });

  test('a rewrite through exceljs keeps the print areas and column breaks of the sheets it does not lay out', async () => {
    const original = await layoutsToXlsx({ sheets: [goal, dashboard] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(original as unknown as ArrayBuffer);
    const rewritten = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    // exceljs alone drops every range but the first.
    expect(await printAreaNames(rewritten)).not.toEqual(await printAreaNames(original));
    // The goal sheet laid out again, the dashboard kept from the original.
    const kept = await addPrintPages(rewritten, [goal, blank(dashboard.name)], original);
    expect(await printAreaNames(kept)).toEqual(await printAreaNames(original));
    // Its column breaks too, which exceljs drops.
    const columnBreaks = async (xlsx: Buffer) => {
      const zip = await JSZip.loadAsync(xlsx);
      const xml = (await zip.file('xl/worksheets/sheet2.xml')?.async('string')) ?? '';
      return /<colBreaks[\s\S]*?<\/colBreaks>/.exec(xml)?.[0];
    };
    expect(await columnBreaks(original)).toContain('<brk ');
    expect(await columnBreaks(rewritten)).toBeUndefined();
    expect(await columnBreaks(kept)).toBe(await columnBreaks(original));
  });
});
