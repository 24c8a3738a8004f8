/**
 * One .xlsx writer: the preview's "Download .xlsx" of a dashboard inserted through the
 * add-on has the same charts and conditional formats as the CLI's file of the same layout,
 * read by exceljs and by LibreOffice, and carries each formula's computed value.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { buildDashboard, kpiA1, sampleDashboard } from '../../src/layout/dashboard';
import { distDir } from '../../src/preview/bundle';
import { workbookToXlsx } from '../../src/preview/export';
import { PreviewWorkbook } from '../../src/preview/workbook';
import {
  convertWithLibreOffice,
  LIBREOFFICE_TIMEOUT_MS,
  readWorkbookValues,
} from '../support/libreoffice';

const { layout, map } = buildDashboard({ ...sampleDashboard, language: 'en' });

/** The preview's workbook after the menu's "insert the dashboard with sample data". */
function previewWithDashboard(): PreviewWorkbook {
  const workbook = new PreviewWorkbook({
    distDir,
    readHtmlFile: (name) =>
      readFileSync(join(distDir, `${name.replace(/\.html$/, '')}.html`), 'utf8'),
    locale: 'en_US',
  });
  workbook.run('insertKpiDashboardWithSample', []);
  return workbook;
}

function previewDownload(): Promise<Buffer> {
  return workbookToXlsx(previewWithDashboard().fake);
}

/** The chart parts of a file, by name, and every sheet's conditional-format XML. */
async function parts(xlsx: Buffer) {
  const zip = await JSZip.loadAsync(xlsx);
  const charts: Record<string, string> = {};
  for (const file of zip.file(/^xl\/charts\/.*\.xml$/))
    charts[file.name] = await file.async('string');
  const sheets = await Promise.all(
    zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((file) => file.async('string')),
  );
  const rules = sheets.flatMap((xml) =>
    [...xml.matchAll(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g)].map(
      (match) => match[0],
    ),
  );
  return { charts, rules };
}

async function dashboardSheet(xlsx: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(layout.name);
  if (!sheet) throw new Error(`no sheet ${layout.name}`);
  return sheet;
}

describe("the preview's download goes through the CLI's writer", () => {
  jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);
  let preview: Buffer;
  let cli: Buffer;
  beforeAll(async () => {
    preview = await previewDownload();
    cli = await layoutsToXlsx({ sheets: [layout] });
  });

  test('the same chart parts and conditional rules as the CLI file', async () => {
    const fromPreview = await parts(preview);
    const fromCli = await parts(cli);
    expect(Object.keys(fromPreview.charts)).toHaveLength(layout.charts.length);
    // The same charts; the preview's also carry the values it computed as their cache.
    const withoutNumbers = (charts: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(charts).map(([name, xml]) => [
          name,
          xml.replace(/<c:numCache>.*?<\/c:numCache>/g, ''),
        ]),
      );
    expect(withoutNumbers(fromPreview.charts)).toEqual(withoutNumbers(fromCli.charts));
    const cacChart = fromPreview.charts['xl/charts/funnelmathChart1.xml'];
    expect(cacChart).toMatch(/<c:numCache>.*<c:pt idx="0"><c:v>4000<\/c:v><\/c:pt>/);
    expect(fromCli.charts['xl/charts/funnelmathChart1.xml']).not.toContain('<c:numCache>');
    expect(fromPreview.rules.length).toBeGreaterThan(0);
    expect(fromPreview.rules).toEqual(fromCli.rules);
  });

  test('exceljs reads the same rules and styles, and the computed values as cached results', async () => {
    const fromPreview = await dashboardSheet(preview);
    const fromCli = await dashboardSheet(cli);
    // exceljs reads the rules into a field its types do not declare.
    const rulesOf = (sheet: ExcelJS.Worksheet) =>
      (sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(rulesOf(fromPreview).length).toBeGreaterThan(0);
    expect(rulesOf(fromPreview)).toEqual(rulesOf(fromCli));
    expect(fromPreview.pageSetup.orientation).toBe('landscape');
    const header = `${map.kpiColumn.cac}${map.kpiHeaderRow}`;
    expect(fromPreview.getCell(header).fill).toEqual(fromCli.getCell(header).fill);
    expect(fromPreview.getCell(header).alignment).toEqual(fromCli.getCell(header).alignment);
    const cac = fromPreview.getCell(kpiA1(map, 'cac', 0));
    expect(cac.formula).toBe(fromCli.getCell(kpiA1(map, 'cac', 0)).formula);
    expect(cac.result).toBe(4000);
    expect(fromCli.getCell(kpiA1(map, 'cac', 0)).result).toBeUndefined();
  });

  test("the same print setup as the CLI's: scale, page breaks, repeated column, header, print areas", async () => {
    const printSetup = async (xlsx: Buffer) => {
      const zip = await JSZip.loadAsync(xlsx);
      const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
      const sheetIndex = [...workbookXml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].findIndex(
        (match) => match[1] === layout.name,
      );
      const sheetXml =
        (await zip.file(`xl/worksheets/sheet${sheetIndex + 1}.xml`)?.async('string')) ?? '';
      const names = [
        ...workbookXml.matchAll(
          new RegExp(
            `<definedName name="(_xlnm\\.[^"]+)" localSheetId="${sheetIndex}">([^<]*)<`,
            'g',
          ),
        ),
      ].map((match) => `${match[1]} ${match[2]}`);
      const element = (name: string) =>
        new RegExp(`<${name}[\\s\\S]*?(/>|</${name}>)`).exec(sheetXml)?.[0] ?? '';
      return {
        names: names.sort(),
        pageSetup: element('pageSetup'),
        header: element('headerFooter'),
        rowBreaks: element('rowBreaks'),
        colBreaks: element('colBreaks'),
      };
    };
    const fromPreview = await printSetup(preview);
    expect(fromPreview.names.some((name) => name.startsWith('_xlnm.Print_Area'))).toBe(true);
    expect(fromPreview.colBreaks).toContain('<brk ');
    expect(fromPreview.rowBreaks).toContain('<brk ');
    expect(fromPreview).toEqual(await printSetup(cli));
  });

  test('a row the person inserted above a block: no page starts mid-block, every area still prints', async () => {
    const workbook = previewWithDashboard();
    const sheet = workbook.fake.spreadsheet.getSheetByName(layout.name);
    sheet?.insertRowsBefore(map.kpiHeaderRow - 1, 1);
    const zip = await JSZip.loadAsync(await workbookToXlsx(workbook.fake));
    const sheets = await Promise.all(
      zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((file) => file.async('string')),
    );
    const dashboardXml = sheets.find((xml) => xml.includes('<colBreaks')) ?? '';
    expect(dashboardXml).not.toContain('<rowBreaks');
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const areas = /name="_xlnm.Print_Area"[^>]*>([^<]*)</.exec(workbookXml)?.[1] ?? '';
    // One block now: its pieces, one per page across, down to the last row.
    expect(areas.split(',').length).toBe((layout.print?.columnBreaksBefore?.length ?? 0) + 1);
    expect(areas).toContain(`$${layout.cells.length + 1}`);
  });

  test('LibreOffice opens both with the same charts and computes the same KPIs', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'funnelmath-download-'));
    try {
      const computed = await Promise.all(
        [preview, cli].map(async (file, index) => {
          const input = join(workDir, `file${index}.xlsx`);
          await writeFile(input, file);
          const converted = await convertWithLibreOffice(input, 'xlsx');
          const zip = await JSZip.loadAsync(readFileSync(converted));
          const values = (await readWorkbookValues(converted))(layout.name);
          await rm(join(converted, '..'), { recursive: true, force: true });
          return {
            charts: zip.file(/^xl\/charts\/chart\d+\.xml$/).length,
            kpis: map.kpiCells.map((cell) => values(cell.a1)),
          };
        }),
      );
      expect(computed[0].charts).toBe(layout.charts.length);
      expect(computed[1].charts).toBe(layout.charts.length);
      expect(computed[0].kpis).toEqual(computed[1].kpis);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
