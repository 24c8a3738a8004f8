// The sidebar's weight and speed: the size of dist/sidebar.html against its 160 KB budget,
// and the time from navigation to an interactive form in headless chromium as a ratio to
// an empty HTML page served the same way (so the machine's speed cancels out). Only the
// client is measured: google.script.run is a stub that answers getSidebarStart at once
// (in Sheets that round trip is Google's, and the same for any sidebar).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from '../generate/serverBundle.mjs';

const RUNS = 15;
const BUDGET_BYTES = 160 * 1024;
const flags = JSON.parse(
  readFileSync(join(repoRoot, 'test/browser/support/chromium-flags.json'), 'utf8'),
);

/** Marks `window.__interactiveAt` (ms since navigation start) when `ready()` first holds. */
const probe = (ready) => `<script>
(function () {
  function check() {
    if (window.__interactiveAt !== undefined) return true;
    if (${ready}) { window.__interactiveAt = performance.now(); return true; }
    return false;
  }
  if (check()) return;
  var observer = new MutationObserver(function () { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () { if (check()) observer.disconnect(); });
})();
</script>`;

const stubRunner = `<script>
(function () {
  function runner(onSuccess) {
    return {
      withSuccessHandler: function (handler) { return runner(handler); },
      withFailureHandler: function () { return runner(onSuccess); },
      getSidebarStart: function () {
        onSuccess({ spreadsheetLanguage: 'en', spreadsheetCurrency: 'USD', lastPlan: null, goalSheet: null, goalSheetNames: [] });
      },
    };
  }
  window.google = { script: { run: runner() } };
})();
</script>`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run() {
  const sidebarFile = join(repoRoot, 'dist', 'sidebar.html');
  const size = statSync(sidebarFile).size;
  const sidebar = readFileSync(sidebarFile, 'utf8').replace(
    '<head>',
    () => `<head>${stubRunner}${probe("document.querySelector('#build')")}`,
  );
  const empty = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>empty</title>${probe(
    "document.readyState !== 'loading'",
  )}</head><body></body></html>`;
  const pages = { '/sidebar': sidebar, '/empty': empty };
  const server = createServer((request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(pages[request.url] ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), 'funnelmath-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: flags,
    viewport: { width: 300, height: 900 },
  });
  try {
    const page = await context.newPage();
    const timeTo = async (path) => {
      await page.goto(`${base}${path}`);
      await page.waitForFunction(() => window.__interactiveAt !== undefined);
      return page.evaluate(() => window.__interactiveAt);
    };
    // Warm-up: the first launch of a page pays for the browser's own caches.
    await timeTo('/empty');
    await timeTo('/sidebar');
    const emptyTimes = [];
    const sidebarTimes = [];
    for (let index = 0; index < RUNS; index++) {
      emptyTimes.push(await timeTo('/empty'));
      sidebarTimes.push(await timeTo('/sidebar'));
    }
    const emptyMedian = median(emptyTimes);
    const sidebarMedian = median(sidebarTimes);
    console.log(
      `dist/sidebar.html: ${(size / 1024).toFixed(1)} KB, one file (target under 160 KB: ${size < BUDGET_BYTES ? 'OK' : 'OVER'})`,
    );
    console.log(
      `navigation to interactive form: ${sidebarMedian.toFixed(1)} ms vs ${emptyMedian.toFixed(1)} ms for an empty page ` +
        `= ${(sidebarMedian / emptyMedian).toFixed(2)}x (median of ${RUNS}, headless chromium)`,
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
}
