/** `funnelmath dashboard` with exports: the sheets it writes, what it says, what it refuses. */
import ExcelJS from 'exceljs';
import { MAX_EXPORT_BYTES } from '../../src/cli/commands/exportsInput';
import { main } from '../../src/cli/main';
import { memoryIo } from '../support/cliIo';
import { generateExports } from '../support/generatedExports';

const exports = generateExports({ contacts: 60, deals: 20, trafficDays: 10 });

test('the exports become sheets beside the dashboard, and the output names each one', async () => {
  const { io, written, out, limits } = memoryIo({
    'contacts.csv': exports.contacts,
    'deals.csv': exports.deals,
    'ga4.csv': exports.traffic,
  });
  const code = await main(
    [
      'dashboard',
      '--contacts',
      'contacts.csv',
      '--deals',
      'deals.csv',
      '--traffic',
      'ga4.csv',
      '--start',
      '2026-01',
      '--out',
      'kpi.xlsx',
    ],
    io,
  );
  expect(code).toBe(0);
  expect(limits).toEqual([MAX_EXPORT_BYTES, MAX_EXPORT_BYTES, MAX_EXPORT_BYTES]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(written.get('kpi.xlsx') as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    'KPI Dashboard',
    'Contacts',
    'Deals',
    'Traffic',
  ]);
  const dashboard = workbook.getWorksheet('KPI Dashboard') as ExcelJS.Worksheet;
  // Counted in the months the export covers (between its earliest and latest dates), else blank.
  expect(dashboard.getCell('J7').formula).toMatch(
    /^IF\(AND\(\$A7<=MAX\(Contacts!\$C:\$C,.*\),EDATE\(\$A7,1\)>MIN\(Contacts!\$C:\$C,.*\)\),COUNTIFS\(Contacts!\$D:\$D,">="&\$A7,.*\),""\)$/,
  );
  expect(out.join('')).toMatch(
    /^Wrote kpi\.xlsx: sheet "KPI Dashboard", 12 months, its inputs counted from:\n {2}"Contacts": 60 rows[^\n]*\n {2}"Deals": 20 rows[^\n]*\n {2}"Traffic": \d+ rows\n$/,
  );
});

test('a file of the wrong kind, a missing file and --sample with exports are refused by name', async () => {
  const { io, err } = memoryIo({ 'deals.csv': exports.deals });
  expect(await main(['dashboard', '--contacts', 'deals.csv', '--out', 'k.xlsx'], io)).toBe(1);
  expect(await main(['dashboard', '--deals', 'nope.csv', '--out', 'k.xlsx'], io)).toBe(1);
  expect(await main(['dashboard', '--deals', 'deals.csv', '--sample', '--out', 'k.xlsx'], io)).toBe(
    1,
  );
  expect(err).toEqual([
    expect.stringMatching(
      /^funnelmath dashboard: --contacts deals\.csv is not a HubSpot contacts export .* its header row reads: Deal Name, Create Date, Close Date, Amount, Deal Stage, Pipeline\n$/,
    ),
    'funnelmath dashboard: cannot read --deals nope.csv: there is no such file\n',
    '--sample fills the months with a made-up company; leave it out with exports\n',
  ]);
});

test('the output may not be one of the exports', async () => {
  const { io, err } = memoryIo({ 'deals.xlsx': exports.deals });
  expect(await main(['dashboard', '--deals', 'deals.xlsx', '--out', 'deals.xlsx'], io)).toBe(1);
  expect(err.join('')).toContain('would overwrite input deals.xlsx');
});
