/** CSV as the tools export it: comma or semicolon, quotes, BOM, CRLF, blank lines. */
import { guessDelimiter, parseCsv } from '../../src/exports/csv';

const cells = (text: string) => parseCsv(text).rows.map((row) => row.cells);

test('a one-row semicolon file is split on semicolons (papaparse alone would not)', () => {
  expect(parseCsv('a;b').delimiter).toBe(';');
  expect(cells('a;b')).toEqual([['a', 'b']]);
});

test('the delimiter is guessed from the header row, ignoring separators inside quotes', () => {
  expect(guessDelimiter('"Name; Title",Email,Phone')).toBe(',');
  expect(guessDelimiter('"Amount, EUR";Stage')).toBe(';');
  expect(guessDelimiter('Email')).toBe(',');
});

test('a byte-order mark, CRLF line ends and quoted fields are read as written', () => {
  const text = '\uFEFFName,Note\r\n"Doe, Jane","said ""hi"""\r\n"Smith\r\nJohn",plain\r\n';
  expect(cells(text)).toEqual([
    ['Name', 'Note'],
    ['Doe, Jane', 'said "hi"'],
    ['Smith\r\nJohn', 'plain'],
  ]);
});

test('blank lines are left out but rows keep their place in the file', () => {
  const table = parseCsv('A,B\n1,2\n\n3,4\n');
  expect(table.rows.map((row) => [row.row, row.cells])).toEqual([
    [1, ['A', 'B']],
    [2, ['1', '2']],
    [4, ['3', '4']],
  ]);
});

test('GA4’s leading comment lines do not decide the delimiter', () => {
  const text =
    '# Traffic acquisition, all users\n# 2026-01-01 - 2026-03-31\nDate;Sessions\n20260101;5\n';
  expect(parseCsv(text).delimiter).toBe(';');
});

test('an unclosed quote is reported with its row, not swallowed', () => {
  const table = parseCsv('A,B\n1,"2\n3,4\n');
  expect(table.problems.length).toBeGreaterThan(0);
  expect(table.problems[0].row).toBe(2);
});
