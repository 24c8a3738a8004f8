import { CAC, PIPELINE_VELOCITY } from '../funnel/kpis';
import {
  DAYS_PER_YEAR,
  leadStageIndexOf,
  MONTHS_IN_PERIOD,
  SENSITIVITY_STEP,
} from '../funnel/period';
import type { Language, Plan } from '../funnel/types';
import { a1, absolute, rangeA1 } from './a1';
import { roundUpWholeFormula as roundUp } from './formulas';
import {
  cellsOf,
  type GoalCalculatorCells,
  MONTHS_FIRST_COUNT_COLUMN,
  type Positions,
  positionsOf,
  SENSITIVITY_FIRST_COUNT_COLUMN,
} from './goalCalculatorCells';
import { GridBuilder } from './grid';
import { type GoalCalculatorLabels, goalCalculatorLabels } from './i18n/goalCalculator';
import { type NumberFormats, numberFormats } from './numberFormats';
import { printOrientation } from './print';
import type { Cell, ChartSpec, ConditionalRule, SheetLayout } from './types';

export { type GoalCalculatorCells, goalCalculatorCells } from './goalCalculatorCells';

/**
 * The goal-calculator sheet as data: a plan becomes an inputs block, the funnel table, the
 * budget and pipeline figures, a sensitivity table, a month-by-month plan and a funnel
 * chart. Every figure is a native formula over the input cells, built to mirror the pure
 * planner (src/funnel/planner.ts) operation for operation, so tests can demand they agree.
 *
 * Where each cell sits is goalCalculatorCells.ts; `goalCalculatorCells` is re-exported here
 * for other sheets (the dashboard's plan-vs-actual) that reference the plan.
 */

const LABEL_COLUMN_WIDTH = 260;
const VALUE_COLUMN_WIDTH = 110;
const CHART = { column: 4, row: 3, widthPx: 480, heightPx: 300 } as const;

/** Builds the sheet's cells; one method per block keeps each block's formulas together. */
class GoalCalculatorBuilder {
  readonly grid = new GridBuilder();
  readonly rules: ConditionalRule[] = [];
  private readonly labels: GoalCalculatorLabels;
  private readonly formats: NumberFormats;
  private readonly cells: GoalCalculatorCells;
  private readonly last: number;
  private readonly leadStage: number;

  constructor(
    private readonly plan: Plan,
    private readonly at: Positions,
  ) {
    const language: Language = plan.language ?? 'en';
    this.labels = goalCalculatorLabels[language];
    this.formats = numberFormats[language];
    this.cells = cellsOf(plan, at);
    this.last = plan.stages.length - 1;
    this.leadStage = leadStageIndexOf(plan);
  }

  /** An absolute reference to an input value cell ($B$5). */
  private input(row: number): string {
    return absolute(row, 1);
  }

  private stageRow(stage: number): number {
    return this.at.funnel.firstStage + stage;
  }

  private formula(
    row: number,
    column: number,
    formula: string,
    extra: Omit<Cell, 'formula' | 'value'>,
  ): void {
    this.grid.put(row, column, { formula: `=${formula}`, role: 'output', ...extra });
  }

  private inputRow(
    row: number,
    label: string,
    note: string,
    value: number | undefined,
    numberFormat: string,
  ): void {
    this.grid.text(row, 0, label, 'label');
    // An absent optional input stays an empty yellow cell the person may fill in later.
    this.grid.put(row, 1, { value: value ?? '', role: 'input', numberFormat, note });
  }

  titleBlock(): void {
    this.grid.text(0, 0, this.labels.title, 'title');
    this.grid.text(1, 0, this.labels.instructions, 'note');
  }

  inputsBlock(): void {
    const { plan, labels, formats } = this;
    const rows = this.at.inputs;
    this.grid.text(rows.section, 0, labels.inputsSection, 'subtitle');
    this.inputRow(
      rows.revenueTarget,
      labels.revenueTarget,
      labels.revenueTargetNote,
      plan.revenueTarget,
      formats.money,
    );
    this.grid.text(rows.period, 0, labels.period, 'label');
    this.grid.text(rows.period, 1, labels.periodNames[plan.period], 'output', labels.periodNote);
    this.inputRow(
      rows.averageDealSize,
      labels.averageDealSize,
      labels.averageDealSizeNote,
      plan.averageDealSize,
      formats.money,
    );
    this.inputRow(
      rows.costPerLead,
      labels.costPerLead,
      labels.costPerLeadNote,
      plan.costPerLead,
      formats.money,
    );
    this.inputRow(
      rows.salesCycleDays,
      labels.salesCycleDays,
      labels.salesCycleDaysNote,
      plan.salesCycleDays,
      formats.days,
    );
    this.inputRow(
      rows.monthlyGrowth,
      labels.monthlyGrowth,
      labels.monthlyGrowthNote,
      plan.monthlyGrowth,
      formats.percent,
    );
    this.inputRow(
      rows.sensitivityStep,
      labels.sensitivityStep,
      labels.sensitivityStepNote,
      SENSITIVITY_STEP,
      formats.percent,
    );
  }

  funnelBlock(): void {
    const { labels, formats, at } = this;
    this.grid.text(at.funnel.section, 0, labels.funnelSection, 'subtitle');
    this.grid.text(at.funnel.header, 0, labels.stage, 'header', labels.stageNote);
    this.grid.text(at.funnel.header, 1, labels.conversionToNext, 'header', labels.conversionNote);
    this.grid.text(at.funnel.header, 2, labels.needed, 'header', labels.neededNote);
    const revenueTarget = this.input(at.inputs.revenueTarget);
    const dealSize = this.input(at.inputs.averageDealSize);
    this.plan.stages.forEach((stage, index) => {
      const row = this.stageRow(index);
      this.grid.put(row, 0, { value: stage.name, role: 'input' });
      const neededFormula =
        index === this.last
          ? roundUp(`${revenueTarget}/${dealSize}`)
          : roundUp(`${a1(this.stageRow(index + 1), 2)}/${a1(row, 1)}`);
      if (index < this.last) {
        this.grid.put(row, 1, {
          value: stage.conversionToNext ?? '',
          role: 'input',
          numberFormat: formats.percent,
        });
      }
      this.formula(row, 2, neededFormula, { numberFormat: formats.count });
    });
  }

  moneyBlock(): void {
    const { labels, formats, at, last, leadStage } = this;
    const rows = at.money;
    const costPerLead = this.input(at.inputs.costPerLead);
    const cycleDays = this.input(at.inputs.salesCycleDays);
    const dealSize = this.input(at.inputs.averageDealSize);
    const leadNeeded = a1(this.stageRow(leadStage), 2);
    const customers = a1(this.stageRow(last), 2);
    const opportunities = a1(this.stageRow(last - 1), 2);
    const winRate = a1(this.stageRow(last - 1), 1);
    const budget = a1(rows.marketingBudget, 1);
    const periodDays = `${MONTHS_IN_PERIOD[this.plan.period]}*${DAYS_PER_YEAR}/12`;
    const row = (
      rowIndex: number,
      label: string,
      formula: string,
      numberFormat: string,
      note?: string,
    ) => {
      this.grid.text(rowIndex, 0, label, 'label');
      this.formula(
        rowIndex,
        1,
        formula,
        note === undefined ? { numberFormat } : { numberFormat, note },
      );
    };
    this.grid.text(rows.section, 0, labels.moneySection, 'subtitle');
    this.grid.text(rows.leadStage, 0, labels.leadStage, 'label');
    this.formula(rows.leadStage, 1, a1(this.stageRow(leadStage), 0), {
      note: labels.leadStageNote,
    });
    row(
      rows.marketingBudget,
      labels.marketingBudget,
      `IF(${costPerLead}="","",${leadNeeded}*${costPerLead})`,
      formats.money,
    );
    row(
      rows.cac,
      labels.cac,
      `IF(${budget}="","",${CAC.native([budget, customers])})`,
      formats.money,
    );
    row(
      rows.pipelineValue,
      labels.pipelineValue,
      `${opportunities}*${dealSize}`,
      formats.money,
      labels.pipelineValueNote,
    );
    row(
      rows.pipelineCoverage,
      labels.pipelineCoverage,
      `${a1(rows.pipelineValue, 1)}/${this.input(at.inputs.revenueTarget)}`,
      formats.multiple,
    );
    row(
      rows.velocityRequired,
      labels.velocityRequired,
      `${this.input(at.inputs.revenueTarget)}/(${periodDays})`,
      formats.money,
      labels.velocityRequiredNote,
    );
    row(
      rows.velocityImplied,
      labels.velocityImplied,
      `IF(${cycleDays}>0,${PIPELINE_VELOCITY.native([opportunities, dealSize, winRate, cycleDays])},"")`,
      formats.money,
      labels.velocityImpliedNote,
    );
    row(
      rows.salesCycleMonths,
      labels.salesCycleMonths,
      `IF(${cycleDays}>0,${roundUp(`${cycleDays}*12/${DAYS_PER_YEAR}`)},0)`,
      formats.months,
      labels.salesCycleMonthsNote,
    );
    const implied = a1(rows.velocityImplied, 1);
    const required = a1(rows.velocityRequired, 1);
    // Red when the planned pipeline moves slower than the target requires.
    this.rules.push({
      range: implied,
      formula: `=AND(ISNUMBER(${implied}),${implied}<${required})`,
      fill: 'bad',
    });
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
    const costPerLead = this.input(at.inputs.costPerLead);
    const step = this.input(at.inputs.sensitivityStep);
    this.grid.text(rows.section, 0, labels.sensitivitySection, 'subtitle', labels.sensitivityNote);
    this.grid.text(rows.header, 0, labels.improvedConversion, 'header');
    this.grid.text(rows.header, 1, labels.improvedRate, 'header');
    for (let stage = 0; stage < at.stageCount; stage++) {
      this.stageNameHeader(rows.header, firstCount + stage, stage);
    }
    this.grid.text(rows.header, topSavedColumn, labels.topOfFunnelSaved, 'header');
    this.grid.text(rows.header, budgetSavedColumn, labels.budgetSaved, 'header');
    for (let improved = 0; improved < last; improved++) {
      const row = rows.firstRow + improved;
      const name = (stage: number) => a1(this.stageRow(stage), 0);
      this.formula(row, 0, `${name(improved)}&"${labels.arrow}"&${name(improved + 1)}`, {
        role: 'label',
      });
      this.formula(row, 1, `MIN(1,${a1(this.stageRow(improved), 1)}*(1+${step}))`, {
        numberFormat: formats.percent,
      });
      for (let stage = 0; stage <= last; stage++) {
        const column = firstCount + stage;
        let formula: string;
        if (stage > improved) formula = a1(this.stageRow(stage), 2);
        else if (stage === improved)
          formula = roundUp(`${a1(this.stageRow(stage + 1), 2)}/${a1(row, 1)}`);
        else formula = roundUp(`${a1(row, column + 1)}/${a1(this.stageRow(stage), 1)}`);
        this.formula(row, column, formula, { numberFormat: formats.count });
      }
      this.formula(row, topSavedColumn, `${a1(this.stageRow(0), 2)}-${a1(row, firstCount)}`, {
        numberFormat: formats.count,
      });
      this.formula(
        row,
        budgetSavedColumn,
        `IF(${costPerLead}="","",(${a1(this.stageRow(leadStage), 2)}-${a1(row, firstCount + leadStage)})*${costPerLead})`,
        { numberFormat: formats.money },
      );
    }
    // One rule over both saving columns: the column is relative, the rows absolute, so each
    // column highlights its own biggest saving.
    const top = a1(rows.firstRow, topSavedColumn);
    const column = (row: number) => a1(row, topSavedColumn, { row: true });
    this.rules.push({
      range: rangeA1(rows.firstRow, topSavedColumn, rows.firstRow + last - 1, budgetSavedColumn),
      formula: `=AND(ISNUMBER(${top}),${top}>0,${top}=MAX(${column(rows.firstRow)}:${column(rows.firstRow + last - 1)}))`,
      fill: 'good',
    });
  }

  monthsBlock(): void {
    const { labels, formats, at } = this;
    const rows = at.months;
    const firstCount = MONTHS_FIRST_COUNT_COLUMN;
    const arrivalColumn = firstCount + at.stageCount;
    const revenueTarget = this.input(at.inputs.revenueTarget);
    const growth = this.input(at.inputs.monthlyGrowth);
    const cycleMonths = absolute(at.money.salesCycleMonths, 1);
    const totalRamp = absolute(rows.total, 1);
    this.grid.text(rows.section, 0, labels.monthsSection, 'subtitle');
    this.grid.text(rows.header, 0, labels.month, 'header');
    this.grid.text(rows.header, 1, labels.growthIndex, 'header', labels.growthIndexNote);
    this.grid.text(rows.header, 2, labels.revenue, 'header');
    this.grid.text(rows.header, 3, labels.cumulativeRevenue, 'header');
    for (let stage = 0; stage < at.stageCount; stage++) {
      this.stageNameHeader(rows.header, firstCount + stage, stage);
    }
    this.grid.text(
      rows.header,
      arrivalColumn,
      labels.arrivalMonth,
      'header',
      labels.arrivalMonthNote,
    );
    for (let index = 0; index < at.monthCount; index++) {
      const row = rows.firstRow + index;
      const cumulative = a1(row, 3, { column: true });
      const previousCumulative = a1(row - 1, 3, { column: true });
      this.grid.put(row, 0, { value: index + 1, role: 'label', numberFormat: formats.monthNumber });
      // A running product and (below) a running sum, not ^ and SUM: every engine multiplies
      // and adds alike, while pow and LibreOffice's compensated SUM may differ by an ulp.
      this.formula(row, 1, index === 0 ? '1' : `${a1(row - 1, 1)}*(1+${growth})`, {
        numberFormat: formats.index,
      });
      this.formula(row, 2, `${revenueTarget}*${a1(row, 1)}/${totalRamp}`, {
        numberFormat: formats.money,
      });
      this.formula(row, 3, index === 0 ? a1(row, 2) : `${a1(row - 1, 3)}+${a1(row, 2)}`, {
        numberFormat: formats.money,
      });
      this.plan.stages.forEach((_, stage) => {
        // Cumulative rounding: whole monthly counts that add up exactly to the stage's need.
        const needed = absolute(this.stageRow(stage), 2);
        const upTo = (cumulativeCell: string) =>
          roundUp(`${needed}*${cumulativeCell}/${revenueTarget}`);
        const formula =
          index === 0 ? upTo(cumulative) : `${upTo(cumulative)}-${upTo(previousCumulative)}`;
        this.formula(row, firstCount + stage, formula, { numberFormat: formats.count });
      });
      this.formula(row, arrivalColumn, `${a1(row, 0)}-${cycleMonths}`, {
        numberFormat: formats.monthNumber,
      });
    }
    const sum = (column: number) =>
      `SUM(${rangeA1(rows.firstRow, column, rows.total - 1, column)})`;
    this.grid.text(rows.total, 0, labels.total, 'total');
    const rampCells = Array.from({ length: at.monthCount }, (_, index) =>
      a1(rows.firstRow + index, 1),
    );
    this.formula(rows.total, 1, rampCells.join('+'), {
      role: 'total',
      numberFormat: formats.index,
    });
    this.formula(rows.total, 2, sum(2), { role: 'total', numberFormat: formats.money });
    for (let stage = 0; stage < at.stageCount; stage++) {
      const column = firstCount + stage;
      this.formula(rows.total, column, sum(column), { role: 'total', numberFormat: formats.count });
    }
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
      ]),
    ];
  }
}

/** The default sheet name in the plan's language ("Goal Calculator" in English). */
export function goalCalculatorSheetName(plan: Plan): string {
  return goalCalculatorLabels[plan.language ?? 'en'].sheetName;
}

/**
 * The goal-calculator sheet of a validated plan. `sheetName` is only the name the layout
 * carries: its formulas never name their own sheet, so a writer may pick a free name.
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
  builder.sensitivityBlock();
  builder.monthsBlock();
  const cells = builder.grid.build();
  const columnCount = cells[0].length;
  const columnWidths = [
    LABEL_COLUMN_WIDTH,
    ...Array<number>(columnCount - 1).fill(VALUE_COLUMN_WIDTH),
  ];
  return {
    name: sheetName,
    cells,
    columnWidths,
    frozenRows: 0,
    inputs: builder.inputsList(),
    charts: [builder.chart()],
    conditionalRules: builder.rules,
    print: {
      orientation: printOrientation(columnWidths),
      // The month-by-month plan starts a page of its own, so the chart's page is not cut.
      pageBreaksBefore: [at.months.section + 1],
    },
  };
}
