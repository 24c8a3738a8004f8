import { CURRENCY_CODES } from '../funnel/currency';
import { currencyCodeOf, startMonthOf } from '../funnel/defaults';
import { CAC } from '../funnel/kpis';
import { DAYS_PER_YEAR, leadStageIndexOf, SENSITIVITY_STEP } from '../funnel/period';
import {
  MAX_MONEY,
  MAX_MONTHLY_GROWTH,
  MAX_SALES_CYCLE_DAYS,
  MIN_MONTHLY_GROWTH,
} from '../funnel/schema';
import { MAX_START_YEAR, MIN_START_YEAR } from '../funnel/startMonth';
import type { Language, Plan } from '../funnel/types';
import { a1, absolute, rangeA1 } from './a1';
import { roundDownWholeFormula as roundDown, roundUpWholeFormula as roundUp } from './formulas';
import {
  type ChannelsBlockContext,
  channelInputChecks,
  channelInputs,
  channelsChart,
  needsChannelBudget,
  writeChannelsBlock,
} from './goalCalculator/channelsBlock';
import { CHANNEL_COLUMNS } from './goalCalculator/channelsCells';
import { LABEL_COLUMN_WIDTH, putRowLabel, rowLabelRole } from './goalCalculator/rowLabels';
import { ScenariosBlock } from './goalCalculator/scenariosBlock';
import {
  ARRIVALS_FIRST_COUNT_COLUMN,
  cellsOf,
  FUNNEL_COLUMNS,
  type GoalCalculatorCells,
  MONTHS_FIRST_COUNT_COLUMN,
  type Positions,
  positionsOf,
  SENSITIVITY_FIRST_COUNT_COLUMN,
} from './goalCalculatorCells';
import { GridBuilder } from './grid';
import { channelLabels } from './i18n/channels';
import { type GoalCalculatorLabels, goalCalculatorLabels } from './i18n/goalCalculator';
import { moneyFormat, type NumberFormats, numberFormats } from './numberFormats';
import { printOrientation, widePrintSetup } from './print';
import type { Cell, CellValidation, ChartSpec, ConditionalRule, SheetLayout } from './types';

export {
  type GoalCalculatorCells,
  goalCalculatorCells,
  plannedArrivalsFormula,
  plannedRevenueFormula,
} from './goalCalculatorCells';

/**
 * The goal-calculator sheet as data: a plan becomes an inputs block, the funnel table, the
 * budget and pipeline figures, a sensitivity table, the deals closing each month, the
 * calendar of when each stage must fill, and a funnel chart. Every figure is a native
 * formula over the input cells, built to mirror the pure planner (src/funnel/planner.ts)
 * operation for operation, so tests can demand they agree. While an input is invalid every
 * figure shows "check inputs" instead of a number (the input-check cell decides).
 *
 * Where each cell sits is goalCalculatorCells.ts; its exports are re-exported here for other
 * sheets (the dashboard's plan-vs-actual) that reference the plan.
 */

const VALUE_COLUMN_WIDTH = 150;
const CHART = { column: 6, row: 3, widthPx: 480, heightPx: 300 } as const;
const MS_PER_DAY = 86_400_000;
/** Day 0 of spreadsheet date serial numbers (Sheets, Excel after 1900-03, LibreOffice). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The serial number of the first day of "YYYY-MM": the value a date cell holds. */
export function monthSerial(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return (Date.UTC(year, monthNumber - 1, 1) - SERIAL_EPOCH) / MS_PER_DAY;
}

/** "YYYY-MM" of a date serial number. */
export function monthOfSerial(serial: number): string {
  const date = new Date(SERIAL_EPOCH + serial * MS_PER_DAY);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Text inside a formula's double quotes. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Builds the sheet's cells; one method per block keeps each block's formulas together. */
class GoalCalculatorBuilder {
  readonly grid = new GridBuilder();
  readonly rules: ConditionalRule[] = [];
  private readonly labels: GoalCalculatorLabels;
  private readonly formats: NumberFormats;
  private readonly money: string;
  private readonly cells: GoalCalculatorCells;
  private readonly last: number;
  private readonly leadStage: number;
  private readonly startMonth: string;
  private readonly currency: string;
  readonly scenarios: ScenariosBlock | null;
  /** The "Channels" block's context; null for a plan without channels. */
  private readonly channels: ChannelsBlockContext | null;

  constructor(
    private readonly plan: Plan,
    private readonly at: Positions,
  ) {
    const language: Language = plan.language ?? 'en';
    this.labels = goalCalculatorLabels[language];
    this.formats = numberFormats[language];
    this.startMonth = startMonthOf(plan);
    this.currency = currencyCodeOf(plan);
    this.money = moneyFormat(this.currency);
    this.cells = cellsOf(plan, at);
    this.last = plan.stages.length - 1;
    this.leadStage = leadStageIndexOf(plan);
    this.channels = this.channelsContext();
    this.scenarios =
      at.scenarios === null
        ? null
        : new ScenariosBlock(
            {
              plan,
              grid: this.grid,
              labels: this.labels,
              formats: this.formats,
              money: this.money,
              cells: this.cells,
              figure: (row, column, formula, extra) => this.figure(row, column, formula, extra),
              plainFormula: (row, column, formula, extra) =>
                this.plainFormula(row, column, formula, extra),
            },
            at.scenarios,
          );
  }

  private channelsContext(): ChannelsBlockContext | null {
    const { plan, at, cells, leadStage } = this;
    if (!plan.channels || !at.channels || !cells.channels) return null;
    return {
      channels: plan.channels,
      at: at.channels,
      cells: cells.channels,
      labels: channelLabels[plan.language ?? 'en'],
      formats: this.formats,
      money: this.money,
      conversionHelp: this.labels.conversionHelp,
      leadStageRate: absolute(this.stageRow(leadStage), FUNNEL_COLUMNS.conversion),
      leadsNeeded: absolute(this.stageRow(leadStage), FUNNEL_COLUMNS.needed),
      downstreamRates: plan.stages
        .slice(leadStage + 1, -1)
        .map((_, offset) =>
          absolute(this.stageRow(leadStage + 1 + offset), FUNNEL_COLUMNS.conversion),
        ),
      budgetInput: this.input(at.inputs.marketingBudget),
      needsBudget: this.labels.needsBudget,
    };
  }

  /**
   * The rate a stage's count is divided by: its conversion input, except the lead stage's
   * with channels, which is their share-weighted rate (always an absolute reference).
   */
  private rateOf(stage: number, anchored: boolean): string {
    if (this.channels && stage === this.leadStage)
      return absolute(this.channels.at.effectiveRate, 1);
    const row = this.stageRow(stage);
    return anchored ? absolute(row, FUNNEL_COLUMNS.conversion) : a1(row, FUNNEL_COLUMNS.conversion);
  }

  /** The cost of one lead the budget figures use: the plan's, or the channels' average. */
  private costPerLeadRef(): string {
    return this.channels
      ? absolute(this.channels.at.averageCostPerLead, 1)
      : this.input(this.at.inputs.costPerLead);
  }

  /** An absolute reference to an input value cell ($B$5). */
  private input(row: number): string {
    return absolute(row, 1);
  }

  private stageRow(stage: number): number {
    return this.at.funnel.firstStage + stage;
  }

  /** "If every input is valid, the figure; otherwise 'check inputs'." */
  private guarded(formula: string): string {
    return `IF(${this.input(this.at.inputs.inputCheck)}=1,${formula},${quoted(this.labels.checkInputs)})`;
  }

  /** A figure: a formula shown only while the inputs are valid. */
  figure(
    row: number,
    column: number,
    formula: string,
    extra: Omit<Cell, 'formula' | 'value'> = {},
  ): void {
    this.grid.put(row, column, {
      formula: `=${this.guarded(formula)}`,
      role: 'output',
      ...extra,
    });
  }

  /** A formula that needs no guard (a reference, a label built from names). */
  plainFormula(
    row: number,
    column: number,
    formula: string,
    extra: Omit<Cell, 'formula' | 'value'> = {},
  ): void {
    this.grid.put(row, column, { formula: `=${formula}`, role: 'output', ...extra });
  }

  private inputRow(
    row: number,
    label: string,
    note: string,
    value: number | string | undefined,
    numberFormat: string,
    validation: CellValidation,
  ): void {
    putRowLabel(this.grid, row, label);
    // An absent optional input stays an empty yellow cell the person may fill in later.
    this.grid.put(row, 1, { value: value ?? '', role: 'input', numberFormat, note, validation });
  }

  /** The days from the stage before customers on, as the sheet applies them (see planner). */
  private daysFrom(stage: number): string {
    const days = rangeA1(this.stageRow(0), 3, this.stageRow(this.last - 1), 3, {
      row: true,
      column: true,
    });
    const fromHere = rangeA1(this.stageRow(stage), 3, this.stageRow(this.last - 1), 3, {
      row: true,
      column: true,
    });
    return `IF(COUNT(${days})=0,SUM(${this.input(this.at.inputs.salesCycleDays)}),SUM(${fromHere}))`;
  }

  titleBlock(): void {
    this.grid.text(0, 0, this.labels.title, 'title');
    this.grid.text(1, 0, this.labels.instructions, 'note');
  }

  inputsBlock(): void {
    const { plan, labels, formats, money } = this;
    const rows = this.at.inputs;
    const amount = (help: string): CellValidation => ({
      kind: 'number',
      greaterThan: 0,
      atMost: MAX_MONEY,
      help,
    });
    this.grid.text(rows.section, 0, labels.inputsSection, 'subtitle');
    this.inputRow(
      rows.revenueTarget,
      labels.revenueTarget,
      labels.revenueTargetNote,
      plan.revenueTarget,
      money,
      amount(labels.revenueTargetHelp),
    );
    putRowLabel(this.grid, rows.period, labels.period);
    this.grid.text(rows.period, 1, labels.periodNames[plan.period], 'label', labels.periodNote);
    this.inputRow(
      rows.averageDealSize,
      labels.averageDealSize,
      labels.averageDealSizeNote,
      plan.averageDealSize,
      money,
      amount(labels.averageDealSizeHelp),
    );
    this.inputRow(
      rows.costPerLead,
      labels.costPerLead,
      this.channels ? this.channels.labels.costPerLeadUnusedNote : labels.costPerLeadNote,
      plan.costPerLead,
      money,
      { kind: 'number', atLeast: 0, atMost: MAX_MONEY, help: labels.costPerLeadHelp },
    );
    this.inputRow(
      rows.salesCycleDays,
      labels.salesCycleDays,
      labels.salesCycleDaysNote,
      plan.salesCycleDays,
      formats.days,
      { kind: 'number', atLeast: 0, atMost: MAX_SALES_CYCLE_DAYS, help: labels.salesCycleDaysHelp },
    );
    this.inputRow(
      rows.monthlyGrowth,
      labels.monthlyGrowth,
      labels.monthlyGrowthNote,
      plan.monthlyGrowth,
      formats.percent,
      {
        kind: 'number',
        atLeast: MIN_MONTHLY_GROWTH,
        atMost: MAX_MONTHLY_GROWTH,
        help: labels.monthlyGrowthHelp,
      },
    );
    this.inputRow(
      rows.sensitivityStep,
      labels.sensitivityStep,
      labels.sensitivityStepNote,
      SENSITIVITY_STEP,
      formats.percent,
      { kind: 'number', greaterThan: 0, atMost: 1, help: labels.sensitivityStepHelp },
    );
    this.inputRow(
      rows.startMonth,
      labels.startMonth,
      labels.startMonthNote,
      monthSerial(this.startMonth),
      formats.month,
      {
        kind: 'date',
        onOrAfter: `${MIN_START_YEAR}-01-01`,
        onOrBefore: `${MAX_START_YEAR}-12-31`,
        help: labels.startMonthHelp,
      },
    );
    this.inputRow(rows.currency, labels.currency, labels.currencyNote, this.currency, '@', {
      kind: 'list',
      values: CURRENCY_CODES,
      help: labels.currencyHelp,
    });
    this.inputRow(
      rows.marketingBudget,
      labels.budgetInput,
      labels.budgetInputNote,
      plan.marketingBudget,
      money,
      amount(labels.budgetInputHelp),
    );
    // Number formats cannot follow a cell: say so when the code no longer matches them.
    const currencyCell = this.input(rows.currency);
    this.plainFormula(
      rows.currency,
      2,
      `IF(${currencyCell}=${quoted(this.currency)},"",${quoted(labels.currencyStale.replace('{code}', this.currency))})`,
      { role: 'note' },
    );
    this.inputCheckRow();
  }

  /** 1 while every input is valid; beside it, the names of the inputs to fix. */
  private inputCheckRow(): void {
    const { labels, at } = this;
    const rows = at.inputs;
    const cell = (row: number) => this.input(row);
    const isAmount = (ref: string, above: string) =>
      `AND(ISNUMBER(${ref}),${ref}${above},${ref}<=${MAX_MONEY})`;
    const blankOr = (ref: string, condition: string) => `OR(${ref}="",${condition})`;
    const inRange = (ref: string, low: number, high: number) =>
      `AND(ISNUMBER(${ref}),${ref}>=${low},${ref}<=${high})`;
    const upper = at.stageCount - 1;
    const rates = rangeA1(this.stageRow(0), 1, this.stageRow(this.last - 1), 1, {
      row: true,
      column: true,
    });
    const days = rangeA1(this.stageRow(0), 3, this.stageRow(this.last - 1), 3, {
      row: true,
      column: true,
    });
    const start = cell(rows.startMonth);
    /** Condition, the input's label, what it accepts. */
    const checks: [string, string, string][] = [
      [isAmount(cell(rows.revenueTarget), '>0'), labels.revenueTarget, labels.revenueTargetHelp],
      [
        isAmount(cell(rows.averageDealSize), '>0'),
        labels.averageDealSize,
        labels.averageDealSizeHelp,
      ],
      [
        blankOr(cell(rows.costPerLead), isAmount(cell(rows.costPerLead), '>=0')),
        labels.costPerLead,
        labels.costPerLeadHelp,
      ],
      [
        blankOr(cell(rows.marketingBudget), isAmount(cell(rows.marketingBudget), '>0')),
        labels.budgetInput,
        labels.budgetInputHelp,
      ],
      [
        blankOr(
          cell(rows.salesCycleDays),
          inRange(cell(rows.salesCycleDays), 0, MAX_SALES_CYCLE_DAYS),
        ),
        labels.salesCycleDays,
        labels.salesCycleDaysHelp,
      ],
      [
        blankOr(
          cell(rows.monthlyGrowth),
          inRange(cell(rows.monthlyGrowth), MIN_MONTHLY_GROWTH, MAX_MONTHLY_GROWTH),
        ),
        labels.monthlyGrowth,
        labels.monthlyGrowthHelp,
      ],
      [
        `AND(ISNUMBER(${cell(rows.sensitivityStep)}),${cell(rows.sensitivityStep)}>0,${cell(rows.sensitivityStep)}<=1)`,
        labels.sensitivityStep,
        labels.sensitivityStepHelp,
      ],
      [
        `AND(ISNUMBER(${start}),${start}>=DATE(${MIN_START_YEAR},1,1),${start}<=DATE(${MAX_START_YEAR},12,31))`,
        labels.startMonth,
        labels.startMonthHelp,
      ],
      [
        `COUNTIFS(${rates},">0",${rates},"<=1")=${upper}`,
        labels.conversionToNext,
        labels.conversionHelp,
      ],
      [
        `COUNTIFS(${days},">=0",${days},"<=${MAX_SALES_CYCLE_DAYS}")+COUNTBLANK(${days})=${upper}`,
        labels.daysToNext,
        labels.daysToNextHelp,
      ],
      ...(this.scenarios ? [this.scenarios.inputCheck()] : []),
      ...(this.channels ? channelInputChecks(this.channels) : []),
    ];
    const problems = checks
      .map(([condition, label, help]) => `IF(${condition},"",${quoted(`${label}: ${help} `)})`)
      .join('&');
    const problemsCell = a1(rows.inputCheck, 2);
    putRowLabel(this.grid, rows.inputCheck, labels.inputCheck);
    this.plainFormula(rows.inputCheck, 1, `IF(${problemsCell}="",1,0)`, {
      numberFormat: labels.inputCheckFormat,
      note: labels.inputCheckNote,
    });
    this.plainFormula(rows.inputCheck, 2, problems, { role: 'note' });
    const check = this.input(rows.inputCheck);
    this.rules.push({ range: a1(rows.inputCheck, 1), formula: `=${check}<>1`, fill: 'bad' });
  }

  funnelBlock(): void {
    const { labels, formats, at } = this;
    const header = (column: number, text: string, note: string) =>
      this.grid.text(at.funnel.header, column, text, 'header', note);
    this.grid.text(at.funnel.section, 0, labels.funnelSection, 'subtitle');
    header(FUNNEL_COLUMNS.name, labels.stage, labels.stageNote);
    header(FUNNEL_COLUMNS.conversion, labels.conversionToNext, labels.conversionNote);
    header(FUNNEL_COLUMNS.needed, labels.needed, labels.neededNote);
    header(FUNNEL_COLUMNS.daysToNext, labels.daysToNext, labels.daysToNextNote);
    header(
      FUNNEL_COLUMNS.monthsBeforeClose,
      labels.monthsBeforeClose,
      labels.monthsBeforeCloseNote,
    );
    const revenueTarget = this.input(at.inputs.revenueTarget);
    const dealSize = this.input(at.inputs.averageDealSize);
    this.plan.stages.forEach((stage, index) => {
      const row = this.stageRow(index);
      this.grid.put(row, FUNNEL_COLUMNS.name, { value: stage.name, role: 'input' });
      const neededFormula =
        index === this.last
          ? roundUp(`${revenueTarget}/${dealSize}`)
          : roundUp(`${a1(this.stageRow(index + 1), 2)}/${this.rateOf(index, false)}`);
      if (index < this.last) {
        const channelsNote =
          this.channels && index === this.leadStage
            ? { note: this.channels.labels.leadStageRateNote }
            : {};
        this.grid.put(row, FUNNEL_COLUMNS.conversion, {
          value: stage.conversionToNext ?? '',
          role: 'input',
          ...channelsNote,
          numberFormat: formats.percent,
          validation: { kind: 'number', greaterThan: 0, atMost: 1, help: labels.conversionHelp },
        });
        this.grid.put(row, FUNNEL_COLUMNS.daysToNext, {
          value: stage.daysToNext ?? '',
          role: 'input',
          numberFormat: formats.days,
          validation: {
            kind: 'number',
            atLeast: 0,
            atMost: MAX_SALES_CYCLE_DAYS,
            help: labels.daysToNextHelp,
          },
        });
        this.figure(
          row,
          FUNNEL_COLUMNS.monthsBeforeClose,
          roundUp(`${this.daysFrom(index)}*12/${DAYS_PER_YEAR}`),
          { numberFormat: formats.months },
        );
      } else {
        this.grid.put(row, FUNNEL_COLUMNS.monthsBeforeClose, {
          value: 0,
          role: 'output',
          numberFormat: formats.months,
        });
      }
      this.figure(row, FUNNEL_COLUMNS.needed, neededFormula, { numberFormat: formats.count });
    });
  }

  moneyBlock(): void {
    const { labels, formats, at, last, leadStage, money } = this;
    const rows = at.money;
    const costPerLead = this.input(at.inputs.costPerLead);
    const dealSize = this.input(at.inputs.averageDealSize);
    const target = this.input(at.inputs.revenueTarget);
    const leadNeeded = a1(this.stageRow(leadStage), 2);
    const customers = a1(this.stageRow(last), 2);
    const opportunities = a1(this.stageRow(last - 1), 2);
    const budget = a1(rows.marketingBudget, 1);
    const periodDays = `${at.monthCount}*${DAYS_PER_YEAR}/12`;
    const needsCost = (formula: string) =>
      `IF(${costPerLead}="",${quoted(labels.needsCostPerLead)},${formula})`;
    const row = (
      rowIndex: number,
      label: string,
      formula: string,
      numberFormat: string,
      note?: string,
    ) => {
      putRowLabel(this.grid, rowIndex, label);
      this.figure(
        rowIndex,
        1,
        formula,
        note === undefined ? { numberFormat } : { numberFormat, note },
      );
    };
    this.grid.text(rows.section, 0, labels.moneySection, 'subtitle');
    putRowLabel(this.grid, rows.leadStage, labels.leadStage);
    this.plainFormula(rows.leadStage, 1, a1(this.stageRow(leadStage), 0), {
      note: labels.leadStageNote,
    });
    row(
      rows.marketingBudget,
      labels.marketingBudget,
      // With channels the plan's cost per lead is unused: the channels' budgets add up.
      this.channels
        ? absolute(this.channels.at.total, CHANNEL_COLUMNS.budget)
        : needsCost(`${leadNeeded}*${costPerLead}`),
      money,
    );
    const cac = CAC.native([budget, customers]);
    row(rows.cac, labels.cac, this.channels ? cac : needsCost(cac), money);
    row(
      rows.pipelineValue,
      labels.pipelineValue,
      `${opportunities}*${dealSize}`,
      money,
      labels.pipelineValueNote,
    );
    row(
      rows.pipelineCoverage,
      labels.pipelineCoverage,
      `${a1(rows.pipelineValue, 1)}/${target}`,
      formats.multiple,
      labels.pipelineCoverageNote,
    );
    row(
      rows.openOpportunities,
      labels.openOpportunities,
      `${opportunities}*${this.daysFrom(last - 1)}/(${periodDays})`,
      formats.averageCount,
      labels.openOpportunitiesNote,
    );
    row(
      rows.openPipelineValue,
      labels.openPipelineValue,
      `${a1(rows.openOpportunities, 1)}*${dealSize}`,
      money,
      labels.openPipelineValueNote,
    );
    row(
      rows.velocityRequired,
      labels.velocityRequired,
      `${target}/(${periodDays})`,
      money,
      labels.velocityRequiredNote,
    );
  }

  /**
   * What this budget buys: forward from the lead stage, each count rounded down (the
   * planner's budgetFirst.ts, operation for operation), then the gap to the target.
   */
  budgetBlock(): void {
    const { labels, formats, at, money } = this;
    const rows = at.budget;
    const budget = this.input(at.inputs.marketingBudget);
    const costPerLead = this.input(at.inputs.costPerLead);
    const { channels } = this;
    // Blank budget: nothing to plan; blank or 0 cost per lead: a budget buys no countable leads.
    const needsBudget = (formula: string) =>
      channels
        ? needsChannelBudget(channels, formula)
        : `IF(${budget}="",${quoted(labels.needsBudget)},IF(OR(${costPerLead}="",${costPerLead}=0),${quoted(labels.needsPositiveCostPerLead)},${formula}))`;
    // With channels the leads are theirs (budgetFirst.ts): their sum, then each channel's
    // leads at its own rate.
    const channelColumn = (column: number) => {
      const at = channels?.at;
      if (!at) throw new Error('no channels');
      return rangeA1(at.firstChannel, column, at.firstChannel + at.count - 1, column, {
        row: true,
        column: true,
      });
    };
    this.grid.text(
      rows.section,
      0,
      labels.budgetSection,
      'subtitle',
      channels ? channels.labels.budgetSectionNote : labels.budgetSectionNote,
    );
    this.grid.text(rows.header, 0, labels.stage, 'header');
    this.grid.text(rows.header, 1, labels.bought, 'header', labels.boughtNote);
    this.grid.text(rows.header, 2, labels.targetNeeds, 'header');
    for (let stage = rows.fromStage; stage <= this.last; stage++) {
      const row = rows.firstStage + stage - rows.fromStage;
      this.plainFormula(row, 0, a1(this.stageRow(stage), 0), {
        role: rowLabelRole(this.plan.stages[stage].name),
      });
      let bought: string;
      if (stage === rows.fromStage)
        bought = channels
          ? `SUM(${channelColumn(CHANNEL_COLUMNS.leadsBought)})`
          : roundDown(`${budget}/${costPerLead}`);
      else if (channels && stage === rows.fromStage + 1)
        bought = roundDown(
          `SUMPRODUCT(${channelColumn(CHANNEL_COLUMNS.leadsBought)},${channelColumn(CHANNEL_COLUMNS.conversionUsed)})`,
        );
      else bought = roundDown(`${a1(row - 1, 1)}*${a1(this.stageRow(stage - 1), 1)}`);
      this.figure(row, 1, needsBudget(bought), { numberFormat: formats.count });
      this.plainFormula(row, 2, a1(this.stageRow(stage), 2), { numberFormat: formats.count });
    }
    const customers = a1(rows.revenue - 1, 1);
    const revenue = a1(rows.revenue, 1);
    const row = (rowIndex: number, label: string, formula: string, note?: string) => {
      putRowLabel(this.grid, rowIndex, label, note);
      this.figure(rowIndex, 1, needsBudget(formula), { numberFormat: money });
    };
    row(
      rows.revenue,
      labels.budgetRevenue,
      `${customers}*${this.input(at.inputs.averageDealSize)}`,
    );
    row(
      rows.revenueOverTarget,
      labels.revenueOverTarget,
      `${revenue}-${this.input(at.inputs.revenueTarget)}`,
      labels.revenueOverTargetNote,
    );
    row(
      rows.extraBudgetNeeded,
      labels.extraBudgetNeeded,
      `${a1(at.money.marketingBudget, 1)}-${budget}`,
      labels.extraBudgetNeededNote,
    );
    const over = a1(rows.revenueOverTarget, 1);
    this.rules.push({
      range: over,
      formula: `=AND(ISNUMBER(${over}),${over}<0)`,
      fill: 'warn',
    });
  }

  /** The lead stage by channel (src/layout/goalCalculator/channelsBlock.ts). */
  channelsBlock(): void {
    if (this.channels) writeChannelsBlock(this, this.channels);
  }

  /** A header cell showing a stage's name, live: renaming the stage renames the column. */
  private stageNameHeader(row: number, column: number, stage: number): void {
    this.grid.put(row, column, {
      formula: `=${absolute(this.stageRow(stage), 0)}`,
      role: 'header',
    });
  }

  sensitivityBlock(): void {
    const { labels, formats, at, last, leadStage } = this;
    const rows = at.sensitivity;
    const firstCount = SENSITIVITY_FIRST_COUNT_COLUMN;
    const topSavedColumn = firstCount + at.stageCount;
    const budgetSavedColumn = topSavedColumn + 1;
    const bestColumn = topSavedColumn + 2;
    const lastRow = rows.firstRow + last - 1;
    const costPerLead = this.costPerLeadRef();
    const step = this.input(at.inputs.sensitivityStep);
    const { channels } = this;
    this.grid.text(rows.section, 0, labels.sensitivitySection, 'subtitle', labels.sensitivityNote);
    this.grid.text(rows.header, 0, labels.improvedConversion, 'header');
    this.grid.text(rows.header, 1, labels.improvedRate, 'header');
    for (let stage = 0; stage < at.stageCount; stage++) {
      this.stageNameHeader(rows.header, firstCount + stage, stage);
    }
    this.grid.text(rows.header, topSavedColumn, labels.topOfFunnelSaved, 'header');
    this.grid.text(rows.header, budgetSavedColumn, labels.budgetSaved, 'header');
    this.grid.text(rows.header, bestColumn, labels.best, 'header', labels.bestNote);
    const column = (index: number) =>
      rangeA1(rows.firstRow, index, lastRow, index, { row: true, column: true });
    for (let improved = 0; improved < last; improved++) {
      const row = rows.firstRow + improved;
      const name = (stage: number) => a1(this.stageRow(stage), 0);
      const names = this.plan.stages.map((stage) => stage.name);
      this.plainFormula(row, 0, `${name(improved)}&${quoted(labels.arrow)}&${name(improved + 1)}`, {
        role: rowLabelRole(`${names[improved]}${labels.arrow}${names[improved + 1]}`),
      });
      // The lead stage with channels: every channel's rate improved, weighted by share
      // (channels.ts), added in the channels' order.
      const improvedRate =
        channels && improved === leadStage
          ? channels.cells.channels
              .map((channel) => `${channel.share}*MIN(1,${channel.conversionUsed}+${step})`)
              .join('+')
          : `MIN(1,${a1(this.stageRow(improved), 1)}+${step})`;
      this.figure(row, 1, improvedRate, { numberFormat: formats.percent });
      for (let stage = 0; stage <= last; stage++) {
        const countColumn = firstCount + stage;
        if (stage > improved) {
          this.plainFormula(row, countColumn, a1(this.stageRow(stage), 2), {
            numberFormat: formats.count,
          });
          continue;
        }
        const formula =
          stage === improved
            ? roundUp(`${a1(this.stageRow(stage + 1), 2)}/${a1(row, 1)}`)
            : roundUp(`${a1(row, countColumn + 1)}/${this.rateOf(stage, false)}`);
        this.figure(row, countColumn, formula, { numberFormat: formats.count });
      }
      const top = a1(row, topSavedColumn);
      const budget = a1(row, budgetSavedColumn);
      this.figure(row, topSavedColumn, `${a1(this.stageRow(0), 2)}-${a1(row, firstCount)}`, {
        numberFormat: formats.count,
      });
      this.figure(
        row,
        budgetSavedColumn,
        `IF(${costPerLead}="",${quoted(labels.needsCostPerLead)},(${a1(this.stageRow(leadStage), 2)}-${a1(row, firstCount + leadStage)})*${costPerLead})`,
        { numberFormat: this.money },
      );
      const biggest = (saving: string, savings: string) =>
        `AND(${saving}>0,${saving}=MAX(${savings}))`;
      this.figure(
        row,
        bestColumn,
        `IF(IF(AND(ISNUMBER(${costPerLead}),${costPerLead}>0),${biggest(budget, column(budgetSavedColumn))},${biggest(top, column(topSavedColumn))}),${quoted(labels.bestMark)},"")`,
      );
    }
    // One rule over both saving columns: the column is relative, the rows absolute, so each
    // column highlights its own biggest saving.
    const top = a1(rows.firstRow, topSavedColumn);
    const relative = (row: number) => a1(row, topSavedColumn, { row: true });
    this.rules.push({
      range: rangeA1(rows.firstRow, topSavedColumn, lastRow, budgetSavedColumn),
      formula: `=AND(ISNUMBER(${top}),${top}>0,${top}=MAX(${relative(rows.firstRow)}:${relative(lastRow)}))`,
      fill: 'good',
    });
  }

  /** The first day of the month `offset` months from the start month, as a formula. */
  private monthDate(offset: number): string {
    const start = this.input(this.at.inputs.startMonth);
    const shift = offset === 0 ? '' : offset > 0 ? `+${offset}` : `${offset}`;
    return `DATE(YEAR(${start}),MONTH(${start})${shift},1)`;
  }

  monthsBlock(): void {
    const { labels, formats, at, money } = this;
    const rows = at.months;
    const firstCount = MONTHS_FIRST_COUNT_COLUMN;
    const lastRow = rows.total - 1;
    const dealSize = this.input(at.inputs.averageDealSize);
    const growth = this.input(at.inputs.monthlyGrowth);
    const customersNeeded = absolute(this.stageRow(this.last), 2);
    const customersColumn = firstCount + this.last;
    this.grid.text(rows.section, 0, labels.monthsSection, 'subtitle');
    this.grid.text(rows.header, 0, labels.month, 'header');
    this.grid.text(rows.header, 1, labels.growthIndex, 'header', labels.growthIndexNote);
    this.grid.text(rows.header, 2, labels.revenue, 'header', labels.revenueNote);
    this.grid.text(rows.header, 3, labels.cumulativeRevenue, 'header');
    for (let stage = 0; stage < at.stageCount; stage++) {
      this.stageNameHeader(rows.header, firstCount + stage, stage);
    }
    for (let index = 0; index < at.monthCount; index++) {
      const row = rows.firstRow + index;
      this.figure(row, 0, this.monthDate(index), { role: 'label', numberFormat: formats.month });
      // A running product and a running sum, not ^: every engine multiplies and adds alike.
      this.figure(row, 1, index === 0 ? '1' : `${a1(row - 1, 1)}*(1+${growth})`, {
        numberFormat: formats.index,
      });
      // Customers placed from the last month back: this month's weight's share of the
      // customers not yet placed in later months, rounded up (the planner says why).
      const weightsSoFar = `SUM(${absolute(rows.firstRow, 1)}:${a1(row, 1)})`;
      const notYetPlaced =
        index === at.monthCount - 1
          ? customersNeeded
          : `(${customersNeeded}-SUM(${rangeA1(row + 1, customersColumn, lastRow, customersColumn)}))`;
      this.figure(row, customersColumn, roundUp(`${notYetPlaced}*${a1(row, 1)}/${weightsSoFar}`), {
        numberFormat: formats.count,
      });
      for (let stage = this.last - 1; stage >= 0; stage--) {
        const rate = this.rateOf(stage, true);
        this.figure(
          row,
          firstCount + stage,
          roundUp(`${a1(row, firstCount + stage + 1)}/${rate}`),
          {
            numberFormat: formats.count,
          },
        );
      }
      this.figure(row, 2, `${a1(row, customersColumn)}*${dealSize}`, { numberFormat: money });
      if (index === 0) this.plainFormula(row, 3, a1(row, 2), { numberFormat: money });
      else this.figure(row, 3, `${a1(row - 1, 3)}+${a1(row, 2)}`, { numberFormat: money });
    }
    const sum = (column: number) => `SUM(${rangeA1(rows.firstRow, column, lastRow, column)})`;
    this.grid.text(rows.total, 0, labels.total, 'total');
    this.figure(rows.total, 2, sum(2), { role: 'total', numberFormat: money });
    putRowLabel(this.grid, rows.needed, labels.neededRow);
    putRowLabel(this.grid, rows.reserve, labels.roundingReserve, labels.roundingReserveNote);
    for (let stage = 0; stage < at.stageCount; stage++) {
      const column = firstCount + stage;
      this.figure(rows.total, column, sum(column), { role: 'total', numberFormat: formats.count });
      this.plainFormula(rows.needed, column, a1(this.stageRow(stage), 2), {
        numberFormat: formats.count,
      });
      this.figure(rows.reserve, column, `${a1(rows.total, column)}-${a1(rows.needed, column)}`, {
        numberFormat: formats.count,
      });
    }
    const reserve = a1(rows.reserve, firstCount);
    this.rules.push({
      range: rangeA1(rows.reserve, firstCount, rows.reserve, firstCount + at.stageCount - 1),
      formula: `=AND(ISNUMBER(${reserve}),${reserve}>0)`,
      fill: 'warn',
    });
  }

  arrivalsBlock(): void {
    const { labels, formats, at } = this;
    const rows = at.arrivals;
    const firstCount = ARRIVALS_FIRST_COUNT_COLUMN;
    const cohortRange = (column: number) =>
      rangeA1(at.months.firstRow, column, at.months.total - 1, column, { row: true, column: true });
    const cohortDates = cohortRange(0);
    const lag = (stage: number) => absolute(this.stageRow(stage), FUNNEL_COLUMNS.monthsBeforeClose);
    const closing = (stage: number) => cohortRange(MONTHS_FIRST_COUNT_COLUMN + stage);
    this.grid.text(rows.section, 0, labels.arrivalsSection, 'subtitle', labels.arrivalsNote);
    this.grid.text(rows.header, 0, labels.month, 'header');
    for (let stage = 0; stage < at.stageCount; stage++) {
      this.stageNameHeader(rows.header, firstCount + stage, stage);
    }
    putRowLabel(this.grid, rows.earlier, labels.earlier, labels.earlierNote);
    const firstMonth = absolute(rows.firstRow, 0);
    for (let stage = 0; stage < at.stageCount; stage++) {
      this.figure(
        rows.earlier,
        firstCount + stage,
        `SUMIFS(${closing(stage)},${cohortDates},"<"&DATE(YEAR(${firstMonth}),MONTH(${firstMonth})+${lag(stage)},1))`,
        { numberFormat: formats.count },
      );
    }
    for (let offset = 0 - at.monthsBefore; offset < at.monthCount; offset++) {
      const row = rows.firstRow + at.monthsBefore + offset;
      const month = a1(row, 0, { column: true });
      this.figure(row, 0, this.monthDate(offset), { role: 'label', numberFormat: formats.month });
      // Stage s enters `lag` months before its deals close: the volume behind the deals
      // closing `lag` months after this row's month.
      for (let stage = 0; stage < at.stageCount; stage++) {
        this.figure(
          row,
          firstCount + stage,
          `SUMIFS(${closing(stage)},${cohortDates},DATE(YEAR(${month}),MONTH(${month})+${lag(stage)},1))`,
          { numberFormat: formats.count },
        );
      }
    }
    this.grid.text(rows.total, 0, labels.total, 'total');
    for (let stage = 0; stage < at.stageCount; stage++) {
      const column = firstCount + stage;
      this.figure(
        rows.total,
        column,
        `SUM(${rangeA1(rows.earlier, column, rows.total - 1, column)})`,
        {
          role: 'total',
          numberFormat: formats.count,
        },
      );
    }
  }

  charts(): ChartSpec[] {
    return this.channels ? [this.chart(), channelsChart(this.channels)] : [this.chart()];
  }

  chart(): ChartSpec {
    return {
      type: 'bar',
      title: this.labels.chartTitle,
      labels: this.cells.stageNames,
      series: [this.cells.needed],
      seriesNames: [this.labels.needed],
      anchor: a1(CHART.row, CHART.column),
      widthPx: CHART.widthPx,
      heightPx: CHART.heightPx,
      // Visitors run to tens of thousands, customers to tens: on a log axis both show.
      valueScale: 'log',
    };
  }

  inputsList(): SheetLayout['inputs'] {
    const { inputs, stages } = this.cells;
    return [
      ...Object.entries(inputs).map(([key, address]) => ({ key, a1: address })),
      ...stages.flatMap((stage, index) => [
        { key: `stages.${index}.name`, a1: stage.name },
        ...(stage.conversionToNext === null
          ? []
          : [{ key: `stages.${index}.conversionToNext`, a1: stage.conversionToNext }]),
        ...(stage.daysToNext === null
          ? []
          : [{ key: `stages.${index}.daysToNext`, a1: stage.daysToNext }]),
      ]),
      ...(this.cells.channels ? channelInputs(this.cells.channels) : []),
    ];
  }
}

/** The default sheet name in the plan's language ("Goal Calculator" in English). */
export function goalCalculatorSheetName(plan: Plan): string {
  return goalCalculatorLabels[plan.language ?? 'en'].sheetName;
}

/**
 * The goal-calculator sheet of a validated plan whose startMonth is resolved (see
 * withPlanDefaults). `sheetName` is only the name the layout carries: its formulas never
 * name their own sheet, so a writer may pick a free name.
 */
export function goalCalculatorLayout(
  plan: Plan,
  sheetName = goalCalculatorSheetName(plan),
): SheetLayout {
  const at = positionsOf(plan);
  const builder = new GoalCalculatorBuilder(plan, at);
  builder.titleBlock();
  builder.inputsBlock();
  builder.funnelBlock();
  builder.moneyBlock();
  builder.budgetBlock();
  builder.channelsBlock();
  builder.sensitivityBlock();
  builder.monthsBlock();
  builder.arrivalsBlock();
  builder.scenarios?.build();
  const cells = builder.grid.build();
  const columnCount = cells[0].length;
  const columnWidths = [
    LABEL_COLUMN_WIDTH,
    ...Array<number>(columnCount - 1).fill(VALUE_COLUMN_WIDTH),
  ];
  const charts = [...builder.charts(), ...(builder.scenarios ? [builder.scenarios.chart()] : [])];
  const orientation = printOrientation(columnWidths);
  // The channels (with their chart), the sensitivity table, the month-by-month plan and the
  // scenarios each start a page, so that no chart or table is cut in two. The scenarios'
  // page starts at the blank row above them: their chart starts on their first row, and a
  // chart right at a page's top edge leaks a line onto the page before in LibreOffice.
  const blockStarts = [
    at.channels?.section,
    at.sensitivity.section,
    at.months.section,
    at.scenarios ? at.scenarios.section - 1 : undefined,
  ];
  return {
    name: sheetName,
    cells,
    columnWidths,
    frozenRows: 0,
    inputs: [...builder.inputsList(), ...(builder.scenarios?.inputs() ?? [])],
    charts,
    conditionalRules: builder.rules,
    print: widePrintSetup({
      title: goalCalculatorLabels[plan.language ?? 'en'].title,
      cells,
      columnWidths,
      charts,
      orientation,
      pageBreaksBefore: blockStarts.flatMap((row) => (row === undefined ? [] : [row + 1])),
    }),
  };
}
