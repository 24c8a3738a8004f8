/** dist/sidebar.html is what HtmlService serves: one self-contained file, within budget. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const page = readFileSync(join(__dirname, '..', '..', 'dist', 'sidebar.html'), 'utf8');

test('one file under 160 KB, its script and styles inlined', () => {
  expect(Buffer.byteLength(page)).toBeLessThan(160 * 1024);
  expect(page.match(/<script>/g)).toHaveLength(1);
  expect(page.match(/<style>/g)).toHaveLength(1);
});

test('nothing is fetched from elsewhere: no src, href, @import or url() to load', () => {
  expect(page).not.toMatch(/<script[^>]+src=/i);
  expect(page).not.toMatch(/<link[^>]+href=/i);
  expect(page).not.toMatch(/@import|url\(/i);
});

test('no HTML is built from strings', () => {
  expect(page).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});
