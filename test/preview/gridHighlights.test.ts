/**
 * The preview paints what Sheets would from the conditional-format rules: on a goal
 * calculator written by the built bundle, the biggest saving of each sensitivity column is
 * green and the other rows are not (the rule's formula evaluated per cell by HyperFormula).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCell } from '../../src/layout/a1';
import { goalCalculatorCells } from '../../src/layout/goalCalculatorCells';
import { conditionalFills } from '../../src/layout/styles';
import { PreviewWorkbook } from '../../src/preview/workbook';
import { examplePlan } from '../support/plans';

const distDir = join(__dirname, '..', '..', 'dist');
const readHtmlFile = (name: string) => readFileSync(join(distDir, `${name}.html`), 'utf8');

test('the sensitivity table highlights the biggest saving of each column, and only that', () => {
  const workbook = new PreviewWorkbook({ distDir, readHtmlFile, locale: 'en_US' });
  const name = workbook.run('buildGoalCalculator', [examplePlan]);
  const grid = workbook.snapshot().sheets.find((sheet) => sheet.name === name);
  if (!grid) throw new Error(`no sheet ${String(name)} in the preview`);
  const backgroundAt = (a1: string) => {
    const { row, column } = parseCell(a1);
    return [a1, grid.rows[row]?.[column]?.background ?? ''];
  };
  const rows = goalCalculatorCells(examplePlan).sensitivity;
  const shown = (a1: string) => {
    const { row, column } = parseCell(a1);
    return Number((grid.rows[row]?.[column]?.shown ?? '').replace(/[$,]/g, ''));
  };
  for (const column of ['topOfFunnelSaved', 'budgetSaved'] as const) {
    const savings = rows.map((row) => shown(row[column]));
    const best = savings.indexOf(Math.max(...savings));
    expect(Math.max(...savings)).toBeGreaterThan(0);
    for (const [index, row] of rows.entries()) {
      expect(backgroundAt(row[column])).toEqual([
        row[column],
        index === best ? conditionalFills.good : '',
      ]);
    }
  }
});
