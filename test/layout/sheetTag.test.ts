import {
  decodeSheetTag,
  encodeSheetTag,
  FIRST_FORMAT_VERSION,
  SHEET_FORMAT_VERSION,
  SHEET_TAG_KEYS,
  sheetKindOfKey,
} from '../../src/layout/sheetTag';

describe('sheet tags', () => {
  it('reads back what it writes, for every kind', () => {
    for (const kind of Object.keys(SHEET_TAG_KEYS) as (keyof typeof SHEET_TAG_KEYS)[]) {
      const tag = { kind, formatVersion: SHEET_FORMAT_VERSION, source: { revenueTarget: 5 } };
      expect(decodeSheetTag(kind, encodeSheetTag(tag))).toEqual(tag);
      expect(sheetKindOfKey(SHEET_TAG_KEYS[kind])).toBe(kind);
    }
  });

  it('reads a bare plan (a tag from before versions) as version 1 whose source is the plan', () => {
    const plan = { revenueTarget: 1000, period: 'year' };
    expect(decodeSheetTag('goalCalculator', JSON.stringify(plan))).toEqual({
      kind: 'goalCalculator',
      formatVersion: FIRST_FORMAT_VERSION,
      source: plan,
    });
  });

  it('refuses values FunnelMath did not write', () => {
    for (const value of [null, '', 'not json', '[1,2]', '42', '"text"']) {
      expect(decodeSheetTag('dashboard', value)).toBeUndefined();
    }
    expect(sheetKindOfKey('someone.else')).toBeUndefined();
  });
});
