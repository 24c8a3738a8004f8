/** Dates as HubSpot, Salesforce and GA4 export them, read as the wall-clock time written. */
import { readExportDate } from '../../src/exports/dates';

/** 2026-03-14 as a spreadsheet serial number. */
const MARCH_14 = 46095;
const serial = (text: string) => {
  const reading = readExportDate(text);
  return reading.kind === 'date' ? reading.serial : reading.kind;
};

test.each([
  ['2026-03-14', MARCH_14],
  ['2026-03-14 10:22', MARCH_14 + (10 * 60 + 22) / 1440],
  ['2026-03-14T10:22:30', MARCH_14 + (10 * 3600 + 22 * 60 + 30) / 86400],
  ['3/14/2026', MARCH_14],
  ['03/14/2026 10:22 PM', MARCH_14 + (22 * 60 + 22) / 1440],
  ['3/14/2026, 12:05 AM', MARCH_14 + 5 / 1440],
  ['20260314', MARCH_14],
  ['202603', MARCH_14 - 13],
  ['  2026-03-14  ', MARCH_14],
])('%s reads as its serial number', (text, expected) => {
  expect(serial(text)).toBeCloseTo(expected, 9);
});

test('a blank cell is blank, not unreadable', () => {
  expect(serial('')).toBe('blank');
  expect(serial('   ')).toBe('blank');
});

test.each([
  '14/3/2026', // day first: not guessed
  '2026-02-30',
  '2026-13-01',
  '2026-03-14 25:00',
  '3/14/2026 13:00 PM',
  '2026-03-14T10:22:00Z', // an instant, not a wall-clock time: not guessed either
  'yesterday',
  '46095',
  '2026/03/14',
])('%s is unreadable', (text) => {
  expect(serial(text)).toBe('unreadable');
});
