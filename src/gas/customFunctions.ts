import { type ArgInput, callFunction, type Output } from '../kpi';

/**
 * The one door every generated custom-function wrapper goes through
 * (`function CAC(cost, new_customers) { return FunnelMath.customFunction('CAC', [...]); }`).
 * It computes from its arguments only; the one service read is the spreadsheet's time zone,
 * which custom functions may read, and only a function that needs the calendar day of a
 * Date asks for it (once per call): Sheets hands a date over as an instant.
 */
export function customFunction(typedName: string, args: readonly ArgInput[]): Output {
  return callFunction(typedName, args, { timeZone: spreadsheetTimeZone });
}

function spreadsheetTimeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}
