/**
 * The number fields of the form and what each one understood: "Read as 2.5%" under a field
 * whose text has separators, a sign or a unit, so a person sees how "2,5" was taken before
 * building. And, when the form's locale changes, the typed numbers retyped for the new one.
 */
import type { Messages } from '../i18n';
import { channelAndScenarioNumberFields } from './channelScenarioReadings';
import { type Draft, fractionToPercentText } from './draft';
import { stageDaysKey, stageRateKey } from './fieldErrors';
import { type NumberConvention, readNumber, typedNumber } from './numberInput';

export interface NumberField {
  readonly key: string;
  readonly typed: string;
  readonly percent: boolean;
  readonly retype: (draft: Draft, typed: string) => Draft;
}

/** Every typed number of the draft; the last stage has no rate. */
function numberFields(draft: Draft): NumberField[] {
  const plain = (
    key: string,
    field:
      | 'revenueTarget'
      | 'averageDealSize'
      | 'costPerLead'
      | 'salesCycleDays'
      | 'marketingBudget',
  ): NumberField => ({
    key,
    typed: draft[field],
    percent: false,
    retype: (current, typed) => ({ ...current, [field]: typed }),
  });
  return [
    plain('revenueTarget', 'revenueTarget'),
    plain('averageDealSize', 'averageDealSize'),
    plain('costPerLead', 'costPerLead'),
    plain('marketingBudget', 'marketingBudget'),
    plain('salesCycleDays', 'salesCycleDays'),
    {
      key: 'monthlyGrowth',
      typed: draft.monthlyGrowthPercent,
      percent: true,
      retype: (current, typed) => ({ ...current, monthlyGrowthPercent: typed }),
    },
    ...draft.stages.slice(0, -1).map((stage) => ({
      key: stageRateKey(stage.id),
      typed: stage.ratePercent,
      percent: true,
      retype: (current: Draft, typed: string) => ({
        ...current,
        stages: current.stages.map((each) =>
          each.id === stage.id ? { ...each, ratePercent: typed } : each,
        ),
      }),
    })),
    ...draft.stages.slice(0, -1).map((stage) => ({
      key: stageDaysKey(stage.id),
      typed: stage.daysToNext,
      percent: false,
      retype: (current: Draft, typed: string) => ({
        ...current,
        stages: current.stages.map((each) =>
          each.id === stage.id ? { ...each, daysToNext: typed } : each,
        ),
      }),
    })),
    ...channelAndScenarioNumberFields(draft),
  ];
}

/** "Read as ..." for each field that reads as a number and is typed with more than digits. */
export function fieldReadings(
  draft: Draft,
  numbers: NumberConvention,
  messages: Messages,
): Map<string, string> {
  const readings = new Map<string, string>();
  for (const field of numberFields(draft)) {
    if (/^\s*\d*\s*$/.test(field.typed)) continue;
    const reading = readNumber(field.typed, numbers, { percent: field.percent });
    if (reading.kind === 'number') readings.set(field.key, messages.readAs(reading.shown));
  }
  return readings;
}

/** The typed numbers rewritten for `to` (German "2,5" becomes English "2.5"); text that does not read stays. */
export function retypeNumbers(draft: Draft, from: NumberConvention, to: NumberConvention): Draft {
  if (from.decimal === to.decimal && from.groups.join() === to.groups.join()) return draft;
  let retyped = draft;
  for (const field of numberFields(draft)) {
    const reading = readNumber(field.typed, from, { percent: field.percent });
    if (reading.kind !== 'number' || /^\s*-?\d*\s*$/.test(field.typed)) continue;
    const value = field.percent ? Number(fractionToPercentText(reading.value)) : reading.value;
    retyped = field.retype(retyped, typedNumber(value, to));
  }
  return retyped;
}
