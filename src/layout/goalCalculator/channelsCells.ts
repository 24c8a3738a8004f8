import type { Plan } from '../../funnel/types';
import { a1, rangeA1 } from '../a1';

/**
 * Where the "Channels" block of the goal-calculator sheet sits: one row per channel under a
 * header, then the totals, the share-weighted lead rate and cost per lead, and the chart
 * "Budget and customers by channel" below them. Its rows depend on the number of channels
 * only; the block exists only for a plan with channels.
 */

/** Columns of the channel rows: four inputs, then the figures. */
export const CHANNEL_COLUMNS = {
  name: 0,
  share: 1,
  costPerLead: 2,
  ownConversion: 3,
  conversionUsed: 4,
  leads: 5,
  budget: 6,
  costPerCustomer: 7,
  rank: 8,
  expectedCustomers: 9,
  leadsBought: 10,
} as const;

/** The chart's rows below the block's figures (300 px at Sheets' 21 px a row). */
export const CHANNEL_CHART_ROWS = 15;
export const CHANNEL_CHART_SIZE = { widthPx: 600, heightPx: 300 } as const;

/** Zero-based rows of the block. */
export interface ChannelPositions {
  readonly count: number;
  readonly section: number;
  readonly header: number;
  readonly firstChannel: number;
  readonly total: number;
  readonly effectiveRate: number;
  readonly averageCostPerLead: number;
  /** The chart's top-left row. */
  readonly chart: number;
  /** Rows the block takes from its section row on, a blank row after the chart included. */
  readonly rows: number;
}

/** The block's rows from `section` on; null for a plan without channels. */
export function channelPositions(plan: Plan, section: number): ChannelPositions | null {
  const count = plan.channels?.length ?? 0;
  if (count === 0) return null;
  const firstChannel = section + 2;
  const total = firstChannel + count;
  const chart = total + 3;
  return {
    count,
    section,
    header: section + 1,
    firstChannel,
    total,
    effectiveRate: total + 1,
    averageCostPerLead: total + 2,
    chart,
    rows: chart + CHANNEL_CHART_ROWS + 1 - section,
  };
}

/** One channel's cells (A1, unqualified). */
export interface ChannelRowCells {
  readonly name: string;
  readonly share: string;
  readonly costPerLead: string;
  /** The optional own conversion rate input. */
  readonly ownConversion: string;
  /** Its own rate, or the lead stage's. */
  readonly conversionUsed: string;
  readonly leads: string;
  readonly budget: string;
  readonly costPerCustomer: string;
  readonly rank: string;
  readonly expectedCustomers: string;
  /** Leads the marketing budget available buys through this channel. */
  readonly leadsBought: string;
}

export type ChannelColumn = keyof typeof CHANNEL_COLUMNS;

export interface ChannelCells {
  /** In the plan's order. */
  readonly channels: readonly ChannelRowCells[];
  /** Each column over the channel rows (totals excluded), e.g. columns.share = 'B40:B42'. */
  readonly columns: Readonly<Record<ChannelColumn, string>>;
  readonly totals: {
    readonly share: string;
    readonly leads: string;
    readonly budget: string;
    readonly expectedCustomers: string;
    readonly leadsBought: string;
  };
  readonly effectiveRate: string;
  readonly averageCostPerLead: string;
}

export function channelCellsOf(at: ChannelPositions): ChannelCells {
  const rows = Array.from({ length: at.count }, (_, index) => at.firstChannel + index);
  const lastRow = rows[rows.length - 1];
  const columnKeys = Object.keys(CHANNEL_COLUMNS) as ChannelColumn[];
  const rowCells = (row: number) =>
    Object.fromEntries(
      columnKeys.map((key) => [key, a1(row, CHANNEL_COLUMNS[key])]),
    ) as unknown as ChannelRowCells;
  return {
    channels: rows.map(rowCells),
    columns: Object.fromEntries(
      columnKeys.map((key) => [
        key,
        rangeA1(at.firstChannel, CHANNEL_COLUMNS[key], lastRow, CHANNEL_COLUMNS[key]),
      ]),
    ) as Record<ChannelColumn, string>,
    totals: {
      share: a1(at.total, CHANNEL_COLUMNS.share),
      leads: a1(at.total, CHANNEL_COLUMNS.leads),
      budget: a1(at.total, CHANNEL_COLUMNS.budget),
      expectedCustomers: a1(at.total, CHANNEL_COLUMNS.expectedCustomers),
      leadsBought: a1(at.total, CHANNEL_COLUMNS.leadsBought),
    },
    effectiveRate: a1(at.effectiveRate, 1),
    averageCostPerLead: a1(at.averageCostPerLead, 1),
  };
}
