/**
 * A stage name as a person sees it. The name is written into sheet cells, chart labels and
 * .xlsx files, and people pick it out of a list, so it must be storable, visible and short
 * on screen: checked here once, worded by the schema (English) and the sidebar (its language).
 */
import { codePointLabel, firstUnstorableCodePoint } from '../layout/workbookText';

export const MAX_STAGE_NAME_LENGTH = 60;
/**
 * Characters are counted as people see them (graphemes), so one family emoji of 7 code
 * points is one character. A grapheme can still stack unlimited combining marks: this caps
 * the stored size (60 family emoji take 660 units).
 */
export const MAX_STAGE_NAME_UNITS = 1000;

export type StageNameProblem =
  | { readonly kind: 'empty' }
  /** Only spaces, zero-width or other invisible characters: the name would look blank. */
  | { readonly kind: 'invisible'; readonly codePoints: readonly number[] }
  /** A character that is not text a sheet can hold or show. */
  | {
      readonly kind: 'character';
      readonly codePoint: number;
      readonly reason: 'unstorable' | 'control' | 'noncharacter';
    }
  | { readonly kind: 'tooLong'; readonly characters: number }
  | { readonly kind: 'tooLarge'; readonly units: number };

/** Spaces, format characters (zero-width space, joiners, BOM) and the blank-looking fillers. */
const invisible = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;
const control = /\p{Cc}/u;
/** U+FDD0-U+FDEF and the last two code points of every plane: reserved, never text. */
const noncharacter =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}-\u{1FFFF}\u{2FFFE}-\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;

type Segmenter = { segment(text: string): Iterable<unknown> };
type SegmenterConstructor = new (
  locale?: string,
  options?: { granularity: 'grapheme' },
) => Segmenter;

/**
 * How many characters a person counts in `text`. Intl.Segmenter where the runtime has it
 * (browsers, Node, Apps Script V8); otherwise code points, which never count an emoji as two.
 */
export function graphemeCount(text: string): number {
  const Segmenter = (Intl as { Segmenter?: SegmenterConstructor }).Segmenter;
  if (!Segmenter) return Array.from(text).length;
  let count = 0;
  for (const _ of new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count++;
  return count;
}

export function stageNameProblem(name: string): StageNameProblem | undefined {
  const unstorable = firstUnstorableCodePoint(name);
  if (unstorable !== undefined)
    return { kind: 'character', codePoint: unstorable, reason: 'unstorable' };
  const controlMatch = control.exec(name);
  if (controlMatch)
    return { kind: 'character', codePoint: codePointOf(controlMatch[0]), reason: 'control' };
  const nonMatch = noncharacter.exec(name);
  if (nonMatch)
    return { kind: 'character', codePoint: codePointOf(nonMatch[0]), reason: 'noncharacter' };
  // Only Unicode spaces is "empty" (JavaScript's trim() would also eat U+FEFF).
  if (/^\p{White_Space}*$/u.test(name)) return { kind: 'empty' };
  if (invisible.test(name))
    return { kind: 'invisible', codePoints: [...new Set(Array.from(name, codePointOf))] };
  if (name.length > MAX_STAGE_NAME_UNITS) return { kind: 'tooLarge', units: name.length };
  const characters = graphemeCount(name);
  if (characters > MAX_STAGE_NAME_LENGTH) return { kind: 'tooLong', characters };
  return undefined;
}

function codePointOf(character: string): number {
  return character.codePointAt(0) ?? 0;
}

/**
 * The "what is allowed" half of the schema's message for a bad stage name, in English.
 * `subject` names what is being named (scenario names follow the same rules).
 */
export function stageNameAllowed(
  problem: StageNameProblem | undefined,
  subject = 'the stage name',
): string {
  const nameRule = `enter ${subject} as text of 1 to ${MAX_STAGE_NAME_LENGTH} characters`;
  switch (problem?.kind) {
    case 'invisible':
      return `it shows nothing: it is only invisible characters (${problem.codePoints
        .slice(0, 5)
        .map(codePointLabel)
        .join(', ')}); ${nameRule} that people can see`;
    case 'character': {
      const what = {
        unstorable: 'a character a spreadsheet file cannot store',
        control: 'a control character (a tab, a line break or similar)',
        noncharacter: 'a reserved code point that is not text',
      }[problem.reason];
      return `it contains ${codePointLabel(problem.codePoint)}, ${what}; remove it and ${nameRule}`;
    }
    case 'tooLong':
      return `it is ${problem.characters} characters long; shorten it to at most ${MAX_STAGE_NAME_LENGTH}`;
    case 'tooLarge':
      return `it takes ${problem.units} UTF-16 units (characters stacked with many marks); shorten it to at most ${MAX_STAGE_NAME_UNITS}`;
    default:
      return nameRule;
  }
}
