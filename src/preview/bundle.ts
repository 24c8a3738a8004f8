/**
 * Loads the pushed server code (every `dist/*.js`, as `npm run build` leaves it) into a
 * fresh node:vm context that has only Apps Script-like globals: no require, module, exports
 * or process. This is the file Apps Script would run, not the TypeScript around it.
 *
 * Every Apps Script service the add-on might reach for is, by default, a stand-in that
 * throws on any access (`forbiddenService`), so using one by accident fails loudly. Pass a
 * fake in `globals` to allow it, e.g. `loadBundle({ SpreadsheetApp: fakeSpreadsheetApp })`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const distDir = join(__dirname, '..', '..', 'dist');

/** The Apps Script services (global objects) the forbidding stand-ins cover. */
export const appsScriptServices = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'UrlFetchApp',
  'DriveApp',
  'DocumentApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'ContentService',
  'Browser',
  'Charts',
] as const;

export type AppsScriptService = (typeof appsScriptServices)[number];

/** Thrown when code touches a service the test did not provide. */
export class ForbiddenServiceError extends Error {}

/**
 * A service stand-in that throws on any property read, write or call, and notes the access
 * in `accesses` too (so a use is seen even if some code catches the exception).
 */
export function forbiddenService(name: string, accesses: string[] = []): object {
  const refuse = (what: string): never => {
    accesses.push(`${name}: ${what}`);
    throw new ForbiddenServiceError(`${name} was used (${what}) where no service is allowed`);
  };
  return new Proxy(() => undefined, {
    get: (_target, property) => refuse(`read ${String(property)}`),
    set: (_target, property) => refuse(`write ${String(property)}`),
    has: (_target, property) => refuse(`check ${String(property)}`),
    apply: () => refuse('call'),
    construct: () => refuse('new'),
    ownKeys: () => refuse('list keys'),
    getOwnPropertyDescriptor: (_target, property) => refuse(`describe ${String(property)}`),
  });
}

export interface AppsScriptRuntime {
  /** The context's global object: each top-level function of the pushed files is on it. */
  readonly global: Record<string, unknown>;
  /** The pushed .js files in load order, by file name. */
  readonly sources: ReadonlyMap<string, string>;
  /** Calls a top-level function by name, as Apps Script does for a trigger or custom function. */
  call(name: string, ...args: unknown[]): unknown;
  /** True when `name` is a top-level function of the pushed code. */
  hasFunction(name: string): boolean;
  /** Every access to a service the test did not provide, e.g. "SpreadsheetApp: read getUi". */
  readonly forbiddenAccesses: readonly string[];
}

/** The pushed .js files of dist/, in the order Apps Script would load them (by name). */
export function pushedScripts(directory = distDir): Map<string, string> {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.js'))
    .sort();
  if (files.length === 0) throw new Error(`no .js files in ${directory}: run npm run build`);
  return new Map(files.map((file) => [file, readFileSync(join(directory, file), 'utf8')]));
}

/** Runs the pushed files in a fresh context with the given globals layered over the defaults. */
export function loadBundle(
  globals: Partial<Record<AppsScriptService, unknown>> & Record<string, unknown> = {},
  directory = distDir,
): AppsScriptRuntime {
  const defaults: Record<string, unknown> = {
    console: { log() {}, info() {}, warn() {}, error() {} },
    Logger: { log() {} },
  };
  const forbiddenAccesses: string[] = [];
  for (const service of appsScriptServices) {
    defaults[service] = forbiddenService(service, forbiddenAccesses);
  }
  const context = vm.createContext({ ...defaults, ...globals });
  const sources = pushedScripts(directory);
  for (const [file, source] of sources) vm.runInContext(source, context, { filename: file });
  const global = context as Record<string, unknown>;
  const hasFunction = (name: string) => typeof global[name] === 'function';
  return {
    global,
    sources,
    hasFunction,
    forbiddenAccesses,
    call(name, ...args) {
      const target = global[name];
      if (typeof target !== 'function') throw new Error(`${name} is not a top-level function`);
      return target(...args);
    },
  };
}
