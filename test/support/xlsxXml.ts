/**
 * Every XML part of an .xlsx, parsed by a strict XML 1.0 parser (saxes, the one exceljs
 * reads with): a part that is not well-formed throws, naming the part and the parser's reason.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

export async function xmlPartsOf(xlsx: Buffer | ArrayBuffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await entry.async('string'));
  }
  return parts;
}

export async function checkWellFormedXlsx(xlsx: Buffer | ArrayBuffer): Promise<number> {
  const parts = await xmlPartsOf(xlsx);
  if (parts.size === 0) throw new Error('the .xlsx has no XML part');
  for (const [path, xml] of parts) {
    const parser = new SaxesParser({ xmlns: true });
    let failure: Error | undefined;
    parser.on('error', (error) => {
      failure ??= error;
    });
    parser.write(xml).close();
    if (failure) throw new Error(`${path} is not well-formed XML: ${failure.message}`);
  }
  return parts.size;
}
