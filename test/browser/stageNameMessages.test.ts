/** The sidebar says which stage-name rule failed, in its language (issue 10). */
import { candidateFromDraft, defaultDraft } from '../../sidebar/form/draft';
import { fieldMessages, stageNameKey } from '../../sidebar/form/fieldErrors';
import { messagesFor } from '../../sidebar/i18n';
import { validatePlan } from '../../src/funnel/schema';
import type { Language } from '../../src/funnel/types';

const defaults = { currency: 'USD', startMonth: '2027-01' };

function messageForName(name: string, language: Language): string | undefined {
  const words = messagesFor(language);
  const draft = defaultDraft(words, defaults);
  const renamed = {
    ...draft,
    stages: draft.stages.map((stage, index) => (index === 1 ? { ...stage, name } : stage)),
  };
  const validation = validatePlan(candidateFromDraft(renamed, language));
  if (validation.ok) return undefined;
  return fieldMessages(validation.errors, renamed, words).get(stageNameKey(renamed.stages[1].id));
}

test.each<[string, Language, string]>([
  ['Leads\uFFFF', 'en', 'This name contains U+FFFF, which a sheet cannot hold or show; remove it.'],
  [
    '\u200B\u200B',
    'en',
    'This name shows nothing (only spaces or invisible characters); type a name people can see.',
  ],
  ['😀'.repeat(61), 'en', 'This name is 61 characters long; shorten it to at most 60.'],
  ['', 'en', 'Give this stage a name of 1 to 60 characters.'],
  ['线索\u0007', 'zh-CN', '此名称包含 U+0007，工作表无法保存或显示；请删除它。'],
  ['\u2060', 'zh-TW', '此名稱看不見（只有空格或不可見字元）；請輸入看得見的名稱。'],
])('%j in %s: %s', (name, language, message) => {
  expect(messageForName(name, language)).toBe(message);
});

test('60 emoji are a valid name in the form too', () => {
  expect(messageForName('😀'.repeat(60), 'en')).toBeUndefined();
  expect(messageForName('👨‍👩‍👧‍👦'.repeat(60), 'en')).toBeUndefined();
});
