import { CAC } from '../../funnel/kpis';
import { leadStageIndexOf } from '../../funnel/period';
import { MAX_MONEY } from '../../funnel/schema';
import type { Plan } from '../../funnel/types';
import { a1, absolute, parseCell, rangeA1 } from '../a1';
import { chartValueFormula } from '../chartData';
import { roundUpWholeFormula as roundUp } from '../formulas';
import type { GoalCalculatorCells } from '../goalCalculatorCells';
import type { GridBuilder } from '../grid';
import type { GoalCalculatorLabels } from '../i18n/goalCalculator';
import { type ScenarioLabels, scenarioLabels } from '../i18n/scenarios';
import type { NumberFormats } from '../numberFormats';
import type { Cell, CellValidation, ChartSpec, SheetLayout } from '../types';
import type { ChannelCells } from './channelsCells';
import { putRowLabel, rowLabelRole } from './rowLabels';
import {
  FIRST_RATE_OFFSET,
  OVERRIDE_OFFSETS,
  SCENARIO_COLUMNS,
  type ScenarioCells,
  type ScenarioColumnCells,
  type ScenarioPositions,
  SUMMARY_COLUMNS,
  scenarioCellsOf,
} from './scenarioCells';

/**
 * The "Scenarios" block of the goal-calculator sheet: the base plan and each scenario side
 * by side. A scenario's yellow override cell replaces the base input for that scenario; a
 * blank one follows the base input live, and the "In use" rows show which figure each
 * column plans with. Every count is the reverse rule of the funnel table (the planner's
 * src/funnel/scenarios.ts, operation for operation); the base column reads the funnel table
 * and the budget block themselves, so it cannot disagree with them.
 */

/** What the block needs from the sheet's builder (src/layout/goalCalculator.ts). */
export interface ScenarioBlockContext {
  readonly plan: Plan;
  readonly grid: GridBuilder;
  readonly labels: GoalCalculatorLabels;
  readonly formats: NumberFormats;
  /** The money number format of the plan's currency. */
  readonly money: string;
  readonly cells: GoalCalculatorCells;
  /** A formula shown only while every input is valid (else "check inputs"). */
  figure(
    row: number,
    column: number,
    formula: string,
    extra?: Omit<Cell, 'formula' | 'value'>,
  ): void;
  /** A formula that needs no guard (a reference, a label built from names). */
  plainFormula(
    row: number,
    column: number,
    formula: string,
    extra?: Omit<Cell, 'formula' | 'value'>,
  ): void;
}

const CHART = { column: 6, widthPx: 480, heightPx: 300 } as const;

/** 'B5' as '$B$5'. */
function fixed(reference: string): string {
  const { row, column } = parseCell(reference);
  return absolute(row, column);
}

/** Text inside a formula's double quotes. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The input's value, or "" while it is blank (a blank cell referenced would read as 0). */
function blankOrValue(reference: string): string {
  return `IF(${reference}="","",${reference})`;
}

/**
 * The lead stage's share-weighted rate with `leadRate` for the channels without their own:
 * share x rate added channel by channel, in the plan's order, as the planner adds them.
 */
function weightedRate(channels: ChannelCells, leadRate: string): string {
  return channels.channels
    .map((channel) => {
      const own = fixed(channel.ownConversion);
      return `${fixed(channel.share)}*IF(${own}="",${leadRate},${own})`;
    })
    .join('+');
}

/**
 * The channels' budget for `leadsNeeded` leads: each channel's leads rounded up (as the
 * channels block rounds them) times its cost per lead, or the scenario's when it gives one.
 */
function channelBudget(channels: ChannelCells, leadsNeeded: string, costOverride: string): string {
  return channels.channels
    .map((channel) => {
      const leads = roundUp(`${leadsNeeded}*${fixed(channel.share)}`);
      const cost = fixed(channel.costPerLead);
      return `${leads}*IF(${costOverride}="",${cost},${costOverride})`;
    })
    .join('+');
}

export class ScenariosBlock {
  private readonly words: ScenarioLabels;
  readonly cells: ScenarioCells;

  constructor(
    private readonly context: ScenarioBlockContext,
    private readonly at: ScenarioPositions,
  ) {
    this.words = scenarioLabels[context.plan.language ?? 'en'];
    this.cells = scenarioCellsOf(context.plan, at);
  }

  private get scenarios() {
    return this.context.plan.scenarios ?? [];
  }

  private column(index: number): number {
    return SCENARIO_COLUMNS.firstScenario + index;
  }

  /** The base's input cells, in override order (revenue target, deal size, cost, rates). */
  private baseInputs(): string[] {
    const { inputs, stages } = this.context.cells;
    return [
      inputs.revenueTarget,
      inputs.averageDealSize,
      inputs.costPerLead,
      ...stages.flatMap((stage) =>
        stage.conversionToNext === null ? [] : [stage.conversionToNext],
      ),
    ].map(fixed);
  }

  /** Row labels in override order: the stage pairs' names are live ("Visitors → Leads"). */
  private figureLabels(firstRow: number): void {
    const { grid, labels, cells, plan } = this.context;
    const label = (row: number, text: string) => putRowLabel(grid, row, text);
    label(firstRow + OVERRIDE_OFFSETS.revenueTarget, labels.revenueTarget);
    label(firstRow + OVERRIDE_OFFSETS.averageDealSize, labels.averageDealSize);
    label(firstRow + OVERRIDE_OFFSETS.costPerLead, labels.costPerLead);
    this.rateRows(firstRow).forEach((row, stage) => {
      const name = (index: number) => fixed(cells.stages[index].name);
      const nameNow = (index: number) => plan.stages[index].name;
      this.context.plainFormula(
        row,
        0,
        `${name(stage)}&${quoted(labels.arrow)}&${name(stage + 1)}&${quoted(this.words.conversionSuffix)}`,
        {
          role: rowLabelRole(
            `${nameNow(stage)}${labels.arrow}${nameNow(stage + 1)}${this.words.conversionSuffix}`,
          ),
        },
      );
    });
  }

  private rateRows(firstRow: number): number[] {
    const rates = this.context.plan.stages.length - 1;
    return Array.from(
      { length: rates },
      (_, stage) => firstRow + OVERRIDE_OFFSETS.costPerLead + 1 + stage,
    );
  }

  /** A header row: its title, "Base", then each scenario's live name. */
  private headerRow(row: number, title: string, note: string): void {
    const { grid } = this.context;
    grid.text(row, SCENARIO_COLUMNS.label, title, 'header', note);
    grid.text(row, SCENARIO_COLUMNS.base, this.words.base, 'header');
    this.cells.scenarios.forEach((column, index) => {
      if (column.name === null) return;
      this.context.plainFormula(row, this.column(index), fixed(column.name), {
        role: 'header',
      });
    });
  }

  private formatsInOrder(): string[] {
    const { money, formats, plan } = this.context;
    return [money, money, money, ...plan.stages.slice(1).map(() => formats.percent)];
  }

  private validationsInOrder(): CellValidation[] {
    const { labels, plan } = this.context;
    const amount = (help: string): CellValidation => ({
      kind: 'number',
      greaterThan: 0,
      atMost: MAX_MONEY,
      help,
    });
    return [
      amount(labels.revenueTargetHelp),
      amount(labels.averageDealSizeHelp),
      { kind: 'number', atLeast: 0, atMost: MAX_MONEY, help: labels.costPerLeadHelp },
      ...plan.stages.slice(1).map(
        (): CellValidation => ({
          kind: 'number',
          greaterThan: 0,
          atMost: 1,
          help: labels.conversionHelp,
        }),
      ),
    ];
  }

  build(): void {
    const { grid } = this.context;
    const { words, at } = this;
    grid.text(at.section, 0, words.section, 'subtitle', words.sectionNote);
    grid.text(at.howToRead, 0, words.howToRead, 'note');
    this.overridesRows();
    this.inUseRows();
    this.resultRows();
    this.summaryRows();
  }

  private overridesRows(): void {
    const { grid } = this.context;
    const { words, at } = this;
    grid.text(
      at.overridesHeader,
      SCENARIO_COLUMNS.label,
      words.overrides,
      'header',
      words.overridesNote,
    );
    grid.text(at.overridesHeader, SCENARIO_COLUMNS.base, words.base, 'header');
    // Names are the person's text: written as values, never as formulas.
    this.scenarios.forEach((scenario, index) => {
      grid.put(at.overridesHeader, this.column(index), {
        value: scenario.name,
        role: 'input',
        note: words.scenarioNameNote,
      });
    });
    this.figureLabels(at.firstOverride);
    const formats = this.formatsInOrder();
    const validations = this.validationsInOrder();
    this.baseInputs().forEach((input, offset) => {
      this.context.plainFormula(
        at.firstOverride + offset,
        SCENARIO_COLUMNS.base,
        blankOrValue(input),
        {
          numberFormat: formats[offset],
        },
      );
    });
    this.scenarios.forEach((scenario, index) => {
      const values = [
        scenario.revenueTarget,
        scenario.averageDealSize,
        scenario.costPerLead,
        ...this.context.plan.stages.slice(1).map((_, stage) => scenario.conversionRates?.[stage]),
      ];
      values.forEach((value, offset) => {
        // Blank: this scenario follows the base for that figure.
        grid.put(at.firstOverride + offset, this.column(index), {
          value: value ?? '',
          role: 'input',
          numberFormat: formats[offset],
          validation: validations[offset],
        });
      });
    });
  }

  private inUseRows(): void {
    const { words, at } = this;
    this.headerRow(at.inUseHeader, words.inUse, words.inUseNote);
    this.figureLabels(at.firstInUse);
    const formats = this.formatsInOrder();
    const channels = this.context.cells.channels;
    const leadOffset = FIRST_RATE_OFFSET + leadStageIndexOf(this.context.plan);
    this.baseInputs().forEach((input, offset) => {
      // With channels the base plans with their average cost and share-weighted lead rate.
      const inUse =
        channels && offset === OVERRIDE_OFFSETS.costPerLead
          ? fixed(channels.averageCostPerLead)
          : channels && offset === leadOffset
            ? fixed(channels.effectiveRate)
            : blankOrValue(input);
      this.context.plainFormula(at.firstInUse + offset, SCENARIO_COLUMNS.base, inUse, {
        numberFormat: formats[offset],
      });
    });
    this.cells.scenarios.forEach((column, index) => {
      if (column.overrides === null) return;
      const overrides = [
        column.overrides.revenueTarget,
        column.overrides.averageDealSize,
        column.overrides.costPerLead,
        ...column.overrides.conversionRates,
      ];
      overrides.forEach((override, offset) => {
        const base = absolute(at.firstInUse + offset, SCENARIO_COLUMNS.base);
        // A lead rate with channels replaces only the rate of channels without their own.
        const given =
          channels && offset === leadOffset ? weightedRate(channels, override) : override;
        this.context.plainFormula(
          at.firstInUse + offset,
          this.column(index),
          `IF(${override}="",${base},${given})`,
          { numberFormat: formats[offset] },
        );
      });
    });
  }

  private resultRows(): void {
    const { grid, labels, formats, money, cells } = this.context;
    const { words, at } = this;
    this.headerRow(at.resultsHeader, words.results, labels.neededNote);
    const last = this.context.plan.stages.length - 1;
    cells.stages.forEach((stage, index) => {
      this.context.plainFormula(at.firstNeeded + index, 0, fixed(stage.name), {
        role: rowLabelRole(this.context.plan.stages[index].name),
      });
      // The base column is the funnel table's own count.
      this.context.plainFormula(
        at.firstNeeded + index,
        SCENARIO_COLUMNS.base,
        fixed(stage.needed),
        {
          numberFormat: formats.count,
        },
      );
    });
    putRowLabel(grid, at.budget, labels.marketingBudget);
    putRowLabel(grid, at.cac, words.impliedCac, words.impliedCacNote);
    this.context.plainFormula(
      at.budget,
      SCENARIO_COLUMNS.base,
      fixed(cells.money.marketingBudget),
      {
        numberFormat: money,
      },
    );
    this.context.plainFormula(at.cac, SCENARIO_COLUMNS.base, fixed(cells.money.cac), {
      numberFormat: money,
    });
    this.cells.scenarios.forEach((column, index) => {
      const col = this.column(index);
      const { inUse, needed } = column;
      for (let stage = last; stage >= 0; stage--) {
        const formula =
          stage === last
            ? roundUp(`${inUse.revenueTarget}/${inUse.averageDealSize}`)
            : roundUp(`${needed[stage + 1]}/${inUse.conversionRates[stage]}`);
        this.context.figure(at.firstNeeded + stage, col, formula, { numberFormat: formats.count });
      }
      const leadNeeded = needed[leadStageIndexOf(this.context.plan)];
      const channels = this.context.cells.channels;
      const costOverride = column.overrides?.costPerLead ?? '';
      // With channels there is always a price: theirs, or the scenario's for every channel.
      const needsCost = (formula: string) =>
        channels
          ? formula
          : `IF(${inUse.costPerLead}="",${quoted(labels.needsCostPerLead)},${formula})`;
      const budget = channels
        ? channelBudget(channels, leadNeeded, costOverride)
        : `${leadNeeded}*${inUse.costPerLead}`;
      this.context.figure(at.budget, col, needsCost(budget), { numberFormat: money });
      this.context.figure(at.cac, col, needsCost(CAC.native([column.budget, needed[last]])), {
        numberFormat: money,
      });
    });
  }

  /** The table the chart reads: a figure or #N/A (a gap), never text plotted as 0. */
  private summaryRows(): void {
    const { grid, labels, formats, money } = this.context;
    const { words, at } = this;
    grid.text(at.summarySection, 0, words.summary, 'subtitle');
    grid.text(at.summaryHeader, SUMMARY_COLUMNS.name, words.scenario, 'header');
    grid.text(at.summaryHeader, SUMMARY_COLUMNS.customers, words.customersNeeded, 'header');
    grid.text(at.summaryHeader, SUMMARY_COLUMNS.budget, labels.marketingBudget, 'header');
    grid.text(at.summaryHeader, SUMMARY_COLUMNS.cac, words.impliedCac, 'header');
    const columns: ScenarioColumnCells[] = [this.cells.base, ...this.cells.scenarios];
    columns.forEach((column, index) => {
      const row = at.firstSummary + index;
      if (column.name === null) putRowLabel(grid, row, words.base);
      else
        this.context.plainFormula(row, SUMMARY_COLUMNS.name, fixed(column.name), {
          role: rowLabelRole(this.scenarios[index - 1].name),
        });
      const value = (column_: number, cell: string, numberFormat: string) =>
        grid.put(row, column_, {
          formula: chartValueFormula(cell),
          role: 'output',
          numberFormat,
        });
      value(SUMMARY_COLUMNS.customers, column.needed[column.needed.length - 1], formats.count);
      value(SUMMARY_COLUMNS.budget, column.budget, money);
      value(SUMMARY_COLUMNS.cac, column.cac, money);
    });
  }

  chart(): ChartSpec {
    const { labels } = this.context;
    return {
      type: 'column',
      title: this.words.chartTitle,
      labels: this.cells.summary.names,
      series: [this.cells.summary.budget, this.cells.summary.cac],
      seriesNames: [labels.marketingBudget, this.words.impliedCac],
      anchor: a1(this.at.section, CHART.column),
      widthPx: CHART.widthPx,
      heightPx: CHART.heightPx,
      // A budget of hundreds of thousands beside a CAC of thousands: a log axis shows both.
      valueScale: 'log',
    };
  }

  /** The scenario input cells, as plan paths ("scenarios.1.conversionRates.2"). */
  inputs(): SheetLayout['inputs'] {
    return this.cells.scenarios.flatMap((column, index) => {
      const path = `scenarios.${index}`;
      if (column.name === null || column.overrides === null) return [];
      const { overrides } = column;
      return [
        { key: `${path}.name`, a1: column.name },
        { key: `${path}.revenueTarget`, a1: overrides.revenueTarget },
        { key: `${path}.averageDealSize`, a1: overrides.averageDealSize },
        { key: `${path}.costPerLead`, a1: overrides.costPerLead },
        ...overrides.conversionRates.map((cell, stage) => ({
          key: `${path}.conversionRates.${stage}`,
          a1: cell,
        })),
      ];
    });
  }

  /**
   * The input check's condition for every override cell: blank, or within the base field's
   * range. One check, so the problems cell names "Scenario overrides" once.
   */
  inputCheck(): [string, string, string] {
    const count = this.scenarios.length;
    const first = SCENARIO_COLUMNS.firstScenario;
    const lastColumn = first + count - 1;
    const rowRange = (row: number, rows = 1) =>
      rangeA1(row, first, row + rows - 1, lastColumn, { row: true, column: true });
    const rates = this.context.plan.stages.length - 1;
    const blankOrWithin = (range: string, cells: number, low: string, high: number) =>
      `COUNTIFS(${range},"${low}",${range},"<=${high}")+COUNTBLANK(${range})=${cells}`;
    const row = (offset: number) => this.at.firstOverride + offset;
    const conditions = [
      blankOrWithin(rowRange(row(OVERRIDE_OFFSETS.revenueTarget)), count, '>0', MAX_MONEY),
      blankOrWithin(rowRange(row(OVERRIDE_OFFSETS.averageDealSize)), count, '>0', MAX_MONEY),
      blankOrWithin(rowRange(row(OVERRIDE_OFFSETS.costPerLead)), count, '>=0', MAX_MONEY),
      blankOrWithin(rowRange(row(OVERRIDE_OFFSETS.costPerLead) + 1, rates), count * rates, '>0', 1),
    ];
    return [`AND(${conditions.join(',')})`, this.words.overrideCheck, this.words.overrideCheckHelp];
  }
}
