import fc from 'fast-check';
import { monthAt } from '../../src/funnel/calendar';
import { planFunnel } from '../../src/funnel/planner';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';
import { roundUpWhole } from '../../src/kpi';
import { a1, parseCell } from '../../src/layout/a1';
import { roundUpWholeFormula } from '../../src/layout/formulas';
import {
  goalCalculatorCells,
  goalCalculatorLayout,
  monthOfSerial,
  monthSerial,
  plannedArrivalsFormula,
  plannedRevenueFormula,
} from '../../src/layout/goalCalculator';
import { goalCalculatorLabels } from '../../src/layout/i18n/goalCalculator';
import type { Cell, SheetLayout } from '../../src/layout/types';
import { createEngine } from '../../src/preview/fake/hyperformulaPlugin';
import { evaluateLayout } from '../support/evaluateLayout';
import { cellsOfRange, comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import { arbitraryPlan, examplePlan, tiePlans } from '../support/plans';

function evaluatedPlan(plan: Plan) {
  const sheet = evaluateLayout(goalCalculatorLayout(plan));
  return { sheet, result: readGoalCalculator(plan, (address) => sheet.value(address)) };
}

/** Every formula cell of the layout with its address. */
function formulaCells(
  layout: SheetLayout,
): { address: string; cell: Cell & { formula: string } }[] {
  return layout.cells.flatMap((row, rowIndex) =>
    row.flatMap((cell, column) =>
      cell && 'formula' in cell ? [{ address: a1(rowIndex, column), cell }] : [],
    ),
  );
}

describe('the goal-calculator sheet, evaluated in HyperFormula', () => {
  it('shows the example plan exactly as the planner computes it', () => {
    const { result } = evaluatedPlan(examplePlan);
    expect(comparable(result)).toEqual(comparable(planFunnel(examplePlan)));
    expect(result.stages.map((stage) => stage.needed)).toEqual([80000, 1600, 480, 192, 48]);
    expect(result.marketingBudget).toBe(192000);
  });

  it('equals the pure planner for any valid plan, months and reserves included', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const { result } = evaluatedPlan(plan);
        expect(comparable(result)).toEqual(comparable(planFunnel(plan)));
      }),
      { numRuns: 300 },
    );
  });

  it("adds the months of the issue's tie plans up exactly, as the planner does", () => {
    for (const plan of tiePlans) {
      const { result } = evaluatedPlan(plan);
      expect(comparable(result)).toEqual(comparable(planFunnel(plan)));
      const customers = result.months.map((month) => month.counts.at(-1) ?? 0);
      expect(customers.reduce((sum, count) => sum + count, 0)).toBe(result.customers);
    }
  });

  it('needs what =REVERSE_FUNNEL over its own input cells gives, for any valid plan', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const cells = goalCalculatorCells(plan);
        const { sheet } = evaluatedPlan(plan);
        sheet.set(
          'ZZ1',
          `=REVERSE_FUNNEL(${cells.inputs.revenueTarget}, ${cells.inputs.averageDealSize}, ${cells.conversionRates})`,
        );
        const column = sheet.values(`ZZ1:ZZ${plan.stages.length}`).map(([count]) => count);
        expect(column).toEqual(sheet.values(cells.needed).map(([count]) => count));
      }),
      { numRuns: 40 },
    );
  });

  it('shows no blank, NaN or error figure for any valid plan', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const layout = goalCalculatorLayout(plan);
        const { sheet } = evaluatedPlan(plan);
        const cells = goalCalculatorCells(plan);
        // These may rightly be empty: the best-row markers and the two input notes.
        const mayBeEmpty = new Set([
          ...cells.sensitivity.map((row) => row.best),
          cells.inputProblems,
          a1(parseCell(cells.inputs.currency).row, 2),
        ]);
        for (const { address } of formulaCells(layout)) {
          const value = sheet.value(address);
          if (mayBeEmpty.has(address)) continue;
          expect({ address, ok: value !== null && value !== '' && !Number.isNaN(value) }).toEqual({
            address,
            ok: true,
          });
          expect(String(value)).not.toMatch(
            /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|ERROR!|CYCLE!)/,
          );
        }
      }),
      { numRuns: 25 },
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
    expect(comparable(readGoalCalculator(edited, (address) => sheet.value(address)))).toEqual(
      comparable(planFunnel(edited)),
    );
  });

  it("moves every month row with the start month, and arrivals with a stage's days", () => {
    const cells = goalCalculatorCells(examplePlan);
    const { sheet } = evaluatedPlan(examplePlan);
    const months = () =>
      cellsOfRange(cells.months.month).map((address) =>
        monthOfSerial(Number(sheet.value(address))),
      );
    expect(months().slice(0, 2)).toEqual(['2027-01', '2027-02']);
    sheet.set(cells.inputs.startMonth, monthSerial('2027-04'));
    expect(months()).toEqual(Array.from({ length: 12 }, (_, index) => monthAt('2027-04', index)));
    const firstArrival = cellsOfRange(cells.arrivals.month)[0];
    expect(monthOfSerial(Number(sheet.value(firstArrival)))).toBe('2027-02');

    // SQLs now take 90 days to close (the other stages 0): SQLs arrive 3 months ahead,
    // and the stages above them too; the top stage's volume beyond the listed run-up moves
    // to the "earlier" row rather than getting lost.
    for (const [index, stage] of cells.stages.entries())
      if (stage.daysToNext) sheet.set(stage.daysToNext, index === 3 ? 90 : 0);
    const edited: Plan = {
      ...examplePlan,
      startMonth: '2027-04',
      stages: examplePlan.stages.map((stage, index) =>
        index < 4 ? { ...stage, daysToNext: index === 3 ? 90 : 0 } : stage,
      ),
    };
    expect(planFunnel(edited).stages.map((stage) => stage.monthsBeforeClose)).toEqual([
      3, 3, 3, 3, 0,
    ]);
    expect(sheet.value(cells.stages[3].monthsBeforeClose)).toBe(3);
    // The sheet was laid out for a 2-month run-up: the first month's SQLs are "earlier".
    expect(sheet.value(cells.arrivals.earlier[3])).toBe(planFunnel(edited).months[0].counts[3]);
    const totals = cells.arrivals.totalCounts.map((address) => sheet.value(address));
    expect(totals).toEqual(planFunnel(edited).stages.map((stage) => stage.monthlyTotal));
  });

  it('flags a changed currency code, whose formats only the sidebar can re-apply', () => {
    const cells = goalCalculatorCells(examplePlan);
    const { sheet } = evaluatedPlan(examplePlan);
    const note = a1(parseCell(cells.inputs.currency).row, 2);
    expect(sheet.value(note)).toBe('');
    sheet.set(cells.inputs.currency, 'EUR');
    expect(sheet.value(note)).toMatch(/formatted in USD/);
  });

  it('shows "check inputs" in every figure while an input is invalid, and names it', () => {
    const layout = goalCalculatorLayout(examplePlan);
    const cells = goalCalculatorCells(examplePlan);
    const { sheet } = evaluatedPlan(examplePlan);
    const guarded = formulaCells(layout).filter(({ cell }) =>
      cell.formula.startsWith('=IF($B$15=1,'),
    );
    expect(guarded.length).toBeGreaterThan(200);
    for (const [input, value, named] of [
      [cells.inputs.revenueTarget, -5, 'Revenue target'],
      [cells.stages[1].conversionToNext ?? '', 30, 'Conversion rate'],
      [cells.inputs.startMonth, 'next month', 'First month'],
      [cells.inputs.averageDealSize, null, 'Average deal size'],
      [cells.stages[0].daysToNext ?? '', -3, 'Days to next'],
      [cells.inputs.marketingBudget, -100, 'Marketing budget available'],
    ] as const) {
      const before = sheet.value(input) as number | string | null;
      sheet.set(input, value);
      expect(sheet.value(cells.inputCheck)).toBe(0);
      expect(sheet.value(cells.inputProblems)).toContain(named);
      const shown = new Set(guarded.map(({ address }) => sheet.value(address)));
      expect([...shown]).toEqual(['check inputs']);
      sheet.set(input, before);
    }
    expect(sheet.value(cells.inputCheck)).toBe(1);
    expect(sheet.value(cells.stages[0].needed)).toBe(80000);
  });

  it('asks for a cost per lead instead of showing a blank budget', () => {
    const plan: Plan = { ...examplePlan, costPerLead: undefined, salesCycleDays: undefined };
    const cells = goalCalculatorCells(plan);
    const { sheet, result } = evaluatedPlan(plan);
    expect([result.marketingBudget, result.cac]).toEqual([null, null]);
    expect(sheet.value(cells.money.marketingBudget)).toBe('enter a cost per lead');
    expect(comparable(result)).toEqual(comparable(planFunnel(plan)));
  });

  it('gives another sheet the planned arrivals and revenue of any calendar month', () => {
    const plan: Plan = {
      ...examplePlan,
      stages: examplePlan.stages.map((stage, index) =>
        index < 4 ? { ...stage, daysToNext: [0, 14, 30, 45][index] } : stage,
      ),
    };
    const layout = goalCalculatorLayout(plan, "Plan 'A'");
    const cells = goalCalculatorCells(plan);
    const planned = planFunnel(plan);
    const offsets = Array.from({ length: 18 }, (_, index) => index - 4);
    const other: SheetLayout = {
      name: 'Actuals',
      cells: offsets.map((offset, index) => [
        { value: monthSerial(monthAt('2027-01', offset)) + 14 },
        ...plan.stages.map((_, stage) => ({
          formula: `=${plannedArrivalsFormula(cells, stage, `A${index + 1}`, "Plan 'A'")}`,
        })),
        { formula: `=${plannedRevenueFormula(cells, `A${index + 1}`, "Plan 'A'")}` },
      ]),
      columnWidths: [],
      frozenRows: 0,
      inputs: [],
      charts: [],
      conditionalRules: [],
    };
    const sheet = evaluateLayout(other, [layout]);
    offsets.forEach((offset, index) => {
      const row = planned.arrivals.find((arrivals) => arrivals.offset === offset);
      const counts = plan.stages.map((_, stage) => sheet.value(a1(index, stage + 1)));
      expect({ offset, counts }).toEqual({
        offset,
        counts: row?.counts ?? plan.stages.map(() => 0),
      });
      const revenue = planned.months.find((month) => month.offset === offset)?.revenue ?? 0;
      expect(sheet.value(a1(index, plan.stages.length + 1))).toBe(revenue);
    });
  });
});

describe('the rounding formula of the sheet', () => {
  const engine = createEngine({ Sheet1: [[]] });
  const evaluate = (formula: string) => engine.calculateFormula(formula, 0);

  it('reads as "round away the noise, then up"', () => {
    expect(roundUpWholeFormula('C18/B17')).toBe('CEILING(ROUND(C18/B17,6),1)');
  });

  it('gives 30 for 21 / 0.7 where a bare ROUNDUP in HyperFormula gives 31', () => {
    expect(evaluate('=ROUNDUP(21/0.7,0)')).toBe(31);
    expect(evaluate(`=${roundUpWholeFormula('21/0.7')}`)).toBe(30);
  });

  it('rounds the 15-digit tie of the issue as the planner does', () => {
    expect(evaluate(`=${roundUpWholeFormula('673.0000000000005')}`)).toBe(673);
    expect(roundUpWhole(673.0000000000005)).toBe(673);
    expect(evaluate(`=${roundUpWholeFormula('673.0000005')}`)).toBe(674);
    expect(roundUpWhole(673.0000005)).toBe(674);
  });

  it('agrees with roundUpWhole on any value up to 1e12', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (value) => {
        expect(evaluate(`=${roundUpWholeFormula(String(value))}`)).toBe(roundUpWhole(value));
      }),
      { numRuns: 2000 },
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
      { numRuns: 2000 },
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
    expect(functionsIn(formulaCells(layout).map(({ cell }) => cell.formula))).toEqual([
      'AND',
      'CEILING',
      'COUNT',
      'COUNTBLANK',
      'COUNTIFS',
      'DATE',
      'FLOOR',
      'IF',
      'ISNUMBER',
      'MAX',
      'MIN',
      'MONTH',
      'OR',
      'ROUND',
      'SUM',
      'SUMIFS',
      'YEAR',
    ]);
    expect(functionsIn(layout.conditionalRules.map((rule) => rule.formula))).toEqual([
      'AND',
      'ISNUMBER',
      'MAX',
    ]);
  });

  it('marks exactly the inputs as the cells to edit, each under a stable key', () => {
    const layout = goalCalculatorLayout(examplePlan);
    const inputCells = new Set(layout.inputs.map((input) => input.a1));
    const inputRoleCells = layout.cells.flatMap((row, rowIndex) =>
      row.flatMap((cell, column) => (cell?.role === 'input' ? [a1(rowIndex, column)] : [])),
    );
    expect(new Set(inputRoleCells)).toEqual(inputCells);
    expect(layout.inputs.map((input) => input.key)).toEqual([
      'revenueTarget',
      'averageDealSize',
      'costPerLead',
      'salesCycleDays',
      'monthlyGrowth',
      'sensitivityStep',
      'startMonth',
      'currency',
      'marketingBudget',
      ...[0, 1, 2, 3].flatMap((stage) => [
        `stages.${stage}.name`,
        `stages.${stage}.conversionToNext`,
        `stages.${stage}.daysToNext`,
      ]),
      'stages.4.name',
    ]);
  });

  it('validates every input but the free-text stage names, with a help text', () => {
    const layout = goalCalculatorLayout(examplePlan);
    for (const input of layout.inputs) {
      const { row, column } = parseCell(input.a1);
      const validation = layout.cells[row][column]?.validation;
      if (input.key.endsWith('.name')) expect(validation).toBeUndefined();
      else
        expect({ key: input.key, help: validation?.help.length }).toEqual({
          key: input.key,
          help: expect.any(Number),
        });
    }
    const at = (address: string) => {
      const { row, column } = parseCell(address);
      return layout.cells[row][column]?.validation;
    };
    const cells = goalCalculatorCells(examplePlan);
    expect(at(cells.stages[0].conversionToNext ?? '')).toMatchObject({
      kind: 'number',
      greaterThan: 0,
      atMost: 1,
    });
    expect(at(cells.inputs.currency)).toMatchObject({ kind: 'list' });
    expect(at(cells.inputs.startMonth)).toMatchObject({
      kind: 'date',
      onOrAfter: '2000-01-01',
      onOrBefore: '2099-12-31',
    });
  });

  it("formats money in the plan's currency and months as calendar months", () => {
    const formatAt = (layout: SheetLayout, address: string) => {
      const { row, column } = parseCell(address);
      return layout.cells[row][column]?.numberFormat;
    };
    const cells = goalCalculatorCells(examplePlan);
    const layout = goalCalculatorLayout(examplePlan);
    expect(formatAt(layout, cells.inputs.revenueTarget)).toBe('"$"#,##0');
    expect(formatAt(layout, cells.stages[0].conversionToNext ?? '')).toBe('0.0%');
    expect(formatAt(layout, cells.stages[0].needed)).toBe('#,##0');
    expect(formatAt(layout, cells.money.pipelineCoverage)).toBe('0.0"x"');
    expect(formatAt(layout, cellsOfRange(cells.months.month)[0])).toBe('mmm yyyy');
    const euros = goalCalculatorLayout({ ...examplePlan, language: 'zh-CN', currency: 'EUR' });
    expect(formatAt(euros, cells.money.marketingBudget)).toBe('"€"#,##0');
    expect(formatAt(euros, cellsOfRange(cells.months.revenue)[0])).toBe('"€"#,##0');
    expect(formatAt(euros, cellsOfRange(cells.arrivals.month)[0])).toBe('yyyy"年"m"月"');
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

  it('marks the best improvement and highlights the biggest saving in each column', () => {
    const layout = goalCalculatorLayout(examplePlan);
    const rows = goalCalculatorCells(examplePlan).sensitivity;
    const { sheet } = evaluatedPlan(examplePlan);
    expect(rows.map((row) => sheet.value(row.best))).toEqual(['', '', '', '★ best']);
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
    expect(goalCalculatorLabels['zh-TW'].checkInputs).toBe('請檢查輸入');
  });

  it('is only built for valid plans with a start month', () => {
    expect(validatePlan(examplePlan).ok).toBe(true);
    expect(() => goalCalculatorLayout({ ...examplePlan, startMonth: undefined })).toThrow(
      /startMonth is missing/,
    );
  });
});
