import { canonicalFormula, hasBrokenReference, sameFormula, shiftRows } from '../../src/check';

describe('formula text', () => {
  test('spellings of one formula are the same; a different reference or text is not', () => {
    expect(sameFormula('=IF($B$5="", 1, SUM(C2:C9))', 'if($B$5="",1,_xlfn.SUM(C2:C9))')).toBe(true);
    expect(sameFormula('=SUM(C2:C9)', '=SUM(C2:C10)')).toBe(false);
    expect(sameFormula('="check inputs"', '="CHECK INPUTS"')).toBe(false);
    expect(canonicalFormula('= a1 & " x y "')).toBe('A1&" x y "');
    expect(sameFormula('=\'目標計算器\'!$A$19&" 計畫"', '=目標計算器!$A$19&" 計畫"')).toBe(true);
    expect(sameFormula("='Goal Calculator'!B5", "='Goal Calc'!B5")).toBe(false);
  });

  test('#REF! in code is a broken link; inside quoted text it is not', () => {
    expect(hasBrokenReference('=SUM(#REF!,B2)')).toBe(true);
    expect(hasBrokenReference("='Goal Calculator'!#REF!")).toBe(true);
    expect(hasBrokenReference('="#REF! is an error"&B2')).toBe(false);
  });

  test('shiftRows moves references at or below the row on the named sheet only', () => {
    expect(shiftRows('=B5+$C$7*D4', 'Goal', 'Goal', 5, 2)).toBe('=B7+$C$9*D4');
    expect(shiftRows("='Goal Calculator'!$B$20+B20", 'KPI', 'Goal Calculator', 10, 1)).toBe(
      "='Goal Calculator'!$B$21+B20",
    );
    expect(shiftRows('=LOG10(B12)&"B12"', 'S', 'S', 1, 1)).toBe('=LOG10(B13)&"B12"');
    expect(shiftRows('=SUM(A1:A30)', 'S', 'S', 10, 3)).toBe('=SUM(A1:A33)');
  });
});
