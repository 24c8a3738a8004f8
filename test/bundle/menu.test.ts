/**
 * onOpen and onInstall in the pushed bundle build the add-on menu with createAddonMenu()
 * and touch nothing else (onOpen may run in AuthMode.NONE, where nothing else is allowed),
 * and every menu item runs a generated top-level function.
 */
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
 * A SpreadsheetApp that offers getUi() and its createAddonMenu() only: any other use (as in
 * AuthMode.NONE, where reading the spreadsheet is not allowed) is recorded and throws.
 */
function uiOnlySpreadsheetApp(record: MenuRecord, otherUses: string[]) {
  const refuse = (what: string) => {
    otherUses.push(what);
    throw new Error(`${what} is not allowed in onOpen`);
  };
  const ui: Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu'> = {
    createAddonMenu: () => recordingMenu(record),
  };
  const app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getUi'> = {
    getUi: () =>
      new Proxy(ui, {
        get: (target, key) =>
          key === 'createAddonMenu' ? target.createAddonMenu : refuse(`Ui.${String(key)}`),
      }) as GoogleAppsScript.Base.Ui,
  };
  return new Proxy(app, {
    get: (target, key) =>
      key === 'getUi' ? target.getUi : refuse(`SpreadsheetApp.${String(key)}`),
  });
}

describe.each(['onOpen', 'onInstall'])('%s', (trigger) => {
  const record: MenuRecord = { items: [], addedToUi: 0 };
  const otherUses: string[] = [];
  const runtime = loadBundle({ SpreadsheetApp: uiOnlySpreadsheetApp(record, otherUses) });
  runtime.call(trigger, { authMode: 'NONE' });

  test('adds the add-on menu once, with every item in order', () => {
    expect(record.addedToUi).toBe(1);
    expect(record.items).toEqual(
      menuItems.map((item) => ({ caption: item.label, functionName: item.handler })),
    );
  });

  test('touches nothing but the UI, and no other service', () => {
    expect(otherUses).toEqual([]);
    expect(runtime.forbiddenAccesses).toEqual([]);
  });
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
