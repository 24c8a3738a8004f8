/**
 * The goal sheet of a calibrated plan, evaluated in HyperFormula, shows the rates, deal size
 * and days counted straight from the generated exports, and plans with them exactly as the
 * pure planner does.
 */
import { calibrateFromExports } from '../../src/exports/calibrate';
import { readExport } from '../../src/exports/read';
import { withPlanDefaults } from '../../src/funnel/defaults';
import { planFunnel } from '../../src/funnel/planner';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { dayToMonth, generateExports, STAGES } from '../support/crmExports';
import { evaluateLayout } from '../support/evaluateLayout';
import { comparable, readGoalCalculator } from '../support/goalCalculatorReader';

test('the goal sheet built from a calibrated plan reproduces the counted rates', () => {
  const generated = generateExports({ seed: 21, contacts: 4000, deals: 650 });
  const contacts = readExport(generated.contactsCsv);
  const deals = readExport(generated.dealsCsv);
  if (contacts.kind !== 'hubspot-contacts' || deals.kind !== 'hubspot-deals') {
    throw new Error('the generated exports were not recognised');
  }
  const calibration = calibrateFromExports({
    contacts: contacts.contacts,
    deals: deals.deals,
    from: '2026-02',
    to: '2026-05',
  });
  if (!calibration.ok) throw new Error(calibration.problems.join('\n'));
  const plan = withPlanDefaults(calibration.plan, new Date(Date.UTC(2026, 5, 15)));
  const sheet = evaluateLayout(goalCalculatorLayout(plan));
  const cells = goalCalculatorCells(plan);

  // Straight from the facts: how many reached each stage in February to May.
  const inMonths = (day: number | undefined) =>
    day !== undefined && dayToMonth(day) >= '2026-02' && dayToMonth(day) <= '2026-05';
  const won = generated.deals.filter((deal) => deal.outcome === 'won' && inMonths(deal.closed));
  const counts = [
    ...STAGES.slice(0, 3).map(
      (stage) => generated.contacts.filter((contact) => inMonths(contact.stages[stage])).length,
    ),
    generated.deals.filter((deal) => inMonths(deal.created)).length,
    won.length,
  ];
  const revenue = won.reduce((sum, deal) => sum + deal.amount, 0);

  cells.stages.slice(0, -1).forEach((stage, index) => {
    expect(sheet.value(stage.conversionToNext as string)).toBe(counts[index + 1] / counts[index]);
  });
  expect(sheet.value(cells.inputs.averageDealSize)).toBe(revenue / won.length);
  expect(sheet.value(cells.inputs.revenueTarget)).toBe((revenue * 12) / 4);
  // The sheet plans with those rates as the planner does: stage by stage, month by month.
  const result = readGoalCalculator(plan, (address) => sheet.value(address));
  expect(comparable(result)).toEqual(comparable(planFunnel(plan)));
  expect(result.stages.at(-1)?.needed).toBe(Math.ceil((revenue * 3) / (revenue / won.length)));
});
