/**
 * The counts per stage, recomputed on every keystroke by the same planner the sheet is
 * checked against. Announced politely so a screen reader is not interrupted while typing.
 */
import type { Language } from '../../src/funnel/types';
import { el, replaceChildren } from '../dom';
import type { Messages } from '../i18n';
import {
  type BudgetFigures,
  budgetBlock,
  type ChannelRankFigures,
  channelRankBlock,
  formatsFor,
  type ScenarioColumns,
  scenarioBlock,
} from './previewComparisons';

export interface PreviewFigures {
  readonly stages: readonly { readonly name: string; readonly count: number }[];
  /** Absent when the plan has no cost per lead. */
  readonly marketingBudget?: number;
  /** ISO 4217 code the money figures are shown in. */
  readonly currency: string;
  /** With a marketing budget: what it buys, going forward. */
  readonly budget?: BudgetFigures;
  /** With channels: each one's leads, budget and cost per customer. */
  readonly channels?: ChannelRankFigures;
  /** With scenarios: the base plan and each one side by side. */
  readonly scenarios?: ScenarioColumns;
}

export function previewSection(text: Messages): HTMLElement {
  return el('section', { class: 'preview', 'aria-labelledby': 'preview-heading' }, [
    el('h2', { id: 'preview-heading' }, [text.previewHeading]),
    el('div', { id: 'preview-body', 'aria-live': 'polite' }),
  ]);
}

export function showPreview(
  root: ParentNode,
  figures: PreviewFigures | undefined,
  text: Messages,
  language: Language,
): void {
  const body = root.querySelector('#preview-body');
  if (!body) return;
  if (!figures) {
    replaceChildren(body, [el('p', { class: 'hint' }, [text.previewWaiting])]);
    return;
  }
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const rows = figures.stages.map((stage) =>
    el('tr', {}, [
      el('th', { scope: 'row' }, [stage.name]),
      el('td', {}, [whole.format(stage.count)]),
    ]),
  );
  replaceChildren(body, [
    el('table', { class: 'counts' }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { scope: 'col' }, [text.previewStage]),
          el('th', { scope: 'col' }, [text.previewNeeded]),
        ]),
      ]),
      el('tbody', {}, rows),
    ]),
    figures.marketingBudget === undefined
      ? null
      : el('p', { class: 'budget' }, [
          `${text.previewBudget}: `,
          el('strong', {}, [money(figures.marketingBudget, figures.currency, language)]),
        ]),
    ...comparisons(figures, formatsFor(text, figures.currency, language)),
  ]);
}

function comparisons(
  figures: PreviewFigures,
  formats: ReturnType<typeof formatsFor>,
): HTMLElement[] {
  return [
    figures.budget ? budgetBlock(figures.budget, formats) : null,
    figures.channels ? channelRankBlock(figures.channels, formats) : null,
    figures.scenarios ? scenarioBlock(figures.scenarios, formats) : null,
  ].filter((block): block is HTMLElement => block !== null);
}

/** "$192,000", "€192.000" or "NT$192,000": the plan's currency, the sidebar's language. */
export function money(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    currencyDisplay: 'symbol',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(amount);
}
