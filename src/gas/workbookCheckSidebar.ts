/**
 * Menu handler: Extensions -> FunnelMath -> Check this workbook. The sidebar opens on its
 * check panel: the same page as the goal calculator's, told by a marker appended to it
 * (HtmlService serves one file; the page reads the marker once it has loaded).
 */
export const CHECK_PANEL_MARKER = '<meta name="funnelmath-panel" content="check">';

export function showWorkbookCheck(): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar')
    .append(CHECK_PANEL_MARKER)
    .setTitle('FunnelMath')
    .setWidth(300);
  SpreadsheetApp.getUi().showSidebar(page);
}
