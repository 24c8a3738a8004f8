/**
 * What each control of the channel and scenario editors does to the sidebar's state, given
 * app.ts's two ways of changing it: `edit` (typing: refresh only, the caret stays) and
 * `reshape` (rows added, moved, removed: re-render, focus on the equivalent control).
 */
import {
  addChannel,
  channelCostKey,
  channelNameKey,
  channelRateKey,
  channelShareKey,
  moveChannel,
  removeChannel,
  sharesRemainder,
  updateChannel,
} from './form/channelDrafts';
import { CHANNELS_KEY, SCENARIOS_KEY } from './form/channelScenarioErrors';
import type { Draft } from './form/draft';
import { type NumberConvention, typedNumber } from './form/numberInput';
import {
  addScenario,
  removeScenario,
  scenarioCostKey,
  scenarioDealKey,
  scenarioNameKey,
  scenarioRateKey,
  scenarioTargetKey,
  setScenarioRate,
  updateScenario,
} from './form/scenarioDrafts';
import type { Messages } from './i18n';
import { CHANNEL_FOCUS_PREFIX, type ChannelEditorActions } from './views/channelEditor';
import { focusAfterMove } from './views/rowMoveButtons';
import type { ScenarioEditorActions } from './views/scenarioEditor';

export interface StateChanges {
  readonly draft: () => Draft;
  readonly text: () => Messages;
  readonly numbers: () => NumberConvention;
  readonly edit: (change: (draft: Draft) => Draft, touchedKey: string) => void;
  readonly reshape: (
    change: (draft: Draft) => Draft,
    touchedKey: string,
    focusKey?: string,
  ) => void;
  /** Marks a field as typed in, so its message shows from now on. */
  readonly touch: (key: string) => void;
}

export function channelScenarioActions(
  changes: StateChanges,
): ChannelEditorActions & ScenarioEditorActions {
  const { draft, text, edit, reshape, touch } = changes;
  return {
    renameChannel: (id, name) =>
      edit((current) => updateChannel(current, id, { name }), channelNameKey(id)),
    setChannelNumber: (id, field, typed) => {
      // The shares' sum is the list's own rule: it shows once any share has been typed.
      if (field === 'sharePercent') touch(CHANNELS_KEY);
      edit(
        (current) => updateChannel(current, id, { [field]: typed }),
        { sharePercent: channelShareKey, costPerLead: channelCostKey, ratePercent: channelRateKey }[
          field
        ](id),
      );
    },
    moveChannel: (id, offset) => {
      const channels = draft().channels;
      const from = channels.findIndex((channel) => channel.id === id);
      const focusKey = focusAfterMove(CHANNEL_FOCUS_PREFIX, id, from, offset, channels.length);
      reshape((current) => moveChannel(current, id, offset), CHANNELS_KEY, focusKey);
    },
    removeChannel: (id) =>
      reshape((current) => removeChannel(current, id), CHANNELS_KEY, 'add-channel'),
    addChannel: () => {
      const current = draft();
      const left = sharesRemainder(current.channels, changes.numbers());
      const share = left !== null && left > 0 ? typedNumber(left, changes.numbers()) : '';
      const name = text().newChannelName(current.channels.length + 1);
      const added = addChannel(current, name, share);
      const newId = added.channels[added.channels.length - 1].id;
      reshape(() => added, CHANNELS_KEY, channelNameKey(newId));
    },
    setScenarioText: (id, field, typed) =>
      edit(
        (current) => updateScenario(current, id, { field, value: typed }),
        {
          name: scenarioNameKey,
          revenueTarget: scenarioTargetKey,
          averageDealSize: scenarioDealKey,
          costPerLead: scenarioCostKey,
        }[field](id),
      ),
    setScenarioRate: (id, stageId, typed) =>
      edit((current) => setScenarioRate(current, id, stageId, typed), scenarioRateKey(id, stageId)),
    removeScenario: (id) =>
      reshape((current) => removeScenario(current, id), SCENARIOS_KEY, 'add-scenario'),
    addScenario: () => {
      const current = draft();
      const added = addScenario(current, text().newScenarioName(current.scenarios.length + 1));
      const newId = added.scenarios[added.scenarios.length - 1].id;
      reshape(() => added, SCENARIOS_KEY, scenarioNameKey(newId));
    },
  };
}

/**
 * When the language changes, a channel or scenario still called by its default name
 * ("Channel 2") takes the new language's ("管道 2"); a name the person typed stays.
 */
export function translateDefaultRowNames(draft: Draft, from: Messages, to: Messages): Draft {
  const renamed = <Row extends { readonly name: string }>(
    rows: readonly Row[],
    fromName: (position: number) => string,
    toName: (position: number) => string,
  ) =>
    rows.map((row, index) =>
      row.name === fromName(index + 1) ? { ...row, name: toName(index + 1) } : row,
    );
  return {
    ...draft,
    channels: renamed(draft.channels, from.newChannelName, to.newChannelName),
    scenarios: renamed(draft.scenarios, from.newScenarioName, to.newScenarioName),
  };
}
