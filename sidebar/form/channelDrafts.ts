/**
 * The channel editor's state: lead sources as typed (shares and rates in percent), the pure
 * edits the editor makes (add, remove, move, change), the shares still to assign, and the
 * candidate channels handed to the schema. No DOM, so it is tested as plain functions.
 */
import { MAX_CHANNELS } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';
import type { Draft, ParsedNumber } from './draft';
import { type NumberConvention, readNumber } from './numberInput';

/** The Add button stops at the schema's limit. */
export const MAX_CHANNEL_ROWS = MAX_CHANNELS;

export interface ChannelDraft {
  /** Stable identity across reorders, so focus and messages follow a moved row. */
  readonly id: number;
  readonly name: string;
  /** This channel's share of the lead stage in percent, as typed. */
  readonly sharePercent: string;
  readonly costPerLead: string;
  /** Its leads' conversion to the next stage in percent; blank: the lead stage's rate. */
  readonly ratePercent: string;
}

let nextChannelId = 1;

export const channelNameKey = (id: number) => `channel-${id}-name`;
export const channelShareKey = (id: number) => `channel-${id}-share`;
export const channelCostKey = (id: number) => `channel-${id}-cost`;
export const channelRateKey = (id: number) => `channel-${id}-rate`;

export function channelDraftsFromPlan(
  plan: Plan,
  typed: (value: number) => string,
  percentText: (fraction: number) => string,
): ChannelDraft[] {
  return (plan.channels ?? []).map((channel) => ({
    id: nextChannelId++,
    name: channel.name,
    sharePercent: percentText(channel.share),
    costPerLead: typed(channel.costPerLead),
    ratePercent:
      channel.conversionToNext === undefined ? '' : percentText(channel.conversionToNext),
  }));
}

/**
 * A new channel takes what is left of 100% (nothing when the shares are full or over) and
 * the plan's cost per lead, so a first channel alone is already the plan as it was.
 */
export function addChannel(draft: Draft, name: string, sharePercent: string): Draft {
  const channel: ChannelDraft = {
    id: nextChannelId++,
    name,
    sharePercent,
    costPerLead: draft.costPerLead,
    ratePercent: '',
  };
  return { ...draft, channels: [...draft.channels, channel] };
}

export function removeChannel(draft: Draft, id: number): Draft {
  return { ...draft, channels: draft.channels.filter((channel) => channel.id !== id) };
}

export function moveChannel(draft: Draft, id: number, offset: -1 | 1): Draft {
  const from = draft.channels.findIndex((channel) => channel.id === id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= draft.channels.length) return draft;
  const channels = [...draft.channels];
  [channels[from], channels[to]] = [channels[to], channels[from]];
  return { ...draft, channels };
}

export function updateChannel(
  draft: Draft,
  id: number,
  change: Partial<Omit<ChannelDraft, 'id'>>,
): Draft {
  return {
    ...draft,
    channels: draft.channels.map((channel) =>
      channel.id === id ? { ...channel, ...change } : channel,
    ),
  };
}

/**
 * 100% minus the shares typed so far, in percent (15 significant digits, so 33.3 + 66.7
 * leaves 0, not 1.4e-14); null while a share does not read as a number.
 */
export function sharesRemainder(
  channels: readonly ChannelDraft[],
  numbers: NumberConvention,
): number | null {
  let sum = 0;
  for (const channel of channels) {
    const reading = readNumber(channel.sharePercent, numbers, { percent: true });
    if (reading.kind === 'blank') continue;
    if (reading.kind !== 'number') return null;
    sum += reading.value;
  }
  return Number(((1 - sum) * 100).toPrecision(15));
}

export function channelsCandidate(
  channels: readonly ChannelDraft[],
  parseNumber: (typed: string) => ParsedNumber,
  parsePercent: (typed: string) => ParsedNumber,
): Record<string, unknown>[] {
  return channels.map((channel) => {
    const rate = parsePercent(channel.ratePercent);
    return {
      name: channel.name.trim(),
      share: parsePercent(channel.sharePercent),
      costPerLead: parseNumber(channel.costPerLead),
      ...(rate === undefined ? {} : { conversionToNext: rate }),
    };
  });
}
