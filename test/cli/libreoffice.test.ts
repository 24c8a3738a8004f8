/**
 * The CLI's .xlsx in another spreadsheet program: LibreOffice recalculates every formula
 * (no cached results are written) and must land on the planner's numbers; edited and
 * recalculated again, the plan must follow the new target, proving the formulas are live.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { roundUpWhole } from '../../src/kpi';
import { a1, parseCell } from '../../src/layout/a1';
import { roundUpWholeFormula } from '../../src/layout/formulas';
import {
  goalCalculatorCells,
  goalCalculatorLayout,
  monthSerial,
} from '../../src/layout/goalCalculator';
import type { SheetLayout } from '../../src/layout/types';
import { silentIo } from '../support/cliIo';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import {
  convertWithLibreOffice,
  LIBREOFFICE_TIMEOUT_MS,
  readWorkbookValues,
} from '../support/libreoffice';
import { arbitraryPlan, examplePlan, tiePlans } from '../support/plans';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);

/** Pairs whose quotient is whole on paper, 1 ulp above it in binary, or plainly fractional. */
const roundingCases: [number, number][] = [
  [21, 0.7],
  [7, 0.7],
  [63, 0.7],
  [3, 0.3],
  [48, 0.25],
  [1600, 0.02],
  [1, 0.1],
  [30, 0.7],
  [192, 0.4],
  [999, 0.37],
  // Large quotients, where LibreOffice's own ROUNDUP(x, 0) drops the fraction.
  [123456789012.1, 1],
  [807585310345 * 0.126123, 1],
  [99999999999.9, 1],
  [4_000_000, 0.00013],
  // The issue's 15-digit tie (673 in JavaScript's toPrecision, 674 in the engines' old rule).
  [673.0000000000005, 1],
  [673.0000005, 1],
  ...fc
    .sample(fc.tuple(fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 1, max: 1000 })), {
      numRuns: 60,
      seed: 7,
    })
    .map(([count, perMille]): [number, number] => [count, perMille / 1000]),
];

function roundingLayout(): SheetLayout {
  return {
    name: 'Rounding',
    cells: roundingCases.map(([count, rate], index) => [
      { value: count },
      { value: rate },
      { formula: `=ROUNDUP(A${index + 1}/B${index + 1},0)` },
      { formula: `=${roundUpWholeFormula(`A${index + 1}/B${index + 1}`)}` },
    ]),
    columnWidths: [100, 100, 100, 100],
    frozenRows: 0,
    inputs: [],
    charts: [],
    conditionalRules: [],
  };
}

/** Plans LibreOffice checks in one run: the example, edge cases, and random plans. */
const plans: Plan[] = [
  examplePlan,
  {
    ...examplePlan,
    language: 'zh-CN',
    period: 'quarter',
    costPerLead: undefined,
    salesCycleDays: undefined,
  },
  {
    revenueTarget: 21000,
    period: 'month',
    averageDealSize: 1000,
    stages: [
      { name: '=IMPORTXML("http://evil.example/", "//a")', conversionToNext: 0.7 },
      { name: '+1' },
    ],
    startMonth: '2026-12',
  },
  ...tiePlans,
  ...fc.sample(arbitraryPlan, { numRuns: 12, seed: 2026 }),
];

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'funnelmath-lo-test-'));
});

describe("the CLI's goal.xlsx recalculated by LibreOffice", () => {
  it("gives the planner's numbers, and after the target is edited, the new target's plan", async () => {
    const input = join(workDir, 'plan.json');
    const out = join(workDir, 'goal.xlsx');
    await writeFile(input, JSON.stringify(examplePlan));
    expect(await main(['goal', '--input', input, '--out', out], silentIo)).toBe(0);

    const recalculated = await convertWithLibreOffice(out);
    const read = (await readWorkbookValues(recalculated))('Goal Calculator');
    expect(comparable(readGoalCalculator(examplePlan, read))).toEqual(
      comparable(planFunnel(examplePlan)),
    );

    // LibreOffice understood the funnel chart: it writes it back as a bar chart of the cells.
    const zip = await JSZip.loadAsync(await readFile(recalculated));
    const charts = await Promise.all(
      zip.file(/^xl\/charts\/chart\d+\.xml$/).map((file) => file.async('string')),
    );
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain('<c:barDir val="bar"/>');
    expect(charts[0]).toContain('<c:f>&apos;Goal Calculator&apos;!$A$19:$A$23</c:f>');
    expect(charts[0]).toContain('<c:f>&apos;Goal Calculator&apos;!$C$19:$C$23</c:f>');

    // Edit the target in LibreOffice's file, drop every cached result, recalculate again.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculated);
    const sheet = workbook.getWorksheet('Goal Calculator');
    if (!sheet) throw new Error('no Goal Calculator sheet');
    // The target, the start month and the SQLs' days to close, as a person would edit them.
    const cells = goalCalculatorCells(examplePlan);
    sheet.getCell(cells.inputs.revenueTarget).value = 2_000_000;
    sheet.getCell(cells.inputs.startMonth).value = monthSerial('2027-04');
    for (const [index, stage] of cells.stages.entries())
      if (stage.daysToNext) sheet.getCell(stage.daysToNext).value = index === 3 ? 30 : 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue | null;
        if (value && typeof value === 'object' && 'formula' in value)
          cell.value = { formula: value.formula } as ExcelJS.CellFormulaValue;
      }),
    );
    const edited = join(workDir, 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);

    const reread = (await readWorkbookValues(await convertWithLibreOffice(edited)))(
      'Goal Calculator',
    );
    const newPlan: Plan = {
      ...examplePlan,
      revenueTarget: 2_000_000,
      startMonth: '2027-04',
      stages: examplePlan.stages.map((stage, index) =>
        index < 4 ? { ...stage, daysToNext: index === 3 ? 30 : 0 } : stage,
      ),
    };
    // Laid out for a 2-month run-up, now 1 month: the calendar keeps its rows.
    expect(planFunnel(newPlan).stages.map((stage) => stage.monthsBeforeClose)).toEqual([
      1, 1, 1, 1, 0,
    ]);
    expect(reread(goalCalculatorCells(newPlan).stages[4].needed)).toBe(80);
    expect(comparable(readGoalCalculator(newPlan, reread, examplePlan))).toEqual(
      comparable(planFunnel(newPlan)),
    );
  });

  it('agrees with the planner on many plans, and rounds exactly as roundUpWhole', async () => {
    const layouts = [
      ...plans.map((plan, index) => goalCalculatorLayout(plan, `Plan ${index + 1}`)),
      roundingLayout(),
    ];
    const path = join(workDir, 'many.xlsx');
    await writeFile(path, await layoutsToXlsx({ sheets: layouts }));
    const book = await readWorkbookValues(await convertWithLibreOffice(path));

    plans.forEach((plan, index) => {
      const read = book(`Plan ${index + 1}`);
      expect({ plan: index + 1, result: comparable(readGoalCalculator(plan, read)) }).toEqual({
        plan: index + 1,
        result: comparable(planFunnel(plan)),
      });
      // Every figure is a number or a word, never blank or an error, in LibreOffice too.
      const cells = goalCalculatorCells(plan);
      const mayBeEmpty = new Set([
        ...cells.sensitivity.map((row) => row.best),
        cells.inputProblems,
        a1(parseCell(cells.inputs.currency).row, 2),
      ]);
      for (const [rowIndex, row] of layouts[index].cells.entries())
        row.forEach((cell, column) => {
          const address = a1(rowIndex, column);
          if (!cell || !('formula' in cell) || mayBeEmpty.has(address)) return;
          const value = read(address);
          expect({ plan: index + 1, address, value }).toEqual({
            plan: index + 1,
            address,
            value: expect.not.stringMatching(/^$|^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)/),
          });
          expect(value).not.toBeNull();
        });
    });

    const rounding = book('Rounding');
    // LibreOffice's own ROUNDUP: 30 for 21 / 0.7 (HyperFormula says 31), but the fraction
    // of 123456789012.1 is lost; the sheet's formula avoids both.
    expect(rounding('C1')).toBe(30);
    expect(rounding('C11')).toBe(123456789012);
    expect(roundingCases.map((_, index) => rounding(`D${index + 1}`))).toEqual(
      roundingCases.map(([count, rate]) => roundUpWhole(count / rate)),
    );
  });
});
