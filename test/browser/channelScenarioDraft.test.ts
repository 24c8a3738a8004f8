/**
 * The channel and scenario editors' rules as plain functions: a plan in and out of the form,
 * numbers in the form's locale, the shares left to assign, the row edits, and where each
 * schema error shows, in each language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translateDefaultRowNames } from '../../sidebar/channelScenarioActions';
import {
  addChannel,
  channelNameKey,
  channelShareKey,
  moveChannel,
  removeChannel,
  sharesRemainder,
  updateChannel,
} from '../../sidebar/form/channelDrafts';
import {
  candidateFromDraft,
  type Draft,
  defaultDraft,
  draftFromPlan,
} from '../../sidebar/form/draft';
import { fieldMessages, stageRateKey } from '../../sidebar/form/fieldErrors';
import { numberConvention } from '../../sidebar/form/numberInput';
import { retypeNumbers } from '../../sidebar/form/readings';
import {
  addScenario,
  scenarioRateKey,
  setScenarioRate,
  updateScenario,
} from '../../sidebar/form/scenarioDrafts';
import { messagesFor } from '../../sidebar/i18n';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';

const en = messagesFor('en');
const defaults = { currency: 'USD', startMonth: '2027-01' };
const english = numberConvention('en-US');
const german = numberConvention('de-DE');
const example: Plan = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'examples', 'plan-channels-scenarios.json'), 'utf8'),
);

function validate(draft: Draft, numbers = english) {
  return validatePlan(candidateFromDraft(draft, 'en', numbers));
}

function messagesOf(draft: Draft, language: 'en' | 'zh-CN' | 'zh-TW' = 'en') {
  const validation = validate(draft);
  if (validation.ok) throw new Error('the draft was expected to be refused');
  return fieldMessages(validation.errors, draft, messagesFor(language), english);
}

/** The default form with two channels: 60% at 120, 40% at 80. */
function withTwoChannels(): Draft {
  let draft = defaultDraft(en, defaults);
  draft = addChannel(draft, 'Paid search', '60');
  draft = addChannel(draft, 'Events', '40');
  return updateChannel(draft, draft.channels[1].id, { costPerLead: '80' });
}

describe('a plan in and out of the form', () => {
  test('budget, channels and scenarios come back as the same plan', () => {
    const draft = draftFromPlan(example, defaults);
    expect(draft.marketingBudget).toBe('300000');
    expect(draft.channels.map((channel) => channel.sharePercent)).toEqual(['50', '30', '20']);
    expect(draft.channels[1].ratePercent).toBe('');
    expect(validate(draft)).toEqual({ ok: true, plan: example });
  });

  test('a German form shows and reads "2,5" %', () => {
    const plan: Plan = {
      ...example,
      channels: [
        { name: 'Paid', share: 0.975, costPerLead: 140.5 },
        { name: 'Events', share: 0.025, costPerLead: 60, conversionToNext: 0.125 },
      ],
    };
    const draft = draftFromPlan(plan, defaults, german);
    expect(draft.channels.map((channel) => [channel.sharePercent, channel.costPerLead])).toEqual([
      ['97,5', '140,5'],
      ['2,5', '60'],
    ]);
    expect(draft.channels[1].ratePercent).toBe('12,5');
    expect(validate(draft, german)).toEqual({ ok: true, plan });
    // Switching the form to English retypes every channel number.
    const retyped = retypeNumbers(draft, german, english);
    expect(retyped.channels.map((channel) => channel.sharePercent)).toEqual(['97.5', '2.5']);
    expect(validate(retyped)).toEqual({ ok: true, plan });
  });

  test('a null scenario rate shows blank (it follows the base); a given one shows, even the base value', () => {
    const draft = draftFromPlan(example, defaults);
    const conservative = draft.scenarios[0];
    // Base rates 2, 30, 40, 25; Conservative 1.5, 25, 35, 20: all given, all shown.
    expect(draft.stages.slice(0, -1).map((stage) => conservative.ratesPercent[stage.id])).toEqual([
      '1.5',
      '25',
      '35',
      '20',
    ]);
    const plan: Plan = {
      ...example,
      scenarios: [{ name: 'Sparse', conversionRates: [null, 0.3, 0.35, null] }],
    };
    const sparse = draftFromPlan(plan, defaults);
    const rates = sparse.scenarios[0].ratesPercent;
    expect(sparse.stages.slice(0, -1).map((stage) => rates[stage.id] ?? '')).toEqual([
      '',
      '30',
      '35',
      '',
    ]);
    // And back: the blank ones are null again, the typed base value stays a number.
    expect(validate(sparse)).toEqual({ ok: true, plan });
  });
});

describe('editing', () => {
  test('the shares left to assign, to 15 digits, and unknown while a share is not a number', () => {
    const draft = withTwoChannels();
    expect(sharesRemainder(draft.channels, english)).toBe(0);
    const thirds = updateChannel(
      updateChannel(draft, draft.channels[0].id, { sharePercent: '33.3' }),
      draft.channels[1].id,
      { sharePercent: '66.7' },
    );
    expect(sharesRemainder(thirds.channels, english)).toBe(0);
    const over = updateChannel(draft, draft.channels[0].id, { sharePercent: '70' });
    expect(sharesRemainder(over.channels, english)).toBe(-10);
    const typo = updateChannel(draft, draft.channels[0].id, { sharePercent: '6o' });
    expect(sharesRemainder(typo.channels, english)).toBeNull();
  });

  test('a new channel takes the plan’s cost per lead; move and remove keep identities', () => {
    const draft = withTwoChannels();
    expect(draft.channels[0].costPerLead).toBe('120');
    const [paid, events] = draft.channels;
    const moved = moveChannel(draft, events.id, -1);
    expect(moved.channels.map((channel) => channel.id)).toEqual([events.id, paid.id]);
    expect(moveChannel(moved, events.id, -1)).toBe(moved);
    expect(removeChannel(moved, events.id).channels).toEqual([paid]);
  });

  test('a scenario sends only what it overrides; a blank rate beside a typed one is null', () => {
    let draft = addScenario(defaultDraft(en, defaults), 'Stretch');
    const id = draft.scenarios[0].id;
    draft = updateScenario(draft, id, { field: 'revenueTarget', value: '1,500,000' });
    expect(validate(draft)).toMatchObject({
      ok: true,
      plan: { scenarios: [{ name: 'Stretch', revenueTarget: 1500000 }] },
    });
    draft = setScenarioRate(draft, id, draft.stages[2].id, '35');
    expect(validate(draft)).toMatchObject({
      ok: true,
      plan: { scenarios: [{ conversionRates: [null, null, 0.35, null] }] },
    });
    // Still null after the base rate of that stage is edited: it follows the base.
    const leads = draft.stages[1];
    draft = {
      ...draft,
      stages: draft.stages.map((stage) =>
        stage === leads ? { ...stage, ratePercent: '45' } : stage,
      ),
    };
    const moved = validate(draft);
    if (!moved.ok) throw new Error('the draft was expected to be valid');
    expect(moved.plan.stages[1].conversionToNext).toBe(0.45);
    expect(moved.plan.scenarios?.[0].conversionRates).toEqual([null, null, 0.35, null]);
    // Every rate cleared again: no rates at all.
    draft = setScenarioRate(draft, id, draft.stages[2].id, ' ');
    expect(validate(draft)).toMatchObject({ ok: true, plan: { scenarios: [{ name: 'Stretch' }] } });
    const cleared = validate(draft);
    expect(cleared.ok && cleared.plan.scenarios?.[0].conversionRates).toBeUndefined();
  });
});

test('default row names follow the language; typed ones stay', () => {
  let draft = addChannel(defaultDraft(en, defaults), en.newChannelName(1), '50');
  draft = addChannel(draft, 'Events', '50');
  draft = addScenario(draft, en.newScenarioName(1));
  const chinese = translateDefaultRowNames(draft, en, messagesFor('zh-TW'));
  expect(chinese.channels.map((channel) => channel.name)).toEqual(['管道 1', 'Events']);
  expect(chinese.scenarios.map((scenario) => scenario.name)).toEqual(['情境 1']);
});

describe('a message in the field it is about', () => {
  test('shares that do not sum to 100%: under the list, in each language', () => {
    const draft = withTwoChannels();
    const short = updateChannel(draft, draft.channels[1].id, { sharePercent: '30' });
    expect(messagesOf(short).get('channels')).toBe(
      'The shares add up to 90%; make them add up to 100%.',
    );
    expect(messagesOf(short, 'zh-CN').get('channels')).toBe('占比合计为 90%；请调整为 100%。');
    expect(messagesOf(short, 'zh-TW').get('channels')).toBe('占比合計為 90%；請調整為 100%。');
  });

  test('a bad share, a negative cost, a taken name: each on its own field', () => {
    const draft = withTwoChannels();
    const [paid, events] = draft.channels;
    const bad = updateChannel(
      updateChannel(draft, paid.id, { sharePercent: '0', costPerLead: '-5' }),
      events.id,
      { name: 'paid SEARCH' },
    );
    const messages = messagesOf(bad);
    expect(messages.get(channelShareKey(paid.id))).toBe('Enter a share above 0% and at most 100%.');
    expect(messages.get(`channel-${paid.id}-cost`)).toBe(
      'Enter a cost per lead from 0 to 1,000,000,000,000.',
    );
    expect(messages.get(channelNameKey(events.id))).toBe(
      'Another row has this name; give each its own.',
    );
    expect(messagesOf(bad, 'zh-TW').get(channelShareKey(paid.id))).toBe(
      '請輸入大於 0% 且不超過 100% 的占比。',
    );
  });

  test('a scenario rate typed wrong shows on it', () => {
    let draft = addScenario(defaultDraft(en, defaults), 'Conservative');
    const id = draft.scenarios[0].id;
    const leads = draft.stages[1];
    draft = setScenarioRate(draft, id, leads.id, '130');
    expect(messagesOf(draft).get(scenarioRateKey(id, leads.id))).toBe(
      'Enter a rate above 0% and at most 100%, or leave it empty for the base rate.',
    );
  });

  test('a blank scenario rate is never an error, not even over a bad base rate', () => {
    let draft = addScenario(defaultDraft(en, defaults), 'Conservative');
    const id = draft.scenarios[0].id;
    const [visitors, leads] = draft.stages;
    draft = setScenarioRate(draft, id, leads.id, '25');
    // Visitors' rate is blank in the scenario: null, the base rate.
    expect(validate(draft).ok).toBe(true);
    draft = { ...draft, stages: [{ ...visitors, ratePercent: 'two' }, ...draft.stages.slice(1)] };
    const validation = validate(draft);
    if (validation.ok) throw new Error('the bad base rate was expected to be refused');
    expect(validation.errors.map((error) => error.field)).toEqual(['stages.0.conversionToNext']);
    const messages = fieldMessages(validation.errors, draft, en, english);
    expect([...messages.keys()]).toEqual([stageRateKey(visitors.id)]);
    expect(messages.get(stageRateKey(visitors.id))).toBe(
      '“two” is not a number; type digits only, such as 1200000.',
    );
  });

  test('a budget without a cost per lead asks for one; a bad budget says what it takes', () => {
    const noCost = { ...defaultDraft(en, defaults), marketingBudget: '150000', costPerLead: '' };
    expect(messagesOf(noCost).get('marketingBudget')).toBe(
      'A budget buys leads at the cost per lead: give a cost per lead above 0 (the plan’s or a channel’s).',
    );
    const negative = { ...defaultDraft(en, defaults), marketingBudget: '-1' };
    expect(messagesOf(negative).get('marketingBudget')).toBe(
      'Enter a budget above 0, at most 1,000,000,000,000, or leave it empty.',
    );
    expect(messagesOf(negative, 'zh-CN').get('marketingBudget')).toBe(
      '请输入大于 0、不超过 1,000,000,000,000 的预算，或留空。',
    );
  });
});
