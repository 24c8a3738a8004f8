/**
 * How the preview's pages (the grid and the sidebar's google.script.run shim) call the
 * preview server: a POST carries the run's token, which the server put in the page's
 * <meta>, and a refusal comes back as a plain sentence that becomes the Error's message.
 */
import { previewToken } from '../protocol';

function pageToken(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${previewToken.meta}"]`);
  return meta?.content ?? '';
}

/** GET `path`, or POST `body` as JSON with the token; resolves to the JSON answer. */
export async function callServer<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json', [previewToken.header]: pageToken() },
          body: JSON.stringify(body),
        },
  );
  if (!response.ok) {
    const message = (await response.text()).trim();
    throw new Error(message || `${path} answered ${response.status}`);
  }
  return (await response.json()) as T;
}
