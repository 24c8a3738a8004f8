/**
 * How deeply a parsed JSON value nests, measured without recursion. JSON.parse itself
 * copes with a 100,000-deep array, but any recursive reader after it (a validator,
 * JSON.stringify of a message) then dies with "Maximum call stack size exceeded": callers
 * refuse such input up front, in words.
 */

/** Deep enough for any plan or request (a plan nests 3 levels), far below any stack limit. */
export const MAX_JSON_NESTING = 64;

/** True when `value` has arrays or objects nested more than `limit` levels deep. */
export function nestsDeeperThan(value: unknown, limit: number = MAX_JSON_NESTING): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(item.value)) pending.push({ value: child, depth });
  }
  return false;
}
