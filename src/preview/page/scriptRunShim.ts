/**
 * google.script.run for the local preview. Injected first into the served sidebar, it has
 * the shape of Google's client API (withSuccessHandler / withFailureHandler / any entry
 * point name) and POSTs each call to the preview server, which runs the entry point in the
 * built server bundle. The sidebar's own code is unchanged: it cannot tell the difference.
 */
import { changedMessage, paths, type RunResponse } from '../protocol';
import { callServer } from './request';

type Handler = (value: unknown) => void;

function runner(onSuccess?: Handler, onFailure?: Handler): object {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'withSuccessHandler')
          return (handler: Handler) => runner(handler, onFailure);
        if (property === 'withFailureHandler')
          return (handler: Handler) => runner(onSuccess, handler);
        if (typeof property !== 'string') return undefined;
        return (...args: unknown[]) => {
          call(property, args).then(
            (response) => {
              if (response.ok) onSuccess?.(response.value);
              else onFailure?.(new Error(response.error));
            },
            (error: unknown) =>
              onFailure?.(error instanceof Error ? error : new Error(String(error))),
          );
        };
      },
    },
  );
}

async function call(entryPoint: string, args: unknown[]): Promise<RunResponse> {
  const answer = await callServer<RunResponse>(`${paths.run}${encodeURIComponent(entryPoint)}`, {
    args,
  });
  // The grid beside the sidebar re-reads the spreadsheet after any server call.
  if (window.parent !== window)
    window.parent.postMessage({ type: changedMessage }, window.location.origin);
  return answer;
}

(window as unknown as { google: unknown }).google = { script: { run: runner() } };
