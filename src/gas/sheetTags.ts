/**
 * The sheet tags (src/layout/sheetTag.ts) in Sheets: one developer-metadata entry per sheet,
 * its key the kind's (SHEET_TAG_KEYS), its value the encoded tag. Developer metadata stays
 * with a sheet when it is renamed or the spreadsheet copied, so every finder starts here and
 * never from a sheet's name. Every writer of a tagged sheet (goal calculator, dashboard,
 * export sheets) and every finder goes through these few functions.
 *
 * Calls: writing a tag is one; finding every sheet of a kind is one finder query plus three
 * per tag found (its location, the location's sheet, its value).
 */
import {
  decodeSheetTag,
  encodeSheetTag,
  SHEET_TAG_KEYS,
  type SheetKind,
  type SheetTag,
} from '../layout/sheetTag';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** A tagged sheet as a finder returns it: the sheet, its decoded tag, and the stored entry. */
export interface TaggedSheet {
  readonly sheet: Sheet;
  readonly tag: SheetTag;
  /** The developer-metadata entry, so an update rewrites the tag in one call. */
  readonly entry: DeveloperMetadata;
}

/** Tags a sheet FunnelMath has just written. One call. */
export function tagSheet(sheet: Sheet, tag: SheetTag): void {
  sheet.addDeveloperMetadata(SHEET_TAG_KEYS[tag.kind], encodeSheetTag(tag));
}

/** Rewrites a found tag (the sheet now holds another plan, or another format). One call. */
export function retagSheet(entry: DeveloperMetadata, tag: SheetTag): void {
  entry.setValue(encodeSheetTag(tag));
}

/** The tagged sheet behind a found entry, or undefined when its value is not FunnelMath's. */
function taggedSheetOf(kind: SheetKind, entry: DeveloperMetadata): TaggedSheet | undefined {
  const sheet = entry.getLocation().getSheet();
  if (!sheet) return undefined;
  const tag = decodeSheetTag(kind, entry.getValue());
  return tag && { sheet, tag, entry };
}

/** Every sheet of the spreadsheet tagged as `kind`, in the order Sheets lists the tags. */
export function findTaggedSheets(spreadsheet: Spreadsheet, kind: SheetKind): TaggedSheet[] {
  return spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(SHEET_TAG_KEYS[kind])
    .find()
    .map((entry) => taggedSheetOf(kind, entry))
    .filter((found): found is TaggedSheet => found !== undefined);
}

/** The `kind` tag of one sheet, if it has one: one finder query, one call more when tagged. */
export function sheetTagOf(sheet: Sheet, kind: SheetKind): TaggedSheet | undefined {
  const [entry] = sheet.createDeveloperMetadataFinder().withKey(SHEET_TAG_KEYS[kind]).find();
  const tag = entry && decodeSheetTag(kind, entry.getValue());
  return tag && { sheet, tag, entry };
}
