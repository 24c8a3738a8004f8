/**
 * The plan's first month, "YYYY-MM". Optional in a plan: the caller that has a clock (the
 * sidebar, the CLI) fills in the next calendar month, so the planner itself stays pure.
 */
export const START_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const MIN_START_YEAR = 2000;
export const MAX_START_YEAR = 2099;

export function isStartMonth(text: string): boolean {
  const match = START_MONTH_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= MIN_START_YEAR && year <= MAX_START_YEAR;
}

/** The calendar month after `today`'s, as "YYYY-MM" (December 2026 -> "2027-01"). */
export function nextStartMonth(today: Date): string {
  const year = today.getFullYear() + (today.getMonth() === 11 ? 1 : 0);
  const month = ((today.getMonth() + 1) % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}
