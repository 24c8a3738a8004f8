/**
 * docs/distribution.md tells a publisher what FunnelMath asks of Google and what it shows:
 * the scopes, the menu, the screenshots and the listing texts it names must be the code's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { menuItems } from '../../src/gas/menu';
import { repoRoot } from '../support/markdownDocs';

const page = readFileSync(join(repoRoot, 'docs', 'distribution.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(repoRoot, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};

test('the scope table lists exactly the scopes of appsscript.json', () => {
  const tableScopes = [
    ...page.matchAll(/^\s*\| `(https:\/\/www\.googleapis\.com\/auth\/[^`]+)` \|/gm),
  ].map((match) => match[1]);
  expect(tableScopes.sort()).toEqual([...manifest.oauthScopes].sort());
});

test('every menu item is named as the add-on labels it', () => {
  for (const item of menuItems) expect(page).toContain(`*${item.label.en}*`);
});

test('every screenshot it points to is one the browser tests save in artifacts/', () => {
  const browserTests = join(repoRoot, 'test', 'browser');
  const saved = readdirSync(browserTests)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(browserTests, name), 'utf8'))
    .join('\n');
  const named = [...page.matchAll(/`([\w-]+\.png)`/g)].map((match) => match[1]);
  expect(named.length).toBeGreaterThanOrEqual(5);
  for (const name of named) expect(saved).toContain(`artifactPath('${name}')`);
});

test('the draft short descriptions fit the listing: English, 简体中文, 繁體中文, at most 200 characters', () => {
  const drafts = [...page.matchAll(/^\s*- (English|简体中文|繁體中文): \*([^*]+)\*/gm)].map(
    (match) => ({
      language: match[1],
      text: match[2].replace(/\s*\n\s*/g, ' '),
    }),
  );
  expect(drafts.map((draft) => draft.language)).toEqual(['English', '简体中文', '繁體中文']);
  for (const draft of drafts) expect([...draft.text].length).toBeLessThanOrEqual(200);
});
