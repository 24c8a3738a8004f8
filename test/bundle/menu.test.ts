/**
 * onOpen and onInstall in the pushed bundle build the add-on menu with createAddonMenu(),
 * in the spreadsheet's language where they may read it (AuthMode.LIMITED or FULL) and in
 * the user's (Session.getActiveUserLocale(), which needs no authorisation) in
 * AuthMode.NONE, where they touch nothing else; and every menu item runs a generated
 * top-level function.
 */
import type { Language } from '../../src/funnel/types';
import { menuItems } from '../../src/gas/menu';
import { loadBundle } from '../../src/preview/bundle';
import { declarationOf } from './declarations';

interface MenuRecord {
  readonly items: { caption: string; functionName: string }[];
  addedToUi: number;
}

/** A Menu typed against @types/google-apps-script, recording what the add-on adds. */
function recordingMenu(record: MenuRecord): GoogleAppsScript.Base.Menu {
  const menu: GoogleAppsScript.Base.Menu = {
    addItem(caption, functionName) {
      record.items.push({ caption, functionName });
      return menu;
    },
    addSeparator: () => menu,
    addSubMenu: () => menu,
    addToUi() {
      record.addedToUi += 1;
    },
  };
  return menu;
}

/**
 * A SpreadsheetApp that offers getUi() and its createAddonMenu(), and the active
 * spreadsheet's locale when `spreadsheetLocale` is given: any other use (as reading the
 * spreadsheet in AuthMode.NONE, where it is not allowed) is recorded and throws.
 */
function uiOnlySpreadsheetApp(record: MenuRecord, otherUses: string[], spreadsheetLocale?: string) {
  const refuse = (what: string) => {
    otherUses.push(what);
    throw new Error(`${what} is not allowed in onOpen`);
  };
  const ui: Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu'> = {
    createAddonMenu: () => recordingMenu(record),
  };
  const spreadsheet: Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getSpreadsheetLocale'> = {
    getSpreadsheetLocale: () => spreadsheetLocale ?? refuse('Spreadsheet.getSpreadsheetLocale'),
  };
  const app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getUi' | 'getActiveSpreadsheet'> = {
    getUi: () =>
      new Proxy(ui, {
        get: (target, key) =>
          key === 'createAddonMenu' ? target.createAddonMenu : refuse(`Ui.${String(key)}`),
      }) as GoogleAppsScript.Base.Ui,
    getActiveSpreadsheet: () => spreadsheet as GoogleAppsScript.Spreadsheet.Spreadsheet,
  };
  return new Proxy(app, {
    get: (target, key) => {
      if (key === 'getUi') return target.getUi;
      if (key === 'getActiveSpreadsheet' && spreadsheetLocale !== undefined)
        return target.getActiveSpreadsheet;
      return refuse(`SpreadsheetApp.${String(key)}`);
    },
  });
}

/** Session with the user's locale only (null: the read fails). */
function sessionWith(
  userLocale: string | null,
): Pick<GoogleAppsScript.Base.Session, 'getActiveUserLocale'> {
  return {
    getActiveUserLocale: () => {
      if (userLocale === null) throw new Error('no locale here');
      return userLocale;
    },
  };
}

interface OpenCase {
  readonly trigger: 'onOpen' | 'onInstall';
  readonly authMode: 'NONE' | 'LIMITED' | 'FULL';
  readonly userLocale: string | null;
  /** The spreadsheet's locale, readable in LIMITED and FULL only. */
  readonly spreadsheetLocale?: string;
  readonly language: Language;
}

const cases: readonly OpenCase[] = [
  { trigger: 'onOpen', authMode: 'NONE', userLocale: 'en', language: 'en' },
  { trigger: 'onOpen', authMode: 'NONE', userLocale: 'zh-TW', language: 'zh-TW' },
  { trigger: 'onOpen', authMode: 'NONE', userLocale: 'zh_CN', language: 'zh-CN' },
  // The user's locale cannot be read: English, and the menu still appears.
  { trigger: 'onOpen', authMode: 'NONE', userLocale: null, language: 'en' },
  // Where the spreadsheet may be read, its language wins over the user's.
  {
    trigger: 'onOpen',
    authMode: 'LIMITED',
    userLocale: 'en',
    spreadsheetLocale: 'zh_CN',
    language: 'zh-CN',
  },
  {
    trigger: 'onInstall',
    authMode: 'FULL',
    userLocale: 'en',
    spreadsheetLocale: 'zh_HK',
    language: 'zh-TW',
  },
  {
    trigger: 'onOpen',
    authMode: 'LIMITED',
    userLocale: 'zh-TW',
    spreadsheetLocale: 'en_GB',
    language: 'en',
  },
];

describe.each(cases)(
  '$trigger in AuthMode.$authMode, user $userLocale, spreadsheet $spreadsheetLocale',
  (open) => {
    const record: MenuRecord = { items: [], addedToUi: 0 };
    const otherUses: string[] = [];
    const runtime = loadBundle({
      SpreadsheetApp: uiOnlySpreadsheetApp(record, otherUses, open.spreadsheetLocale),
      Session: sessionWith(open.userLocale),
    });
    runtime.call(open.trigger, { authMode: open.authMode });

    test(`adds the add-on menu once, every item in order, in ${open.language}`, () => {
      expect(record.addedToUi).toBe(1);
      expect(record.items).toEqual(
        menuItems.map((item) => ({
          caption: item.label[open.language],
          functionName: item.handler,
        })),
      );
    });

    test('touches nothing but the UI and the locales, and no other service', () => {
      expect(otherUses).toEqual([]);
      expect(runtime.forbiddenAccesses).toEqual([]);
    });
  },
);

test('every menu item has a caption in every language, and no two items share one', () => {
  const languages: readonly Language[] = ['en', 'zh-CN', 'zh-TW'];
  for (const language of languages) {
    const captions = menuItems.map((item) => item.label[language]);
    expect(captions.every((caption) => caption.trim().length > 0)).toBe(true);
    expect(new Set(captions).size).toBe(captions.length);
  }
});

describe('menu handlers', () => {
  const runtime = loadBundle();

  test('every item runs a generated top-level function forwarding to serverApi', () => {
    expect(menuItems.length).toBeGreaterThan(0);
    for (const { handler } of menuItems) {
      expect(declarationOf(runtime, handler).parameters).toHaveLength(1);
      expect(String(runtime.global[handler])).toContain(`FunnelMath.serverApi.${handler}(`);
    }
  });

  test('every serverApi key is a top-level function of the pushed code', () => {
    const serverApi = (runtime.global.FunnelMath as { serverApi: Record<string, unknown> })
      .serverApi;
    for (const key of Object.keys(serverApi)) {
      expect(declarationOf(runtime, key).parameters).toHaveLength(1);
    }
  });

  test('onOpen and onInstall are top-level functions taking the event', () => {
    expect(declarationOf(runtime, 'onOpen').parameters).toEqual(['e']);
    expect(declarationOf(runtime, 'onInstall').parameters).toEqual(['e']);
  });
});
