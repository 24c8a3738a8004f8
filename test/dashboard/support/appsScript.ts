/** The fake Apps Script services for a spreadsheet in `locale` (Sheets' form: "zh_TW"). */
import {
  createFakeAppsScript,
  type FakeAppsScript,
  type FakeAppsScriptOptions,
} from '../../../src/preview/fake';

export function fakeWithLocale(
  locale = 'en_US',
  options: FakeAppsScriptOptions = {},
): FakeAppsScript {
  return createFakeAppsScript({ ...options, locale });
}
