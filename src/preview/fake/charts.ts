/**
 * Fakes of the embedded-chart subset the writers use: the builder (newChart().asBarChart()
 * .addRange(...).setPosition(...).setOption(...).build()) and the chart it builds, which
 * remembers its ranges, options, position and type for tests to read.
 */
import { type CallLog, counted } from './callLog';

type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type ContainerInfo = GoogleAppsScript.Spreadsheet.ContainerInfo;

export const chartBuilderMethods = [
  'addRange',
  'asBarChart',
  'asColumnChart',
  'asLineChart',
  'setPosition',
  'setOption',
  'setNumHeaders',
  'useLogScale',
  'build',
] as const;
const chartMethods = ['getRanges', 'getOptions', 'getContainerInfo', 'getChartId'] as const;

export type FakeChartType = 'bar' | 'column' | 'line' | 'unset';

export class FakeChartBuilder
  implements
    Pick<EmbeddedChartBuilder, Exclude<(typeof chartBuilderMethods)[number], 'useLogScale'>>,
    Pick<GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder, 'useLogScale'>
{
  private readonly ranges: Range[] = [];
  private readonly options = new Map<string, unknown>();
  private chartType: FakeChartType = 'unset';
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private numHeaders = -1;
  private logScale = false;

  constructor(private readonly log: CallLog) {}

  /** Rows of the ranges that are headers; -1 (the default) lets Sheets guess. */
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.numHeaders = headers;
    return this.self();
  }

  /** The bar, column and line builders' logarithmic value axis. */
  useLogScale(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    this.logScale = true;
    return this.self() as unknown as GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder;
  }

  addRange(range: Range): EmbeddedChartBuilder {
    this.ranges.push(range);
    return this.self();
  }

  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    this.chartType = 'bar';
    return this.self() as unknown as GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder;
  }

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.chartType = 'column';
    return this.self() as unknown as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
  }

  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    this.chartType = 'line';
    return this.self() as unknown as GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }

  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.options.set(option, value);
    return this.self();
  }

  /** The EmbeddedBarChartBuilder's setTitle is setOption('title') underneath. */
  setTitle(chartTitle: string): EmbeddedChartBuilder {
    return this.setOption('title', chartTitle);
  }

  build(): EmbeddedChart {
    const chart = new FakeEmbeddedChart(
      this.chartType,
      [...this.ranges],
      new Map(this.options),
      { ...this.position },
      { numHeaders: this.numHeaders, logScale: this.logScale },
    );
    return counted(this.log, 'EmbeddedChart', chart, chartMethods) as unknown as EmbeddedChart;
  }

  private self(): EmbeddedChartBuilder {
    return this as unknown as EmbeddedChartBuilder;
  }
}

export class FakeEmbeddedChart implements Pick<EmbeddedChart, (typeof chartMethods)[number]> {
  constructor(
    /** Fake-only: the chart type the builder chose (the real API hides it in a builder). */
    readonly chartType: FakeChartType,
    private readonly ranges: Range[],
    private readonly options: Map<string, unknown>,
    private readonly position: { row: number; column: number; offsetX: number; offsetY: number },
    /** Fake-only: what the builder set that the real chart keeps inside its spec. */
    readonly axes: { readonly numHeaders: number; readonly logScale: boolean },
  ) {}

  getRanges(): Range[] {
    return [...this.ranges];
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return { get: (option: string) => this.options.get(option) ?? null };
  }

  getContainerInfo(): ContainerInfo {
    const { row, column, offsetX, offsetY } = this.position;
    return {
      getAnchorRow: () => row,
      getAnchorColumn: () => column,
      getOffsetX: () => offsetX,
      getOffsetY: () => offsetY,
    };
  }

  getChartId(): number | null {
    return null;
  }
}
