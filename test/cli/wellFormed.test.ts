/**
 * Text that breaks a workbook (issue 10): for random stage names over every code point,
 * lone surrogates included, a name is either refused by the plan schema with a message
 * naming the field, or every writer's workbook is well-formed XML that gives back every
 * text cell exactly: the CLI's .xlsx (goal calculator and linked dashboard), and the Apps
 * Script writer (the built bundle against the fake) exported by the preview's download.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan, Stage } from '../../src/funnel/types';
import { a1 } from '../../src/layout/a1';
import { buildDashboard, goalPlanSource } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import type { SheetLayout } from '../../src/layout/types';
import { loadBundle } from '../../src/preview/bundle';
import { workbookToXlsx } from '../../src/preview/export';
import { createFakeAppsScript } from '../../src/preview/fake';
import { examplePlan } from '../support/plans';
import { unicodeText } from '../support/unicodeText';
import { checkWellFormedXlsx } from '../support/xlsxXml';

jest.setTimeout(120_000);

const randomStages = fc
  .array(unicodeText(14), { minLength: 2, maxLength: 3 })
  .map((names): Stage[] =>
    names.map((name, index) =>
      index < names.length - 1 ? { name, conversionToNext: 0.5 } : { name },
    ),
  );

function planWith(stages: Stage[]): unknown {
  return { ...examplePlan, stages, leadStageIndex: 0 };
}

/** Every text cell a layout writes, by sheet and address. */
function textCells(layout: SheetLayout): Map<string, string> {
  const texts = new Map<string, string>();
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (cell && 'value' in cell && typeof cell.value === 'string' && cell.value !== '')
        texts.set(a1(rowIndex, columnIndex), cell.value);
    });
  });
  return texts;
}

async function readBack(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return workbook;
}

function textOf(workbook: ExcelJS.Workbook, sheet: string, address: string): unknown {
  const value = workbook.getWorksheet(sheet)?.getCell(address).value;
  if (value && typeof value === 'object' && 'richText' in value)
    return value.richText.map((run) => run.text).join('');
  return value;
}

const tally = { cliWritten: 0, cliRefused: 0, appsScriptWritten: 0, appsScriptRefused: 0 };

afterAll(() => {
  // The report of the classes tried: how many plans each writer wrote and how many were refused.
  console.info(`random stage-name plans: ${JSON.stringify(tally)}`);
});

describe('random Unicode stage names', () => {
  it('are refused with a stage-name message, or the CLI .xlsx is well-formed and keeps every text', async () => {
    await fc.assert(
      fc.asyncProperty(randomStages, async (stages) => {
        const validation = validatePlan(planWith(stages));
        if (!validation.ok) {
          tally.cliRefused++;
          expect(validation.errors.length).toBeGreaterThan(0);
          for (const error of validation.errors) {
            expect(error.field).toMatch(/^stages\.\d+\.name$/);
            expect(error.message).toMatch(/^stages\.\d+\.name is ".*"; .*(enter|shorten|remove)/);
          }
          return;
        }
        tally.cliWritten++;
        const plan = validation.plan;
        const goal = goalCalculatorLayout(plan);
        const { layout: dashboard } = buildDashboard({
          firstMonth: { year: 2027, month: 1 },
          monthCount: 3,
          language: plan.language,
          goal: goalPlanSource(plan, goal.name),
        });
        const xlsx = await layoutsToXlsx({ sheets: [goal, dashboard] });
        await checkWellFormedXlsx(xlsx);
        const workbook = await readBack(xlsx);
        for (const layout of [goal, dashboard]) {
          for (const [address, text] of textCells(layout)) {
            expect([layout.name, address, textOf(workbook, layout.name, address)]).toEqual([
              layout.name,
              address,
              text,
            ]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('are refused, or the Apps Script writer keeps them and the preview exports a well-formed .xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(randomStages, async (stages) => {
        const fake = createFakeAppsScript();
        const runtime = loadBundle(fake.globals);
        const plan = planWith(stages);
        const validation = validatePlan(plan);
        if (!validation.ok) {
          tally.appsScriptRefused++;
          expect(() => runtime.call('buildGoalCalculator', plan)).toThrow(/stages\.\d+\.name is/);
          expect(fake.spreadsheet.getSheets()).toHaveLength(1);
          return;
        }
        tally.appsScriptWritten++;
        const name = String(runtime.call('buildGoalCalculator', plan));
        const layout = goalCalculatorLayout(validation.plan as Plan);
        const sheet = fake.spreadsheet.getSheetByName(name);
        const texts = textCells(layout);
        for (const [address, text] of texts) {
          expect([address, sheet?.getRange(address).getValue()]).toEqual([address, text]);
        }
        const xlsx = await workbookToXlsx(fake);
        await checkWellFormedXlsx(xlsx);
        const workbook = await readBack(xlsx);
        for (const [address, text] of texts) {
          expect([address, textOf(workbook, name, address)]).toEqual([address, text]);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the .xlsx writers refuse text XML cannot carry, naming where it is', () => {
  const brokenLayout = (): SheetLayout => {
    const layout = goalCalculatorLayout(examplePlan);
    const cells = layout.cells.map((row) => [...row]);
    cells[1][0] = { value: 'Leads\uFFFF' };
    return { ...layout, cells };
  };

  it('the CLI writer, when a layout bypasses the schema', async () => {
    await expect(layoutsToXlsx({ sheets: [brokenLayout()] })).rejects.toThrow(
      'sheet "Goal Calculator", cell A2 holds U+FFFF, a character an .xlsx file cannot store; remove it and export again',
    );
  });

  it('the preview download, when a person typed it into a cell', async () => {
    const fake = createFakeAppsScript();
    fake.spreadsheet.getSheetByName('Sheet1')?.getRange('C3').setValue('x\uDC00y');
    await expect(workbookToXlsx(fake)).rejects.toThrow(
      'sheet "Sheet1", cell C3 holds U+DC00, a character an .xlsx file cannot store',
    );
  });
});
