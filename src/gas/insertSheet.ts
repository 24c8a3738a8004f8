/**
 * A new sheet for a build, never an existing one, and never a half-written one left behind.
 *
 * Another user (or another build) may create a sheet between our getSheetByName and our
 * insertSheet; Sheets then refuses the name ("A sheet with the name ... already exists").
 * That is a race, not an error: the next free name is taken instead.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Races lost in a row before giving up: each loss means someone took the name just then. */
const MAX_NAME_ATTEMPTS = 5;

/** "Goal Calculator", or "Goal Calculator (2)", (3)... when the name is taken. */
export function freeSheetName(spreadsheet: Spreadsheet, baseName: string): string {
  if (!spreadsheet.getSheetByName(baseName)) return baseName;
  for (let copy = 2; ; copy++) {
    const name = `${baseName} (${copy})`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
}

export interface InsertedSheet {
  readonly sheet: Sheet;
  readonly name: string;
}

/** Inserts a sheet named `baseName`, or the first free "baseName (n)" at the moment of insert. */
export function insertNewSheet(spreadsheet: Spreadsheet, baseName: string): InsertedSheet {
  for (let attempt = 1; ; attempt++) {
    const name = freeSheetName(spreadsheet, baseName);
    try {
      return { sheet: spreadsheet.insertSheet(name), name };
    } catch (error) {
      // Only a name someone took meanwhile is retried; any other failure is the caller's.
      const taken = spreadsheet.getSheetByName(name) !== null;
      if (!taken || attempt >= MAX_NAME_ATTEMPTS) throw error;
    }
  }
}

/** Why a write failed and whether its half-written sheet is gone. */
export class SheetWriteError extends Error {
  constructor(
    readonly sheetName: string,
    readonly reason: string,
    /** False when deleting the half-written sheet failed too: the user must remove it. */
    readonly sheetRemoved: boolean,
  ) {
    super(
      sheetRemoved
        ? `Writing the sheet "${sheetName}" failed (${reason}); the half-written sheet was removed`
        : `Writing the sheet "${sheetName}" failed (${reason}) and the half-written sheet could not be removed`,
    );
    this.name = 'SheetWriteError';
  }
}

/**
 * Runs `write` on a sheet this build just inserted. If it throws (a service time-out, a
 * quota), the sheet is deleted so no half-built plan is mistaken for a real one and a retry
 * gets the plain name, not "(2)".
 */
export function writeOrDiscard(
  spreadsheet: Spreadsheet,
  inserted: InsertedSheet,
  write: () => void,
): void {
  try {
    write();
  } catch (error) {
    // Not `instanceof Error`: a service's error may come from another realm.
    const message = (error as { message?: unknown } | null)?.message;
    const reason = typeof message === 'string' ? message : String(error);
    let removed = true;
    try {
      spreadsheet.deleteSheet(inserted.sheet);
    } catch {
      removed = false;
    }
    throw new SheetWriteError(inserted.name, reason, removed);
  }
}
