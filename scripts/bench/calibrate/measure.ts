/**
 * Measurements behind scripts/bench/75-calibrate.mjs (TypeScript, bundled on the fly):
 * - a plan calibrated from exports of 100,000 contacts (and 16,000 deals): parsing the CSV
 *   (papaparse), reading it into records (parse included), calibrating from the records;
 * - the service calls of "Start from my actuals" (opening the panel, filling the form) from
 *   the built bundle against the fake, on a dashboard of 12 and of 36 months (the same).
 */
import { calibrateFromExports } from '../../../src/exports/calibrate';
import { parseCsv } from '../../../src/exports/csv';
import { readExport } from '../../../src/exports/read';
import { loadBundle } from '../../../src/preview/bundle';
import { fakeWithLocale } from '../../../test/dashboard/support/appsScript';
import { generateExports } from '../../../test/support/crmExports';
import { medianTime } from '../support/medianTime';

export const CONTACTS = 100_000;
const DEALS = 16_000;

function read(contactsCsv: string, dealsCsv: string) {
  const contacts = readExport(contactsCsv);
  const deals = readExport(dealsCsv);
  if (contacts.kind !== 'hubspot-contacts' || deals.kind !== 'hubspot-deals') {
    throw new Error('the generated exports were not recognised');
  }
  return { contacts: contacts.contacts, deals: deals.deals };
}

function calibrate(records: ReturnType<typeof read>) {
  const calibration = calibrateFromExports({ ...records, from: '2026-01', to: '2026-06' });
  if (!calibration.ok) throw new Error(calibration.problems.join('\n'));
  return calibration;
}

function callsFor(entryPoint: 'startPlanFromActuals' | 'getActualsSource', months: number) {
  const fake = fakeWithLocale();
  const runtime = loadBundle(fake.globals);
  runtime.call('insertKpiDashboardWithSample', { monthCount: months });
  fake.log.reset();
  const result = runtime.call(entryPoint, { from: '2026-01', to: '2026-06' }) as { kind: string };
  if (result.kind !== 'plan' && result.kind !== 'dashboard') {
    throw new Error(`${entryPoint} gave ${result.kind}`);
  }
  return {
    entryPoint,
    months,
    documentCalls: fake.log.documentCalls,
    builderCalls: fake.log.builderCalls,
  };
}

export async function measure() {
  const generated = generateExports({ seed: 7, contacts: CONTACTS, deals: DEALS });
  const bytes = generated.contactsCsv.length + generated.dealsCsv.length;
  const parseMs = await medianTime(() => {
    parseCsv(generated.contactsCsv);
    parseCsv(generated.dealsCsv);
  }, 3);
  const readMs = await medianTime(() => read(generated.contactsCsv, generated.dealsCsv), 3);
  const records = read(generated.contactsCsv, generated.dealsCsv);
  const calibrateMs = await medianTime(() => calibrate(records), 3);
  return {
    bytes,
    parseMs,
    readMs,
    calibrateMs,
    calls: (['getActualsSource', 'startPlanFromActuals'] as const).flatMap((entryPoint) => [
      callsFor(entryPoint, 12),
      callsFor(entryPoint, 36),
    ]),
  };
}
