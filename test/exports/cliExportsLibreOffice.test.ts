/**
 * `funnelmath dashboard --contacts --deals --traffic`: the .xlsx recalculated by LibreOffice
 * (no cached results are written) gives every linked monthly input the count computed
 * directly from the CSV; a row appended to the Contacts sheet in the file moves exactly one
 * month's count by one. Months an export does not cover stay blank, and unflagged.
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
import {
  MAY_10_2026,
  PARTIAL_FIRST_MONTH,
  PARTIAL_MONTHS,
  partialContactsCsv,
  partialDealsCsv,
  partialLeads,
} from '../support/partialExports';

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

/** A formula's "" as the reader of LibreOffice's file gives it: no result, null (never 0). */
function readBlank<T>(value: T | ''): T | null {
  return value === '' ? null : value;
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
    linkedKeys.map((key) => readBlank(expected(monthKey(month), key))),
  );
  const got = monthlyInputs(read('KPI Dashboard'));
  got.forEach((row, month) => {
    row.forEach((value, index) => {
      expect([monthKey(month), linkedKeys[index], value]).toEqual([
        monthKey(month),
        linkedKeys[index],
        linkedKeys[index] === 'revenue' && typeof want[month][index] === 'number'
          ? expect.closeTo(want[month][index], 6)
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

test('LibreOffice leaves the months an export does not cover blank, unflagged, out of the period', async () => {
  const paths = {
    contacts: join(directory, 'partial-contacts.csv'),
    deals: join(directory, 'partial-deals.csv'),
  };
  await writeFile(paths.contacts, partialContactsCsv);
  await writeFile(paths.deals, partialDealsCsv);
  const out = join(directory, 'partial.xlsx');
  const start = `${PARTIAL_FIRST_MONTH.year}-${String(PARTIAL_FIRST_MONTH.month).padStart(2, '0')}`;
  const code = await main(
    [
      'dashboard',
      '--contacts',
      paths.contacts,
      '--deals',
      paths.deals,
      '--start',
      start,
      '--months',
      String(PARTIAL_MONTHS),
      '--out',
      out,
    ],
    silentIo,
  );
  expect(code).toBe(0);
  const partial = buildDashboard({
    firstMonth: PARTIAL_FIRST_MONTH,
    monthCount: PARTIAL_MONTHS,
  }).map;
  const months = [...Array(PARTIAL_MONTHS).keys()];
  const leadsOf = (read: (a1: string) => RecalculatedValue) =>
    months.map((month) => read(inputA1(partial, 'leads', month)));
  const checksOf = (read: (a1: string) => RecalculatedValue) =>
    [...months.map((month) => partial.firstMonthRow + month), partial.periodRow].map((row) =>
      read(`${partial.checkColumn}${row}`),
    );
  const read = (await recalculated(out))('KPI Dashboard');
  expect(leadsOf(read)).toEqual(partialLeads.map(readBlank));
  expect(checksOf(read)).toEqual(Array(PARTIAL_MONTHS + 1).fill(null));
  expect(read(inputA1(partial, 'leads', 'period'))).toBe(3);

  // A contact who became a lead on 10 May 2026, appended below the data: April and May are covered.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const contacts = workbook.getWorksheet('Contacts') as ExcelJS.Worksheet;
  contacts.getCell(5, 1).value = 'appended';
  contacts.getCell(5, 3).value = MAY_10_2026;
  contacts.getCell(5, 4).value = MAY_10_2026;
  const edited = join(directory, 'partial-appended.xlsx');
  await workbook.xlsx.writeFile(edited);
  const after = (await recalculated(edited))('KPI Dashboard');
  expect(leadsOf(after)).toEqual([null, 2, 0, 1, 0, 1]);
  expect(checksOf(after)).toEqual(Array(PARTIAL_MONTHS + 1).fill(null));
  expect(after(inputA1(partial, 'leads', 'period'))).toBe(4);
});
