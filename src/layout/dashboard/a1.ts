/** Column letters from a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** An A1 address, absolute ($A$1) when asked. */
export function a1(column: string, row: number, absolute = false): string {
  return absolute ? `$${column}$${row}` : `${column}${row}`;
}
