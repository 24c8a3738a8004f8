/**
 * The channel editor: one row per lead source (name; move up, move down, remove; share %,
 * cost per lead, optional conversion %), an Add button (up to 8), and the shares still to
 * assign, recomputed as the person types. Each input's accessible name says which channel
 * it belongs to ("Paid search: share of leads (%)"); the short visible label stays short.
 */
import { el } from '../dom';
import {
  type ChannelDraft,
  channelCostKey,
  channelNameKey,
  channelRateKey,
  channelShareKey,
  MAX_CHANNEL_ROWS,
  sharesRemainder,
} from '../form/channelDrafts';
import { CHANNELS_KEY } from '../form/channelScenarioErrors';
import type { Draft } from '../form/draft';
import type { NumberConvention } from '../form/numberInput';
import type { Messages } from '../i18n';
import { actionButton } from './actionButton';
import { errorSlot, inputId } from './field';
import { relabelRowField, rowNameInput, rowNumberField } from './rowField';
import { relabelRowMoveButtons, rowMoveButtons } from './rowMoveButtons';

export type ChannelNumberField = 'sharePercent' | 'costPerLead' | 'ratePercent';

export interface ChannelEditorActions {
  readonly renameChannel: (id: number, name: string) => void;
  readonly setChannelNumber: (id: number, field: ChannelNumberField, typed: string) => void;
  readonly moveChannel: (id: number, offset: -1 | 1) => void;
  readonly removeChannel: (id: number) => void;
  readonly addChannel: () => void;
}

const REMAINDER_ID = 'channel-shares-remainder';
/** The channel rows' buttons have focus keys channel-up-3... (channelScenarioActions.ts). */
export const CHANNEL_FOCUS_PREFIX = 'channel-';

export function channelEditor(
  draft: Draft,
  text: Messages,
  actions: ChannelEditorActions,
): HTMLElement {
  const last = draft.channels.length - 1;
  return el('fieldset', { class: 'channels', 'aria-describedby': 'channels-hint' }, [
    el('legend', {}, [
      text.channelsHeading,
      el('span', { class: 'optional' }, [` (${text.optional})`]),
    ]),
    el('p', { class: 'hint', id: 'channels-hint' }, [text.channelsHint(MAX_CHANNEL_ROWS)]),
    el(
      'ol',
      { class: 'channel-list' },
      draft.channels.map((channel, index) => channelRow(channel, index, last, text, actions)),
    ),
    draft.channels.length > 0
      ? el('p', { id: REMAINDER_ID, class: 'shares-remainder', 'aria-live': 'polite' })
      : null,
    errorSlot(CHANNELS_KEY),
    actionButton(
      {
        class: 'add',
        'data-focus': 'add-channel',
        disabled: draft.channels.length >= MAX_CHANNEL_ROWS,
      },
      text.addChannel,
      actions.addChannel,
    ),
  ]);
}

export function channelShownName(channel: ChannelDraft, index: number, text: Messages): string {
  return channel.name.trim() || text.newChannelName(index + 1);
}

function channelRow(
  channel: ChannelDraft,
  index: number,
  last: number,
  text: Messages,
  actions: ChannelEditorActions,
): HTMLElement {
  const nameKey = channelNameKey(channel.id);
  const name = rowNameInput(nameKey, channel.name, (typed) =>
    actions.renameChannel(channel.id, typed),
  );
  const shownName = channelShownName(channel, index, text);
  const numberCell = (key: string, field: ChannelNumberField, unit?: string) =>
    rowNumberField({
      key,
      value: channel[field],
      fullLabel: fullLabel(field, shownName, text),
      shortLabel: shortLabel(field, text),
      unit,
      // The shares left to assign are read with each share.
      describedBy: field === 'sharePercent' ? REMAINDER_ID : undefined,
      messageInside: false,
      className: 'channel-number',
      onInput: (typed) => actions.setChannelNumber(channel.id, field, typed),
    });
  const shareKey = channelShareKey(channel.id);
  const costKey = channelCostKey(channel.id);
  const rateKey = channelRateKey(channel.id);
  return el('li', { class: 'channel', 'data-channel-id': channel.id }, [
    el('div', { class: 'stage-row' }, [
      el('label', { for: inputId(nameKey), class: 'visually-hidden' }, [
        text.channelName(index + 1),
      ]),
      name,
      ...rowMoveButtons(
        {
          id: channel.id,
          index,
          last,
          shownName,
          focusPrefix: CHANNEL_FOCUS_PREFIX,
          move: (offset) => actions.moveChannel(channel.id, offset),
          remove: () => actions.removeChannel(channel.id),
        },
        text,
      ),
    ]),
    errorSlot(nameKey),
    el('div', { class: 'channel-numbers' }, [
      numberCell(shareKey, 'sharePercent', '%'),
      numberCell(costKey, 'costPerLead'),
      numberCell(rateKey, 'ratePercent', '%'),
    ]),
    errorSlot(shareKey),
    errorSlot(costKey),
    errorSlot(rateKey),
  ]);
}

function fullLabel(field: ChannelNumberField, name: string, text: Messages): string {
  if (field === 'sharePercent') return text.channelShare(name);
  if (field === 'costPerLead') return text.channelCostPerLead(name);
  return text.channelRate(name);
}

function shortLabel(field: ChannelNumberField, text: Messages): string {
  if (field === 'sharePercent') return text.channelShareShort;
  if (field === 'costPerLead') return text.channelCostShort;
  return text.rateShort;
}

/**
 * After each keystroke: the shares left to assign, each row's words (a renamed channel's
 * buttons and labels), and the rate placeholder (the lead stage's rate a blank one takes).
 */
export function refreshChannels(
  root: ParentNode,
  draft: Draft,
  text: Messages,
  numbers: NumberConvention,
  leadStageRate: string,
): void {
  const remainder = root.querySelector(`#${REMAINDER_ID}`);
  if (remainder) {
    const wanted = remainderText(sharesRemainder(draft.channels, numbers), text, numbers);
    if (remainder.textContent !== wanted) remainder.textContent = wanted;
  }
  draft.channels.forEach((channel, index) => {
    const row = root.querySelector(`[data-channel-id="${channel.id}"]`);
    if (!row) return;
    const shownName = channelShownName(channel, index, text);
    relabelRowMoveButtons(row, shownName, text);
    const fields: [string, ChannelNumberField][] = [
      [channelShareKey(channel.id), 'sharePercent'],
      [channelCostKey(channel.id), 'costPerLead'],
      [channelRateKey(channel.id), 'ratePercent'],
    ];
    for (const [key, field] of fields) relabelRowField(row, key, fullLabel(field, shownName, text));
    const rate = row.querySelector<HTMLInputElement>(`#${inputId(channelRateKey(channel.id))}`);
    if (rate && rate.placeholder !== leadStageRate) rate.placeholder = leadStageRate;
  });
}

/** "40% left to assign", "5% too much", or "add up to 100%"; nothing while a share is not a number. */
function remainderText(
  remainder: number | null,
  text: Messages,
  numbers: NumberConvention,
): string {
  if (remainder === null) return '';
  const shown = new Intl.NumberFormat(numbers.locale, { maximumFractionDigits: 10 }).format(
    Math.abs(remainder),
  );
  if (remainder === 0) return text.sharesComplete;
  return remainder > 0 ? text.sharesLeft(shown) : text.sharesOver(shown);
}
