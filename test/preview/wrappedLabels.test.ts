/**
 * A label too long for column A wraps in the preview too, and its "Download .xlsx" keeps it
 * wrapping in a row tall enough: the download reads the role back from the cell's look, and
 * a wrapped label looks like any label but for its wrapping.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { channelLabels } from '../../src/layout/i18n/channels';
import { workbookLayoutOf, workbookToXlsx } from '../../src/preview/export';
import { PreviewWorkbook } from '../../src/preview/workbook';
import { channelsScenariosPlan } from '../support/plans';

const distDir = join(__dirname, '..', '..', 'dist');
const readHtmlFile = (name: string) => readFileSync(join(distDir, `${name}.html`), 'utf8');
const _repoRoot = join(__dirname, '..', '..');

test('the share-weighted rate wraps in the preview and in its download, its neighbour does not', async () => {
  const workbook = new PreviewWorkbook({ distDir, readHtmlFile, locale: 'en_US' });
  const name = workbook.run('buildGoalCalculator', [channelsScenariosPlan()]);
  const grid = workbook.snapshot().sheets.find((sheet) => sheet.name === name);
  if (!grid) throw new Error(`no sheet ${String(name)} in the preview`);
  const rowOf = (text: string) => grid.rows.findIndex((row) => row[0]?.shown === text);
  const long = rowOf(channelLabels.en.effectiveRate);
  const short = rowOf(channelLabels.en.averageCostPerLead);
  expect(long).toBeGreaterThan(0);
  expect(short).toBe(long + 1);
  expect([grid.rows[long][0]?.wrap, grid.rows[short][0]?.wrap ?? false]).toEqual([true, false]);

  const { layout } = workbookLayoutOf(workbook.fake);
  const sheetIndex = workbook.fake.spreadsheet.getSheets().findIndex((s) => s.getName() === name);
  const cells = layout.sheets[sheetIndex].cells;
  expect([cells[long][0]?.role, cells[short][0]?.role]).toEqual(['wrappedLabel', 'label']);

  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await workbookToXlsx(workbook.fake)) as unknown as ExcelJS.Buffer);
  const sheet = file.worksheets[sheetIndex];
  // Two lines of 10 pt text; the label beside it keeps the default height.
  expect(sheet.getRow(long + 1).height).toBeGreaterThanOrEqual(26);
  expect(sheet.getRow(long + 1).getCell(1).alignment?.wrapText).toBe(true);
  expect(sheet.getRow(short + 1).height).toBeUndefined();
});
