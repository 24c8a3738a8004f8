/**
 * The durable tag on every sheet FunnelMath writes: what kind of sheet it is, the format
 * version of the layout that wrote it, and what it was built from (the plan, the dashboard
 * options, the export mapping). Writers store it where the file format keeps it (developer
 * metadata in Sheets; a sheet-scoped defined name or custom property in .xlsx) and finders
 * read it back, so a sheet is known by its tag, never by its name.
 *
 * Sheets tagged before format versions existed (goal calculators whose tag value is the bare
 * plan JSON) read as version 1.
 */

export type SheetKind = 'goalCalculator' | 'dashboard' | 'export';

/**
 * The layouts' format version. Raise it when a writer changes where a block or formula sits;
 * "Check this workbook" then offers to upgrade older sheets in place.
 */
export const SHEET_FORMAT_VERSION = 3;

/*
 * 2: channels, scenarios and the tag's source. 3: the dashboard's month check counts a
 * formula's "" as blank; notes that ran over a printed page's edge moved or got shorter.
 */

/** The version of tags written before versions existed. */
export const FIRST_FORMAT_VERSION = 1;

export interface SheetTag {
  readonly kind: SheetKind;
  readonly formatVersion: number;
  /** What the sheet was written from (a Plan, dashboard options...), as plain JSON data. */
  readonly source: unknown;
}

/** The key each kind's tag is stored under (developer-metadata key, defined-name stem). */
export const SHEET_TAG_KEYS: Readonly<Record<SheetKind, string>> = {
  goalCalculator: 'funnelmath.goalCalculator',
  dashboard: 'funnelmath.dashboard',
  export: 'funnelmath.export',
};

/** The kind whose tag is stored under `key`, if any. */
export function sheetKindOfKey(key: string): SheetKind | undefined {
  const entry = Object.entries(SHEET_TAG_KEYS).find(([, tagKey]) => tagKey === key);
  return entry?.[0] as SheetKind | undefined;
}

/** The value stored under the kind's key. */
export function encodeSheetTag(tag: SheetTag): string {
  return JSON.stringify({ formatVersion: tag.formatVersion, source: tag.source });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The tag stored under `kind`'s key, or undefined when the value is not one FunnelMath wrote
 * (not JSON, not an object). A bare object without a formatVersion is a version-1 tag whose
 * whole value is the source.
 */
export function decodeSheetTag(kind: SheetKind, value: string | null): SheetTag | undefined {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const version = parsed.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) {
    return { kind, formatVersion: version, source: parsed.source };
  }
  return { kind, formatVersion: FIRST_FORMAT_VERSION, source: parsed };
}
