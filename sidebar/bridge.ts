/**
 * A typed promise bridge over `google.script.run`. Names and argument types come from the
 * server's `ServerApi`, so calling a misspelt or removed entry point, or passing the wrong
 * arguments, fails the type check. In Sheets the runner is Google's; in the local preview
 * it is a shim that POSTs the same calls to the preview server.
 */
import type { ServerApi } from '../src/gas/api';

type EntryPoint = keyof ServerApi;
type Args<Name extends EntryPoint> = Parameters<ServerApi[Name]>;
type Result<Name extends EntryPoint> = Awaited<ReturnType<ServerApi[Name]>>;

/** The part of the client-side `google.script.run` API the bridge uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [entryPoint: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRunner } };
  }
}

export type Server = { [Name in EntryPoint]: (...args: Args<Name>) => Promise<Result<Name>> };

/** `connect(runner).buildGoalCalculator(plan)` resolves with the server's return value. */
export function connect(runner: ScriptRunner): Server {
  return new Proxy({} as Server, {
    get:
      (_target, name) =>
      (...args: unknown[]) =>
        run(runner, String(name), args),
  });
}

function run(runner: ScriptRunner, name: string, args: readonly unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const bound = runner
      .withSuccessHandler(resolve)
      .withFailureHandler((error) => reject(asError(error)));
    const entryPoint = bound[name];
    if (typeof entryPoint !== 'function') {
      reject(new Error(`google.script.run has no entry point ${name}`));
      return;
    }
    entryPoint.apply(bound, args);
  });
}

/** The runner of the page: Google's inside Sheets, the preview's shim on localhost. */
export function pageRunner(): ScriptRunner {
  const runner = window.google?.script?.run;
  if (!runner) throw new Error('google.script.run is not available on this page');
  return runner;
}

/** Apps Script hands failures over as Error-like objects; keep their message in words. */
function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return new Error(String((error as { message: unknown }).message));
  }
  return new Error(String(error));
}
