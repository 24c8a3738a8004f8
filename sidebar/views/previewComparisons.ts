/**
 * The live panel's blocks beyond the counts: what the budget buys and its gap to the
 * target, the channels ranked by cost per customer, the scenarios side by side. Each block
 * shows only when the plan has what it needs; every figure comes from the pure model.
 */
import type { Language } from '../../src/funnel/types';
import { el } from '../dom';
import type { Messages } from '../i18n';
import { money } from './livePreview';

export interface BudgetFigures {
  readonly budget: number;
  /** The lead stage down to customers: what the budget buys at each. */
  readonly stages: readonly { readonly name: string; readonly count: number }[];
  /** With channels: the leads each one buys with its share of the budget (plan order). */
  readonly channelLeads: readonly { readonly name: string; readonly count: number }[];
  readonly revenue: number;
  /** Below 0: short of the target. */
  readonly revenueOverTarget: number;
  /** Below 0: budget to spare. */
  readonly extraBudgetNeeded: number;
}

export interface ChannelRankFigures {
  /** Cheapest cost per customer first. */
  readonly channels: readonly {
    readonly name: string;
    readonly leads: number;
    readonly budget: number;
    readonly costPerCustomer: number;
  }[];
}

export interface ScenarioColumns {
  readonly topStageName: string;
  readonly customersStageName: string;
  /** The base plan first (name null), then each scenario. */
  readonly columns: readonly {
    readonly name: string | null;
    readonly topOfFunnel: number;
    readonly customers: number;
    readonly budget: number | null;
    readonly cac: number | null;
  }[];
}

interface Formats {
  readonly text: Messages;
  readonly whole: (value: number) => string;
  readonly cash: (value: number) => string;
}

export function formatsFor(text: Messages, currency: string, language: Language): Formats {
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return {
    text,
    whole: (value) => whole.format(value),
    cash: (value) => money(value, currency, language),
  };
}

export function budgetBlock(figures: BudgetFigures, formats: Formats): HTMLElement {
  const { text, whole, cash } = formats;
  const gap = figures.revenueOverTarget;
  const extra = figures.extraBudgetNeeded;
  return el('section', { class: 'preview-block', 'aria-labelledby': 'preview-budget-heading' }, [
    el('h3', { id: 'preview-budget-heading' }, [text.previewBudgetBuys(cash(figures.budget))]),
    el('table', { class: 'counts', id: 'preview-budget' }, [
      el(
        'tbody',
        {},
        [
          ...figures.stages.flatMap((stage, index) => [
            [stage.name, whole(stage.count), ''] as const,
            // The lead stage's leads, split by channel under it.
            ...(index === 0
              ? figures.channelLeads.map(
                  (channel) => [channel.name, whole(channel.count), 'split'] as const,
                )
              : []),
          ]),
          [text.previewBudgetRevenue, cash(figures.revenue), ''] as const,
        ].map(([name, shown, kind]) =>
          el('tr', { class: kind || undefined }, [
            el('th', { scope: 'row' }, [name]),
            el('td', {}, [shown]),
          ]),
        ),
      ),
    ]),
    el('p', { class: 'gap', id: 'preview-budget-gap' }, [
      gap < 0 ? text.previewShort(cash(-gap)) : gap > 0 ? text.previewOver(cash(gap)) : null,
      gap !== 0 && extra !== 0 ? ' ' : null,
      extra > 0
        ? text.previewExtraBudget(cash(extra))
        : extra < 0
          ? text.previewSpareBudget(cash(-extra))
          : null,
    ]),
  ]);
}

export function channelRankBlock(figures: ChannelRankFigures, formats: Formats): HTMLElement {
  const { text, whole, cash } = formats;
  return el('section', { class: 'preview-block', 'aria-labelledby': 'preview-channels-heading' }, [
    el('h3', { id: 'preview-channels-heading' }, [text.previewChannelsHeading]),
    wide(
      'preview-channels-heading',
      el('table', { class: 'counts compact', id: 'preview-channels' }, [
        el('thead', {}, [
          el(
            'tr',
            {},
            [
              text.previewChannel,
              text.previewLeads,
              text.previewChannelBudget,
              text.previewCostPerCustomer,
            ].map((heading) => el('th', { scope: 'col' }, [heading])),
          ),
        ]),
        el(
          'tbody',
          {},
          figures.channels.map((channel) =>
            el('tr', {}, [
              el('th', { scope: 'row' }, [channel.name]),
              el('td', {}, [whole(channel.leads)]),
              el('td', {}, [cash(channel.budget)]),
              el('td', {}, [cash(channel.costPerCustomer)]),
            ]),
          ),
        ),
      ]),
    ),
  ]);
}

export function scenarioBlock(figures: ScenarioColumns, formats: Formats): HTMLElement {
  const { text, whole, cash } = formats;
  const optionalCash = (value: number | null) =>
    value === null ? text.previewNotBought : cash(value);
  const rows: readonly [string, (column: ScenarioColumns['columns'][number]) => string][] = [
    [figures.topStageName, (column) => whole(column.topOfFunnel)],
    [figures.customersStageName, (column) => whole(column.customers)],
    [text.previewBudget, (column) => optionalCash(column.budget)],
    [text.previewCac, (column) => optionalCash(column.cac)],
  ];
  return el('section', { class: 'preview-block', 'aria-labelledby': 'preview-scenarios-heading' }, [
    el('h3', { id: 'preview-scenarios-heading' }, [text.previewScenariosHeading]),
    // Four columns of money may not fit 300 px: the table scrolls, reachable by keyboard.
    wide(
      'preview-scenarios-heading',
      el('table', { class: 'counts compact', id: 'preview-scenarios' }, [
        el('thead', {}, [
          el('tr', {}, [
            el('td', {}),
            ...figures.columns.map((column) =>
              el('th', { scope: 'col' }, [column.name ?? text.previewBase]),
            ),
          ]),
        ]),
        el(
          'tbody',
          {},
          rows.map(([label, shown]) =>
            el('tr', {}, [
              el('th', { scope: 'row' }, [label]),
              ...figures.columns.map((column) => el('td', {}, [shown(column)])),
            ]),
          ),
        ),
      ]),
    ),
  ]);
}

function wide(labelledBy: string, table: HTMLElement): HTMLElement {
  return el('div', { class: 'wide', tabindex: 0, role: 'region', 'aria-labelledby': labelledBy }, [
    table,
  ]);
}
