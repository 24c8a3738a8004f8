/**
 * Plans with channels through the CLI: `goal` and `workbook` write them, and LibreOffice
 * recalculates a sample of them to the planner's numbers (channel block and chart included).
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
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { memoryIo } from '../support/cliIo';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';
import {
  convertWithLibreOffice,
  LIBREOFFICE_TIMEOUT_MS,
  readWorkbookValues,
} from '../support/libreoffice';
import { arbitraryChannelPlan, channelPlan } from '../support/plans';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);

const budgetChannelPlan: Plan = { ...channelPlan, marketingBudget: 150000 };

async function workbookOf(data: Buffer | string | undefined) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('the CLI with channels', () => {
  it('goal writes the Channels block as live formulas, names as text, and both charts', async () => {
    const { io, written, err } = memoryIo({ 'plan.json': JSON.stringify(budgetChannelPlan) });
    await expect(main(['goal', '--input', 'plan.json', '--out', 'goal.xlsx'], io)).resolves.toBe(0);
    expect(err).toEqual([]);
    const data = written.get('goal.xlsx');
    const sheet = (await workbookOf(data)).getWorksheet('Goal Calculator');
    const cells = goalCalculatorCells(budgetChannelPlan).channels;
    if (!sheet || !cells) throw new Error('no Channels block');
    expect(sheet.getCell(cells.channels[0].name).value).toBe('Paid search');
    expect(sheet.getCell(cells.channels[0].share).value).toBe(0.5);
    expect(sheet.getCell(cells.channels[0].budget).value).toMatchObject({
      formula: expect.stringContaining(
        `${cells.channels[0].leads}*${cells.channels[0].costPerLead}`,
      ),
    });
    const zip = await JSZip.loadAsync(data as Buffer);
    expect(zip.file(/^xl\/charts\/.*\.xml$/)).toHaveLength(2);
  });

  it('workbook writes the plan with channels and the dashboard beside it', async () => {
    const { io, written } = memoryIo({ 'plan.json': JSON.stringify(budgetChannelPlan) });
    await expect(
      main(['workbook', '--input', 'plan.json', '--out', 'fm.xlsx', '--start', '2026-03'], io),
    ).resolves.toBe(0);
    const workbook = await workbookOf(written.get('fm.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Goal Calculator',
      'KPI Dashboard',
    ]);
  });

  it('refuses channel shares that do not add up to 1, naming them, and writes nothing', async () => {
    const bad = {
      ...channelPlan,
      channels: channelPlan.channels?.map((channel) => ({ ...channel, share: 0.3 })),
    };
    const { io, written, err } = memoryIo({ 'plan.json': JSON.stringify(bad) });
    await expect(main(['goal', '--input', 'plan.json', '--out', 'goal.xlsx'], io)).resolves.toBe(1);
    expect(written.size).toBe(0);
    expect(err.join('')).toContain(
      'channels have shares [0.3,0.3,0.3], which sum to 0.9; the shares must sum to 1: 0.1 is not given to any channel',
    );
  });
});

describe('plans with channels recalculated by LibreOffice', () => {
  it("give the planner's numbers, with and without a budget", async () => {
    const plans: Plan[] = [
      channelPlan,
      budgetChannelPlan,
      ...fc.sample(arbitraryChannelPlan, { numRuns: 10, seed: 11 }),
    ];
    const directory = await mkdtemp(join(tmpdir(), 'funnelmath-lo-channels-'));
    const path = join(directory, 'channels.xlsx');
    await writeFile(
      path,
      await layoutsToXlsx({
        sheets: plans.map((plan, index) => goalCalculatorLayout(plan, `Plan ${index + 1}`)),
      }),
    );
    const recalculated = await convertWithLibreOffice(path);
    const book = await readWorkbookValues(recalculated);
    plans.forEach((plan, index) => {
      const result = readGoalCalculator(plan, book(`Plan ${index + 1}`));
      expect({ plan: index + 1, result: comparable(result) }).toEqual({
        plan: index + 1,
        result: comparable(planFunnel(plan)),
      });
    });
    // LibreOffice kept the channel chart: a column chart over the block's cells.
    const zip = await JSZip.loadAsync(await readFile(recalculated));
    const charts = await Promise.all(
      zip.file(/^xl\/charts\/chart\d+\.xml$/).map((file) => file.async('string')),
    );
    const cells = goalCalculatorCells(channelPlan).channels;
    // The budget's values, below its header (which names the series).
    const budgetRange = cells?.columns.budget.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    expect(
      charts.some(
        (chart) =>
          chart.includes('<c:barDir val="col"/>') && chart.includes(`${budgetRange}</c:f>`),
      ),
    ).toBe(true);
  });
});
