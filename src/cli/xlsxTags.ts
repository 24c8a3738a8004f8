/**
 * FunnelMath's sheet tags in an .xlsx: one sheet-scoped defined name per tagged sheet, named
 * by the kind's key (`funnelmath.goalCalculator`, src/layout/sheetTag.ts) and holding the
 * encoded tag as a text constant. A sheet-scoped name belongs to the sheet, not to its name,
 * so it survives a rename or a reordering; Excel and LibreOffice both keep it (the
 * LibreOffice round trip is tested in test/check/xlsxTagsLibreOffice.test.ts).
 *
 * Excel refuses a text constant longer than 255 characters in a formula, so the tag is
 * written as short constants joined with "&". exceljs neither writes nor keeps such names,
 * so they are added to and read from workbook.xml directly.
 */
import JSZip from 'jszip';
import {
  decodeSheetTag,
  encodeSheetTag,
  SHEET_TAG_KEYS,
  type SheetTag,
  sheetKindOfKey,
} from '../layout/sheetTag';
import { escapeXml, unescapeXml } from './xmlText';

/** Under Excel's 255-character limit for one text constant, with room for doubled quotes. */
const CHUNK = 120;
/** Excel's longest formula; a defined name's is one. */
const MAX_FORMULA = 8192;
const WORKBOOK = 'xl/workbook.xml';

/** The tag as a formula of text constants: "…"&"…". */
export function tagFormula(tag: SheetTag): string {
  const text = encodeSheetTag(tag);
  const chunks = Array.from(text).reduce<string[]>((list, character) => {
    const last = list.at(-1);
    if (last !== undefined && last.length < CHUNK) list[list.length - 1] = last + character;
    else list.push(character);
    return list;
  }, []);
  const formula = chunks.map((chunk) => `"${chunk.replace(/"/g, '""')}"`).join('&');
  if (formula.length > MAX_FORMULA) {
    throw new Error(
      `the ${tag.kind} sheet's tag is ${formula.length} characters; an .xlsx name holds at most ${MAX_FORMULA}`,
    );
  }
  return formula;
}

/** The text of a formula of text constants joined with "&", or undefined for anything else. */
export function textOfTagFormula(formula: string): string | undefined {
  const body = formula.trim().replace(/^=/, '');
  const parts: string[] = [];
  const rest = body.replace(/"((?:[^"]|"")*)"/g, (_, text: string) => {
    parts.push(text.replace(/""/g, '"'));
    return '';
  });
  return parts.length > 0 && /^[\s&]*$/.test(rest) ? parts.join('') : undefined;
}

const DEFINED_NAME = /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

function isTagName(attributes: string): boolean {
  const name = attribute(attributes, 'name');
  return name !== undefined && sheetKindOfKey(unescapeXml(name)) !== undefined;
}

/**
 * Returns `xlsx` with sheet N (0-based, workbook order) tagged `tags[N]`; sheets without a
 * tag keep none. Every tag FunnelMath wrote before is replaced.
 */
export async function writeSheetTags(
  xlsx: Buffer,
  tags: readonly (SheetTag | undefined)[],
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file(WORKBOOK)?.async('string');
  if (!workbook) throw new Error(`not an .xlsx: ${WORKBOOK} is missing`);
  const names = tags.flatMap((tag, sheet) =>
    tag
      ? [
          `<definedName name="${escapeXml(SHEET_TAG_KEYS[tag.kind])}" localSheetId="${sheet}" hidden="1">${escapeXml(tagFormula(tag))}</definedName>`,
        ]
      : [],
  );
  let xml = workbook.replace(DEFINED_NAME, (whole, attributes: string) =>
    isTagName(attributes) ? '' : whole,
  );
  xml = xml.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, '');
  if (names.length > 0) {
    xml = xml.includes('<definedNames>')
      ? xml.replace('</definedNames>', `${names.join('')}</definedNames>`)
      : xml.replace('</sheets>', `</sheets><definedNames>${names.join('')}</definedNames>`);
  }
  zip.file(WORKBOOK, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The tags of the workbook's sheets, by 0-based sheet position (workbook order). */
export async function readSheetTags(xlsx: Buffer): Promise<Map<number, SheetTag>> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file(WORKBOOK)?.async('string');
  if (!workbook) throw new Error(`not an .xlsx: ${WORKBOOK} is missing`);
  const tags = new Map<number, SheetTag>();
  for (const match of workbook.matchAll(DEFINED_NAME)) {
    const [, attributes, content] = match;
    const kind = sheetKindOfKey(unescapeXml(attribute(attributes, 'name') ?? ''));
    const sheet = attribute(attributes, 'localSheetId');
    if (!kind || sheet === undefined) continue;
    const text = textOfTagFormula(unescapeXml(content));
    const tag = text === undefined ? undefined : decodeSheetTag(kind, text);
    // An unreadable tag still marks the sheet as FunnelMath's: the check says so.
    tags.set(Number(sheet), tag ?? { kind, formatVersion: 0, source: undefined });
  }
  return tags;
}
