/**
 * SALES_CYCLE and STAGE_CONVERSION typed into cells as a marketer would, over a pasted
 * deals export: whole-column ranges, dates entered with DATE and TIME, open deals blank,
 * and the errors a user sees on hover.
 */
import { createEngine } from '../../src/preview/fake/hyperformulaPlugin';
import { errorMessage, reader } from './grid';

/** A deals export as pasted: created, closed (blank while open), and the two formulas. */
const deals = [
  ['Created', 'Closed', 'Cycle', '=SALES_CYCLE(A2:A7, B2:B7)'],
  [
    '=DATE(2026,1,5)+TIME(17,30,0)',
    '=DATE(2026,2,4)+TIME(9,0,0)',
    'Conversion',
    '=STAGE_CONVERSION(A2:A7, B2:B7, DATE(2026,1,1), DATE(2026,1,31))',
  ],
  ['=DATE(2026,1,12)', '=DATE(2026,3,3)'],
  ['=DATE(2026,1,20)+TIME(8,0,0)', null],
  ['=DATE(2026,2,2)', '=DATE(2026,2,2)+TIME(23,0,0)'],
  ['=DATE(2026,2,9)', '=DATE(2026,3,21)'],
  [null, null],
];

test('SALES_CYCLE gives the median whole days over the closed deals', () => {
  const sheet = reader(createEngine({ Deals: deals }), 'Deals');
  // Cycles 30, 50, 0 and 40 days: the median of four is (30 + 40) / 2.
  expect(sheet.cell('D1')).toBe(35);
});

test('STAGE_CONVERSION counts January’s cohort: 2 of the 3 deals created then have closed', () => {
  const sheet = reader(createEngine({ Deals: deals }), 'Deals');
  expect(sheet.cell('D2')).toBeCloseTo(2 / 3, 15);
});

test('a closed date before its created date shows an error naming the row', () => {
  const wrong = deals.map((row) => [...row]);
  wrong[4][1] = '=DATE(2026,1,31)';
  const sheet = reader(createEngine({ Deals: wrong }), 'Deals');
  expect(errorMessage(sheet.cell('D1'))).toBe(
    'SALES_CYCLE: closed_dates is before created_dates in row 4, column 1; check the dates',
  );
});

test('a window with nobody in it shows the zero-denominator error', () => {
  const sheet = reader(
    createEngine({
      Deals: [
        [
          '=STAGE_CONVERSION(B1:B3, C1:C3, DATE(2025,1,1), DATE(2025,12,31))',
          '=DATE(2026,1,5)',
          null,
        ],
        [null, '=DATE(2026,1,6)', '=DATE(2026,1,9)'],
        [null, null, null],
      ],
    }),
    'Deals',
  );
  expect(errorMessage(sheet.cell('A1'))).toBe(
    'STAGE_CONVERSION: no from_dates falls between start and end, so the conversion is undefined',
  );
});

test('whole-column ranges take rows added later', () => {
  const engine = createEngine({
    Deals: [
      ['=SALES_CYCLE(B:B, C:C)', '=DATE(2026,1,1)', '=DATE(2026,1,11)'],
      [null, '=DATE(2026,1,2)', '=DATE(2026,1,22)'],
    ],
  });
  const sheet = reader(engine, 'Deals');
  expect(sheet.cell('A1')).toBe(15);
  const id = engine.getSheetId('Deals') ?? 0;
  engine.setCellContents({ sheet: id, row: 2, col: 1 }, [['=DATE(2026,1,3)', '=DATE(2026,1,4)']]);
  expect(sheet.cell('A1')).toBe(10);
});
