/**
 * The Markdown reader behind the docs tests: it must find what a reader sees and refuse
 * what it cannot check, or the docs tests would pass by not looking.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  brokenLinkReason,
  githubSlug,
  headingAnchors,
  links,
  parseStatedResult,
  statedExamples,
} from '../support/markdownDocs';

describe('stated results', () => {
  test('a number, with its percentage', () => {
    expect(parseStatedResult('0.03 (3%) and more')).toEqual({
      kind: 'number',
      value: 0.03,
      percent: 3,
    });
    expect(parseStatedResult('10416.66667\n')).toEqual({ kind: 'number', value: 10416.66667 });
  });

  test('a column and an error message, even over two source lines', () => {
    expect(parseStatedResult('a column: 66700, 1334, 40')).toEqual({
      kind: 'column',
      values: [66700, 1334, 40],
    });
    expect(parseStatedResult('the error `CAC: cost is\n  blank; enter a number`.')).toEqual({
      kind: 'error',
      message: 'CAC: cost is blank; enter a number',
    });
  });

  test('words or a thousands separator are unreadable, not skipped', () => {
    expect(parseStatedResult('one CAC per month').kind).toBe('unreadable');
    expect(parseStatedResult('2,500').kind).toBe('unreadable');
  });

  test('examples inside fenced code are not prose; line numbers are the source lines', () => {
    const text = [
      'Intro `=CAC(10, 2)` gives 5.',
      '```',
      '`=CAC(1, 1)` gives 9',
      '```',
      '`=ARR(1)`',
      'gives 12',
    ].join('\n');
    expect(statedExamples({ path: 'x.md', text })).toEqual([
      { path: 'x.md', line: 1, formula: '=CAC(10, 2)', result: { kind: 'number', value: 5 } },
      { path: 'x.md', line: 5, formula: '=ARR(1)', result: { kind: 'number', value: 12 } },
    ]);
  });
});

describe('links', () => {
  test('inline, image and reference links; none inside code', () => {
    const text =
      'See [a](docs/a.md#top "t"), ![i](img/x.png) and `[no](code.md)`.\n\n[ref]: other.md\n';
    expect(links({ path: 'README.md', text }).map((link) => link.target)).toEqual([
      'docs/a.md#top',
      'img/x.png',
      'other.md',
    ]);
  });

  test('GitHub heading anchors', () => {
    expect(githubSlug('Try it without Google: `npm start`')).toBe(
      'try-it-without-google-npm-start',
    );
    expect(githubSlug('CAC_PAYBACK')).toBe('cac_payback');
    expect(githubSlug('路线 1：模板')).toBe('路线-1模板');
    expect([...headingAnchors('# Notes\n## Notes\n```\n# not a heading\n```\n')]).toEqual([
      'notes',
      'notes-1',
    ]);
  });

  test('a missing file, a missing heading and a link out of the repository are broken', () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-links-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'a.md'), '# Title\n\n## Second part\n');
    const at = (target: string) => brokenLinkReason({ path: 'docs/b.md', line: 1, target }, root);
    expect(at('a.md#second-part')).toBeUndefined();
    expect(at('a.md#third-part')).toBe('a.md#third-part: no heading #third-part in docs/a.md');
    expect(at('FUNCTIONS.md')).toBe('FUNCTIONS.md: no file docs/FUNCTIONS.md');
    expect(at('../../shared/FUNCTIONS.md')).toBe('../../shared/FUNCTIONS.md leaves the repository');
  });
});
