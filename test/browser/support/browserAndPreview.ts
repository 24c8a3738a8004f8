/**
 * The set-up the browser test files share: one headless chromium and one preview server
 * per file, started before its tests and stopped after them.
 */
import { type Browser, launchChromium } from './chromium';
import { type PreviewProcess, startPreviewProcess } from './previewProcess';

export interface BrowserAndPreview {
  readonly browser: Browser;
  readonly preview: PreviewProcess;
}

export interface BrowserAndPreviewOptions {
  /** Extra environment for the preview process, e.g. its spreadsheet's locale. */
  readonly env?: Record<string, string>;
  /** Runs after the preview has stopped, with its exit code (for files that check it). */
  readonly afterStop?: (exitCode: number | null) => void;
}

/**
 * Registers the calling file's beforeAll and afterAll for a browser and a preview; the
 * returned object gives both to its tests once beforeAll has run.
 */
export function useBrowserAndPreview(options: BrowserAndPreviewOptions = {}): BrowserAndPreview {
  // A real browser and a preview server per file: on a busy 2-core CI box a flow can take a while.
  jest.setTimeout(90_000);

  let started: BrowserAndPreview | undefined;
  beforeAll(async () => {
    const [browser, preview] = await Promise.allSettled([
      launchChromium(),
      startPreviewProcess(options.env),
    ]);
    if (browser.status === 'fulfilled' && preview.status === 'fulfilled') {
      started = { browser: browser.value, preview: preview.value };
      return;
    }
    // Whichever did start is stopped, or jest would wait on it forever.
    if (browser.status === 'fulfilled') await browser.value.close();
    if (preview.status === 'fulfilled') await preview.value.stop();
    const failed = [browser, preview].find(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    );
    throw failed?.reason;
  });
  afterAll(async () => {
    if (!started) return;
    await started.browser.close();
    const exitCode = await started.preview.stop();
    options.afterStop?.(exitCode);
  });

  const whenStarted = (): BrowserAndPreview => {
    if (!started) throw new Error('the browser and the preview start in beforeAll');
    return started;
  };
  return {
    get browser() {
      return whenStarted().browser;
    },
    get preview() {
      return whenStarted().preview;
    },
  };
}
