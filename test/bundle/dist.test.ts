/**
 * dist/ holds exactly what clasp should push: appsscript.json and .js/.html files, and the
 * server file carries no Node-only code. `clasp status --json` (offline) lists the push.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localSummaries } from '../../src/kpi';
import { distDir } from '../../src/preview/bundle';

const repoRoot = join(__dirname, '..', '..');
const distFiles = readdirSync(distDir).sort();

test('dist/ holds only appsscript.json and .js/.html files', () => {
  expect(distFiles).toContain('appsscript.json');
  expect(distFiles).toContain('server.js');
  for (const file of distFiles) expect(file).toMatch(/^(appsscript\.json|[\w-]+\.(js|html))$/);
});

test('the manifest pushed is the repository’s, with the two narrow scopes only', () => {
  const pushed = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8'));
  expect(pushed).toEqual(JSON.parse(readFileSync(join(repoRoot, 'appsscript.json'), 'utf8')));
  expect(pushed.runtimeVersion).toBe('V8');
  expect([...pushed.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ]);
});

test('clasp would push exactly the files of dist/, and nothing else', () => {
  const clasp = join(repoRoot, 'node_modules', '.bin', 'clasp');
  const status = JSON.parse(
    execFileSync(clasp, ['status', '--json'], { cwd: repoRoot, encoding: 'utf8' }),
  );
  expect([...status.filesToPush].sort()).toEqual(distFiles.map((file) => `dist/${file}`).sort());
});

test('the server file has no Node-only code and no module system', () => {
  const server = readFileSync(join(distDir, 'server.js'), 'utf8');
  expect(server).not.toMatch(/\brequire\(/);
  expect(server).not.toMatch(/\bmodule\.exports\b|\bexports\.\w/);
  expect(server).not.toMatch(/\bprocess\.|\bBuffer\b|__dirname/);
  expect(server).not.toMatch(/^\s*(import|export)\s/m);
});

test('sidebar-only text stays out of the server file (every call loads it)', () => {
  const server = readFileSync(join(distDir, 'server.js'), 'utf8');
  for (const summaries of Object.values(localSummaries)) {
    expect(server).not.toContain(summaries['zh-CN']);
    expect(server).not.toContain(summaries['zh-TW']);
  }
});
