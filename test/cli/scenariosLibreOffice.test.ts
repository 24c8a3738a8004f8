/**
 * The scenarios block in another spreadsheet program: the CLI's .xlsx of plans with
 * scenarios, recalculated by LibreOffice, shows the planner's figures for the base and
 * every scenario, and LibreOffice reads the "Scenarios side by side" chart as a column chart.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import type { Plan } from '../../src/funnel/types';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { silentIo } from '../support/cliIo';
import {
  convertWithLibreOffice,
  LIBREOFFICE_TIMEOUT_MS,
  readWorkbookValues,
} from '../support/libreoffice';
import {
  arbitraryChannelPlanWithScenarios,
  arbitraryPlanWithScenarios,
  scenarioExamplePlan,
} from '../support/scenarioPlans';
import { expectedColumns, readScenarios, rounded } from '../support/scenarioReader';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'funnelmath-lo-scenarios-'));
});

describe('scenarios recalculated by LibreOffice', () => {
  it("gives the planner's figures for the issue example, and draws the side-by-side chart", async () => {
    const input = join(workDir, 'plan.json');
    const out = join(workDir, 'goal.xlsx');
    await writeFile(input, JSON.stringify(scenarioExamplePlan));
    expect(await main(['goal', '--input', input, '--out', out], silentIo)).toBe(0);
    const recalculated = await convertWithLibreOffice(out);
    const read = (await readWorkbookValues(recalculated))('Goal Calculator');
    expect(rounded(readScenarios(scenarioExamplePlan, read))).toEqual(
      rounded(expectedColumns(scenarioExamplePlan)),
    );
    const zip = await JSZip.loadAsync(await readFile(recalculated));
    const charts = await Promise.all(
      zip.file(/^xl\/charts\/chart\d+\.xml$/).map((file) => file.async('string')),
    );
    expect(charts).toHaveLength(2);
    expect(charts.some((chart) => chart.includes('<c:barDir val="col"/>'))).toBe(true);
  });

  it('agrees with the planner on a sample of random plans with scenarios, channels or not', async () => {
    const plans: Plan[] = [
      ...fc.sample(arbitraryPlanWithScenarios, { numRuns: 6, seed: 2027 }),
      ...fc.sample(arbitraryChannelPlanWithScenarios, { numRuns: 4, seed: 2028 }),
    ];
    const layouts = plans.map((plan, index) => goalCalculatorLayout(plan, `Plan ${index + 1}`));
    const path = join(workDir, 'sample.xlsx');
    await writeFile(path, await layoutsToXlsx({ sheets: layouts }));
    const book = await readWorkbookValues(await convertWithLibreOffice(path));
    plans.forEach((plan, index) => {
      const read = book(`Plan ${index + 1}`);
      expect(rounded(readScenarios(plan, read))).toEqual(rounded(expectedColumns(plan)));
    });
  });
});
