/** Which sheet names count as the goal calculator or one of its copies (src/gas/goalSheets.ts). */
import { goalSheetCopyNumber } from '../../src/gas/goalSheets';

test.each([
  ['Goal Calculator', 'Goal Calculator', 1],
  ['Goal Calculator (2)', 'Goal Calculator', 2],
  ['Goal Calculator (12)', 'Goal Calculator', 12],
  ['目标计算器 (3)', '目标计算器', 3],
  ['Goal Calculator 2', 'Goal Calculator', undefined],
  ['Goal Calculator (2) old', 'Goal Calculator', undefined],
  ['Goal Calculator (two)', 'Goal Calculator', undefined],
  ['My Goal Calculator', 'Goal Calculator', undefined],
  ['KPI Dashboard', 'Goal Calculator', undefined],
])('%j with goal calculator name %j: copy number %j', (sheetName, goalName, expected) => {
  expect(goalSheetCopyNumber(sheetName, goalName)).toBe(expected);
});
