/**
 * Fakes of the UI services: SpreadsheetApp.getUi() (menus, sidebars, dialogs, alerts) and
 * HtmlService. They record what the add-on showed, so a test can read the menu it built or
 * the sidebar's HTML. Typed with Pick<> of the real interfaces, counted like the rest.
 */
import { type CallLog, counted } from './callLog';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlService = GoogleAppsScript.HTML.HtmlService;

const uiMethods = [
  'alert',
  'createAddonMenu',
  'createMenu',
  'showSidebar',
  'showModalDialog',
] as const;
const menuMethods = ['addItem', 'addSeparator', 'addToUi'] as const;
const htmlOutputMethods = [
  'append',
  'getContent',
  'getTitle',
  'setTitle',
  'setWidth',
  'setHeight',
  'addMetaTag',
] as const;
const htmlServiceMethods = ['createHtmlOutput', 'createHtmlOutputFromFile'] as const;

export interface MenuEntry {
  readonly caption: string;
  /** The top-level function the entry runs; null for a separator. */
  readonly functionName: string | null;
}

export interface ShownDialog {
  readonly kind: 'sidebar' | 'modal';
  readonly title: string;
  readonly html: string;
}

export class FakeMenu implements Pick<Menu, (typeof menuMethods)[number]> {
  readonly entries: MenuEntry[] = [];

  constructor(
    readonly caption: string,
    private readonly ui: FakeUi,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    this.entries.push({ caption, functionName });
    return this as unknown as Menu;
  }

  addSeparator(): Menu {
    this.entries.push({ caption: '', functionName: null });
    return this as unknown as Menu;
  }

  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export class FakeUi implements Pick<Ui, (typeof uiMethods)[number]> {
  readonly Button = Button as unknown as Ui['Button'];
  readonly ButtonSet = ButtonSet as unknown as Ui['ButtonSet'];
  /** Menus added to the UI, in order. */
  readonly menus: FakeMenu[] = [];
  readonly dialogs: ShownDialog[] = [];
  readonly alerts: string[] = [];

  constructor(private readonly log: CallLog) {}

  alert(...texts: unknown[]): GoogleAppsScript.Base.Button {
    const strings = texts.filter(
      (text): text is string => typeof text === 'string' && !(text in ButtonSet),
    );
    this.alerts.push(strings.join('\n'));
    return Button.OK as unknown as GoogleAppsScript.Base.Button;
  }

  createAddonMenu(): Menu {
    return counted(this.log, 'Menu', new FakeMenu('Add-on', this), menuMethods) as unknown as Menu;
  }

  createMenu(caption: string): Menu {
    return counted(this.log, 'Menu', new FakeMenu(caption, this), menuMethods) as unknown as Menu;
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.dialogs.push({
      kind: 'sidebar',
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
    });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.dialogs.push({ kind: 'modal', title, html: userInterface.getContent() });
  }
}

export class FakeHtmlOutput implements Pick<HtmlOutput, (typeof htmlOutputMethods)[number]> {
  private title = '';
  readonly size = { width: 300, height: 0 };
  readonly metaTags: Record<string, string> = {};

  constructor(private html: string) {}

  /** Adds content after the page's own, as Apps Script's HtmlOutput.append does. */
  append(addedContent: string): HtmlOutput {
    this.html += addedContent;
    return this as unknown as HtmlOutput;
  }

  getContent(): string {
    return this.html;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this as unknown as HtmlOutput;
  }

  setWidth(width: number): HtmlOutput {
    this.size.width = width;
    return this as unknown as HtmlOutput;
  }

  setHeight(height: number): HtmlOutput {
    this.size.height = height;
    return this as unknown as HtmlOutput;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags[name] = content;
    return this as unknown as HtmlOutput;
  }
}

/** Reads a project HTML file by the name Apps Script uses (e.g. "sidebar" for sidebar.html). */
export type HtmlFileReader = (filename: string) => string;

export class FakeHtmlService implements Pick<HtmlService, (typeof htmlServiceMethods)[number]> {
  readonly SandboxMode = {
    IFRAME: 'IFRAME',
    NATIVE: 'NATIVE',
    EMULATED: 'EMULATED',
  } as unknown as HtmlService['SandboxMode'];
  readonly XFrameOptionsMode = {
    ALLOWALL: 'ALLOWALL',
    DEFAULT: 'DEFAULT',
  } as unknown as HtmlService['XFrameOptionsMode'];

  constructor(
    private readonly log: CallLog,
    private readonly readFile: HtmlFileReader,
  ) {}

  createHtmlOutput(html?: unknown): HtmlOutput {
    return this.output(typeof html === 'string' ? html : '');
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return this.output(this.readFile(filename));
  }

  private output(html: string): HtmlOutput {
    return counted(
      this.log,
      'HtmlOutput',
      new FakeHtmlOutput(html),
      htmlOutputMethods,
    ) as unknown as HtmlOutput;
  }

  static create(log: CallLog, readFile: HtmlFileReader): FakeHtmlService {
    return counted(log, 'HtmlService', new FakeHtmlService(log, readFile), htmlServiceMethods);
  }
}

export function createFakeUi(log: CallLog): FakeUi {
  return counted(log, 'Ui', new FakeUi(log), uiMethods);
}
