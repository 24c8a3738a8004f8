/**
 * The plan the README shows and examples/plan.json (which its commands use) are the same
 * valid plan: a reader who copies either gets a sheet, not an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePlan } from '../../src/funnel/schema';
import { examplePlan } from '../support/plans';

const repoRoot = join(__dirname, '..', '..');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const exampleFile = JSON.parse(readFileSync(join(repoRoot, 'examples', 'plan.json'), 'utf8'));

test('examples/plan.json is the issue’s example plan and is valid', () => {
  expect(exampleFile).toEqual(examplePlan);
  expect(validatePlan(exampleFile)).toMatchObject({ ok: true });
});

test('the README shows examples/plan.json as it is', () => {
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) =>
    JSON.parse(match[1]),
  );
  expect(blocks).toContainEqual(exampleFile);
});

test('every field of the plan has a row in the README’s field table', () => {
  for (const field of Object.keys(exampleFile)) expect(readme).toContain(`| \`${field}\` |`);
});
