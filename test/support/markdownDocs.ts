/**
 * Reads the repository's Markdown the way a reader sees it, so tests can hold the docs to
 * the code: the formula examples that state a result, the relative links, the headings a
 * `#fragment` can point to. Prose only: fenced code blocks and inline code are not links.
 *
 * A stated result is written `` `=FORMULA` gives RESULT ``, where RESULT is
 * - a number, optionally with its percentage: `gives 0.03 (3%)`;
 * - a column of numbers: `gives a column: 66700, 1334, 400`;
 * - an error message: ``gives the error `CAC: ...` ``.
 * Anything else after "gives" is reported as unreadable, so a claim cannot slip past the test
 * by being phrased loosely.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');

export interface MarkdownFile {
  /** Repository-relative path with forward slashes, e.g. `docs/sharing.md`. */
  readonly path: string;
  readonly text: string;
}

/** README.md and every docs/*.md, the Markdown a user of the repository reads. */
export function userDocs(root = repoRoot): MarkdownFile[] {
  const docs = join(root, 'docs');
  const paths = [
    'README.md',
    ...readdirSync(docs)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`),
  ];
  return paths.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** The text with fenced code blocks blanked out (line numbers kept). */
export function withoutFences(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && marker) {
        fence = marker;
        return '';
      }
      if (fence !== undefined) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return '';
      }
      return line;
    })
    .join('\n');
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** A code span that wraps onto the next line reads as one line with a space (CommonMark). */
function joinLines(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ').trim();
}

export type StatedResult =
  | { readonly kind: 'number'; readonly value: number; readonly percent?: number }
  | { readonly kind: 'column'; readonly values: readonly number[] }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'unreadable'; readonly text: string };

export interface StatedExample {
  readonly path: string;
  readonly line: number;
  readonly formula: string;
  readonly result: StatedResult;
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?![\d.,]\d)`;

/** Parses what follows "gives " (possibly running over several source lines). */
export function parseStatedResult(after: string): StatedResult {
  const text = joinLines(after);
  const error = /^the error `([^`]+)`/.exec(text);
  if (error) return { kind: 'error', message: error[1] };
  const column = new RegExp(`^a column: (${NUMBER}(?:, ${NUMBER})*)`).exec(text);
  if (column) return { kind: 'column', values: column[1].split(', ').map(Number) };
  const number = new RegExp(`^(${NUMBER})(?: \\((${NUMBER})%\\))?`).exec(text);
  if (number) {
    const value = Number(number[1]);
    return number[2] === undefined
      ? { kind: 'number', value }
      : { kind: 'number', value, percent: Number(number[2]) };
  }
  return { kind: 'unreadable', text: text.slice(0, 60) };
}

/** Every `` `=FORMULA` gives ... `` in the prose of one file. */
export function statedExamples(file: MarkdownFile): StatedExample[] {
  const prose = withoutFences(file.text);
  const examples: StatedExample[] = [];
  for (const match of prose.matchAll(/`(=[^`]+)`\s+gives\s+/g)) {
    const start = match.index + match[0].length;
    examples.push({
      path: file.path,
      line: lineAt(prose, match.index),
      formula: joinLines(match[1]),
      // A stated result ends with its paragraph.
      result: parseStatedResult(prose.slice(start).split(/\n\s*\n/)[0]),
    });
  }
  return examples;
}

/** The prose with inline code blanked, so `[a](b)` inside backticks is not a link. */
function withoutCodeSpans(prose: string): string {
  return prose.replace(/(`+)[\s\S]*?\1/g, (span) => span.replace(/[^\n]/g, ' '));
}

export interface MarkdownLink {
  readonly path: string;
  readonly line: number;
  readonly target: string;
}

/** Inline links and images `[text](target "title")` and reference definitions `[id]: target`. */
export function links(file: MarkdownFile): MarkdownLink[] {
  const prose = withoutCodeSpans(withoutFences(file.text));
  const found: MarkdownLink[] = [];
  const patterns = [
    /\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g,
    /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm,
  ];
  for (const pattern of patterns) {
    for (const match of prose.matchAll(pattern)) {
      found.push({ path: file.path, line: lineAt(prose, match.index), target: match[1] });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** An absolute URL (https:, mailto:...): not this test's business. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function githubSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The anchors of a file's ATX headings; a repeated heading gets -1, -2... as on GitHub. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutFences(markdown).matchAll(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm)) {
    const slug = githubSlug(match[1]);
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

/**
 * Why a relative link does not resolve, or undefined when it does: the file must exist, and a
 * `#fragment` must be the anchor of a heading in the target (Markdown targets only).
 */
export function brokenLinkReason(link: MarkdownLink, root = repoRoot): string | undefined {
  const [rawPath, fragment] = link.target.split('#', 2) as [string, string | undefined];
  const path = decodeURIComponent(rawPath);
  const fromDir = join(root, link.path, '..');
  const target = path === '' ? join(root, link.path) : join(fromDir, path);
  const shown = relative(root, target) || '.';
  if (shown.startsWith('..')) return `${link.target} leaves the repository`;
  if (!existsSync(target)) return `${link.target}: no file ${shown}`;
  if (fragment === undefined || !target.endsWith('.md')) return undefined;
  if (!headingAnchors(readFileSync(target, 'utf8')).has(decodeURIComponent(fragment))) {
    return `${link.target}: no heading #${fragment} in ${shown}`;
  }
  return undefined;
}

/** Markdown file names quoted as code (`FUNCTIONS.md`): a reader will look for them. */
export function quotedMarkdownFiles(file: MarkdownFile): { line: number; name: string }[] {
  const prose = withoutFences(file.text);
  return [...prose.matchAll(/`([\w./-]+\.md)`/g)].map((match) => ({
    line: lineAt(prose, match.index),
    name: match[1],
  }));
}
