/**
 * The error values a sheet shows, except the chart data's deliberate #N/A: there it marks
 * a month without a figure (or flagged impossible), which every chart leaves without a
 * point or column (src/layout/chartData.ts).
 */
export function shownErrors(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  const range = sheet.getDataRange();
  const formulas = range.getFormulas().flat();
  return range
    .getDisplayValues()
    .flat()
    .filter(
      (text, index) =>
        text.startsWith('#') &&
        !(text === '#N/A' && /^=IF\((AND\()?ISNUMBER\(.*,NA\(\)\)$/.test(formulas[index])),
    );
}
