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
import { fieldMessages, stageNameKey, stageRateKey } from '../../sidebar/form/fieldErrors';
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
    // The form has no start month or currency fields yet: the server fills the start month in.
    expect(planOf(defaultDraft(en))).toEqual({
      ...examplePlan,
      startMonth: undefined,
      currency: undefined,
    });
  });
  test('a saved plan comes back into the form unchanged', () => {
    const plan = { ...planOf(defaultDraft(en)), language: 'zh-TW' as const };
    expect(planOf(draftFromPlan(plan))).toEqual(plan);
  });
  test('blank optional fields are left out; the language follows the spreadsheet unless overridden', () => {
    const draft = {
      ...defaultDraft(en),
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

describe('editing the stage list', () => {
  test('a new stage goes above the customers, who stay last', () => {
    const draft = addStage(defaultDraft(en), 'Demos');
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
    const start = defaultDraft(en);
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
    const start = updateStage(defaultDraft(en), defaultDraft(en).stages[0].id, {});
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
    let draft: Draft = { ...defaultDraft(en), revenueTarget: '' };
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
    const draft = { ...defaultDraft(en), averageDealSize: '25k' };
    expect(messagesOf(draft).get('averageDealSize')).toBe(
      '“25k” is not a number; type digits only, such as 1200000.',
    );
  });
  test('a blank stage name is reported on that stage, in the chosen language', () => {
    const start = defaultDraft(messagesFor('zh-CN'));
    const draft = updateStage(start, start.stages[2].id, { name: '  ' });
    expect(messagesOf(draft, 'zh-CN').get(stageNameKey(start.stages[2].id))).toBe(
      '请为此阶段命名（1 到 60 个字符）。',
    );
  });
});
