/**
 * Plan vs actual against a goal-calculator-shaped sheet (stage names, needed counts, a
 * month-by-stage grid) and without one. The real goal calculator is linked in
 * goalLink.test.ts; this proves the block's arithmetic on numbers small enough to check.
 */
import { a1 } from '../../src/layout/a1';
import { buildDashboard, type GoalSheetLink, sampleDashboard } from '../../src/layout/dashboard';
import type { Cell, SheetLayout } from '../../src/layout/types';
import { evaluate } from './support/engine';
import { expectSameNumber } from './support/numbers';

// The customers stage has a hostile name: it is still matched (last stage) and stays text.
const hostile = '=IMPORTXML("http://x","//a")';
const stageNames = ['Visitors', 'Leads', 'MQLs', 'SQLs', hostile];
const needed = [66700, 1334, 400, 160, 40];
/** Month m of stage s plans needed / 12, rounded up, except the last month takes the rest. */
const planned = (month: number, stage: number) =>
  month < 11 ? Math.ceil(needed[stage] / 12) : needed[stage] - 11 * Math.ceil(needed[stage] / 12);

/** A stand-in goal sheet: names in A2:A6, needed in B2:B6, months in rows 10-21, stages in B-F. */
function goalSheet(name: string): { layout: SheetLayout; link: GoalSheetLink } {
  const cells: (Cell | null)[][] = Array.from({ length: 21 }, () =>
    Array<Cell | null>(6).fill(null),
  );
  stageNames.forEach((stage, index) => {
    cells[1 + index][0] = { value: stage };
    cells[1 + index][1] = { value: needed[index] };
  });
  for (let month = 0; month < 12; month++) {
    for (let stage = 0; stage < 5; stage++)
      cells[9 + month][1 + stage] = { value: planned(month, stage) };
  }
  const column = (stage: number) => String.fromCharCode(66 + stage);
  return {
    layout: {
      name,
      cells,
      columnWidths: [],
      frozenRows: 0,
      inputs: [],
      charts: [],
      conditionalRules: [],
    },
    link: {
      sheetName: name,
      stageNames,
      leadStageIndex: 1,
      monthCount: 12,
      stageNameCell: (stage) => `A${2 + stage}`,
      neededCell: (stage) => `B${2 + stage}`,
      monthCell: (month, stage) => `${column(stage)}${10 + month}`,
    },
  };
}

function findCell(layout: SheetLayout, predicate: (cell: Cell) => boolean): string[] {
  return layout.cells.flatMap((row, rowIndex) =>
    row.flatMap((cell, column) => (cell && predicate(cell) ? [a1(rowIndex, column)] : [])),
  );
}

describe('plan vs actual with a goal calculator present', () => {
  const goal = goalSheet("Goal Calculator (2) 'Q1'");
  const figures = sampleDashboard.figures?.slice(0, 3);
  const dashboard = buildDashboard({ ...sampleDashboard, figures, goal: goal.link });
  const sheets = evaluate(goal.layout, dashboard.layout);
  const sheet = sheets[dashboard.layout.name];
  const [title] = findCell(
    dashboard.layout,
    (cell) => 'value' in cell && cell.value === 'Plan vs actual',
  );
  const titleRow = Number(title.slice(1));
  const headerRow = titleRow + 2;

  test('evaluates without an error on either sheet, through a quoted sheet name', () => {
    expect(sheet.errors()).toEqual([]);
  });

  test('headers name each matched stage from the goal sheet; a hostile name stays text', () => {
    expect(sheet.value(`B${headerRow}`)).toBe('Visitors plan');
    expect(sheet.value(`E${headerRow}`)).toBe('Leads plan');
    expect(sheet.value(`F${headerRow}`)).toBe('Leads actual');
    expect(sheet.value(`G${headerRow}`)).toBe('Leads % of plan');
    expect(sheet.value(`N${headerRow}`)).toBe(`${hostile} plan`);
  });

  test('per month: plan from the goal sheet, actual from the inputs, % of plan; blank future months', () => {
    const january = headerRow + 1;
    expect(sheet.value(`E${january}`)).toBe(112); // ceil(1334 / 12)
    expect(sheet.value(`F${january}`)).toBe(1000); // January leads
    expectSameNumber(sheet.value(`G${january}`), 1000 / 112);
    expect(sheet.value(`O${january}`)).toBe(15); // January new customers
    expect(sheet.value(`F${january + 3}`)).toBe(''); // April: no figures yet
    expect(sheet.value(`G${january + 3}`)).toBe('');
    expect(sheet.value(`E${january + 11}`)).toBe(1334 - 11 * 112);
  });

  test('pace to target: actual to date over plan to date for the months filled in', () => {
    // After the months, a blank row and the summary header; Visitors first, then Leads.
    const summaryRow = headerRow + 1 + 12 + 1 + 1 + 1;
    expect(sheet.value(`A${summaryRow}`)).toBe('Leads');
    expect(sheet.value(`B${summaryRow}`)).toBe(1334); // period target
    expect(sheet.value(`C${summaryRow}`)).toBe(3 * 112); // plan for January to March
    expect(sheet.value(`D${summaryRow}`)).toBe(1000 + 1055 + 1110);
    expectSameNumber(sheet.value(`E${summaryRow}`), 3165 / 336);
    expect(sheet.value(`F${summaryRow}`)).toBe(0); // 3,165 leads already beat the 1,334 target
    const customers = summaryRow + 3;
    expect(sheet.value(`A${customers}`)).toBe(hostile);
    expect(sheet.value(`C${customers}`)).toBe(3 * 4);
    expect(sheet.value(`D${customers}`)).toBe(15 + 12 + 16);
    expect(sheet.value(`F${customers}`)).toBe(0);
  });

  test('the plan is live: editing the goal sheet changes the comparison', () => {
    sheets[goal.layout.name].set('B3', 2000); // Leads needed
    const summaryRow = headerRow + 1 + 12 + 1 + 1 + 1;
    expect(sheet.value(`B${summaryRow}`)).toBe(2000);
    sheets[goal.layout.name].set('B3', 1334);
  });
});

describe('plan vs actual without a goal calculator', () => {
  test('no reference leaves the sheet, and a note says how to get the comparison', () => {
    const { layout } = buildDashboard(sampleDashboard);
    const crossSheet = findCell(layout, (cell) => 'formula' in cell && cell.formula.includes('!'));
    expect(crossSheet).toEqual([]);
    const notes = findCell(
      layout,
      (cell) =>
        'value' in cell &&
        String(cell.value).startsWith('Plan vs actual: insert a goal calculator'),
    );
    expect(notes).toHaveLength(1);
    expect(evaluate(layout)[layout.name].errors()).toEqual([]);
  });
});
