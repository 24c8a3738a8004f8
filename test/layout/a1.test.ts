import {
  a1,
  absolute,
  columnIndex,
  columnLetter,
  parseRange,
  qualified,
  rangeA1,
} from '../../src/layout/a1';

describe('A1 notation helpers (zero-based in code)', () => {
  it('names columns past Z the way spreadsheets do', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(['A', 'Z', 'AA', 'ZZ', 'AAA'].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });

  it('writes cells, absolute cells and ranges', () => {
    expect(a1(4, 1)).toBe('B5');
    expect(absolute(4, 1)).toBe('$B$5');
    expect(a1(4, 1, { column: true })).toBe('$B5');
    expect(rangeA1(13, 0, 17, 0)).toBe('A14:A18');
    expect(rangeA1(13, 0, 13, 0)).toBe('A14');
  });

  it('parses what it writes, with or without a sheet name', () => {
    expect(parseRange("'Goal Calculator'!$B$5:C9")).toEqual({
      start: { row: 4, column: 1 },
      end: { row: 8, column: 2 },
    });
    expect(parseRange('D2')).toEqual({ start: { row: 1, column: 3 }, end: { row: 1, column: 3 } });
  });

  it('quotes sheet names that need it, doubling inner quotes', () => {
    expect(qualified('Goal Calculator', 'B5')).toBe("'Goal Calculator'!B5");
    expect(qualified("Bob's plan", 'B5')).toBe("'Bob''s plan'!B5");
    expect(qualified('Plan', 'B5')).toBe('Plan!B5');
  });

  it('refuses what is not a cell', () => {
    expect(() => parseRange('B')).toThrow('"B" is not an A1 cell address');
    expect(() => columnLetter(-1)).toThrow();
  });
});
