/**
 * The dashboard fed by exports, evaluated in HyperFormula: every monthly input an export
 * provides equals the count computed directly from the CSV (through the record reader, not
 * the sheets' formulas), rows added to the export later are counted, an unreadable date is
 * counted nowhere and listed by its row, and the user's text stays text.
 */
import { readExport } from '../../src/exports/read';
import {
  buildDashboard,
  type InputKey,
  inputA1,
  type LinkedExport,
} from '../../src/layout/dashboard';
import { type ExportSheet, exportSheetFromCsv } from '../../src/layout/exports';
import { evaluateLayout } from '../support/evaluateLayout';
import { expectedInput, generateExports, monthlyCounts } from '../support/generatedExports';

const FIRST = { year: 2025, month: 12 };
const MONTHS = 14;
const monthKey = (index: number) => {
  const date = new Date(Date.UTC(FIRST.year, FIRST.month - 1 + index, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};

function linked(sheet: ExportSheet): LinkedExport {
  return {
    sheet: sheet.map.name,
    mapping: sheet.map.mapping,
    ...(sheet.map.organicChannels ? { organicChannels: sheet.map.organicChannels } : {}),
  };
}

function dashboardOver(sheets: readonly ExportSheet[]) {
  const { layout, map } = buildDashboard({
    firstMonth: FIRST,
    monthCount: MONTHS,
    exports: sheets.map(linked),
    figures: [{ marketingSpend: 1000, leads: 999 }],
  });
  const evaluated = evaluateLayout(
    layout,
    sheets.map((sheet) => sheet.layout),
  );
  return { layout, map, evaluated };
}

const exportsText = generateExports();
const contacts = exportSheetFromCsv(exportsText.contacts, 'contacts', 'contacts.csv');
const deals = exportSheetFromCsv(exportsText.deals, 'deals', 'deals.csv');
const traffic = exportSheetFromCsv(exportsText.traffic, 'traffic', 'ga4.csv');

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

test('every linked monthly input equals the count computed from the CSV', () => {
  const expected = monthlyCounts(exportsText);
  const want = expectedInput(exportsText, expected);
  const { map, evaluated } = dashboardOver([contacts, deals, traffic]);
  let nonZero = 0;
  let blank = 0;
  for (let month = 0; month < MONTHS; month++) {
    for (const key of linkedKeys) {
      const got = evaluated.value(inputA1(map, key, month));
      const wanted = want(monthKey(month), key);
      if (key === 'revenue' && wanted !== '') expect(got).toBeCloseTo(wanted, 6);
      else expect([monthKey(month), key, got]).toEqual([monthKey(month), key, wanted]);
      if (got !== 0 && got !== '') nonZero++;
      if (got === '') blank++;
    }
  }
  // The traffic export ends in November 2026: its two inputs are blank in the last two months.
  expect(blank).toBe(4);
  // The generated months are busy: a formula that counted nothing would not pass.
  expect(nonZero).toBeGreaterThan(MONTHS * 6);
  // Spend stays typed; a typed figure for a linked input is replaced by the formula.
  expect(evaluated.value(inputA1(map, 'marketingSpend', 0))).toBe(1000);
  expect(evaluated.value(inputA1(map, 'leads', 0))).toBe(expected.get('2025-12')?.leads ?? 0);
  // The period row sums the months, as for typed figures.
  const leads = [...Array(MONTHS).keys()].reduce(
    (sum, month) => sum + (expected.get(monthKey(month))?.leads ?? 0),
    0,
  );
  expect(evaluated.value(inputA1(map, 'leads', 'period'))).toBe(leads);
});

test('without a deals export, opportunities and new customers come from the contacts', () => {
  const only = { contacts: exportsText.contacts };
  const want = expectedInput(only, monthlyCounts(only));
  const { map, evaluated } = dashboardOver([contacts]);
  for (let month = 0; month < MONTHS; month++) {
    expect(evaluated.value(inputA1(map, 'opportunities', month))).toBe(
      want(monthKey(month), 'opportunities'),
    );
    expect(evaluated.value(inputA1(map, 'newCustomers', month))).toBe(
      want(monthKey(month), 'newCustomers'),
    );
    // Deals won and revenue are a deals export's; without one they stay typed (blank).
    expect(evaluated.value(inputA1(map, 'dealsWon', month))).toBeNull();
  }
});

test('a row appended to the export sheet moves exactly one month by one', () => {
  const { map, evaluated } = dashboardOver([contacts, deals]);
  const before = evaluated.values(`B${map.firstMonthRow}:T${map.firstMonthRow + MONTHS - 1}`);
  const next = contacts.map.lastDataRow + 1;
  // A new contact who became an MQL on 2026-05-20 (column E), nothing else.
  evaluated.engine.setCellContents(
    { sheet: evaluated.engine.getSheetId('Contacts') as number, row: next - 1, col: 4 },
    [[46162]],
  );
  const after = evaluated.values(`B${map.firstMonthRow}:T${map.firstMonthRow + MONTHS - 1}`);
  const changes: string[] = [];
  after.forEach((row, month) => {
    row.forEach((value, column) => {
      if (value !== before[month][column])
        changes.push(`${monthKey(month)} column ${column}: ${before[month][column]} -> ${value}`);
    });
  });
  const mqlsColumn = map.inputColumn.mqls.charCodeAt(0) - 'B'.charCodeAt(0);
  const may = 5;
  expect(changes).toEqual([
    `2026-05 column ${mqlsColumn}: ${before[may][mqlsColumn]} -> ${Number(before[may][mqlsColumn]) + 1}`,
  ]);
});

test('unreadable dates are kept as text, counted nowhere and listed by row', () => {
  const reading = readExport(exportsText.contacts);
  const dateProblemRows = [
    ...new Set(
      reading.problems.filter((problem) => problem.reason.includes('not a date')).map((p) => p.row),
    ),
  ];
  expect(dateProblemRows.length).toBeGreaterThan(3);
  expect(contacts.unreadableRows).toEqual(dateProblemRows);
  const sheet = evaluateLayout(contacts.layout);
  const flags = sheet
    .values(
      `${contacts.map.unreadableRowColumn}2:${contacts.map.unreadableRowColumn}${contacts.map.lastDataRow}`,
    )
    .flat()
    .filter((value) => value !== '' && value !== null);
  expect(flags).toEqual(dateProblemRows);
  expect(sheet.value(contacts.map.unreadableRowsCell.replace(/\$/g, ''))).toBe(
    dateProblemRows.length,
  );
  const dateProblems = reading.problems.filter((problem) => problem.reason.includes('not a date'));
  expect(sheet.value(contacts.map.unreadableCellsCell.replace(/\$/g, ''))).toBe(
    dateProblems.length,
  );
  // The unreadable text is on the sheet as written.
  const first = dateProblems[0];
  const column = reading.header.indexOf(first.column);
  expect(contacts.layout.cells[first.row - 1][column]).toEqual({ value: first.value });
});

test("the user's text stays text; readable dates are real dates with a date format", () => {
  const sheet = evaluateLayout(contacts.layout);
  const formulaLooking = contacts.layout.cells.findIndex(
    (row) =>
      row[1] !== null &&
      'value' in (row[1] ?? {}) &&
      String((row[1] as { value: unknown }).value).startsWith('='),
  );
  expect(formulaLooking).toBeGreaterThan(0);
  expect(sheet.value(`B${formulaLooking + 1}`)).toBe('=HYPERLINK("http://x.example","click")');
  const dated = contacts.layout.cells
    .map((row) => row[2])
    .find((cell) => cell && 'value' in cell && typeof cell.value === 'number');
  expect(dated).toEqual({
    value: expect.any(Number),
    numberFormat: expect.stringMatching(/^yyyy-mm-dd/),
  });
  expect(contacts.tag).toEqual({
    kind: 'export',
    formatVersion: expect.any(Number),
    source: expect.objectContaining({ source: 'hubspot-contacts', mapping: contacts.map.mapping }),
  });
});

test('organic visitors follow the editable list of channel groups', () => {
  const { map, evaluated } = dashboardOver([traffic]);
  const onlyTraffic = { traffic: exportsText.traffic };
  const onlySearch = expectedInput(onlyTraffic, monthlyCounts(onlyTraffic, ['Organic Search']));
  const list = traffic.map.organicChannels as string;
  const [startCell] = list.replace(/\$/g, '').split(':');
  const column = startCell.replace(/\d+/g, '');
  const firstRow = Number(startCell.replace(/\D+/g, ''));
  const trafficSheet = evaluated.engine.getSheetId('Traffic') as number;
  const columnIndex = column.charCodeAt(0) - 65;
  for (let row = firstRow + 1; row < firstRow + 4; row++)
    evaluated.engine.setCellContents({ sheet: trafficSheet, row: row - 1, col: columnIndex }, [
      [null],
    ]);
  for (let month = 0; month < 3; month++) {
    expect(evaluated.value(inputA1(map, 'organicVisitors', month))).toBe(
      onlySearch(monthKey(month), 'organicVisitors'),
    );
  }
  expect(evaluated.value(inputA1(map, 'organicVisitors', 0))).toBeGreaterThan(0);
});

test('semicolons, a byte-order mark and LF line ends read the same', () => {
  const variant = generateExports({ delimiter: ';', bom: true, lineEnd: '\n' });
  const sheet = exportSheetFromCsv(variant.deals, 'deals', 'deals.csv');
  expect(sheet.layout.cells.slice(0, 5)).toEqual(deals.layout.cells.slice(0, 5));
});

test('an export of the wrong kind is refused with its header named', () => {
  expect(() => exportSheetFromCsv(exportsText.deals, 'contacts', 'deals.csv')).toThrow(
    /deals\.csv is not a HubSpot contacts export .*header row reads: Deal Name, Create Date/,
  );
});
