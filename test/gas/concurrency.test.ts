/**
 * Two builds at once, and a build that fails half-way (issue 10, "Apps Script writer"):
 * the built bundle against the fake, whose document lock is shared by every execution of
 * the spreadsheet and whose calls a test can make fail or race at a chosen moment.
 */
import type { Language } from '../../src/funnel/types';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import { loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript, type FakeAppsScript } from '../../src/preview/fake';
import { examplePlan } from '../support/plans';

const TIMEOUT =
  'Service Spreadsheets timed out while accessing document with id fake-spreadsheet-id.';

function sheetNames(fake: FakeAppsScript): string[] {
  return fake.spreadsheet.getSheets().map((sheet) => sheet.getName());
}

function failureOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to fail');
}

/** Makes the first call named `name` throw `message`, as a service time-out does. */
function failOnce(fake: FakeAppsScript, name: string, message = TIMEOUT): void {
  const remove = fake.log.intercept(name, () => {
    remove();
    throw new Error(message);
  });
}

describe('builds take the document lock', () => {
  it('a build takes it, waits at most 20 s for it and gives it back: 3 lock calls', () => {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    fake.log.reset();
    runtime.call('buildGoalCalculator', examplePlan);
    expect(fake.log.lockCalls).toBe(3);
    expect(fake.log.countsByName()).toMatchObject({
      'LockService.getDocumentLock': 1,
      'Lock.tryLock': 1,
      'Lock.releaseLock': 1,
    });
    // The writes are applied (flush) before the next build may take the lock.
    const names = fake.log.calls.map((call) => call.name);
    expect(names.indexOf('SpreadsheetApp.flush')).toBeLessThan(names.indexOf('Lock.releaseLock'));
    expect(names.indexOf('Lock.tryLock')).toBeLessThan(names.indexOf('Spreadsheet.insertSheet'));
    expect(fake.documentLock.holder).toBeNull();
  });

  it('waits for another user who holds the lock for 5 s, then builds', () => {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    fake.documentLock.holdAsOtherUser(5_000);
    expect(runtime.call('buildGoalCalculator', examplePlan)).toBe('Goal Calculator');
    expect(fake.documentLock.nowMs).toBe(5_000);
    expect(fake.documentLock.contentions).toBe(1);
    expect(fake.documentLock.holder).toBeNull();
  });

  it.each<[Language, RegExp]>([
    ['en', /^another FunnelMath build is running in this spreadsheet, so nothing was written\./],
    ['zh-CN', /^此电子表格中另一个 FunnelMath 构建正在进行，因此未写入任何内容。/],
    ['zh-TW', /^此試算表中另一個 FunnelMath 建立作業正在進行，因此未寫入任何內容。/],
  ])('gives up after 20 s of another build, writes nothing and says so in %s', (language, said) => {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    fake.documentLock.holdAsOtherUser(60_000);
    const message = failureOf(() =>
      runtime.call('buildGoalCalculator', { ...examplePlan, language }),
    );
    expect(message).toMatch(said);
    expect(fake.documentLock.nowMs).toBe(20_000);
    expect(sheetNames(fake)).toEqual(['Sheet1']);
    // The lock still belongs to the other build: this one never took it.
    expect(fake.documentLock.holder).toEqual({ otherUser: true });
  });

  it('two executions at once: the second, started mid-write, waits out and writes nothing; its retry gets "(2)"', () => {
    const fake = createFakeAppsScript();
    const first = loadBundle(fake.globals);
    const second = loadBundle(fake.anotherExecution());
    let secondFailure = '';
    const remove = fake.log.intercept('Range.setValues', () => {
      remove();
      secondFailure = failureOf(() => second.call('buildGoalCalculator', examplePlan));
    });
    expect(first.call('buildGoalCalculator', examplePlan)).toBe('Goal Calculator');
    expect(secondFailure).toMatch(/^another FunnelMath build is running/);
    expect(sheetNames(fake)).toEqual(['Sheet1', 'Goal Calculator']);
    expect(second.call('buildGoalCalculator', examplePlan)).toBe('Goal Calculator (2)');
    expect(fake.documentLock.holder).toBeNull();
  });
});

describe('a sheet created by someone else between getSheetByName and insertSheet', () => {
  it('takes the next free name instead of failing, and leaves their sheet alone', () => {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    const remove = fake.log.intercept('Spreadsheet.insertSheet', (args) => {
      remove();
      // Another user (not a FunnelMath build, so not behind the lock) creates the sheet now.
      fake.spreadsheet.addSheet(String(args[0])).rangeAt('A1').setValue('theirs');
    });
    expect(runtime.call('buildGoalCalculator', examplePlan)).toBe('Goal Calculator (2)');
    expect(sheetNames(fake)).toEqual(['Sheet1', 'Goal Calculator', 'Goal Calculator (2)']);
    expect(
      fake.spreadsheet.getSheetByName('Goal Calculator')?.getRange('A1:C3').getValues(),
    ).toEqual([
      ['theirs', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('keeps racing while names are taken, and gives up with Sheets’ reason after 5 tries', () => {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    const remove = fake.log.intercept('Spreadsheet.insertSheet', (args) => {
      fake.spreadsheet.addSheet(String(args[0]));
    });
    expect(failureOf(() => runtime.call('buildGoalCalculator', examplePlan))).toBe(
      'A sheet with the name "Goal Calculator (5)" already exists. Please enter another name.',
    );
    remove();
    expect(fake.documentLock.holder).toBeNull();
  });
});

describe('a failure mid-write removes the half-written sheet and says so', () => {
  it.each<[Language, string]>([
    [
      'en',
      `writing the sheet “Goal Calculator” failed (${TIMEOUT}). The half-written sheet was removed and nothing else changed. Try again.`,
    ],
    [
      'zh-CN',
      `写入工作表“目标计算器”失败（${TIMEOUT}）。已删除写了一半的工作表，其他内容未更改。请重试。`,
    ],
    [
      'zh-TW',
      `寫入工作表「目標計算器」失敗（${TIMEOUT}）。已刪除寫到一半的工作表，其他內容未變更。請再試一次。`,
    ],
  ])('a time-out in setBackgrounds, in %s; the retry gets the plain name', (language, said) => {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    const plan = { ...examplePlan, language };
    failOnce(fake, 'Range.setBackgrounds');
    expect(failureOf(() => runtime.call('buildGoalCalculator', plan))).toBe(said);
    expect(sheetNames(fake)).toEqual(['Sheet1']);
    expect(fake.documentLock.holder).toBeNull();
    const name = String(runtime.call('buildGoalCalculator', plan));
    expect(name).not.toMatch(/\(2\)/);
    expect(
      fake.spreadsheet
        .getSheetByName(name)
        ?.getRange(goalCalculatorCells(plan).stageNames)
        .getValues()
        .flat(),
    ).toEqual(plan.stages.map((stage) => stage.name));
  });

  it.each([
    'Range.setNumberFormats',
    'Range.setValues',
    'Range.setNotes',
    'Sheet.setColumnWidths',
    'Sheet.getRangeList',
    'Sheet.insertChart',
    'Sheet.setConditionalFormatRules',
  ])('wherever it happens: %s', (call) => {
    const fake = createFakeAppsScript({ sheetNames: ['Sheet1', 'Goal Calculator'] });
    const runtime = loadBundle(fake.globals);
    failOnce(fake, call);
    expect(failureOf(() => runtime.call('buildGoalCalculator', examplePlan))).toMatch(
      /^writing the sheet “Goal Calculator \(2\)” failed \(Service Spreadsheets timed out.*\)\. The half-written sheet was removed/,
    );
    expect(sheetNames(fake)).toEqual(['Sheet1', 'Goal Calculator']);
  });

  it('when the delete fails too, names the sheet to delete by hand', () => {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    failOnce(fake, 'Range.setValues');
    failOnce(fake, 'Spreadsheet.deleteSheet');
    expect(failureOf(() => runtime.call('buildGoalCalculator', examplePlan))).toBe(
      `writing the sheet “Goal Calculator” failed (${TIMEOUT}), and the half-written sheet could not be removed: delete “Goal Calculator” before trying again.`,
    );
    expect(sheetNames(fake)).toEqual(['Sheet1', 'Goal Calculator']);
    expect(fake.documentLock.holder).toBeNull();
  });

  it('the dashboards too, in the spreadsheet’s language', () => {
    const fake = createFakeAppsScript({ locale: 'zh_CN' });
    const runtime = loadBundle(fake.globals);
    failOnce(fake, 'Range.setTextStyles');
    expect(failureOf(() => runtime.call('insertKpiDashboardWithSample'))).toMatch(
      /^写入工作表“.+”失败（Service Spreadsheets timed out.*）。已删除写了一半的工作表/,
    );
    expect(sheetNames(fake)).toEqual(['Sheet1']);
    failOnce(fake, 'Range.setValues');
    expect(failureOf(() => runtime.call('insertKpiDashboard'))).toMatch(/已删除写了一半的工作表/);
    expect(sheetNames(fake)).toEqual(['Sheet1']);
  });
});
