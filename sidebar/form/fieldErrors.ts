/**
 * Turns the schema's errors (paths such as "stages.2.conversionToNext") into one message
 * per form field, in the sidebar's language. The schema decides what is wrong; this file
 * only decides where to show it and how to say it to someone typing percentages.
 */
import {
  MAX_MONEY,
  MAX_MONTHLY_GROWTH,
  MAX_SALES_CYCLE_DAYS,
  MAX_STAGE_COUNT,
  MAX_STAGE_NAME_LENGTH,
  MAX_STAGES,
  MIN_MONTHLY_GROWTH,
  MIN_STAGES,
} from '../../src/funnel/schema';
import { stageNameProblem } from '../../src/funnel/stageName';
import { MAX_START_YEAR, MIN_START_YEAR } from '../../src/funnel/startMonth';
import type { FieldError } from '../../src/funnel/types';
import { codePointLabel } from '../../src/layout/workbookText';
import type { Messages } from '../i18n';
import { placeChannelOrScenario } from './channelScenarioErrors';
import { type Draft, parseNumber } from './draft';
import { type NumberConvention, numberConvention, readNumber } from './numberInput';

/** Form field keys: the plain plan fields, plus per-stage keys that survive reordering. */
export const stageNameKey = (id: number) => `stage-${id}-name`;
export const stageRateKey = (id: number) => `stage-${id}-rate`;
export const stageDaysKey = (id: number) => `stage-${id}-days`;

export function fieldMessages(
  errors: readonly FieldError[],
  draft: Draft,
  messages: Messages,
  numbers: NumberConvention = numberConvention('en-US'),
): Map<string, string> {
  const shown = new Map<string, string>();
  for (const error of errors) {
    const placed = place(error, draft, messages, numbers);
    // The first problem of a field is the one to fix first.
    if (!shown.has(placed.key)) shown.set(placed.key, placed.message);
  }
  return shown;
}

function place(
  error: FieldError,
  draft: Draft,
  messages: Messages,
  numbers: NumberConvention,
): { key: string; message: string } {
  const [field, index, stageField] = error.field.split('.');
  const typedText = typeof error.value === 'string' ? error.value : undefined;
  const translations = messages.errors;
  const maxMoney = MAX_MONEY.toLocaleString('en-US');
  const numeric = (message: string) => {
    if (typedText === undefined || typedText === '') return message;
    const reading = readNumber(typedText, numbers, { percent: true });
    return reading.kind === 'ambiguous'
      ? translations.ambiguousNumber(typedText, reading.ways, numbers.decimal)
      : translations.notANumber(typedText);
  };

  const moreFields = placeChannelOrScenario(
    error,
    draft,
    messages,
    numbers,
    numeric,
    (name, fallback) => nameMessage(name, messages, fallback),
  );
  if (moreFields) return moreFields;
  if (field === 'stages' && index !== undefined) {
    const stage = draft.stages[Number(index)];
    if (stage && stageField === 'name')
      return { key: stageNameKey(stage.id), message: stageNameMessage(stage.name, messages) };
    if (stage && stageField === 'conversionToNext') {
      return { key: stageRateKey(stage.id), message: numeric(translations.conversionToNext) };
    }
    if (stage && stageField === 'daysToNext') {
      return {
        key: stageDaysKey(stage.id),
        message: numeric(translations.daysToNext(MAX_SALES_CYCLE_DAYS)),
      };
    }
  }
  switch (field) {
    case 'stages': {
      const count = draft.stages.length;
      const outOfRange = count < MIN_STAGES || count > MAX_STAGES;
      const message = outOfRange
        ? translations.stageCount(count, MIN_STAGES, MAX_STAGES)
        : error.message;
      return { key: 'stages', message };
    }
    case 'revenueTarget':
      return { key: field, message: numeric(translations.revenueTarget(maxMoney)) };
    case 'averageDealSize':
      return { key: field, message: numeric(translations.averageDealSize(maxMoney)) };
    case 'costPerLead':
      return { key: field, message: numeric(translations.costPerLead(maxMoney)) };
    case 'marketingBudget':
      return { key: field, message: budgetMessage(error, draft, messages, numbers, numeric) };
    case 'salesCycleDays':
      return { key: field, message: numeric(translations.salesCycleDays(MAX_SALES_CYCLE_DAYS)) };
    case 'monthlyGrowth':
      return {
        key: field,
        message: numeric(
          translations.monthlyGrowth(MIN_MONTHLY_GROWTH * 100, MAX_MONTHLY_GROWTH * 100),
        ),
      };
    case 'leadStageIndex':
      return { key: field, message: translations.leadStage };
    case 'startMonth':
      return { key: field, message: translations.startMonth(MIN_START_YEAR, MAX_START_YEAR) };
    case 'currency':
      return { key: field, message: translations.currency };
    default:
      // A rule this form does not know how to word: the schema's own sentence.
      return { key: field, message: error.message };
  }
}

/**
 * The budget is refused for itself (not a number, not above 0) or for what it buys: with a
 * budget that reads well, either no cost per lead above 0 buys leads (the plan's or the
 * channels'), or it buys more leads than a sheet counts (the schema names that limit).
 */
function budgetMessage(
  error: FieldError,
  draft: Draft,
  messages: Messages,
  numbers: NumberConvention,
  numeric: (allowed: string) => string,
): string {
  const words = messages.errors;
  const budget = parseNumber(draft.marketingBudget, numbers);
  const ownProblem = typeof budget !== 'number' || budget <= 0 || budget > MAX_MONEY;
  if (ownProblem || typeof error.value !== 'number')
    return numeric(words.marketingBudget(MAX_MONEY.toLocaleString('en-US')));
  return error.message.includes(String(MAX_STAGE_COUNT))
    ? words.budgetTooManyLeads(MAX_STAGE_COUNT.toLocaleString('en-US'))
    : words.budgetNeedsCost;
}

/** The stage-name rule that failed (stageName.ts), said in the sidebar's language. */
function stageNameMessage(name: string, messages: Messages): string {
  return nameMessage(name, messages, messages.errors.stageName(MAX_STAGE_NAME_LENGTH));
}

/** A name rule that failed (stageName.ts, shared by stages, channels, scenarios); else `fallback`. */
function nameMessage(name: string, messages: Messages, fallback: string): string {
  const problem = stageNameProblem(name.trim());
  switch (problem?.kind) {
    case 'character':
      return messages.errors.stageNameCharacter(codePointLabel(problem.codePoint));
    case 'invisible':
      return messages.errors.stageNameInvisible;
    case 'tooLong':
    case 'tooLarge':
      return messages.errors.stageNameTooLong(
        problem.kind === 'tooLong' ? problem.characters : name.length,
        MAX_STAGE_NAME_LENGTH,
      );
    default:
      return fallback;
  }
}
