/**
 * The fake Apps Script services, ready to hand to the built bundle:
 *
 *   const fake = createFakeAppsScript();
 *   const runtime = loadBundle(fake.globals);
 *   runtime.call('buildGoalCalculator', plan);
 *   fake.log.documentCalls; fake.spreadsheet.getSheetByName('Goal Calculator')
 *
 * Races and failures: `fake.log.intercept('Range.setValues', () => { throw ... })` fails a
 * call as a service time-out would; `fake.documentLock` and `fake.anotherExecution()` make
 * another build hold or contend for LockService's document lock.
 *
 * No jest API inside: the local preview uses the same fake from Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../bundle';
import { CallLog, counted } from './callLog';
import { FakeConditionalFormatRuleBuilder, ruleBuilderMethods } from './conditionalRules';
import { dataValidationBuilderMethods, FakeDataValidationBuilder } from './dataValidation';
import { DocumentLockState, FakeLockService } from './lock';
import { FakePropertiesService } from './properties';
import { FakeSession } from './session';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeTextStyleBuilder, textStyleBuilderMethods } from './textStyle';
import { createFakeUi, FakeHtmlService, type FakeUi, type HtmlFileReader } from './ui';

export { CallLog } from './callLog';
export { FakeEmbeddedChart } from './charts';
export { type FakeCriteria, FakeDataValidation } from './dataValidation';
export { DocumentLockState, FakeLockService, LOCK_TIMEOUT_MESSAGE } from './lock';
export { FakeRange, FakeSheet, FakeSpreadsheet } from './spreadsheet';
export { FakeUi } from './ui';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const spreadsheetAppMethods = [
  'getActiveSpreadsheet',
  'getActive',
  'getActiveSheet',
  'getUi',
  'flush',
  'newConditionalFormatRule',
  'newDataValidation',
  'newTextStyle',
] as const;

export class FakeSpreadsheetApp
  implements Pick<SpreadsheetApp, (typeof spreadsheetAppMethods)[number]>
{
  constructor(
    private readonly log: CallLog,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {}

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.spreadsheet.asSpreadsheet();
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.spreadsheet.asSpreadsheet();
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.spreadsheet.getActiveSheet();
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui as unknown as GoogleAppsScript.Base.Ui;
  }

  flush(): void {}

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    const builder = new FakeConditionalFormatRuleBuilder(this.log);
    return counted(this.log, 'ConditionalFormatRuleBuilder', builder, ruleBuilderMethods, {
      builder: true,
    }) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }

  newTextStyle(): GoogleAppsScript.Spreadsheet.TextStyleBuilder {
    return counted(
      this.log,
      'TextStyleBuilder',
      new FakeTextStyleBuilder(),
      textStyleBuilderMethods,
      {
        builder: true,
      },
    ) as unknown as GoogleAppsScript.Spreadsheet.TextStyleBuilder;
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    const builder = new FakeDataValidationBuilder(this.log);
    return counted(this.log, 'DataValidationBuilder', builder, dataValidationBuilderMethods, {
      builder: true,
    }) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
}

export interface FakeAppsScriptOptions {
  /** Names of the sheets the spreadsheet starts with (default: one "Sheet1"). */
  readonly sheetNames?: readonly string[];
  /** The spreadsheet's locale as Sheets reports it (default "en_US"). */
  readonly locale?: string;
  /** Where HtmlService.createHtmlOutputFromFile reads "<name>.html" (default: dist/). */
  readonly readHtmlFile?: HtmlFileReader;
  /** The user's language as Session reports it (default "en"). */
  readonly userLocale?: string;
}

export interface FakeAppsScript {
  readonly log: CallLog;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly SpreadsheetApp: FakeSpreadsheetApp;
  readonly HtmlService: FakeHtmlService;
  readonly PropertiesService: FakePropertiesService;
  readonly LockService: FakeLockService;
  readonly Session: FakeSession;
  /** Who holds the document lock, shared with every other execution of this spreadsheet. */
  readonly documentLock: DocumentLockState;
  /** The services as globals, for loadBundle(globals) or a node:vm context. */
  readonly globals: Record<FakeServiceName, unknown>;
  /**
   * The globals of a second execution on the same document (another user's build at the
   * same time): the same spreadsheet, properties and call log, its own LockService.
   */
  anotherExecution(): Record<FakeServiceName, unknown>;
}

type FakeServiceName =
  | 'SpreadsheetApp'
  | 'HtmlService'
  | 'PropertiesService'
  | 'LockService'
  | 'Session';

const distHtml: HtmlFileReader = (filename) =>
  readFileSync(join(distDir, filename.endsWith('.html') ? filename : `${filename}.html`), 'utf8');

export function createFakeAppsScript(options: FakeAppsScriptOptions = {}): FakeAppsScript {
  const log = new CallLog();
  const spreadsheet = FakeSpreadsheet.create(
    log,
    'Untitled spreadsheet',
    options.sheetNames ?? ['Sheet1'],
    options.locale,
  );
  const ui = createFakeUi(log);
  const spreadsheetApp = counted(
    log,
    'SpreadsheetApp',
    new FakeSpreadsheetApp(log, spreadsheet, ui),
    spreadsheetAppMethods,
    { builderMethods: ['newConditionalFormatRule', 'newDataValidation', 'newTextStyle'] },
  );
  const htmlService = FakeHtmlService.create(log, options.readHtmlFile ?? distHtml);
  const propertiesService = FakePropertiesService.create(log);
  const documentLock = new DocumentLockState();
  const lockService = FakeLockService.create(log, documentLock);
  const session = FakeSession.create(log, options.userLocale ?? 'en');
  const shared = {
    SpreadsheetApp: spreadsheetApp,
    HtmlService: htmlService,
    PropertiesService: propertiesService,
    Session: session,
  };
  return {
    log,
    spreadsheet,
    ui,
    ...shared,
    LockService: lockService,
    Session: session,
    documentLock,
    globals: { ...shared, LockService: lockService },
    anotherExecution: () => ({ ...shared, LockService: FakeLockService.create(log, documentLock) }),
  };
}
