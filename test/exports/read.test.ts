/**
 * Exports read into records: the counts equal those of the rows generated, every unreadable
 * value is listed with its row and column, and 100,000 contacts are read in one go.
 */
import { readExport } from '../../src/exports/read';

const MARCH_14 = 46095;

function csv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const quote = (cell: string) => (/[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

test('HubSpot contacts: stage dates read, blanks absent, unreadable dates listed by row', () => {
  const text = csv([
    ['Record ID', 'Create Date', 'Became a Lead Date', 'Became a Marketing Qualified Lead Date'],
    ['1', '2026-03-14 10:22', '2026-03-14 10:22', ''],
    ['2', '2026-03-15', '2026-03-15', '3/20/2026'],
    ['3', '2026-03-16', 'soon', '14/3/2026'],
  ]);
  const reading = readExport(text);
  if (reading.kind !== 'hubspot-contacts') throw new Error(`read as ${reading.kind}`);
  expect(reading.contacts.map((contact) => [contact.row, contact.stages])).toEqual([
    [2, { lead: expect.closeTo(MARCH_14 + (10 * 60 + 22) / 1440, 9) }],
    [3, { lead: MARCH_14 + 1, mql: MARCH_14 + 6 }],
    [4, {}],
  ]);
  expect(reading.problems).toEqual([
    {
      row: 4,
      column: 'Became a Lead Date',
      value: 'soon',
      reason: expect.stringContaining('not a date'),
    },
    {
      row: 4,
      column: 'Became a Marketing Qualified Lead Date',
      value: '14/3/2026',
      reason: expect.stringContaining('not a date'),
    },
  ]);
});

test('HubSpot deals: won, lost and open, with their amounts', () => {
  const text = csv(
    [
      ['Deal Name', 'Create Date', 'Close Date', 'Amount', 'Deal Stage'],
      ['A', '2026-01-05', '2026-02-04', '25000', 'Closed Won'],
      ['B', '2026-01-06', '2026-02-10', '1,250.50', 'Closed Lost'],
      ['C', '2026-01-07', '', '', 'Qualified To Buy'],
      ['D', '2026-01-08', '2026-02-01', '1.000,50', 'closed won'],
    ],
    ';',
  );
  const reading = readExport(text);
  if (reading.kind !== 'hubspot-deals') throw new Error(`read as ${reading.kind}`);
  expect(
    reading.deals.map(({ row, outcome, amount, closed }) => ({ row, outcome, amount, closed })),
  ).toEqual([
    { row: 2, outcome: 'won', amount: 25000, closed: 46057 },
    { row: 3, outcome: 'lost', amount: 1250.5, closed: 46063 },
    { row: 4, outcome: 'open', amount: null, closed: null },
    { row: 5, outcome: 'won', amount: null, closed: 46054 },
  ]);
  // A separator is never dropped to make a number: the ambiguous amount is listed.
  expect(reading.problems).toEqual([
    {
      row: 5,
      column: 'Amount',
      value: '1.000,50',
      reason: expect.stringContaining('decimal comma'),
    },
  ]);
});

test('a Salesforce report: the Won column says won', () => {
  const text = csv([
    ['Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Won'],
    ['A', 'Closed Won', '5000', '3/14/2026', '2/1/2026', 'TRUE'],
    ['B', 'Closed Lost', '7000', '3/15/2026', '2/2/2026', 'FALSE'],
    ['C', 'Negotiation', '9000', '4/30/2026', '2/3/2026', 'FALSE'],
  ]);
  const reading = readExport(text);
  if (reading.kind !== 'salesforce-opportunities') throw new Error(`read as ${reading.kind}`);
  expect(reading.deals.map((deal) => [deal.outcome, deal.created, deal.closed])).toEqual([
    ['won', MARCH_14 - 41, MARCH_14],
    ['lost', MARCH_14 - 40, MARCH_14 + 1],
    ['open', MARCH_14 - 39, MARCH_14 + 47],
  ]);
  expect(reading.problems).toEqual([]);
});

test('GA4 traffic acquisition after its comment lines; a row without a date is listed', () => {
  const text = [
    '# ----------------------------------------',
    '# Traffic acquisition: Session default channel group',
    '# 20260101-20260331',
    '# ----------------------------------------',
    '',
    'Session default channel group,Date,Sessions',
    'Organic Search,20260314,120',
    'Direct,20260314,"1,000"',
    'Paid Search,20260315,abc',
    ',,1120',
  ].join('\n');
  const reading = readExport(text);
  if (reading.kind !== 'ga4-traffic') throw new Error(`read as ${reading.kind}`);
  expect(reading.traffic).toEqual([
    { row: 7, date: MARCH_14, channel: 'Organic Search', visitors: 120 },
  ]);
  // "1,000" is one thousand or one with a decimal comma: listed, not guessed.
  expect(reading.problems.map((problem) => [problem.row, problem.column, problem.value])).toEqual([
    [8, 'Sessions', '1,000'],
    [9, 'Sessions', 'abc'],
    [10, 'Date', ''],
  ]);
});

test('an unknown export keeps its header for the user to map', () => {
  const reading = readExport('Email,Signed up\na@b.c,2026-03-14\n');
  expect(reading.kind).toBe('unknown');
  expect(reading.header).toEqual(['Email', 'Signed up']);
});

test('100,000 generated contacts: every stage count equals the generated one (parse time printed)', () => {
  const stages = ['lead', 'mql', 'sql', 'opportunity', 'customer'] as const;
  const lines = [
    'Record ID,Email,Create Date,Became a Lead Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became an Opportunity Date,Became a Customer Date',
  ];
  const expected: Record<(typeof stages)[number], number> = {
    lead: 0,
    mql: 0,
    sql: 0,
    opportunity: 0,
    customer: 0,
  };
  let unreadable = 0;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let id = 1; id <= 100_000; id++) {
    const day = 1 + Math.floor(random() * 28);
    const created = `2026-03-${String(day).padStart(2, '0')} 10:22`;
    // Each contact goes a random number of stages down the funnel.
    const reached = Math.floor(random() * 6);
    const cells = stages.map((stage, index) => {
      if (index >= reached) return '';
      if (random() < 0.001) {
        unreadable++;
        return 'n/a';
      }
      expected[stage]++;
      return `3/${day}/2026`;
    });
    lines.push([String(id), `"contact${id}@example.com"`, created, ...cells].join(','));
  }
  const text = lines.join('\r\n');
  const started = performance.now();
  const reading = readExport(text);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `readExport of 100,000 contacts (${(text.length / 1e6).toFixed(1)} MB): ${seconds.toFixed(2)} s`,
  );
  if (reading.kind !== 'hubspot-contacts') throw new Error(`read as ${reading.kind}`);
  expect(reading.contacts).toHaveLength(100_000);
  const counted = { lead: 0, mql: 0, sql: 0, opportunity: 0, customer: 0 };
  for (const contact of reading.contacts) {
    for (const stage of stages) if (contact.stages[stage] !== undefined) counted[stage]++;
  }
  expect(counted).toEqual(expected);
  expect(reading.problems).toHaveLength(unreadable);
  expect(unreadable).toBeGreaterThan(0);
});
