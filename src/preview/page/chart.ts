/**
 * Draws a sheet's embedded chart as SVG from its data, as Sheets would: horizontal bars for
 * 'bar' (the goal calculator's funnel), columns for 'column', straight lines for 'line',
 * with a value axis (linear from 0, or logarithmic) and its gridlines, the categories under
 * it and a legend when there are several series. A missing value is a gap: no point, no
 * bar, and the line breaks there. Labels are SVG text set with textContent, so a stage name
 * is never parsed as markup. Every mark carries data-series and data-category, for tests.
 */
import { chartPalette } from '../../layout/styles';
import type { GridChart } from '../protocol';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Maps a value to a 0..1 position on the value axis, and lists the axis's ticks. */
interface ValueAxis {
  position(value: number): number;
  readonly ticks: readonly number[];
}

function niceStep(range: number): number {
  const raw = range / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= raw) ?? raw;
}

function valueAxis(chart: GridChart): ValueAxis {
  const values = chart.series.flatMap((series) => series.values).filter((value) => value !== null);
  const max = Math.max(1, ...(values as number[]));
  if (chart.logScale) {
    const low = Math.log10(chart.logMinimum > 0 ? chart.logMinimum : 1);
    const high = Math.max(low + 1, Math.ceil(Math.log10(max)));
    const ticks = Array.from(
      { length: Math.round(high - low) + 1 },
      (_, index) => 10 ** (low + index),
    );
    return {
      position: (value) => (value > 0 ? (Math.log10(value) - low) / (high - low) : -1),
      ticks,
    };
  }
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  return { position: (value) => value / top, ticks };
}

function tickLabel(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: 2 });
}

/** The charts' text font (grid.css: 12 px in the page's font), for measuring before drawing. */
const CHART_FONT = '12px Roboto, Arial, "Noto Sans CJK SC", sans-serif';

let measuring: CanvasRenderingContext2D | null | undefined;

/** A label's width in pixels: measured by a canvas, or 7 px a character where there is none. */
function textWidth(text: string): number {
  if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 7;
  measuring.font = CHART_FONT;
  return measuring.measureText(text).width;
}

/** Room left of the plot for the widest value label ("1,000,000" on a log axis), and its gap. */
function valueLabelRoom(axis: ValueAxis): number {
  return 12 + Math.ceil(Math.max(0, ...axis.ticks.map((tick) => textWidth(tickLabel(tick)))));
}

export function drawChart(chart: GridChart): SVGSVGElement {
  const { width, height } = chart;
  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    class: 'chart',
    'data-type': chart.type,
  });
  root.append(
    svg('title', {}, chart.title),
    svg('rect', { width, height, fill: '#fff', stroke: '#dadce0' }),
    svg('text', { x: width / 2, y: 22, 'text-anchor': 'middle', 'font-weight': 600 }, chart.title),
  );
  const legend = chart.series.length > 1;
  const axis = valueAxis(chart);
  if (chart.type === 'bar') {
    const labelWidth = Math.min(120, width * 0.3);
    const box = {
      left: 12 + labelWidth,
      top: 36,
      right: width - 16,
      bottom: height - (legend ? 48 : 28),
    };
    drawValueGrid(root, axis, box, 'horizontal');
    drawBars(root, chart, axis, box);
  } else {
    const box = {
      left: Math.max(56, valueLabelRoom(axis)),
      top: 36,
      right: width - 16,
      bottom: height - (legend ? 48 : 28),
    };
    drawValueGrid(root, axis, box, 'vertical');
    if (chart.type === 'line') drawLines(root, chart, axis, box);
    else drawColumns(root, chart, axis, box);
    drawCategories(root, chart, box);
  }
  if (legend) drawLegend(root, chart, height - 14);
  return root;
}

/** Gridlines and tick labels of the value axis: up the side, or along the bottom for bars. */
function drawValueGrid(
  root: SVGSVGElement,
  axis: ValueAxis,
  box: Box,
  direction: 'vertical' | 'horizontal',
): void {
  for (const tick of axis.ticks) {
    const at = axis.position(tick);
    if (direction === 'vertical') {
      const y = box.bottom - at * (box.bottom - box.top);
      root.append(
        svg('line', { x1: box.left, x2: box.right, y1: y, y2: y, stroke: '#e0e0e0' }),
        svg(
          'text',
          { x: box.left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' },
          tickLabel(tick),
        ),
      );
    } else {
      const x = box.left + at * (box.right - box.left);
      root.append(
        svg('line', { x1: x, x2: x, y1: box.top, y2: box.bottom, stroke: '#e0e0e0' }),
        svg(
          'text',
          { x, y: box.bottom + 14, 'text-anchor': 'middle', class: 'tick' },
          tickLabel(tick),
        ),
      );
    }
  }
}

/** Category labels under the plot, thinned so that they never overlap. */
function drawCategories(root: SVGSVGElement, chart: GridChart, box: Box): void {
  const slot = (box.right - box.left) / Math.max(1, chart.labels.length);
  const every = Math.max(1, Math.ceil(64 / slot));
  chart.labels.forEach((label, index) => {
    if (index % every !== 0) return;
    root.append(
      svg(
        'text',
        {
          x: box.left + (index + 0.5) * slot,
          y: box.bottom + 16,
          'text-anchor': 'middle',
          class: 'label',
        },
        label,
      ),
    );
  });
}

function drawLegend(root: SVGSVGElement, chart: GridChart, y: number): void {
  let x = 16;
  chart.series.forEach((series, index) => {
    root.append(
      svg('rect', {
        x,
        y: y - 9,
        width: 10,
        height: 10,
        fill: chartPalette[index % chartPalette.length],
      }),
      svg('text', { x: x + 14, y, class: 'legend' }, series.name),
    );
    x += 24 + series.name.length * 7;
  });
}

function drawBars(root: SVGSVGElement, chart: GridChart, axis: ValueAxis, box: Box): void {
  const rowHeight = (box.bottom - box.top) / Math.max(1, chart.labels.length);
  chart.labels.forEach((label, row) => {
    const y = box.top + row * rowHeight;
    root.append(
      svg(
        'text',
        { x: box.left - 6, y: y + rowHeight / 2 + 4, 'text-anchor': 'end', class: 'label' },
        label,
      ),
    );
    chart.series.forEach((series, index) => {
      const value = series.values[row];
      if (value === null || value === undefined || axis.position(value) < 0) return;
      const thickness = (rowHeight * 0.7) / chart.series.length;
      const length = Math.max(1, axis.position(value) * (box.right - box.left));
      const top = y + rowHeight * 0.15 + index * thickness;
      root.append(
        svg('rect', {
          x: box.left,
          y: top,
          width: length,
          height: thickness,
          fill: chartPalette[index % chartPalette.length],
          'data-series': series.name,
          'data-category': label,
          'data-value': value,
        }),
      );
    });
  });
}

function drawColumns(root: SVGSVGElement, chart: GridChart, axis: ValueAxis, box: Box): void {
  const slot = (box.right - box.left) / Math.max(1, chart.labels.length);
  const plotHeight = box.bottom - box.top;
  chart.labels.forEach((label, column) => {
    chart.series.forEach((series, index) => {
      const value = series.values[column];
      if (value === null || value === undefined || axis.position(value) < 0) return;
      const thickness = (slot * 0.8) / chart.series.length;
      const length = Math.max(1, axis.position(value) * plotHeight);
      root.append(
        svg('rect', {
          x: box.left + column * slot + slot * 0.1 + index * thickness,
          y: box.bottom - length,
          width: thickness,
          height: length,
          fill: chartPalette[index % chartPalette.length],
          'data-series': series.name,
          'data-category': label,
          'data-value': value,
        }),
      );
    });
  });
}

/** Straight segments between neighbouring months that both have a value; a marker on each. */
function drawLines(root: SVGSVGElement, chart: GridChart, axis: ValueAxis, box: Box): void {
  const slot = (box.right - box.left) / Math.max(1, chart.labels.length);
  const plotHeight = box.bottom - box.top;
  chart.series.forEach((series, index) => {
    const colour = chartPalette[index % chartPalette.length];
    const point = (at: number, value: number) =>
      [box.left + (at + 0.5) * slot, box.bottom - axis.position(value) * plotHeight] as const;
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1)
        root.append(
          svg('polyline', {
            points: run.join(' '),
            fill: 'none',
            stroke: colour,
            'stroke-width': 2,
            'data-series': series.name,
          }),
        );
      run = [];
    };
    series.values.forEach((value, at) => {
      if (value === null) {
        flush();
        return;
      }
      const [x, y] = point(at, value);
      run.push(`${x},${y}`);
      root.append(
        svg('circle', {
          cx: x,
          cy: y,
          r: 3,
          fill: colour,
          'data-series': series.name,
          'data-category': chart.labels[at] ?? '',
          'data-value': value,
        }),
      );
    });
    flush();
  });
}
