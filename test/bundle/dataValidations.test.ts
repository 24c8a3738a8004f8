/**
 * Data validations written by Apps Script-shaped code in a node:vm with only the fake
 * services: the pushed dist/server.js building goal calculators, and the layout writer
 * bundled exactly as the pushed file is (esbuild IIFE, ES2020, platform neutral, minified)
 * writing a layout with every kind of rule. Dates are built inside the vm, as Apps Script
 * builds them, and every rule goes out in one setDataValidations call.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { WrittenSheet } from '../../src/gas/writeLayout';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import type { SheetLayout } from '../../src/layout/types';
import { loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript, type FakeAppsScript } from '../../src/preview/fake';
import { planWithStages } from '../support/plans';
import { validatedInputs, validatedLayout } from '../support/validatedLayout';

const repoRoot = join(__dirname, '..', '..');

/** The writer alone, bundled with the options of scripts/generate/serverBundle.mjs. */
function bundleWriter(directory: string): void {
  const result = esbuild.buildSync({
    entryPoints: [join(repoRoot, 'src', 'gas', 'writeLayout.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'LayoutWriter',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  writeFileSync(join(directory, 'writer.js'), result.outputFiles[0].text);
}

let writerDir: string;
beforeAll(() => {
  writerDir = mkdtempSync(join(tmpdir(), 'funnelmath-writer-bundle-'));
  bundleWriter(writerDir);
});
afterAll(() => rmSync(writerDir, { recursive: true, force: true }));

function writeInVm(layout: SheetLayout) {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals, writerDir);
  const writer = runtime.global.LayoutWriter as {
    writeLayout(spreadsheet: unknown, layout: SheetLayout): WrittenSheet;
  };
  fake.log.reset();
  const { name } = writer.writeLayout(fake.SpreadsheetApp.getActiveSpreadsheet(), layout);
  const calls = { document: fake.log.documentCalls, byName: fake.log.countsByName() };
  const sheet = fake.spreadsheet.findSheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return { fake, sheet, calls, forbidden: runtime.forbiddenAccesses };
}

/** Every cell of a written sheet that holds a rule: A1 -> help text. */
function rulesOn(fake: FakeAppsScript, sheetName: string, rows: number, columns: number) {
  const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rules = new Map<string, string>();
  sheet
    .getRange(1, 1, rows, columns)
    .getDataValidations()
    .forEach((row, rowIndex) => {
      row.forEach((rule, columnIndex) => {
        if (rule) rules.set(`${rowIndex},${columnIndex}`, rule.getHelpText());
      });
    });
  return rules;
}

describe('the layout writer bundled as the pushed file, in node:vm', () => {
  it('writes every rule with dates built in the vm, each enforced on entry', () => {
    const { sheet, forbidden } = writeInVm(validatedLayout());
    expect(forbidden).toEqual([]);
    for (const input of validatedInputs) {
      const rule = sheet.getRange(input.a1).getDataValidation();
      expect([input.a1, rule?.getHelpText(), rule?.getAllowInvalid()]).toEqual([
        input.a1,
        input.validation.help,
        false,
      ]);
      expect([input.a1, sheet.rangeAt(input.a1).typeIn(input.rejected[0])]).toEqual([
        input.a1,
        input.validation.help,
      ]);
      expect([input.a1, sheet.rangeAt(input.a1).typeIn(input.accepted[0])]).toEqual([
        input.a1,
        null,
      ]);
    }
    const start = sheet.getRange('B11').getDataValidation()?.getCriteriaValues() ?? [];
    expect(
      start.map((day: Date) => [day.getFullYear(), day.getMonth() + 1, day.getDate()]),
    ).toEqual([
      [2000, 1, 1],
      [2099, 12, 1],
    ]);
  });

  it('costs the same document calls for 1 validated cell as for 13', () => {
    const one = writeInVm(validatedLayout(validatedInputs.slice(0, 1))).calls;
    const all = writeInVm(validatedLayout()).calls;
    expect(all.byName['Range.setDataValidations']).toBe(1);
    expect(all.document).toBe(one.document);
  });
});

describe('dist/server.js building goal calculators', () => {
  function build(stageCount: number) {
    const fake = createFakeAppsScript();
    const runtime = loadBundle(fake.globals);
    fake.log.reset();
    const plan = planWithStages(stageCount);
    const name = runtime.call('buildGoalCalculator', plan) as string;
    return {
      fake,
      name,
      documentCalls: fake.log.documentCalls,
      layout: goalCalculatorLayout(plan),
    };
  }

  it('gives the sheet exactly the rules its layout asks for, with the same calls for 3 and 10 stages', () => {
    const small = build(3);
    const large = build(10);
    expect(large.documentCalls).toBe(small.documentCalls);
    expect(small.documentCalls).toBeLessThanOrEqual(20);
    for (const { fake, name, layout } of [small, large]) {
      const wanted = new Map<string, string>();
      layout.cells.forEach((row, rowIndex) => {
        row.forEach((cell, columnIndex) => {
          if (cell?.validation) wanted.set(`${rowIndex},${columnIndex}`, cell.validation.help);
        });
      });
      expect(rulesOn(fake, name, layout.cells.length, layout.cells[0].length)).toEqual(wanted);
    }
  });
});
