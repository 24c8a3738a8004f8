/**
 * The number fields of the channel and scenario editors, for readings.ts: each one's key,
 * its text, whether it is a percentage, and how to put retyped text back into the draft.
 */
import {
  type ChannelDraft,
  channelCostKey,
  channelRateKey,
  channelShareKey,
  updateChannel,
} from './channelDrafts';
import type { Draft } from './draft';
import type { NumberField } from './readings';
import {
  type ScenarioTextField,
  scenarioCostKey,
  scenarioDealKey,
  scenarioRateKey,
  scenarioTargetKey,
  setScenarioRate,
  updateScenario,
} from './scenarioDrafts';

export function channelAndScenarioNumberFields(draft: Draft): NumberField[] {
  const channelField = (
    channel: ChannelDraft,
    key: string,
    field: 'sharePercent' | 'costPerLead' | 'ratePercent',
  ): NumberField => ({
    key,
    typed: channel[field],
    percent: field !== 'costPerLead',
    retype: (current, typed) => updateChannel(current, channel.id, { [field]: typed }),
  });
  const channels = draft.channels.flatMap((channel) => [
    channelField(channel, channelShareKey(channel.id), 'sharePercent'),
    channelField(channel, channelCostKey(channel.id), 'costPerLead'),
    channelField(channel, channelRateKey(channel.id), 'ratePercent'),
  ]);
  const rated = draft.stages.slice(0, -1);
  const scenarios = draft.scenarios.flatMap((scenario) => {
    const plain = (key: string, field: Exclude<ScenarioTextField, 'name'>): NumberField => ({
      key,
      typed: scenario[field],
      percent: false,
      retype: (current, typed) => updateScenario(current, scenario.id, { field, value: typed }),
    });
    return [
      plain(scenarioTargetKey(scenario.id), 'revenueTarget'),
      plain(scenarioDealKey(scenario.id), 'averageDealSize'),
      plain(scenarioCostKey(scenario.id), 'costPerLead'),
      ...rated.map(
        (stage): NumberField => ({
          key: scenarioRateKey(scenario.id, stage.id),
          typed: scenario.ratesPercent[stage.id] ?? '',
          percent: true,
          retype: (current, typed) => setScenarioRate(current, scenario.id, stage.id, typed),
        }),
      ),
    ];
  });
  return [...channels, ...scenarios];
}
