/**
 * Debian's chromium driven by playwright-core, with the flags DESIGN.md lists (no network
 * side-channels, no first-run UI) and a fresh profile directory per launch.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import flags from './chromium-flags.json';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** In a JSON file so the sidebar benchmark (plain .mjs) launches chromium the same way. */
export const chromiumFlags: readonly string[] = flags;

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'funnelmath-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumFlags],
    viewport,
    acceptDownloads: true,
  });
  // Fail a wait with its own message well before the browser tests' 90 s timeout.
  context.setDefaultTimeout(20_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Screenshots go to artifacts/ (gitignored): CI keeps them, a person looks at them. */
export function artifactPath(name: string): string {
  const directory = join(__dirname, '..', '..', '..', 'artifacts');
  mkdirSync(directory, { recursive: true });
  return join(directory, name);
}
