import { MAX_MONEY, SHARE_SUM_TOLERANCE } from '../../funnel/schema';
import type { Channel } from '../../funnel/types';
import { a1, absolute, rangeA1 } from '../a1';
import { roundDownWholeFormula as roundDown, roundUpWholeFormula as roundUp } from '../formulas';
import type { GridBuilder } from '../grid';
import type { ChannelLabels } from '../i18n/channels';
import type { NumberFormats } from '../numberFormats';
import type { Cell, ChartSpec, ConditionalRule, SheetLayout } from '../types';
import {
  CHANNEL_CHART_SIZE,
  CHANNEL_COLUMNS,
  type ChannelCells,
  type ChannelPositions,
} from './channelsCells';
import { putRowLabel } from './rowLabels';

/**
 * The "Channels" block of the goal-calculator sheet: the lead stage bought from several
 * sources. Every figure mirrors src/funnel/channels.ts (and the budget's split, budgetFirst.ts)
 * operation for operation, so tests can demand they agree.
 */

type Extra = Omit<Cell, 'formula' | 'value'>;

/** What the block needs of the sheet builder (src/layout/goalCalculator.ts). */
export interface SheetBlockWriter {
  readonly grid: GridBuilder;
  readonly rules: ConditionalRule[];
  /** A formula shown only while every input is valid ("check inputs" otherwise). */
  figure(row: number, column: number, formula: string, extra?: Extra): void;
  /** A formula that needs no guard. */
  plainFormula(row: number, column: number, formula: string, extra?: Extra): void;
}

/** The cells of the rest of the sheet the block reads (absolute references). */
export interface ChannelsBlockContext {
  readonly channels: readonly Channel[];
  readonly at: ChannelPositions;
  readonly cells: ChannelCells;
  readonly labels: ChannelLabels;
  readonly formats: NumberFormats;
  readonly money: string;
  /** Help of a conversion-rate input, shared with the funnel table's. */
  readonly conversionHelp: string;
  /** The lead stage's conversion input: a channel's rate when it has none of its own. */
  readonly leadStageRate: string;
  /** The lead stage's count in the funnel table. */
  readonly leadsNeeded: string;
  /** The conversion inputs below the lead stage's next stage, top first. */
  readonly downstreamRates: readonly string[];
  /** The marketing budget available (blank: no forward plan). */
  readonly budgetInput: string;
  /** What a figure of the forward plan shows while the budget is blank. */
  readonly needsBudget: string;
}

/** Text inside a formula's double quotes. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole column of channel rows of `column`, fixed when copied ($B$40:$B$42). */
function fixedColumn(at: ChannelPositions, column: number): string {
  const lastRow = at.firstChannel + at.count - 1;
  return rangeA1(at.firstChannel, column, lastRow, column, { row: true, column: true });
}

/**
 * The forward plan's guard for a channel figure: the budget blank, or every channel free
 * (no average cost to buy leads at), says so instead of a number.
 */
export function needsChannelBudget(context: ChannelsBlockContext, formula: string): string {
  const average = absolute(context.at.averageCostPerLead, 1);
  return `IF(${context.budgetInput}="",${quoted(context.needsBudget)},IF(${average}=0,${quoted(context.labels.needsChannelCost)},${formula}))`;
}

export function writeChannelsBlock(sheet: SheetBlockWriter, context: ChannelsBlockContext): void {
  const { at, labels, formats, money, channels } = context;
  const C = CHANNEL_COLUMNS;
  const header = (column: number, text: string, note: string) =>
    sheet.grid.text(at.header, column, text, 'header', note);
  sheet.grid.text(at.section, 0, labels.section, 'subtitle', labels.sectionNote);
  header(C.name, labels.channel, labels.channelNote);
  header(C.share, labels.share, labels.shareNote);
  header(C.costPerLead, labels.costPerLead, labels.costPerLeadNote);
  header(C.ownConversion, labels.ownConversion, labels.ownConversionNote);
  header(C.conversionUsed, labels.conversionUsed, labels.conversionUsedNote);
  header(C.leads, labels.leads, labels.leadsNote);
  header(C.budget, labels.budget, labels.budgetNote);
  header(C.costPerCustomer, labels.costPerCustomer, labels.costPerCustomerNote);
  header(C.rank, labels.rank, labels.rankNote);
  header(C.expectedCustomers, labels.expectedCustomers, labels.expectedCustomersNote);
  header(C.leadsBought, labels.leadsBought, labels.leadsBoughtNote);
  const costs = fixedColumn(at, C.costPerCustomer);
  const average = absolute(at.averageCostPerLead, 1);
  channels.forEach((channel, index) => {
    const row = at.firstChannel + index;
    const cell = (column: number) => a1(row, column);
    // The name is user text: a value cell, which every writer keeps as text.
    sheet.grid.put(row, C.name, { value: channel.name, role: 'input' });
    sheet.grid.put(row, C.share, {
      value: channel.share,
      role: 'input',
      numberFormat: formats.percent,
      validation: { kind: 'number', greaterThan: 0, atMost: 1, help: labels.shareHelp },
    });
    sheet.grid.put(row, C.costPerLead, {
      value: channel.costPerLead,
      role: 'input',
      numberFormat: money,
      validation: { kind: 'number', atLeast: 0, atMost: MAX_MONEY, help: labels.costPerLeadHelp },
    });
    sheet.grid.put(row, C.ownConversion, {
      value: channel.conversionToNext ?? '',
      role: 'input',
      numberFormat: formats.percent,
      validation: { kind: 'number', greaterThan: 0, atMost: 1, help: context.conversionHelp },
    });
    const own = cell(C.ownConversion);
    sheet.figure(row, C.conversionUsed, `IF(${own}="",${context.leadStageRate},${own})`, {
      numberFormat: formats.percent,
    });
    const rate = cell(C.conversionUsed);
    sheet.figure(row, C.leads, roundUp(`${context.leadsNeeded}*${cell(C.share)}`), {
      numberFormat: formats.count,
    });
    sheet.figure(row, C.budget, `${cell(C.leads)}*${cell(C.costPerLead)}`, {
      numberFormat: money,
    });
    // Its rate, then each rate below, multiplied top to bottom as the planner does.
    const throughFunnel = [rate, ...context.downstreamRates].join('*');
    // To the cent: float noise removed, so that equal costs rank as equal on every engine.
    sheet.figure(row, C.costPerCustomer, `ROUND(${cell(C.costPerLead)}/(${throughFunnel}),2)`, {
      numberFormat: money,
    });
    // 1 + the cheaper ones + the equal ones above: 1 for the cheapest, ties in the rows'
    // order. COUNTIF rather than RANK, which HyperFormula (the preview) does not have.
    const cost = cell(C.costPerCustomer);
    const equalAbove =
      index === 0
        ? ''
        : `+COUNTIF(${absolute(at.firstChannel, C.costPerCustomer)}:${a1(row - 1, C.costPerCustomer)},${cost})`;
    sheet.figure(row, C.rank, `1+COUNTIF(${costs},"<"&${cost})${equalAbove}`, {
      numberFormat: formats.count,
    });
    sheet.figure(row, C.expectedCustomers, `${cell(C.leads)}*(${throughFunnel})`, {
      numberFormat: formats.averageCount,
    });
    sheet.figure(
      row,
      C.leadsBought,
      needsChannelBudget(context, roundDown(`${context.budgetInput}*${cell(C.share)}/${average}`)),
      { numberFormat: formats.count },
    );
  });
  totalsRows(sheet, context);
  const rank = a1(at.firstChannel, C.rank, { column: true });
  sheet.rules.push({
    range: rangeA1(at.firstChannel, C.costPerCustomer, at.firstChannel + at.count - 1, C.rank),
    formula: `=AND(ISNUMBER(${rank}),${rank}=1)`,
    fill: 'good',
  });
}

function totalsRows(sheet: SheetBlockWriter, context: ChannelsBlockContext): void {
  const { at, labels, formats, money } = context;
  const C = CHANNEL_COLUMNS;
  const sum = (column: number) => `SUM(${fixedColumn(at, column)})`;
  sheet.grid.text(at.total, 0, labels.total, 'total');
  sheet.figure(at.total, C.share, sum(C.share), { role: 'total', numberFormat: formats.percent });
  sheet.figure(at.total, C.leads, sum(C.leads), {
    role: 'total',
    numberFormat: formats.count,
    note: labels.leadsTotalNote,
  });
  sheet.figure(at.total, C.budget, sum(C.budget), { role: 'total', numberFormat: money });
  sheet.figure(at.total, C.expectedCustomers, sum(C.expectedCustomers), {
    role: 'total',
    numberFormat: formats.averageCount,
  });
  sheet.figure(at.total, C.leadsBought, needsChannelBudget(context, sum(C.leadsBought)), {
    role: 'total',
    numberFormat: formats.count,
  });
  const shares = fixedColumn(at, C.share);
  putRowLabel(sheet.grid, at.effectiveRate, labels.effectiveRate, labels.effectiveRateNote);
  sheet.figure(at.effectiveRate, 1, `SUMPRODUCT(${shares},${fixedColumn(at, C.conversionUsed)})`, {
    numberFormat: formats.percent,
  });
  putRowLabel(
    sheet.grid,
    at.averageCostPerLead,
    labels.averageCostPerLead,
    labels.averageCostPerLeadNote,
  );
  sheet.figure(
    at.averageCostPerLead,
    1,
    `SUMPRODUCT(${shares},${fixedColumn(at, C.costPerLead)})`,
    { numberFormat: money },
  );
}

/**
 * The input check's entries for the channel inputs: [condition, the inputs' name, what they
 * accept]. Names: present and distinct (text compares ignoring case, as the schema does).
 */
export function channelInputChecks(context: ChannelsBlockContext): [string, string, string][] {
  const { at, labels } = context;
  const C = CHANNEL_COLUMNS;
  const count = at.count;
  const names = Array.from({ length: count }, (_, index) =>
    absolute(at.firstChannel + index, C.name),
  );
  const distinct = names.flatMap((name, index) =>
    names.slice(index + 1).map((other) => `${name}<>${other}`),
  );
  const shares = fixedColumn(at, C.share);
  const costs = fixedColumn(at, C.costPerLead);
  const own = fixedColumn(at, C.ownConversion);
  return [
    [
      `AND(${[...names.map((name) => `LEN(${name})>0`), ...distinct].join(',')})`,
      labels.namesCheck,
      labels.namesHelp,
    ],
    [
      `AND(COUNTIFS(${shares},">0",${shares},"<=1")=${count},ABS(SUM(${shares})-1)<=${SHARE_SUM_TOLERANCE})`,
      labels.sharesCheck,
      labels.sharesSumHelp,
    ],
    [
      `COUNTIFS(${costs},">=0",${costs},"<=${MAX_MONEY}")=${count}`,
      labels.costPerLeadCheck,
      labels.costPerLeadHelp,
    ],
    [
      `COUNTIFS(${own},">0",${own},"<=1")+COUNTBLANK(${own})=${count}`,
      labels.ownConversionCheck,
      context.conversionHelp,
    ],
  ];
}

/**
 * "Budget and customers by channel": each channel's budget and expected customers (the
 * header note says what an expectation means), on a log axis that shows both.
 */
export function channelsChart(context: ChannelsBlockContext): ChartSpec {
  const { labels, at } = context;
  // From the header row on: as in Sheets, the headers name the series in the legend.
  const withHeader = (column: number) =>
    rangeA1(at.header, column, at.firstChannel + at.count - 1, column);
  return {
    type: 'column',
    title: labels.chartTitle,
    labels: withHeader(CHANNEL_COLUMNS.name),
    series: [withHeader(CHANNEL_COLUMNS.budget), withHeader(CHANNEL_COLUMNS.expectedCustomers)],
    seriesNames: [labels.budget, labels.expectedCustomers],
    anchor: a1(at.chart, 2),
    widthPx: CHANNEL_CHART_SIZE.widthPx,
    heightPx: CHANNEL_CHART_SIZE.heightPx,
    // Budgets run to hundreds of thousands, customers to tens: on a log axis both show.
    valueScale: 'log',
  };
}

/** The channel inputs by plan key (channels.0.share...), for reading a sheet back. */
export function channelInputs(cells: ChannelCells): SheetLayout['inputs'] {
  return cells.channels.flatMap((channel, index) => [
    { key: `channels.${index}.name`, a1: channel.name },
    { key: `channels.${index}.share`, a1: channel.share },
    { key: `channels.${index}.costPerLead`, a1: channel.costPerLead },
    { key: `channels.${index}.conversionToNext`, a1: channel.ownConversion },
  ]);
}
