/**
 * Where the schema's channel and scenario errors ("channels.1.share",
 * "scenarios.0.conversionRates.2") show in the form, and how they are worded there. Rows are
 * found by position in the draft, the order the candidate plan was built in.
 */
import {
  MAX_MONEY,
  MAX_SCENARIOS,
  MAX_STAGE_COUNT,
  MAX_STAGE_NAME_LENGTH,
} from '../../src/funnel/schema';
import { stageNameProblem } from '../../src/funnel/stageName';
import type { FieldError } from '../../src/funnel/types';
import type { Messages } from '../i18n';
import {
  channelCostKey,
  channelNameKey,
  channelRateKey,
  channelShareKey,
  MAX_CHANNEL_ROWS,
  sharesRemainder,
} from './channelDrafts';
import type { Draft } from './draft';
import type { NumberConvention } from './numberInput';
import {
  scenarioCostKey,
  scenarioDealKey,
  scenarioNameKey,
  scenarioRateKey,
  scenarioTargetKey,
} from './scenarioDrafts';

/** The slot under the channel list (shares, count) and under the scenario list. */
export const CHANNELS_KEY = 'channels';
export const SCENARIOS_KEY = 'scenarios';

export interface Placed {
  readonly key: string;
  readonly message: string;
}

/**
 * The field and message for a channel or scenario error; undefined for any other field.
 * `numeric` words a bad number field (not a number, ambiguous) or else gives `allowed`;
 * `nameMessage` words a name's broken rule, with `fallback` when no rule names it.
 */
export function placeChannelOrScenario(
  error: FieldError,
  draft: Draft,
  messages: Messages,
  numbers: NumberConvention,
  numeric: (allowed: string) => string,
  nameMessage: (name: string, fallback: string) => string,
): Placed | undefined {
  const [field, index, rowField, rateIndex] = error.field.split('.');
  const words = messages.errors;
  const maxMoney = MAX_MONEY.toLocaleString('en-US');
  if (field === 'channels') {
    const channel = index === undefined ? undefined : draft.channels[Number(index)];
    if (!channel || rowField === undefined) {
      const count = draft.channels.length;
      if (count > MAX_CHANNEL_ROWS)
        return { key: CHANNELS_KEY, message: words.channelCount(count, MAX_CHANNEL_ROWS) };
      const remainder = sharesRemainder(draft.channels, numbers);
      const message =
        remainder === null || remainder === 0
          ? error.message
          : words.channelSharesSum(percentShown(100 - remainder, numbers));
      return { key: CHANNELS_KEY, message };
    }
    switch (rowField) {
      case 'name':
        return {
          key: channelNameKey(channel.id),
          message: nameTaken(channel.name)
            ? words.nameTaken
            : nameMessage(channel.name, words.channelName(MAX_STAGE_NAME_LENGTH)),
        };
      case 'share':
        return { key: channelShareKey(channel.id), message: numeric(words.channelShare) };
      case 'costPerLead':
        return {
          key: channelCostKey(channel.id),
          message: numeric(words.channelCostPerLead(maxMoney)),
        };
      case 'conversionToNext':
        return { key: channelRateKey(channel.id), message: numeric(words.channelRate) };
      default:
        return { key: channelNameKey(channel.id), message: error.message };
    }
  }
  if (field === 'scenarios') {
    const scenario = index === undefined ? undefined : draft.scenarios[Number(index)];
    if (scenario && rowField === undefined)
      return {
        key: scenarioNameKey(scenario.id),
        message: words.scenarioUncountable(MAX_STAGE_COUNT.toLocaleString('en-US')),
      };
    if (!scenario || rowField === undefined) {
      const count = draft.scenarios.length;
      const message =
        count > MAX_SCENARIOS ? words.scenarioCount(count, MAX_SCENARIOS) : error.message;
      return { key: SCENARIOS_KEY, message };
    }
    switch (rowField) {
      case 'name':
        return {
          key: scenarioNameKey(scenario.id),
          message: nameTaken(scenario.name)
            ? words.nameTaken
            : nameMessage(scenario.name, words.scenarioName(MAX_STAGE_NAME_LENGTH)),
        };
      case 'revenueTarget':
        return {
          key: scenarioTargetKey(scenario.id),
          message: numeric(words.scenarioRevenueTarget(maxMoney)),
        };
      case 'averageDealSize':
        return {
          key: scenarioDealKey(scenario.id),
          message: numeric(words.scenarioDealSize(maxMoney)),
        };
      case 'costPerLead':
        return {
          key: scenarioCostKey(scenario.id),
          message: numeric(words.scenarioCostPerLead(maxMoney)),
        };
      case 'conversionRates': {
        const stage = rateIndex === undefined ? undefined : draft.stages[Number(rateIndex)];
        if (!stage) return { key: scenarioNameKey(scenario.id), message: error.message };
        // Only a typed rate can be wrong: a blank one is null, the base rate, never an error.
        return {
          key: scenarioRateKey(scenario.id, stage.id),
          message: numeric(words.scenarioRate),
        };
      }
      default:
        return { key: scenarioNameKey(scenario.id), message: error.message };
    }
  }
  return undefined;
}

/** A name the schema refuses though it breaks no name rule: another row has it already. */
function nameTaken(name: string): boolean {
  return name.trim() !== '' && stageNameProblem(name.trim()) === undefined;
}

/** "100.5" as the form's locale writes it ("100,5" in German). */
function percentShown(percent: number, numbers: NumberConvention): string {
  return new Intl.NumberFormat(numbers.locale, { maximumFractionDigits: 10 }).format(
    Number(percent.toPrecision(15)),
  );
}
