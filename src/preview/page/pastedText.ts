import { parseCsv } from '../../exports/csv';

/**
 * What a person pastes into the grid, as rows of cells: tab-separated when it came from a
 * spreadsheet (Sheets, Excel and LibreOffice copy cells that way), otherwise read as a CSV
 * export opened in a text editor (comma or semicolon, quoted fields).
 */
export function pastedRows(text: string): string[][] {
  const withoutEnd = text.replace(/(\r\n|\n|\r)$/, '');
  if (withoutEnd === '') return [];
  const firstLine = withoutEnd.split(/\r\n|\n|\r/, 1)[0];
  if (firstLine.includes('\t'))
    return withoutEnd.split(/\r\n|\n|\r/).map((line) => line.split('\t'));
  return parseCsv(withoutEnd).rows.map((row) => [...row.cells]);
}
