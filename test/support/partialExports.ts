/**
 * Two tiny exports whose dates run from January to March 2026 only, with no row in
 * February: on a dashboard from December 2025 to May 2026, December, April and May are
 * months they do not cover (blank), February a covered month with nothing in it (0).
 */
export const partialContactsCsv = [
  'Record ID,First Name,Create Date,Became a Lead Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became an Opportunity Date,Became a Customer Date',
  '1,Ann,2026-01-05,2026-01-05,2026-01-20,,,',
  '2,Bo,2026-01-09 10:22,2026-01-09 10:22,,,,',
  '3,Cy,3/2/2026,3/2/2026,3/9/2026,3/30/2026,,',
].join('\r\n');

export const partialDealsCsv = [
  'Deal Name,Create Date,Close Date,Amount,Deal Stage,Pipeline',
  'Deal 1,2026-01-12,2026-03-03,12000,Closed Won,Sales',
  'Deal 2,2026-01-15,2026-03-20,,Closed Lost,Sales',
  'Deal 3,2026-03-01,2026-03-25,8000,Closed Won,Sales',
].join('\r\n');

export const PARTIAL_FIRST_MONTH = { year: 2025, month: 12 } as const;
export const PARTIAL_MONTHS = 6;

/** Leads by month as the dashboard must show them: blank outside January to March. */
export const partialLeads = ['', 2, 0, 1, '', ''] as const;

/** The serial day of 10 May 2026, a date past the exports' last one. */
export const MAY_10_2026 = (Date.UTC(2026, 4, 10) - Date.UTC(1899, 11, 30)) / 86_400_000;
