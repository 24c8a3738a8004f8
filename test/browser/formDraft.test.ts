/**
 * The sidebar form's rules as plain functions: percentages as people type them, the
 * candidate plan handed to the shared schema, and stage-list editing.
 */

import {
  candidateFromDraft,
  type Draft,
  defaultDraft,
  draftFromPlan,
  fractionToPercentText,
  parseNumber,
  parsePercent,
} from '../../sidebar/form/draft';
import {
  fieldMessages,
  stageDaysKey,
  stageNameKey,
  stageRateKey,
} from '../../sidebar/form/fieldErrors';
import {
  addStage,
  moveStage,
  removeStage,
  translateDefaultNames,
  updateStage,
} from '../../sidebar/form/stages';
import { messagesFor } from '../../sidebar/i18n';
import { validatePlan } from '../../src/funnel/schema';
import { examplePlan } from '../support/plans';

const en = messagesFor('en');
/** What the sidebar takes from the spreadsheet's locale and the clock. */
const defaults = { currency: 'USD', startMonth: '2027-01' };

function planOf(draft: Draft) {
  const validation = validatePlan(candidateFromDraft(draft, 'en'));
  if (!validation.ok) throw new Error(validation.errors.map((error) => error.message).join('\n'));
  return validation.plan;
}

describe('numbers as typed', () => {
  test('"30" in a % field means 30%', () => {
    expect(parsePercent('30')).toBe(0.3);
    expect(parsePercent('30%')).toBe(0.3);
    expect(parsePercent('2.5')).toBe(0.025);
  });
  test('a percentage is the same double a spreadsheet holds for it', () => {
    expect(parsePercent('0.1')).toBe(0.001);
    expect(parsePercent('7')).toBe(0.07);
    expect(fractionToPercentText(0.07)).toBe('7');
    expect(fractionToPercentText(0.001)).toBe('0.1');
  });
  test('thousands separators are accepted; blank is absent; other text is kept to be reported', () => {
    expect(parseNumber('1,200,000')).toBe(1200000);
    expect(parseNumber(' 25 000 ')).toBe(25000);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('12k')).toBe('12k');
    expect(parsePercent('%')).toBe('%');
  });
});

describe('the draft becomes a plan', () => {
  test('the defaults are the B2B funnel of the goal-calculator issue', () => {
    expect(planOf(defaultDraft(en, defaults))).toEqual({
      ...examplePlan,
      currency: 'USD',
      startMonth: '2027-01',
    });
  });
  test('a saved plan comes back into the form unchanged', () => {
    const plan = { ...planOf(defaultDraft(en, defaults)), language: 'zh-TW' as const };
    expect(planOf(draftFromPlan(plan, defaults))).toEqual(plan);
  });
  test('blank optional fields are left out; the language follows the spreadsheet unless overridden', () => {
    const draft = {
      ...defaultDraft(en, defaults),
      costPerLead: '',
      salesCycleDays: '',
      monthlyGrowthPercent: '',
    };
    const candidate = candidateFromDraft(draft, 'zh-CN');
    expect(candidate).not.toHaveProperty('costPerLead');
    expect(candidate).not.toHaveProperty('monthlyGrowth');
    expect(candidate.language).toBe('zh-CN');
    expect(candidateFromDraft({ ...draft, language: 'en' }, 'zh-CN').language).toBe('en');
  });
});

describe('currency, first month and days between stages', () => {
  test('days typed for a step go into the plan; blank steps are left to the sales cycle', () => {
    const start = defaultDraft(en, defaults);
    const draft = updateStage(start, start.stages[3].id, { daysToNext: '45' });
    const plan = planOf(draft);
    expect(plan.stages.map((stage) => stage.daysToNext)).toEqual([
      undefined,
      undefined,
      undefined,
      45,
      undefined,
    ]);
    expect(planOf(draftFromPlan(plan, defaults))).toEqual(plan);
  });
  test('a saved plan keeps its own currency and month; an older plan gets the defaults', () => {
    const plan = { ...planOf(defaultDraft(en, defaults)), currency: 'TWD', startMonth: '2028-07' };
    expect(planOf(draftFromPlan(plan, defaults))).toEqual(plan);
    const { currency: _currency, startMonth: _month, ...older } = plan;
    const draft = draftFromPlan(older, { currency: 'JPY', startMonth: '2027-03' });
    expect([draft.currency, draft.startMonth]).toEqual(['JPY', '2027-03']);
  });
  test('a marketing budget comes back into its field, and a blank one is no budget', () => {
    const plan = { ...planOf(defaultDraft(en, defaults)), marketingBudget: 150000 };
    expect(draftFromPlan(plan, defaults).marketingBudget).toBe('150000');
    expect(planOf(draftFromPlan(plan, defaults))).toEqual(plan);
    expect(planOf(defaultDraft(en, defaults)).marketingBudget).toBeUndefined();
  });
  test('the currency is independent of the language', () => {
    const draft = { ...defaultDraft(en, defaults), language: 'zh-CN' as const, currency: 'USD' };
    expect(planOf(draft)).toMatchObject({ language: 'zh-CN', currency: 'USD' });
  });
  test('a blank month is left out for the server to default', () => {
    expect(planOf({ ...defaultDraft(en, defaults), startMonth: '' }).startMonth).toBeUndefined();
  });
});

describe('editing the stage list', () => {
  test('a new stage goes above the customers, who stay last', () => {
    const draft = addStage(defaultDraft(en, defaults), 'Demos');
    expect(draft.stages.map((stage) => stage.name)).toEqual([
      'Visitors',
      'Leads',
      'MQLs',
      'SQLs',
      'Demos',
      'Customers',
    ]);
  });
  test('moving and removing keep the lead stage on the same stage', () => {
    const start = defaultDraft(en, defaults);
    const leads = start.stages[1];
    const moved = moveStage(start, leads.id, 1);
    expect(moved.stages[2].id).toBe(leads.id);
    expect(planOf(moved).leadStageIndex).toBe(2);
    expect(moveStage(start, start.stages[0].id, -1)).toBe(start);
    const removed = removeStage(start, leads.id);
    expect(removed.stages.map((stage) => stage.name)).toEqual([
      'Visitors',
      'MQLs',
      'SQLs',
      'Customers',
    ]);
    expect(planOf(removed).leadStageIndex).toBe(1);
  });
  test('default names follow a language change; renamed stages do not', () => {
    const start = updateStage(
      defaultDraft(en, defaults),
      defaultDraft(en, defaults).stages[0].id,
      {},
    );
    const renamed = updateStage(start, start.stages[0].id, { name: 'Web visits' });
    const chinese = translateDefaultNames(
      renamed,
      en.defaultStageNames,
      messagesFor('zh-CN').defaultStageNames,
    );
    expect(chinese.stages.map((stage) => stage.name)).toEqual([
      'Web visits',
      '潜在客户',
      '营销合格线索',
      '销售合格线索',
      '客户',
    ]);
  });
});

describe('messages beside the fields', () => {
  function messagesOf(draft: Draft, language: 'en' | 'zh-CN' = 'en') {
    const validation = validatePlan(candidateFromDraft(draft, language));
    return validation.ok
      ? new Map()
      : fieldMessages(validation.errors, draft, messagesFor(language));
  }

  test('an empty target, a 0% rate and 11 stages each get their own message', () => {
    let draft: Draft = { ...defaultDraft(en, defaults), revenueTarget: '' };
    draft = updateStage(draft, draft.stages[1].id, { ratePercent: '0' });
    for (let added = 0; added < 6; added++) draft = addStage(draft, `Extra ${added}`);
    const shown = messagesOf(draft);
    expect(draft.stages).toHaveLength(11);
    expect(shown.get('revenueTarget')).toBe(
      'Enter a revenue target above 0, at most 1,000,000,000,000.',
    );
    expect(shown.get('stages')).toBe('A funnel has 2 to 10 stages; this one has 11.');
    expect(shown.get(stageRateKey(draft.stages[1].id))).toBe(
      'Enter a rate above 0% and at most 100%.',
    );
    expect(shown.size).toBe(3);
  });
  test('text that is not a number is quoted back', () => {
    const draft = { ...defaultDraft(en, defaults), averageDealSize: '25k' };
    expect(messagesOf(draft).get('averageDealSize')).toBe(
      '“25k” is not a number; type digits only, such as 1200000.',
    );
  });
  test.each([
    [
      'en',
      'Enter 0 to 730 days, or leave it empty for the sales cycle.',
      'Pick a month from January 2000 to December 2099, e.g. 2027-01.',
      'Pick a currency from the list.',
    ],
    [
      'zh-CN',
      '请输入 0 到 730 天，或留空以使用销售周期。',
      '请选择 2000 年 1 月到 2099 年 12 月之间的月份，例如 2027-01。',
      '请从列表中选择货币。',
    ],
    [
      'zh-TW',
      '請輸入 0 到 730 天，或留空以使用銷售週期。',
      '請選擇 2000 年 1 月到 2099 年 12 月之間的月份，例如 2027-01。',
      '請從清單中選擇貨幣。',
    ],
  ] as const)(
    'bad days, month and currency each get a %s message beside their field',
    (language, days, month, currency) => {
      const start = defaultDraft(messagesFor(language), defaults);
      const draft = {
        ...updateStage(start, start.stages[1].id, { daysToNext: '900' }),
        startMonth: '1999-12',
        currency: 'XYZ',
      };
      const validation = validatePlan(candidateFromDraft(draft, language));
      if (validation.ok) throw new Error('expected problems');
      const shown = fieldMessages(validation.errors, draft, messagesFor(language));
      expect(shown.get(stageDaysKey(start.stages[1].id))).toBe(days);
      expect(shown.get('startMonth')).toBe(month);
      expect(shown.get('currency')).toBe(currency);
      expect(shown.size).toBe(3);
    },
  );
  test('days that are not a number are quoted back on their step', () => {
    const start = defaultDraft(en, defaults);
    const draft = updateStage(start, start.stages[0].id, { daysToNext: 'two weeks' });
    expect(messagesOf(draft).get(stageDaysKey(start.stages[0].id))).toBe(
      '“two weeks” is not a number; type digits only, such as 1200000.',
    );
  });
  test('a blank stage name is reported on that stage, in the chosen language', () => {
    const start = defaultDraft(messagesFor('zh-CN'), defaults);
    const draft = updateStage(start, start.stages[2].id, { name: '  ' });
    expect(messagesOf(draft, 'zh-CN').get(stageNameKey(start.stages[2].id))).toBe(
      '请为此阶段命名（1 到 60 个字符）。',
    );
  });
});
