import type { Language } from '../../src/funnel/types';
import { en, type Messages } from './en';
import { zhCN } from './zhCN';
import { zhTW } from './zhTW';

export type { Messages } from './en';

export const languages: readonly Language[] = ['en', 'zh-CN', 'zh-TW'];

const byLanguage: Readonly<Record<Language, Messages>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

export function messagesFor(language: Language): Messages {
  return byLanguage[language];
}
