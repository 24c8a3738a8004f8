/**
 * A fake of Session: only the user's language, which the add-on's menu reads in
 * AuthMode.NONE (it needs no authorisation there, unlike the spreadsheet's locale).
 */
import { type CallLog, counted } from './callLog';

type Session = GoogleAppsScript.Base.Session;

const sessionMethods = ['getActiveUserLocale'] as const;

export class FakeSession implements Pick<Session, (typeof sessionMethods)[number]> {
  private constructor(private readonly userLocale: string) {}

  /** As Apps Script reports it: a language tag such as "en" or "zh-TW". */
  getActiveUserLocale(): string {
    return this.userLocale;
  }

  static create(log: CallLog, userLocale: string): FakeSession {
    return counted(log, 'Session', new FakeSession(userLocale), sessionMethods);
  }
}
