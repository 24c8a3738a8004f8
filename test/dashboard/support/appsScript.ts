/**
 * The fake Apps Script services plus the one Spreadsheet method the dashboard needs that
 * the shared fake lacks: getSpreadsheetLocale, answered from `locale` and counted in the
 * same call log as every other service call, so the batching budget stays honest.
 */
import { createFakeAppsScript, type FakeAppsScript, type FakeAppsScriptOptions } from '../../fake';

export function fakeWithLocale(
  locale = 'en_US',
  options: FakeAppsScriptOptions = {},
): FakeAppsScript {
  const fake = createFakeAppsScript(options);
  const withLocale = (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
    new Proxy(spreadsheet, {
      get(target, name, receiver) {
        if (name === 'getSpreadsheetLocale') {
          return () => {
            fake.log.record({ name: 'Spreadsheet.getSpreadsheetLocale', builder: false });
            return locale;
          };
        }
        const member = Reflect.get(target, name, receiver);
        return typeof member === 'function' ? member.bind(target) : member;
      },
    });
  const spreadsheetApp = new Proxy(fake.SpreadsheetApp, {
    get(target, name, receiver) {
      const member = Reflect.get(target, name, receiver);
      if (name === 'getActiveSpreadsheet' || name === 'getActive') {
        return () => withLocale(member.call(target));
      }
      return typeof member === 'function' ? member.bind(target) : member;
    },
  });
  return {
    ...fake,
    SpreadsheetApp: spreadsheetApp,
    globals: { ...fake.globals, SpreadsheetApp: spreadsheetApp },
  };
}
