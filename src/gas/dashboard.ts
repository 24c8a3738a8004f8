/**
 * The KPI dashboard on the Apps Script side: the two menu entries that insert it and the
 * template link the sidebar offers.
 */

/**
 * The spreadsheet's template link: its /copy URL, which asks whoever opens it to make their
 * own copy. Built from the spreadsheet id alone, so no scope beyond the current document.
 */
export function getTemplateLink(): string {
  return templateCopyUrl(SpreadsheetApp.getActiveSpreadsheet().getId());
}

export function templateCopyUrl(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/copy`;
}
