/** Each export is known by its header row, whatever the case, spacing or quotes. */
import { recogniseExport } from '../../src/exports/recognise';

test('HubSpot contacts with the classic "Became a ... Date" columns', () => {
  const header = [
    'Record ID',
    'First Name',
    'Create Date',
    'Became a Lead Date',
    'Became a Marketing Qualified Lead Date',
    'Became a Sales Qualified Lead Date',
    'Became an Opportunity Date',
    'Became a Customer Date',
  ];
  expect(recogniseExport(header)).toEqual({
    kind: 'hubspot-contacts',
    created: 2,
    stages: { lead: 3, mql: 4, sql: 5, opportunity: 6, customer: 7 },
  });
});

test('HubSpot contacts with the newer "Date entered ... (Lifecycle Stage Pipeline)" columns', () => {
  const header = [
    'Create Date',
    'Date entered "Lead (Lifecycle Stage Pipeline)"',
    "Date entered 'Marketing Qualified Lead (Lifecycle Stage Pipeline)'",
    'Date entered “Customer (Lifecycle Stage Pipeline)”',
    'Date entered "Subscriber (Lifecycle Stage Pipeline)"',
  ];
  expect(recogniseExport(header)).toEqual({
    kind: 'hubspot-contacts',
    created: 0,
    stages: { lead: 1, mql: 2, customer: 3 },
  });
});

test('an export with both styles reads the newer pipeline column', () => {
  const header = [
    'Create Date',
    'Became a Lead Date',
    'Date entered "Lead (Lifecycle Stage Pipeline)"',
  ];
  expect(recogniseExport(header)).toEqual({
    kind: 'hubspot-contacts',
    created: 0,
    stages: { lead: 2 },
  });
});

test('HubSpot deals', () => {
  expect(
    recogniseExport(['Deal Name', 'Amount', 'Close Date', 'Create Date', 'Deal Stage']),
  ).toEqual({
    kind: 'hubspot-deals',
    created: 3,
    closed: 2,
    amount: 1,
    stage: 4,
  });
});

test('a Salesforce opportunities report', () => {
  expect(
    recogniseExport(['Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Won']),
  ).toEqual({
    kind: 'salesforce-opportunities',
    created: 4,
    closed: 3,
    amount: 2,
    stage: 1,
    won: 5,
  });
});

test('GA4 traffic acquisition by day or by month, sessions or users', () => {
  expect(
    recogniseExport(['Session default channel group', 'Date', 'Sessions', 'Engaged sessions']),
  ).toEqual({
    kind: 'ga4-traffic',
    date: 1,
    period: 'day',
    channel: 0,
    visitors: 2,
  });
  expect(
    recogniseExport(['First user default channel group', 'Year month', 'Total users']),
  ).toEqual({
    kind: 'ga4-traffic',
    date: 1,
    period: 'month',
    channel: 0,
    visitors: 2,
  });
});

test('header names match without case or extra spaces', () => {
  expect(recogniseExport(['  create   DATE ', 'BECAME A LEAD DATE']).kind).toBe('hubspot-contacts');
});

test('anything else is unknown (the user will map it)', () => {
  expect(recogniseExport(['Email', 'Signed up', 'Plan']).kind).toBe('unknown');
  expect(recogniseExport(['Create Date', 'Email']).kind).toBe('unknown');
  expect(recogniseExport([]).kind).toBe('unknown');
});
