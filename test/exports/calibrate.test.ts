/**
 * A plan calibrated from exports equals the one computed straight from the generated facts
 * (counts per stage in the months, the rates as summed counts, the medians of whole days),
 * passes the plan schema, and every figure a plan cannot take is a message naming the
 * stage, the months and the counts.
 */
import { calibrateFromExports } from '../../src/exports/calibrate';
import { monthlyCounts, monthsBetween } from '../../src/exports/monthlyCounts';
import { type ContactRecord, type DealRecord, readExport } from '../../src/exports/read';
import { validatePlan } from '../../src/funnel/schema';
import {
  dayToMonth,
  directPlan,
  type GeneratedExports,
  generateExports,
} from '../support/crmExports';

function records(generated: GeneratedExports): {
  contacts: readonly ContactRecord[];
  deals: readonly DealRecord[];
} {
  const contacts = readExport(generated.contactsCsv);
  const deals = readExport(generated.dealsCsv);
  if (contacts.kind !== 'hubspot-contacts') throw new Error(`contacts read as ${contacts.kind}`);
  if (deals.kind !== 'hubspot-deals') throw new Error(`deals read as ${deals.kind}`);
  return { contacts: contacts.contacts, deals: deals.deals };
}

test('the calibrated plan equals the direct computation and passes the schema', () => {
  for (const seed of [1, 2, 3]) {
    const generated = generateExports({ seed, contacts: 3000, deals: 450 });
    expect(generated.unreadableRows.length).toBeGreaterThan(0);
    const calibration = calibrateFromExports({
      ...records(generated),
      from: '2026-01',
      to: '2026-06',
    });
    if (!calibration.ok) throw new Error(calibration.problems.join('\n'));
    expect(calibration.plan).toEqual(directPlan(generated, '2026-01', '2026-06'));
    expect(validatePlan(calibration.plan).ok).toBe(true);
    expect(calibration.notes).toEqual([]);
  }
});

test('semicolon exports and a one-month range give the same plan as the facts', () => {
  const generated = generateExports({ seed: 9, contacts: 2000, deals: 300, delimiter: ';' });
  const calibration = calibrateFromExports({
    ...records(generated),
    from: '2026-03',
    to: '2026-03',
  });
  if (!calibration.ok) throw new Error(calibration.problems.join('\n'));
  expect(calibration.plan).toEqual(directPlan(generated, '2026-03', '2026-03'));
});

test('--target replaces the revenue scaled to a year', () => {
  const generated = generateExports({ seed: 4, contacts: 2000, deals: 300 });
  const calibration = calibrateFromExports({
    ...records(generated),
    from: '2026-01',
    to: '2026-06',
    revenueTarget: 1_200_000,
  });
  if (!calibration.ok) throw new Error(calibration.problems.join('\n'));
  expect(calibration.plan.revenueTarget).toBe(1_200_000);
});

test('monthly counts: each month its own contacts and deals, outside months nowhere', () => {
  const generated = generateExports({ seed: 5, contacts: 1500, deals: 500 });
  const { contacts, deals } = records(generated);
  const months = monthsBetween('2025-12', '2026-02');
  expect(months).toEqual(['2025-12', '2026-01', '2026-02']);
  const counts = monthlyCounts(contacts, deals, months);
  for (const { month, inputs } of counts) {
    const leads = generated.contacts.filter(
      (contact) => contact.stages.lead !== undefined && dayToMonth(contact.stages.lead) === month,
    ).length;
    const wonDeals = generated.deals.filter(
      (deal) =>
        deal.outcome === 'won' && deal.closed !== undefined && dayToMonth(deal.closed) === month,
    );
    expect(inputs.leads).toBe(leads);
    expect(inputs.dealsWon).toBe(wonDeals.length);
    expect(inputs.revenue).toBe(wonDeals.reduce((sum, deal) => sum + deal.amount, 0));
  }
});

test('a won deal closed before it was created is SALES_CYCLE’s error, naming the export row', () => {
  const generated = generateExports({
    seed: 6,
    contacts: 500,
    deals: 300,
    closedBeforeCreated: true,
  });
  const calibration = calibrateFromExports({
    ...records(generated),
    from: '2026-01',
    to: '2026-06',
  });
  expect(calibration).toEqual({
    ok: false,
    problems: [
      expect.stringMatching(
        /^deals export row 302 \(created 2026-03-20, closed 2026-03-10\): SALES_CYCLE: closed_dates is before created_dates in row 1, column \d+; check the dates$/,
      ),
    ],
  });
});

test('more MQLs than leads, and months without a stage, are messages naming stage, months and counts', () => {
  const contact = (
    row: number,
    lead: number | undefined,
    mql: number,
    sql?: number,
  ): ContactRecord => ({
    row,
    created: mql,
    stages: { ...(lead === undefined ? {} : { lead }), mql, ...(sql === undefined ? {} : { sql }) },
  });
  // 2026-01-15 is serial 46037.
  const contacts = [
    contact(2, 46037, 46040),
    contact(3, undefined, 46041),
    contact(4, undefined, 46042),
  ];
  const calibration = calibrateFromExports({ contacts, deals: [], from: '2026-01', to: '2026-02' });
  if (calibration.ok) throw new Error('a plan came out of impossible rates');
  expect(calibration.problems).toEqual([
    'the rate Leads → MQLs is 3/1, over 100%: there are more MQLs (3) than Leads (1) in 2026-01 to 2026-02; a stage counts those that reached it in each month, so choose more months or check the MQLs dates',
    'the rate MQLs → SQLs is 0: there are 0 SQLs in 2026-01 to 2026-02 (of 3 MQLs); a plan needs a rate above 0, so choose months in which some MQLs became SQLs',
    'the rate SQLs → Opportunities is undefined: there are 0 SQLs in 2026-01 to 2026-02 (and 0 Opportunities); choose months with SQLs',
    'the rate Opportunities → Customers is undefined: there are 0 Opportunities in 2026-01 to 2026-02 (and 0 Customers); choose months with Opportunities',
    'the average deal size is undefined: 0 deals won (Customers) in 2026-01 to 2026-02; choose months with won deals',
  ]);
});

test('a range whose first month is after its last is refused', () => {
  expect(calibrateFromExports({ contacts: [], deals: [], from: '2026-06', to: '2026-01' })).toEqual(
    {
      ok: false,
      problems: ['the months run from 2026-06 to 2026-01: the first is after the last'],
    },
  );
});

test('a contact whose next stage date is before this one is named, with both dates', () => {
  // 2026-01-15 is serial 46037: an MQL date three days before the lead date.
  const contacts: ContactRecord[] = [
    { row: 2, created: 46037, stages: { lead: 46037, mql: 46040 } },
    { row: 7, created: 46037, stages: { lead: 46037.5, mql: 46034 } },
  ];
  const calibration = calibrateFromExports({ contacts, deals: [], from: '2026-01', to: '2026-01' });
  expect(calibration).toEqual({
    ok: false,
    problems: [
      'contacts export row 7: its MQL date 2026-01-12 is before its lead date 2026-01-15, so the days from one to the other are negative; check the dates (SALES_CYCLE: closed_dates is before created_dates in row 1, column 2; check the dates)',
    ],
  });
});
