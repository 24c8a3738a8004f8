/**
 * The goal calculator's input cells as a plan and back (src/gas/goalInputs.ts), on layouts
 * built from plans: nothing here knows a fixed address, only `layout.inputs`.
 */
import fc from 'fast-check';
import { currencyCodeOf } from '../../src/funnel/defaults';
import type { Plan } from '../../src/funnel/types';
import {
  inputCells,
  inputRuns,
  isPlanInput,
  layoutShape,
  movedLabel,
  planFromInputs,
  planValueOf,
  sameShape,
} from '../../src/gas/goalInputs';
import { sheetsValue } from '../../src/gas/writeLayout';
import { parseCell } from '../../src/layout/a1';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import type { SheetLayout } from '../../src/layout/types';
import { arbitraryPlan, examplePlan, planWithStages } from '../support/plans';

/** The values a freshly written sheet holds: the layout's own literal cells. */
function writtenValues(layout: SheetLayout) {
  return (row: number, column: number): unknown => {
    const cell = layout.cells[row]?.[column];
    if (!cell || !('value' in cell)) return '';
    return cell.value;
  };
}

describe('reading a plan back from its input cells', () => {
  it('gives back the plan a sheet was written from, for any valid plan', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const layout = goalCalculatorLayout(plan);
        const reading = planFromInputs(plan, layout, writtenValues(layout));
        // The sheet always shows a currency: the plan's, else its language's default.
        expect(reading).toEqual({ ok: true, plan: { ...plan, currency: currencyCodeOf(plan) } });
      }),
      { numRuns: 200 },
    );
  });

  it('takes what the cells hold now, leaves out what was emptied, and names a bad cell', () => {
    const layout = goalCalculatorLayout(examplePlan);
    const at = new Map(layout.inputs.map((input) => [input.key, parseCell(input.a1)]));
    const edits = new Map<string, unknown>([
      ['revenueTarget', 2000000],
      ['costPerLead', ''],
      ['stages.1.name', 2024],
    ]);
    const valueAt = (row: number, column: number) => {
      for (const [key, value] of edits) {
        const cell = at.get(key);
        if (cell && cell.row === row && cell.column === column) return value;
      }
      return writtenValues(layout)(row, column);
    };
    const reading = planFromInputs(examplePlan, layout, valueAt);
    const { costPerLead: _removed, ...rest } = examplePlan;
    expect(reading).toEqual({
      ok: true,
      plan: {
        ...rest,
        revenueTarget: 2000000,
        stages: examplePlan.stages.map((stage, index) =>
          index === 1 ? { ...stage, name: '2024' } : stage,
        ),
      },
    });

    edits.set('averageDealSize', 'lots');
    const bad = planFromInputs(examplePlan, layout, valueAt);
    expect(bad).toEqual({
      ok: false,
      problems: [
        {
          field: 'averageDealSize',
          a1: layout.inputs.find((input) => input.key === 'averageDealSize')?.a1,
          value: 'lots',
          message:
            'averageDealSize is "lots"; enter an amount greater than 0 and at most 1000000000000',
        },
      ],
    });
  });

  it('reads a first month from a date cell, a serial number or text, and a currency code', () => {
    expect(planValueOf('startMonth', new Date(2027, 6, 1), 'en')).toBe('2027-07');
    // 46569 is 2027-07-01 in Sheets' day numbers (day 0 = 1899-12-30).
    expect(planValueOf('startMonth', 46569, 'en')).toBe('2027-07');
    expect(planValueOf('startMonth', '2027-07', 'en')).toBe('2027-07');
    expect(planValueOf('currency', ' eur ', 'en')).toBe('EUR');
    expect(planValueOf('period', '季度', 'zh-CN')).toBe('quarter');
    expect(planValueOf('period', 12, 'en')).toBe('year');
    expect(planValueOf('period', 'Fortnight', 'en')).toBe('Fortnight');
    expect(planValueOf('salesCycleDays', '', 'en')).toBeUndefined();
  });

  it('reads only plan fields: a sheet-only input such as the sensitivity step is not one', () => {
    expect(['revenueTarget', 'stages.3.daysToNext', 'currency'].map(isPlanInput)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['sensitivityStep', 'stages', 'revenueTarget.x'].map(isPlanInput)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('writing the inputs back', () => {
  it('groups the input cells in column runs whose number does not grow with the stages', () => {
    const runsOf = (plan: Plan) => inputRuns(inputCells(goalCalculatorLayout(plan)));
    const three = runsOf(planWithStages(3));
    const ten = runsOf(planWithStages(10));
    expect(ten).toHaveLength(three.length);
    const layout = goalCalculatorLayout(planWithStages(10));
    // Every input cell is in exactly one run, and a run covers input cells only.
    const covered = ten.flatMap((run) => run.cells.map((cell) => `${cell.row},${cell.column}`));
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered.sort()).toEqual(
      inputCells(layout)
        .map((cell) => `${cell.row},${cell.column}`)
        .sort(),
    );
    for (const run of ten) {
      run.cells.forEach((cell, index) => {
        expect(cell.row).toBe(run.cells[0].row + index);
        expect(cell.column).toBe(run.cells[0].column);
      });
    }
  });

  it('keeps text typed as a value text, so a stage called "=1+1" is never a formula', () => {
    const plan: Plan = {
      ...examplePlan,
      stages: [{ name: '=1+1', conversionToNext: 0.5 }, { name: 'Customers' }],
      leadStageIndex: 0,
    };
    const layout = goalCalculatorLayout(plan);
    const cell = inputCells(layout).find((input) => input.key === 'stages.0.name');
    if (!cell) throw new Error('no stage name input');
    expect(sheetsValue(layout.cells[cell.row][cell.column])).toBe("'=1+1");
  });
});

describe('the shape of a sheet', () => {
  it('is the same when only input values change, and differs with stages, period or language', () => {
    const base = goalCalculatorLayout(examplePlan);
    const retargeted = goalCalculatorLayout({
      ...examplePlan,
      revenueTarget: 9000000,
      costPerLead: undefined,
      stages: examplePlan.stages.map((stage) => ({ ...stage, name: `${stage.name}!` })),
    });
    expect(sameShape(base, retargeted)).toBe(true);
    for (const other of [
      planWithStages(4),
      { ...examplePlan, period: 'month' as const },
      { ...examplePlan, language: 'zh-CN' as const },
    ]) {
      expect(layoutShape(goalCalculatorLayout(other))).not.toBe(layoutShape(base));
    }
  });

  it('notices a label that is no longer where it was written', () => {
    const layout = goalCalculatorLayout(examplePlan);
    const bounds = {
      top: 0,
      left: 0,
      bottom: layout.cells.length - 1,
      right: layout.cells[0].length - 1,
    };
    expect(movedLabel(layout, bounds, writtenValues(layout))).toBeNull();
    // As after a row was inserted above everything: each cell shows the one above it.
    const shifted = (row: number, column: number) => writtenValues(layout)(row - 1, column);
    expect(movedLabel(layout, bounds, shifted)).toEqual({
      a1: 'A1',
      expected: layout.cells[0][0] && 'value' in layout.cells[0][0] ? layout.cells[0][0].value : '',
      found: '',
    });
  });
});
