import type { ArgSpec, FunctionSpec, ResultKind } from './types';

/**
 * How a catalog entry reads to a person: the words shared by the autocomplete JSDoc, the
 * README table, docs/functions.md and the sidebar reference, so they never disagree.
 */

const resultWords: Record<ResultKind, string> = {
  money: 'an amount of money',
  fraction: 'a fraction (format the cell as a percentage)',
  ratio: 'a ratio (3 means 3:1)',
  months: 'a number of months',
  periods: 'a number of periods',
  minutes: 'a number of minutes',
  days: 'a number of days',
  money_per_day: 'money per day',
  count: 'whole counts',
};

/** Every name a user can type for this function: the name, then its aliases. */
export function typedNames(spec: FunctionSpec): string[] {
  return [spec.name, ...(spec.aliases ?? [])];
}

/** `CAC_PAYBACK(cac, monthly_revenue_per_customer, [gross_margin])` */
export function signature(spec: FunctionSpec, typedName = spec.name): string {
  const params = spec.args.map((arg) =>
    arg.defaultValue === undefined ? arg.name : `[${arg.name}]`,
  );
  return `${typedName}(${params.join(', ')})`;
}

/** What the result is, in words, including its shape. */
export function resultDescription(spec: FunctionSpec): string {
  const words = resultWords[spec.result];
  switch (spec.mode) {
    case 'elementwise':
      return `${capitalise(words)}; given ranges, one per row and column.`;
    case 'aggregate':
      return `${capitalise(words)}, one value for the whole range.`;
    case 'column':
      return `A column of ${words}, top of the funnel first.`;
  }
}

/** The argument's description with how to enter it, for autocomplete and the reference. */
export function argumentDescription(arg: ArgSpec): string {
  const parts = [arg.description];
  if (arg.kind === 'rate') parts.push('Enter a fraction or a percentage (25% or 0.25).');
  if (arg.kind === 'date') parts.push('Dates, date-times or their serial numbers.');
  if (arg.whenOmitted !== undefined) {
    parts.push(`Optional; ${arg.whenOmitted} when omitted.`);
  } else if (arg.defaultValue !== undefined) {
    const shown = arg.kind === 'rate' ? `${arg.defaultValue * 100}%` : String(arg.defaultValue);
    parts.push(`Optional; ${shown} when omitted.`);
  }
  return parts.join(' ');
}

/** The errors a user can meet with this function, in plain words (from the engine's rules). */
export function errorRules(spec: FunctionSpec): string[] {
  const rules: string[] = [];
  const named = (kinds: readonly string[]) =>
    spec.args.filter((arg) => kinds.includes(arg.kind)).map((arg) => arg.name);
  const nonNegative = named(['money', 'count', 'days', 'minutes', 'periods']);
  if (nonNegative.length > 0) rules.push(`${list(nonNegative)} cannot be negative.`);
  const rates = named(['rate']);
  if (rates.length > 0) {
    rules.push(
      `${list(rates)} must be between 0 and 1 (0% to 100%); 25 is an error that suggests 25% or 0.25.`,
    );
  }
  if (spec.mode === 'elementwise') {
    if (spec.zeroIsUndefined.length > 0) {
      rules.push(
        `${list(spec.zeroIsUndefined)} of 0 makes the result undefined: an error for single values, a blank cell inside a range.`,
      );
    }
    if (spec.args.length > 1) {
      rules.push('Ranges must all have the same shape; the error names both shapes.');
    }
    rules.push('A blank element gives a blank result element; a blank single value is an error.');
  }
  rules.push(...(spec.errors ?? []));
  rules.push(
    'Text that is not a number, TRUE/FALSE, NaN or infinity is an error naming the argument, the value and, inside a range, its row and column.',
    'A number typed as text is read only when it means one number: "0,5", "1,000" or "1.000,50" read differently with a decimal comma and a decimal point, so they are an error that shows how to type the number.',
  );
  return rules;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
