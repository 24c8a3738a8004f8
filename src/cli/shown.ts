/**
 * User text (an option's value, a file name) as a message shows it: as typed, unless it
 * holds a line break or another control character, which would split the one-line message
 * or hide what was typed; then JSON-quoted, so "a\nb" shows as "a\nb".
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function shown(text: string): string {
  return CONTROL.test(text) ? JSON.stringify(text) : text;
}

/** A value in quotes: "0x10". */
export function quoted(text: string): string {
  return CONTROL.test(text) ? JSON.stringify(text) : `"${text}"`;
}
