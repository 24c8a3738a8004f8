/**
 * Plan vs actual against a stand-in goal sheet whose month table holds calendar dates
 * (as the reworked goal calculator will): arrivals per stage and revenue per month. The
 * plan starts in December 2025, a month before the dashboard, so a comparison by row
 * number would be one month off: this proves it is by calendar month. The real goal
 * calculator is linked in goalLink.test.ts.
 */
import { a1, qualified } from '../../src/layout/a1';
import { buildDashboard, type GoalPlanSource, sampleDashboard } from '../../src/layout/dashboard';
import { monthSerial } from '../../src/layout/dashboard/layout';
import type { Cell, SheetLayout } from '../../src/layout/types';
import { evaluate } from './support/engine';
import { expectSameNumber } from './support/numbers';

// The customers stage has a hostile name: it is still matched (last stage) and stays text.
const hostile = '=IMPORTXML("http://x","//a")';
const stageNames = ['Visitors', 'Leads', 'MQLs', 'SQLs', hostile];
const needed = [66700, 1334, 400, 160, 40];
/** Plan month m (0 = December 2025) of stage s: 100 x (stage + 1) + m, easy to recognise. */
const arrivals = (month: number, stage: number) => 100 * (stage + 1) + month;
const revenue = (month: number) => 10000 + 1000 * month;

/** A stand-in goal sheet: names A2:A6, needed B2:B6, target B8; dates A10:A22, stages B-F, revenue G. */
function goalSheet(name: string): { layout: SheetLayout; source: GoalPlanSource } {
  const cells: (Cell | null)[][] = Array.from({ length: 22 }, () =>
    Array<Cell | null>(7).fill(null),
  );
  stageNames.forEach((stage, index) => {
    cells[1 + index][0] = { value: stage };
    cells[1 + index][1] = { value: needed[index] };
  });
  cells[7][1] = { value: 200000 };
  for (let month = 0; month < 13; month++) {
    cells[9 + month][0] = {
      value: monthSerial(month === 0 ? 2025 : 2026, month === 0 ? 12 : month),
    };
    for (let stage = 0; stage < 5; stage++)
      cells[9 + month][1 + stage] = { value: arrivals(month, stage) };
    cells[9 + month][6] = { value: revenue(month) };
  }
  const ref = (reference: string) => qualified(name, reference);
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
    source: {
      sheetName: name,
      stageNames,
      leadStageIndex: 1,
      stageName: (stage) => ref(`$A$${2 + stage}`),
      needed: (stage) => ref(`$B$${2 + stage}`),
      revenueTarget: () => ref('$B$8'),
      plannedArrivals: (stage, month) =>
        `SUMIFS(${ref(`$${column(stage)}$10:$${column(stage)}$22`)},${ref('$A$10:$A$22')},${month})`,
      plannedRevenue: (month) => `SUMIFS(${ref('$G$10:$G$22')},${ref('$A$10:$A$22')},${month})`,
    },
  };
}

function findCell(layout: SheetLayout, predicate: (cell: Cell) => boolean): string[] {
  return layout.cells.flatMap((row, rowIndex) =>
    row.flatMap((cell, column) => (cell && predicate(cell) ? [a1(rowIndex, column)] : [])),
  );
}

describe('plan vs actual with a goal plan present', () => {
  const goal = goalSheet("Goal Calculator (2) 'Q1'");
  const figures = sampleDashboard.figures?.slice(0, 3).map((month, index) =>
    // March's leads are "n/a": not an actual, not compared.
    index === 2 ? { ...month, leads: 'n/a' } : month,
  );
  const dashboard = buildDashboard({ ...sampleDashboard, figures, goal: goal.source });
  const sheets = evaluate(goal.layout, dashboard.layout);
  const sheet = sheets[dashboard.layout.name];
  const block = dashboard.map.planVsActual;
  if (!block) throw new Error('no plan vs actual');
  const leads = block.stages[1];
  const customers = block.stages[4];

  test('evaluates without an error on either sheet, through a quoted sheet name', () => {
    expect(sheet.errors()).toEqual([]);
  });

  test('headers name each matched stage from the goal sheet, then revenue; a hostile name stays text', () => {
    const header = block.firstMonthRow - 1;
    expect(sheet.value(`B${header}`)).toBe('Visitors plan');
    expect(sheet.value(`${leads.planColumn}${header}`)).toBe('Leads plan');
    expect(sheet.value(`${leads.actualColumn}${header}`)).toBe('Leads actual');
    expect(sheet.value(`${leads.ofPlanColumn}${header}`)).toBe('Leads % of plan');
    expect(sheet.value(`${customers.planColumn}${header}`)).toBe(`${hostile} plan`);
    expect(sheet.value(`${block.revenue.planColumn}${header}`)).toBe('Revenue plan');
  });

  test('per calendar month: January 2026 reads the goal row dated January (its second row), not the first', () => {
    const january = block.firstMonthRow;
    expect(sheet.value(`${leads.planColumn}${january}`)).toBe(arrivals(1, 1));
    expect(sheet.value(`${leads.actualColumn}${january}`)).toBe(1000);
    expectSameNumber(sheet.value(`${leads.ofPlanColumn}${january}`), 1000 / arrivals(1, 1));
    expect(sheet.value(`${customers.actualColumn}${january}`)).toBe(15);
    expect(sheet.value(`${block.revenue.planColumn}${january}`)).toBe(revenue(1));
    expect(sheet.value(`${block.revenue.actualColumn}${january}`)).toBe(75000);
    expectSameNumber(sheet.value(`${block.revenue.ofPlanColumn}${january}`), 75000 / revenue(1));
    // March: leads "n/a" is not an actual; April: no figures yet; December: the plan's last row.
    expect(sheet.value(`${leads.actualColumn}${january + 2}`)).toBe('');
    expect(sheet.value(`${leads.ofPlanColumn}${january + 2}`)).toBe('');
    expect(sheet.value(`${leads.actualColumn}${january + 3}`)).toBe('');
    expect(sheet.value(`${leads.planColumn}${january + 11}`)).toBe(arrivals(12, 1));
  });

  test('pace to target: actual over plan for the months with an actual', () => {
    expect(sheet.value(`A${leads.paceRow}`)).toBe('Leads');
    expect(sheet.value(`B${leads.paceRow}`)).toBe(1334);
    expect(sheet.value(`C${leads.paceRow}`)).toBe(arrivals(1, 1) + arrivals(2, 1)); // March is "n/a"
    expect(sheet.value(`D${leads.paceRow}`)).toBe(1000 + 1055);
    expectSameNumber(sheet.value(`E${leads.paceRow}`), 2055 / (arrivals(1, 1) + arrivals(2, 1)));
    expect(sheet.value(`F${leads.paceRow}`)).toBe(0); // 2,055 leads already beat the 1,334 target
    expect(sheet.value(`A${customers.paceRow}`)).toBe(hostile);
    expect(sheet.value(`D${customers.paceRow}`)).toBe(15 + 12 + 16);
    const revenueRow = block.revenue.paceRow;
    expect(sheet.value(`A${revenueRow}`)).toBe('Revenue');
    expect(sheet.value(`B${revenueRow}`)).toBe(200000);
    expect(sheet.value(`C${revenueRow}`)).toBe(revenue(1) + revenue(2) + revenue(3));
    expect(sheet.value(`D${revenueRow}`)).toBe(75000 + 60000 + 80000);
    expect(sheet.value(`F${revenueRow}`)).toBe(0);
  });

  test('the plan is live: editing the goal sheet changes the comparison', () => {
    sheets[goal.layout.name].set('C11', 999); // Leads arriving in January 2026
    expect(sheet.value(`${leads.planColumn}${block.firstMonthRow}`)).toBe(999);
    sheets[goal.layout.name].set('B3', 2000); // Leads needed
    expect(sheet.value(`B${leads.paceRow}`)).toBe(2000);
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
