import { formatNumber } from '../../src/preview/fake/numberFormat';

describe("the preview's number formats", () => {
  it('shows a date serial as its month, in English and Chinese', () => {
    expect(formatNumber(46388, 'mmm yyyy')).toBe('Jan 2027');
    expect(formatNumber(46327, 'mmm yyyy')).toBe('Nov 2026');
    expect(formatNumber(46388, 'yyyy"年"m"月"')).toBe('2027年1月');
  });

  it('shows a section of text only as that text', () => {
    expect(formatNumber(1, '"OK";"OK";"Fix: "')).toBe('OK');
    expect(formatNumber(0, '"OK";"OK";"Fix: "')).toBe('Fix: ');
  });

  it('still formats money, counts and days', () => {
    expect(formatNumber(1200000, '"$"#,##0')).toBe('$1,200,000');
    expect(formatNumber(60, '0 "days"')).toBe('60 days');
    expect(formatNumber(0.05, '0.0%')).toBe('5.0%');
  });
});
