/**
 * Text a workbook can hold. An .xlsx is XML 1.0, whose characters are tab, newline,
 * carriage return, U+0020-U+D7FF, U+E000-U+FFFD and U+10000-U+10FFFF: a C0 control,
 * U+FFFE, U+FFFF or a lone surrogate makes the file unreadable (exceljs refuses it and
 * LibreOffice silently drops every text cell after it). Checked by the plan schema before
 * anything is built, and again by every .xlsx writer, so no writer can produce such a file.
 */

/** The first code point of `text` that XML 1.0 cannot carry, or undefined when there is none. */
export function firstUnstorableCodePoint(text: string): number | undefined {
  for (const character of text) {
    // for...of yields whole pairs, so a surrogate seen here is a lone one.
    const codePoint = character.codePointAt(0) ?? 0;
    if (!isXmlCharacter(codePoint)) return codePoint;
  }
  return undefined;
}

function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** "U+FFFF", "U+1F600": how a message names a character that cannot be shown. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Throws a message naming the place and the character when `text` cannot go into a
 * workbook. `where` reads like 'sheet "Goal Calculator", cell B4'.
 */
export function checkWorkbookText(text: string, where: string): void {
  const codePoint = firstUnstorableCodePoint(text);
  if (codePoint === undefined) return;
  throw new Error(
    `${where} holds ${codePointLabel(codePoint)}, a character an .xlsx file cannot store; remove it and export again`,
  );
}
