/**
 * Every relative link in README.md and docs/*.md resolves on GitHub: the file exists and a
 * `#fragment` names a heading of the target. A Markdown file quoted as code (`FUNCTIONS.md`)
 * must exist too, since a reader goes looking for it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  brokenLinkReason,
  isExternal,
  links,
  quotedMarkdownFiles,
  repoRoot,
  userDocs,
} from '../support/markdownDocs';

const docs = userDocs();
const relativeLinks = docs.flatMap(links).filter((link) => !isExternal(link.target));

test('the docs have relative links to check (the parser finds them)', () => {
  expect(relativeLinks.length).toBeGreaterThan(40);
});

test.each(relativeLinks.map((link) => [`${link.path}:${link.line} ${link.target}`, link] as const))(
  '%s resolves',
  (_, link) => {
    expect(brokenLinkReason(link)).toBeUndefined();
  },
);

test.each(docs.map((file) => [file.path, file] as const))(
  '%s quotes only Markdown files that exist',
  (_, file) => {
    const missing = quotedMarkdownFiles(file).filter(
      ({ name }) =>
        !existsSync(join(repoRoot, file.path, '..', name)) && !existsSync(join(repoRoot, name)),
    );
    expect(missing).toEqual([]);
  },
);
