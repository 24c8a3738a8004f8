/**
 * The Apps Script services the pushed server code uses are exactly those the fake models:
 * every other service stays a forbidding stand-in in loadBundle. LockService (the build
 * lock) and Session.getActiveUserLocale() (the menu's language in AuthMode.NONE) need no
 * OAuth scope, so the manifest keeps its two narrow scopes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appsScriptServices, distDir, loadBundle } from '../../src/preview/bundle';
import { createFakeAppsScript } from '../../src/preview/fake';
import { examplePlan } from '../support/plans';

const server = readFileSync(join(distDir, 'server.js'), 'utf8');

test('the server reaches for SpreadsheetApp, HtmlService, PropertiesService, LockService and Session only', () => {
  const used = appsScriptServices.filter((service) =>
    new RegExp(`\\b${service}\\s*\\.`).test(server),
  );
  expect(used.sort()).toEqual([
    'HtmlService',
    'LockService',
    'PropertiesService',
    'Session',
    'SpreadsheetApp',
  ]);
  expect(Object.keys(createFakeAppsScript().globals).sort()).toEqual(used.sort());
});

test('every build runs against the fake without touching a forbidden service', () => {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  runtime.call('buildGoalCalculator', examplePlan);
  runtime.call('saveLastPlan', examplePlan);
  runtime.call('insertKpiDashboard');
  runtime.call('insertKpiDashboardWithSample');
  expect(runtime.forbiddenAccesses).toEqual([]);
  expect(fake.log.lockCalls).toBe(9);
});

test('without a LockService the build fails loudly instead of writing unlocked', () => {
  const fake = createFakeAppsScript();
  const { LockService: _lock, ...withoutLock } = fake.globals;
  const runtime = loadBundle(withoutLock);
  expect(() => runtime.call('buildGoalCalculator', examplePlan)).toThrow(
    /LockService was used \(read getDocumentLock\)/,
  );
  expect(fake.spreadsheet.getSheets()).toHaveLength(1);
});

test('the manifest keeps exactly the two scopes: the lock needs none', () => {
  const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8'));
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ]);
});
