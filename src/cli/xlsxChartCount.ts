/**
 * How many charts each worksheet of an .xlsx draws (workbook order), read from the package's
 * relationships: worksheet -> drawing -> charts. The check's fix goes through exceljs, which
 * drops every chart; FunnelMath draws its own again, so a sheet with more charts than its
 * layout has would lose the user's.
 */
import { posix } from 'node:path';
import JSZip from 'jszip';

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async('string')) ?? '';
}

/** The targets of a part's relationships of one type, as package paths. */
async function targets(zip: JSZip, part: string, type: string): Promise<string[]> {
  const rels = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  const xml = await text(zip, rels);
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((element) => element.includes(`/relationships/${type}"`))
    .map((element) => /Target="([^"]+)"/.exec(element)?.[1] ?? '')
    .filter((target) => target !== '')
    .map((target) =>
      target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(part), target),
    );
}

export async function chartsPerSheet(xlsx: Buffer): Promise<number[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await text(zip, 'xl/workbook.xml');
  const ids = [...workbook.matchAll(/<sheet\b[^>]*\br:id="([^"]+)"/g)].map((match) => match[1]);
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const counts: number[] = [];
  for (const id of ids) {
    const element = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((match) => match[0])
      .find((candidate) => candidate.includes(`Id="${id}"`));
    const target = element && /Target="([^"]+)"/.exec(element)?.[1];
    const sheetPath = target
      ? target.startsWith('/')
        ? target.slice(1)
        : posix.join('xl', target)
      : '';
    let charts = 0;
    for (const drawing of await targets(zip, sheetPath, 'drawing'))
      charts += (await targets(zip, drawing, 'chart')).length;
    counts.push(charts);
  }
  return counts;
}
