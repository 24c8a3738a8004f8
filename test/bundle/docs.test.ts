/**
 * The function reference in README.md and docs/functions.md is generated from the catalog
 * (npm run docs); this fails when either is stale, so the docs say what the code does today.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callableNames, catalog } from '../../src/kpi';

const repoRoot = join(__dirname, '..', '..');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const reference = readFileSync(join(repoRoot, 'docs', 'functions.md'), 'utf8');

test('README.md and docs/functions.md are what npm run docs generates', () => {
  const check = spawnSync(process.execPath, ['scripts/generate/docs.mjs', '--check'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

test('the README table sits between one pair of markers and lists every function and alias', () => {
  expect(readme.split('<!-- functions:start -->')).toHaveLength(2);
  expect(readme.split('<!-- functions:end -->')).toHaveLength(2);
  const table = readme.slice(
    readme.indexOf('<!-- functions:start -->'),
    readme.indexOf('<!-- functions:end -->'),
  );
  for (const name of callableNames.keys()) expect(table).toContain(`\`${name}`);
});

test('the reference has a section per function with every argument and example', () => {
  for (const spec of catalog) {
    const start = reference.indexOf(`\n## ${spec.name}\n`);
    expect(start).toBeGreaterThan(0);
    const next = reference.indexOf('\n## ', start + 1);
    const section = reference.slice(start, next < 0 ? undefined : next);
    for (const arg of spec.args) expect(section).toContain(arg.description);
    for (const example of spec.examples) expect(section).toContain(example.formula);
    for (const alias of spec.aliases ?? []) expect(section).toContain(`\`${alias}\``);
  }
});
