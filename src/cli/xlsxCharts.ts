import JSZip from 'jszip';
import { parseRange, qualified, rangeA1 } from '../layout/a1';
import { chartHasHeaderRow, LOG_AXIS_MINIMUM } from '../layout/chartData';
import { chartPalette } from '../layout/styles';
import type { ChartSpec, SheetLayout } from '../layout/types';
import type { CachedResult } from './xlsx';
import { rowHeightPx } from './xlsxRows';

/**
 * Adds each layout's charts to an .xlsx that exceljs wrote, as real DrawingML chart parts
 * (exceljs has no chart API): per sheet a drawing part anchoring the charts, per chart a
 * chart part whose series reference the sheet's live cells, and the relationships and
 * content types that tie them in. Excel and LibreOffice draw them from the cells, so the
 * chart follows every edit like the formulas do.
 */

const EMU_PER_PIXEL = 9525;
/** An unset column's width, in pixels. */
const DEFAULT_COLUMN_PX = 64;

const NS = {
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  officeRelationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawingRelationship:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRelationship: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  drawingMain: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
} as const;

const CONTENT_TYPES = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** An absolute, sheet-qualified reference as chart formulas need it: 'Goal Calculator'!$A$15:$A$19. */
function chartReference(sheetName: string, range: string): string {
  const { start, end } = parseRange(range);
  return qualified(
    sheetName,
    rangeA1(start.row, start.column, end.row, end.column, { row: true, column: true }),
  );
}

/**
 * Pixels between a chart and its anchor cell's top-left corner: a chart starting exactly on a
 * page's edge (a column or row break) prints its border on the page before in LibreOffice.
 */
const CHART_INSET_PX = 4;

/** The cell and pixel offset where a pixel distance from `startIndex` lands. */
function cellAt(startIndex: number, distancePx: number, sizeOf: (index: number) => number) {
  let index = startIndex;
  let remaining = distancePx;
  while (remaining >= sizeOf(index)) {
    remaining -= sizeOf(index);
    index++;
  }
  return { index, offsetEmu: Math.round(remaining * EMU_PER_PIXEL) };
}

function anchorXml(
  layout: SheetLayout,
  chart: ChartSpec,
  relationshipId: string,
  chartNumber: number,
): string {
  const { start } = parseRange(chart.anchor);
  const columnPx = (index: number) => layout.columnWidths[index] ?? DEFAULT_COLUMN_PX;
  // The chart's far corner stays where its size puts it (the page plan counts on it), so
  // the inset takes a few pixels off its width and height.
  const insetEmu = Math.round(CHART_INSET_PX * EMU_PER_PIXEL);
  const to = {
    column: cellAt(start.column, chart.widthPx, columnPx),
    row: cellAt(start.row, chart.heightPx, (index) => rowHeightPx(layout, index)),
  };
  const marker = (column: number, columnOffset: number, row: number, rowOffset: number) =>
    `<xdr:col>${column}</xdr:col><xdr:colOff>${columnOffset}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${rowOffset}</xdr:rowOff>`;
  return [
    '<xdr:twoCellAnchor editAs="oneCell">',
    `<xdr:from>${marker(start.column, insetEmu, start.row, insetEmu)}</xdr:from>`,
    `<xdr:to>${marker(to.column.index, to.column.offsetEmu, to.row.index, to.row.offsetEmu)}</xdr:to>`,
    '<xdr:graphicFrame macro="">',
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${chartNumber + 1}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${relationshipId}"/></a:graphicData></a:graphic>`,
    '</xdr:graphicFrame>',
    '<xdr:clientData/>',
    '</xdr:twoCellAnchor>',
  ].join('');
}

function drawingXml(layout: SheetLayout, firstChartNumber: number): string {
  const anchors = layout.charts.map((chart, index) =>
    anchorXml(layout, chart, `rId${index + 1}`, firstChartNumber + index),
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.officeRelationships}">${anchors.join('')}</xdr:wsDr>`;
}

/** A column of cells on the chart's sheet: its absolute reference and its 0-based cells. */
interface CellColumn {
  readonly reference: string;
  readonly column: number;
  readonly rows: readonly number[];
}

interface ChartSeries {
  /** A literal name, or the header cell that names the series. */
  readonly name: { readonly text: string } | CellColumn;
  readonly values: CellColumn;
}

/**
 * What a cell holds when the file is written, where that is known: a literal of the
 * layout, or the result the caller computed (the preview knows every formula's; the CLI
 * knows none). Charts carry it as their cache, for viewers that do not recalculate.
 */
export type KnownValue = (row: number, column: number) => CachedResult | undefined;

function cellColumn(
  sheetName: string,
  column: number,
  startRow: number,
  endRow: number,
): CellColumn {
  return {
    reference: chartReference(sheetName, rangeA1(startRow, column, endRow, column)),
    column,
    rows: Array.from({ length: endRow - startRow + 1 }, (_, index) => startRow + index),
  };
}

/**
 * Series and categories of a chart spec, as an .xlsx chart needs them. Like Sheets, a range
 * whose first cell is a header cell of the layout starts with a header row: the header
 * names the series and is not data. A series range of several columns is one series per
 * column, as Sheets draws it.
 */
function chartData(
  layout: SheetLayout,
  chart: ChartSpec,
): { categories: CellColumn; series: ChartSeries[] } {
  const labels = parseRange(chart.labels);
  const header = chartHasHeaderRow(layout, chart) ? 1 : 0;
  const series = chart.series.flatMap((range, seriesIndex) => {
    const { start, end } = parseRange(range);
    const columns = end.column - start.column + 1;
    return Array.from({ length: columns }, (_, offset): ChartSeries => {
      const column = start.column + offset;
      const givenName = chart.seriesNames[seriesIndex] ?? '';
      return {
        name: header
          ? cellColumn(layout.name, column, start.row, start.row)
          : { text: columns === 1 ? givenName : `${givenName} ${offset + 1}` },
        values: cellColumn(layout.name, column, start.row + header, end.row),
      };
    });
  });
  return {
    categories: cellColumn(
      layout.name,
      labels.start.column,
      labels.start.row + header,
      labels.end.row,
    ),
    series,
  };
}

/** A text cache of the cells, when every one of them is known and none is a number. */
function stringCache(cells: CellColumn, known: KnownValue): string {
  const values = cells.rows.map((row) => known(row, cells.column));
  if (values.some((value) => value === undefined || typeof value === 'number')) return '';
  const points = values.map((value, index) =>
    typeof value === 'object'
      ? ''
      : `<c:pt idx="${index}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`,
  );
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join('')}</c:strCache>`;
}

/** A number cache of the cells, when every one is known; a non-number is a missing point. */
function numberCache(cells: CellColumn, known: KnownValue): string {
  const values = cells.rows.map((row) => known(row, cells.column));
  if (values.some((value) => value === undefined)) return '';
  const points = values.map((value, index) =>
    typeof value === 'number' ? `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>` : '',
  );
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join('')}</c:numCache>`;
}

/**
 * Excel's "show #N/A as an empty cell" (Office 2019+): with it, a month whose chart data is
 * #N/A is a gap like an empty cell, instead of a line drawn across it (older Excel draws
 * across it; LibreOffice 7.4 draws any non-numeric formula result at zero, see the
 * LibreOffice chart test: only an empty cell is a gap there).
 */
const NA_AS_BLANK =
  '<c:extLst><c:ext uri="{56B9EC1D-385E-4148-901F-78D8002777C0}" xmlns:c16r3="http://schemas.microsoft.com/office/drawing/2017/03/chart"><c16r3:dataDisplayOptions16><c16r3:dispNaAsBlank val="1"/></c16r3:dataDisplayOptions16></c:ext></c:extLst>';

function seriesXml(
  chart: ChartSpec,
  item: ChartSeries,
  categories: CellColumn,
  index: number,
  known: KnownValue,
): string {
  const name =
    'text' in item.name
      ? `<c:tx><c:v>${escapeXml(item.name.text)}</c:v></c:tx>`
      : `<c:tx><c:strRef><c:f>${escapeXml(item.name.reference)}</c:f>${stringCache(item.name, known)}</c:strRef></c:tx>`;
  const colour = chartPalette[index % chartPalette.length].replace('#', '').toUpperCase();
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  const shape =
    chart.type === 'line'
      ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>`
      : `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`;
  // A marker on every point, so a month standing alone between two gaps still shows.
  const marker =
    chart.type === 'line'
      ? `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`
      : '';
  // LibreOffice smooths a line series that does not say otherwise: straight segments only.
  const smooth = chart.type === 'line' ? '<c:smooth val="0"/>' : '';
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}${shape}${marker}` +
    `<c:cat><c:strRef><c:f>${escapeXml(categories.reference)}</c:f>${stringCache(categories, known)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(item.values.reference)}</c:f>${numberCache(item.values, known)}</c:numRef></c:val>${smooth}</c:ser>`
  );
}

/** A bar chart (horizontal for 'bar', vertical for 'column') or a line chart of the series. */
export function chartXml(
  layout: SheetLayout,
  chart: ChartSpec,
  cachedResult: KnownValue = () => undefined,
): string {
  const data = chartData(layout, chart);
  const known: KnownValue = (row, column) => {
    const cell = layout.cells[row]?.[column];
    if (!cell) return undefined;
    return 'formula' in cell ? cachedResult(row, column) : cell.value;
  };
  const series = data.series
    .map((item, index) => seriesXml(chart, item, data.categories, index, known))
    .join('');
  const axes = '<c:axId val="1001"/><c:axId val="1002"/>';
  const plot =
    chart.type === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="${chart.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="50"/>${axes}</c:barChart>`;
  // A horizontal bar chart lists categories bottom-up; reverse it so the top of the
  // funnel is on top, as in the table.
  const categoryOrder = chart.type === 'bar' ? 'maxMin' : 'minMax';
  // A log axis from 1, not from the power of ten below the smallest value (LibreOffice and
  // Excel pick 10 for a 12): 12 deals then stand a quarter as tall as 2,000 leads.
  const logBase = chart.valueScale === 'log' ? '<c:logBase val="10"/>' : '';
  const logMinimum = chart.valueScale === 'log' ? `<c:min val="${LOG_AXIS_MINIMUM}"/>` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.officeRelationships}">`,
    '<c:chart>',
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`,
    '<c:autoTitleDeleted val="0"/>',
    '<c:plotArea><c:layout/>',
    plot,
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${categoryOrder}"/></c:scaling><c:delete val="0"/><c:axPos val="${chart.type === 'bar' ? 'l' : 'b'}"/><c:crossAx val="1002"/><c:crosses val="autoZero"/></c:catAx>`,
    `<c:valAx><c:axId val="1002"/><c:scaling>${logBase}<c:orientation val="minMax"/>${logMinimum}</c:scaling><c:delete val="0"/><c:axPos val="${chart.type === 'bar' ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:crossAx val="1001"/><c:crosses val="${chart.type === 'bar' ? 'max' : 'autoZero'}"/></c:valAx>`,
    '</c:plotArea>',
    data.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '',
    '<c:plotVisOnly val="1"/>',
    // An empty cell is a gap, never a zero: a month without data breaks the line.
    '<c:dispBlanksAs val="gap"/>',
    NA_AS_BLANK,
    '</c:chart>',
    '</c:chartSpace>',
  ].join('');
}

function relationshipsXml(
  relationships: readonly { id: string; type: string; target: string }[],
): string {
  const items = relationships.map(
    (relationship) =>
      `<Relationship Id="${relationship.id}" Type="${relationship.type}" Target="${relationship.target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.relationships}">${items.join('')}</Relationships>`;
}

/** Adds a relationship to a .rels part (creating it), returning the new relationship's id. */
async function addRelationship(
  zip: JSZip,
  relsPath: string,
  type: string,
  target: string,
): Promise<string> {
  const existing = await zip.file(relsPath)?.async('string');
  const ids = [...(existing ?? '').matchAll(/Id="rId(\d+)"/g)].map((match) => Number(match[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  zip.file(
    relsPath,
    existing
      ? existing.replace('</Relationships>', `${element}</Relationships>`)
      : relationshipsXml([{ id, type, target }]),
  );
  return id;
}

/**
 * The sheet's <drawing> element goes after the elements that precede it in the schema and
 * before <legacyDrawing> (exceljs's notes), <tableParts> and <extLst>.
 */
function insertDrawingElement(sheetXml: string, relationshipId: string): string {
  const element = `<drawing r:id="${relationshipId}"/>`;
  const before =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheetXml,
    );
  if (before) return `${sheetXml.slice(0, before.index)}${element}${sheetXml.slice(before.index)}`;
  return sheetXml.replace('</worksheet>', `${element}</worksheet>`);
}

/** Returns `xlsx` with the layouts' charts added (sheet N of the file is layout N). */
export async function addCharts(
  xlsx: Buffer,
  layouts: readonly SheetLayout[],
  cachedResult: (
    sheetIndex: number,
    row: number,
    column: number,
  ) => CachedResult | undefined = () => undefined,
): Promise<Buffer> {
  if (layouts.every((layout) => layout.charts.length === 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  let contentTypes = await zip.file('[Content_Types].xml')?.async('string');
  if (!contentTypes) throw new Error('not an .xlsx: [Content_Types].xml is missing');
  let chartNumber = 0;
  for (const [index, layout] of layouts.entries()) {
    if (layout.charts.length === 0) continue;
    const sheetNumber = index + 1;
    const sheetPath = `xl/worksheets/sheet${sheetNumber}.xml`;
    const sheetXml = await zip.file(sheetPath)?.async('string');
    if (!sheetXml) throw new Error(`the .xlsx has no ${sheetPath} for sheet "${layout.name}"`);
    if (sheetXml.includes('<drawing '))
      throw new Error(`sheet "${layout.name}" already has a drawing`);

    const drawingPath = `xl/drawings/funnelmathDrawing${sheetNumber}.xml`;
    const chartRelationships = layout.charts.map((chart, chartIndex) => {
      chartNumber++;
      const chartPath = `xl/charts/funnelmathChart${chartNumber}.xml`;
      zip.file(
        chartPath,
        chartXml(layout, chart, (row, column) => cachedResult(index, row, column)),
      );
      contentTypes = contentTypes?.replace(
        '</Types>',
        `<Override PartName="/${chartPath}" ContentType="${CONTENT_TYPES.chart}"/></Types>`,
      );
      return {
        id: `rId${chartIndex + 1}`,
        type: NS.chartRelationship,
        target: `../charts/funnelmathChart${chartNumber}.xml`,
      };
    });
    zip.file(drawingPath, drawingXml(layout, chartNumber - layout.charts.length));
    zip.file(
      `xl/drawings/_rels/funnelmathDrawing${sheetNumber}.xml.rels`,
      relationshipsXml(chartRelationships),
    );
    contentTypes = contentTypes.replace(
      '</Types>',
      `<Override PartName="/${drawingPath}" ContentType="${CONTENT_TYPES.drawing}"/></Types>`,
    );

    const drawingId = await addRelationship(
      zip,
      `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`,
      NS.drawingRelationship,
      `../drawings/funnelmathDrawing${sheetNumber}.xml`,
    );
    zip.file(sheetPath, insertDrawingElement(sheetXml, drawingId));
  }
  zip.file('[Content_Types].xml', contentTypes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
