import Papa from 'papaparse';

/** A CSV file as rows of text, each with the row number it has in the file. */
export interface CsvTable {
  readonly delimiter: ',' | ';';
  /** Rows in file order, blank lines left out; `row` counts every record from 1, as a spreadsheet shows the file. */
  readonly rows: readonly CsvRow[];
  /** What papaparse could not read cleanly (an unclosed quote), by row. */
  readonly problems: readonly CsvProblem[];
}

export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvProblem {
  readonly row: number;
  readonly message: string;
}

/**
 * Parses an export as the tools write it: comma or semicolon, quoted fields (commas,
 * doubled quotes and line breaks inside), a byte-order mark, CRLF or LF line ends.
 * The delimiter is guessed from the header row here, not by papaparse: its guess fails on a
 * one-row file (`a;b` came back as one column, DESIGN.md).
 */
export function parseCsv(text: string): CsvTable {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = guessDelimiter(headerLine(withoutBom));
  const parsed = Papa.parse<string[]>(withoutBom, {
    delimiter,
    header: false,
    skipEmptyLines: false,
  });
  const rows: CsvRow[] = [];
  parsed.data.forEach((cells, index) => {
    if (cells.length === 1 && cells[0].trim() === '') return;
    rows.push({ row: index + 1, cells });
  });
  const problems = parsed.errors.map((error) => ({
    row: (error.row ?? 0) + 1,
    message: `${error.message} (${error.code})`,
  }));
  return { delimiter, rows, problems };
}

/** The first line that is neither blank nor a `#` comment (GA4 opens with some). */
function headerLine(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return line;
  }
  return '';
}

/** Comma or semicolon, whichever separates more fields outside quotes; comma on a tie. */
export function guessDelimiter(header: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const character of header) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === ',') commas++;
    else if (!quoted && character === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
