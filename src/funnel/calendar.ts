/**
 * Months as the plan counts them: offset 0 is the plan's first month ("startMonth"),
 * negative offsets are months before the period (when the funnel must fill ahead of closing).
 */

/** "2027-01" plus `offset` months: monthAt("2027-01", -2) is "2026-11". */
export function monthAt(startMonth: string, offset: number): string {
  const [year, month] = startMonth.split('-').map(Number);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `startMonth` to `month` (both "YYYY-MM"). */
export function offsetOf(startMonth: string, month: string): number {
  const [startYear, start] = startMonth.split('-').map(Number);
  const [year, value] = month.split('-').map(Number);
  return year * 12 + value - (startYear * 12 + start);
}
