/**
 * Draws a sheet's embedded chart as SVG from its data: bars for 'bar' (horizontal, as the
 * goal calculator's funnel), columns for 'column', lines for 'line'. Labels are SVG text
 * set with textContent, so a stage name is never parsed as markup.
 */
import type { GridChart } from '../protocol';

const SVG = 'http://www.w3.org/2000/svg';
const palette = ['#1a73e8', '#188038', '#e37400', '#a142f4'];

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

export function drawChart(chart: GridChart): SVGSVGElement {
  const { width, height } = chart;
  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    class: 'chart',
  });
  root.append(
    svg('title', {}, chart.title),
    svg('rect', { width, height, fill: '#fff', stroke: '#dadce0' }),
    svg('text', { x: width / 2, y: 22, 'text-anchor': 'middle', 'font-weight': 600 }, chart.title),
  );
  const max = Math.max(1, ...chart.series.flat());
  const plot = { left: 12, top: 36, right: width - 12, bottom: height - 12 };
  if (chart.type === 'bar') drawBars(root, chart, max, plot);
  else if (chart.type === 'line') drawLines(root, chart, max, plot);
  else drawColumns(root, chart, max, plot);
  return root;
}

interface Plot {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function drawBars(root: SVGSVGElement, chart: GridChart, max: number, plot: Plot): void {
  const labelWidth = Math.min(140, (plot.right - plot.left) * 0.35);
  const rowHeight = (plot.bottom - plot.top) / Math.max(1, chart.labels.length);
  const barWidth = plot.right - plot.left - labelWidth - 60;
  chart.labels.forEach((label, row) => {
    const y = plot.top + row * rowHeight;
    root.append(svg('text', { x: plot.left, y: y + rowHeight / 2 + 4, class: 'label' }, label));
    chart.series.forEach((values, index) => {
      const thickness = (rowHeight * 0.7) / chart.series.length;
      const length = Math.max(1, (values[row] / max) * barWidth);
      const top = y + rowHeight * 0.15 + index * thickness;
      root.append(
        svg('rect', {
          x: plot.left + labelWidth,
          y: top,
          width: length,
          height: thickness,
          fill: palette[index % palette.length],
        }),
        svg(
          'text',
          { x: plot.left + labelWidth + length + 4, y: top + thickness / 2 + 4, class: 'value' },
          values[row].toLocaleString('en'),
        ),
      );
    });
  });
}

function drawColumns(root: SVGSVGElement, chart: GridChart, max: number, plot: Plot): void {
  const slot = (plot.right - plot.left) / Math.max(1, chart.labels.length);
  const chartHeight = plot.bottom - plot.top - 18;
  chart.labels.forEach((label, column) => {
    const x = plot.left + column * slot;
    root.append(
      svg(
        'text',
        { x: x + slot / 2, y: plot.bottom, 'text-anchor': 'middle', class: 'label' },
        label,
      ),
    );
    chart.series.forEach((values, index) => {
      const thickness = (slot * 0.7) / chart.series.length;
      const length = (values[column] / max) * chartHeight;
      root.append(
        svg('rect', {
          x: x + slot * 0.15 + index * thickness,
          y: plot.top + chartHeight - length,
          width: thickness,
          height: Math.max(0, length),
          fill: palette[index % palette.length],
        }),
      );
    });
  });
}

function drawLines(root: SVGSVGElement, chart: GridChart, max: number, plot: Plot): void {
  const step = (plot.right - plot.left) / Math.max(1, chart.labels.length - 1);
  const chartHeight = plot.bottom - plot.top - 18;
  chart.series.forEach((values, index) => {
    const points = values.map(
      (value, at) =>
        `${plot.left + at * step},${plot.top + chartHeight - (value / max) * chartHeight}`,
    );
    root.append(
      svg('polyline', {
        points: points.join(' '),
        fill: 'none',
        stroke: palette[index % palette.length],
        'stroke-width': 2,
      }),
    );
  });
  chart.labels.forEach((label, at) => {
    root.append(
      svg(
        'text',
        { x: plot.left + at * step, y: plot.bottom, 'text-anchor': 'middle', class: 'label' },
        label,
      ),
    );
  });
}
