/**
 * `funnelmath dashboard --contacts --deals --traffic`: the .xlsx recalculated by LibreOffice
 * (no cached results are written) gives every linked monthly input the count computed
 * directly from the CSV; a row appended to the Contacts sheet in the file moves exactly one
 * month's count by one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { buildDashboard, type InputKey, inputA1 } from '../../src/layout/dashboard';
import { silentIo } from '../support/cliIo';
import { expectedInput, generateExports, monthlyCounts } from '../support/generatedExports';
import {
  convertWithLibreOffice,
  LIBREOFFICE_TIMEOUT_MS,
  type RecalculatedValue,
  readWorkbookValues,
} from '../support/libreoffice';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 3);

const MONTHS = 14;
const monthKey = (index: number) => {
  const date = new Date(Date.UTC(2025, 11 + index, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};
const linkedKeys: readonly InputKey[] = [
  'leads',
  'mqls',
  'sqls',
  'opportunities',
  'dealsWon',
  'newCustomers',
  'revenue',
  'visitors',
  'organicVisitors',
];
// Where the inputs sit depends only on the month count, not on the figures.
const { map } = buildDashboard({ firstMonth: { year: 2025, month: 12 }, monthCount: MONTHS });

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'funnelmath-exports-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function recalculated(path: string) {
  const converted = await convertWithLibreOffice(path, 'xlsx');
  try {
    return await readWorkbookValues(converted);
  } finally {
    await rm(join(converted, '..'), { recursive: true, force: true });
  }
}

function monthlyInputs(read: (a1: string) => RecalculatedValue): RecalculatedValue[][] {
  return [...Array(MONTHS).keys()].map((month) =>
    linkedKeys.map((key) => read(inputA1(map, key, month))),
  );
}

test('LibreOffice counts what the CSV says, and an appended row moves one month', async () => {
  const exports = generateExports({ seed: 7, delimiter: ';', bom: true });
  const paths = {
    contacts: join(directory, 'contacts.csv'),
    deals: join(directory, 'deals.csv'),
    traffic: join(directory, 'ga4.csv'),
  };
  await writeFile(paths.contacts, exports.contacts);
  await writeFile(paths.deals, exports.deals);
  await writeFile(paths.traffic, exports.traffic);
  const out = join(directory, 'kpi.xlsx');
  const code = await main(
    [
      'dashboard',
      '--contacts',
      paths.contacts,
      '--deals',
      paths.deals,
      '--traffic',
      paths.traffic,
      '--start',
      '2025-12',
      '--months',
      String(MONTHS),
      '--out',
      out,
    ],
    silentIo,
  );
  expect(code).toBe(0);
  const read = await recalculated(out);
  const expected = expectedInput(exports, monthlyCounts(exports));
  const want = [...Array(MONTHS).keys()].map((month) =>
    linkedKeys.map((key) => expected(monthKey(month), key)),
  );
  const got = monthlyInputs(read('KPI Dashboard'));
  got.forEach((row, month) => {
    row.forEach((value, index) => {
      expect([monthKey(month), linkedKeys[index], value]).toEqual([
        monthKey(month),
        linkedKeys[index],
        linkedKeys[index] === 'revenue'
          ? expect.closeTo(want[month][index] as number, 6)
          : want[month][index],
      ]);
    });
  });

  // Append a contact who became an SQL on 2026-03-02 below the data, as a person would.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const contacts = workbook.getWorksheet('Contacts') as ExcelJS.Worksheet;
  const header = (contacts.getRow(1).values as unknown[]).map(String);
  const sqlColumn = header.indexOf('Became a Sales Qualified Lead Date');
  let last = 1;
  contacts.eachRow((row, number) => {
    if (row.getCell(1).value !== null) last = number;
  });
  contacts.getCell(last + 1, 1).value = 'appended';
  contacts.getCell(last + 1, sqlColumn).value = 46083;
  const edited = join(directory, 'kpi-appended.xlsx');
  await workbook.xlsx.writeFile(edited);
  const after = monthlyInputs((await recalculated(edited))('KPI Dashboard'));
  const changes: string[] = [];
  after.forEach((row, month) => {
    row.forEach((value, index) => {
      if (value !== got[month][index])
        changes.push(`${monthKey(month)} ${linkedKeys[index]}: ${got[month][index]} -> ${value}`);
    });
  });
  const march = got[3][linkedKeys.indexOf('sqls')] as number;
  expect(changes).toEqual([`2026-03 sqls: ${march} -> ${march + 1}`]);
});
