import fc from 'fast-check';
import { planFunnel } from '../../src/funnel/planner';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';
import { roundUpWhole } from '../../src/kpi';
import { a1, parseCell } from '../../src/layout/a1';
import { roundUpWholeFormula } from '../../src/layout/formulas';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import type { Cell } from '../../src/layout/types';
import { createEngine } from '../../src/preview/fake/hyperformulaPlugin';
import { evaluateLayout } from '../support/evaluateLayout';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import { arbitraryPlan, examplePlan } from '../support/plans';

function evaluatedPlan(plan: Plan) {
  const sheet = evaluateLayout(goalCalculatorLayout(plan));
  return { sheet, result: readGoalCalculator(plan, (a1) => sheet.value(a1)) };
}

function allCells(plan: Plan): Cell[] {
  return goalCalculatorLayout(plan)
    .cells.flat()
    .filter((cell): cell is Cell => cell !== null);
}

describe('the goal-calculator sheet, evaluated in HyperFormula', () => {
  it('shows the example plan exactly as the planner computes it', () => {
    const { result } = evaluatedPlan(examplePlan);
    expect(comparable(result)).toEqual(comparable(planFunnel(examplePlan)));
    expect(result.stages.map((stage) => stage.needed)).toEqual([80000, 1600, 480, 192, 48]);
    expect(result.marketingBudget).toBe(192000);
  });

  it('equals the pure planner for any valid plan', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const { result } = evaluatedPlan(plan);
        expect(comparable(result)).toEqual(comparable(planFunnel(plan)));
      }),
      { numRuns: 60 },
    );
  });

  it('needs what =REVERSE_FUNNEL over its own input cells gives, for any valid plan', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const cells = goalCalculatorCells(plan);
        const { sheet } = evaluatedPlan(plan);
        sheet.set(
          'Z1',
          `=REVERSE_FUNNEL(${cells.inputs.revenueTarget}, ${cells.inputs.averageDealSize}, ${cells.conversionRates})`,
        );
        const column = sheet.values(`Z1:Z${plan.stages.length}`).map(([count]) => count);
        expect(column).toEqual(sheet.values(cells.needed).map(([count]) => count));
      }),
      { numRuns: 40 },
    );
  });

  it('re-plans live when a person edits the revenue target, a rate or the growth', () => {
    const cells = goalCalculatorCells(examplePlan);
    const { sheet } = evaluatedPlan(examplePlan);
    sheet.set(cells.inputs.revenueTarget, 2000000);
    sheet.set(cells.stages[1].conversionToNext ?? '', 0.35);
    sheet.set(cells.inputs.monthlyGrowth, 0.1);
    const edited: Plan = {
      ...examplePlan,
      revenueTarget: 2000000,
      monthlyGrowth: 0.1,
      stages: examplePlan.stages.map((stage, index) =>
        index === 1 ? { ...stage, conversionToNext: 0.35 } : stage,
      ),
    };
    expect(comparable(readGoalCalculator(edited, (a1) => sheet.value(a1)))).toEqual(
      comparable(planFunnel(edited)),
    );
  });

  it('leaves budget, CAC and the plan velocity blank while the cost per lead and cycle are blank', () => {
    const plan: Plan = { ...examplePlan, costPerLead: undefined, salesCycleDays: undefined };
    const { result } = evaluatedPlan(plan);
    expect([result.marketingBudget, result.cac, result.velocityImplied]).toEqual([
      null,
      null,
      null,
    ]);
    expect(comparable(result)).toEqual(comparable(planFunnel(plan)));
  });
});

describe('the rounding formula of the sheet', () => {
  const engine = createEngine({ Sheet1: [[]] });
  const evaluate = (formula: string) => engine.calculateFormula(formula, 0);

  it('gives 30 for 21 / 0.7 where a bare ROUNDUP in HyperFormula gives 31', () => {
    expect(evaluate('=ROUNDUP(21/0.7,0)')).toBe(31);
    expect(evaluate(`=${roundUpWholeFormula('21/0.7')}`)).toBe(30);
  });

  it("avoids HyperFormula's INT, which truncates negatives, so -INT(-x) is no ceiling there", () => {
    expect(evaluate('=INT(-2.5)')).toBe(-2);
    expect(evaluate(`=${roundUpWholeFormula('101858972142.276')}`)).toBe(101858972143);
  });

  it('agrees with roundUpWhole on large fractional values', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), (value) => {
        expect(evaluate(`=${roundUpWholeFormula(String(value))}`)).toBe(roundUpWhole(value));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with roundUpWhole for counts divided by rates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (count, perMille) => {
          const rate = perMille / 1000;
          expect(evaluate(`=${roundUpWholeFormula(`${count}/${rate}`)}`)).toBe(
            roundUpWhole(count / rate),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('what the sheet is made of', () => {
  it("uses only built-in spreadsheet functions, none of FunnelMath's", () => {
    const layout = goalCalculatorLayout(examplePlan);
    const functionsIn = (formulas: string[]) =>
      [
        ...new Set(
          formulas.flatMap((formula) =>
            [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((match) => match[1]),
          ),
        ),
      ].sort();
    const cellFormulas = allCells(examplePlan).flatMap((cell) =>
      'formula' in cell ? [cell.formula] : [],
    );
    expect(functionsIn(cellFormulas)).toEqual([
      'ABS',
      'CEILING',
      'IF',
      'INT',
      'LOG10',
      'MIN',
      'ROUND',
      'SUM',
    ]);
    expect(functionsIn(layout.conditionalRules.map((rule) => rule.formula))).toEqual([
      'AND',
      'ISNUMBER',
      'MAX',
    ]);
  });

  it('marks exactly the inputs as the cells to edit', () => {
    const layout = goalCalculatorLayout(examplePlan);
    const inputCells = new Set(layout.inputs.map((input) => input.a1));
    const inputRoleCells = layout.cells.flatMap((row, rowIndex) =>
      row.flatMap((cell, column) => (cell?.role === 'input' ? [a1(rowIndex, column)] : [])),
    );
    expect(new Set(inputRoleCells)).toEqual(inputCells);
    expect(layout.inputs.map((input) => input.key)).toEqual(
      expect.arrayContaining([
        'revenueTarget',
        'averageDealSize',
        'costPerLead',
        'stages.0.conversionToNext',
      ]),
    );
  });

  it('formats money, rates and counts so a person reads them at once', () => {
    const cells = goalCalculatorCells(examplePlan);
    const { sheet } = evaluatedPlan(examplePlan);
    const layout = goalCalculatorLayout(examplePlan);
    const formatAt = (address: string) => {
      const { row, column } = parseCell(address);
      return layout.cells[row][column]?.numberFormat;
    };
    expect(formatAt(cells.inputs.revenueTarget)).toBe('"$"#,##0');
    expect(formatAt(cells.stages[0].conversionToNext ?? '')).toBe('0.0%');
    expect(formatAt(cells.stages[0].needed)).toBe('#,##0');
    expect(formatAt(cells.money.pipelineCoverage)).toBe('0.0"x"');
    expect(sheet.value(cells.money.pipelineCoverage)).toBe(4);
  });

  it('keeps stage names as text, even ones that look like formulas or numbers', () => {
    const hostile = [
      '=IMPORTXML("http://evil.example", "//a")',
      '+1',
      '<img src=x onerror=alert(1)>',
      'Customers',
    ];
    const plan: Plan = {
      ...examplePlan,
      leadStageIndex: 1,
      stages: hostile.map((name, index) =>
        index < hostile.length - 1 ? { name, conversionToNext: 0.5 } : { name },
      ),
    };
    const cells = goalCalculatorCells(plan);
    const { sheet } = evaluatedPlan(plan);
    expect(cells.stages.map((stage) => sheet.value(stage.name))).toEqual(hostile);
    expect(sheet.value(cells.money.leadStageName)).toBe('+1');
  });

  it('draws the funnel chart from the stage names and needed counts', () => {
    const layout = goalCalculatorLayout(examplePlan);
    const cells = goalCalculatorCells(examplePlan);
    expect(layout.charts).toEqual([
      expect.objectContaining({ type: 'bar', labels: cells.stageNames, series: [cells.needed] }),
    ]);
  });

  it('highlights the biggest saving in each saving column with one rule', () => {
    const layout = goalCalculatorLayout(examplePlan);
    const rows = goalCalculatorCells(examplePlan).sensitivity;
    const top = rows[0].topOfFunnelSaved;
    const rule = layout.conditionalRules.find((candidate) => candidate.fill === 'good');
    const [column, firstRow] = [top.replace(/\d+/, ''), top.replace(/\D+/, '')];
    const lastRow = (rows.at(-1)?.topOfFunnelSaved ?? '').replace(/\D+/, '');
    expect(rule).toEqual({
      range: `${top}:${rows.at(-1)?.budgetSaved}`,
      formula: `=AND(ISNUMBER(${top}),${top}>0,${top}=MAX(${column}$${firstRow}:${column}$${lastRow}))`,
      fill: 'good',
    });
  });

  it('places the same cells for the same stages and months in every language', () => {
    const zh: Plan = { ...examplePlan, language: 'zh-CN' };
    expect(goalCalculatorCells(zh)).toEqual(goalCalculatorCells(examplePlan));
    expect(goalCalculatorLayout(zh).name).toBe('目标计算器');
    expect(goalCalculatorLayout({ ...examplePlan, language: 'zh-TW' }).name).toBe('目標計算器');
  });

  it('is only built for valid plans: the example validates', () => {
    expect(validatePlan(examplePlan).ok).toBe(true);
  });
});
