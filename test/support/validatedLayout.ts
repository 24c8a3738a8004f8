/**
 * A small hand-made sheet whose input cells carry every kind of data validation the layout
 * types offer (each number bound alone and combined, whole numbers, a list, dates with and
 * without bounds), for the three writers' tests: Apps Script, the fake's enforcement, .xlsx.
 */
import type { Cell, CellValidation, SheetLayout } from '../../src/layout/types';

/** A day as the serial number a spreadsheet stores (days since 1899-12-30). */
export function daySerial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export interface ValidatedInput {
  readonly a1: string;
  readonly label: string;
  readonly value: number | string;
  readonly numberFormat?: string;
  readonly validation: CellValidation;
  /** What a person may type there (the fake accepts it). */
  readonly accepted: readonly string[];
  /** What the cell refuses, with its help text as the message. */
  readonly rejected: readonly string[];
}

export const validatedInputs: readonly ValidatedInput[] = [
  {
    a1: 'B2',
    label: 'Win rate',
    value: 0.25,
    numberFormat: '0%',
    validation: {
      kind: 'number',
      greaterThan: 0,
      atMost: 1,
      help: 'Win rate: enter a rate above 0% and at most 100%.',
    },
    accepted: ['30%', '1', '0.05', '=0.5/2'],
    rejected: ['3000%', '0', '-5%', 'high', '=B3'],
  },
  {
    a1: 'B3',
    label: 'Revenue target',
    value: 1_000_000,
    numberFormat: '$#,##0',
    validation: {
      kind: 'number',
      greaterThan: 0,
      help: 'Revenue target: enter an amount above 0.',
    },
    accepted: ['2,500,000', '0.01'],
    rejected: ['-1000000', '0', 'a lot'],
  },
  {
    a1: 'B4',
    label: 'Months in the plan',
    value: 12,
    validation: {
      kind: 'number',
      atLeast: 1,
      atMost: 36,
      whole: true,
      help: 'Months: enter a whole number from 1 to 36.',
    },
    accepted: ['1', '36', '24'],
    rejected: ['0', '37', '6.5', 'twelve'],
  },
  {
    a1: 'B5',
    label: 'Improvement',
    value: 0.01,
    numberFormat: '0.0%',
    validation: {
      kind: 'number',
      atLeast: 0,
      atMost: 0.5,
      help: 'Improvement: enter 0 to 50 percentage points.',
    },
    accepted: ['0', '50%', '2%'],
    rejected: ['51%', '-1%'],
  },
  {
    a1: 'B6',
    label: 'Budget',
    value: 50_000,
    validation: { kind: 'number', atLeast: 0, help: 'Budget: enter 0 or more.' },
    accepted: ['0', '1e6'],
    rejected: ['-1'],
  },
  {
    a1: 'B7',
    label: 'Monthly growth',
    value: 0.05,
    numberFormat: '0%',
    validation: { kind: 'number', atMost: 1, help: 'Monthly growth: enter at most 100%.' },
    accepted: ['-20%', '100%'],
    rejected: ['150%', 'fast'],
  },
  {
    a1: 'B8',
    label: 'Stages',
    value: 4,
    validation: { kind: 'number', whole: true, help: 'Stages: enter a whole number.' },
    accepted: ['3', '-2'],
    rejected: ['3.5', 'four'],
  },
  {
    a1: 'B9',
    label: 'Any number',
    value: 7,
    validation: { kind: 'number', help: 'Enter a number.' },
    accepted: ['-3.25', '0'],
    rejected: ['seven', 'TRUE'],
  },
  {
    a1: 'B10',
    label: 'Currency',
    value: 'USD',
    validation: {
      kind: 'list',
      values: ['USD', 'EUR', 'GBP'],
      help: 'Currency: choose USD, EUR or GBP.',
    },
    accepted: ['EUR', 'GBP'],
    rejected: ['JPY', '12'],
  },
  {
    a1: 'B11',
    label: 'Start month',
    value: daySerial('2027-01-01'),
    numberFormat: 'yyyy-mm-dd',
    validation: {
      kind: 'date',
      onOrAfter: '2000-01-01',
      onOrBefore: '2099-12-01',
      help: 'Start month: enter a date from Jan 2000 to Dec 2099.',
    },
    accepted: ['2000-01-01', '2099-12-01', '2031-06-15', '46000'],
    rejected: ['1999-12-31', '2099-12-02', 'next month'],
  },
  {
    a1: 'B12',
    label: 'First order',
    value: daySerial('2026-03-01'),
    numberFormat: 'yyyy-mm-dd',
    validation: { kind: 'date', onOrAfter: '2026-01-01', help: 'First order: 2026 or later.' },
    accepted: ['2026-01-01', '2030-01-01'],
    rejected: ['2025-12-31'],
  },
  {
    a1: 'B13',
    label: 'Last order',
    value: daySerial('2026-03-01'),
    numberFormat: 'yyyy-mm-dd',
    validation: { kind: 'date', onOrBefore: '2026-12-31', help: 'Last order: 2026 or earlier.' },
    accepted: ['2026-12-31', '2001-01-01'],
    rejected: ['2027-01-01'],
  },
  {
    a1: 'B14',
    label: 'Any day',
    value: daySerial('2026-03-01'),
    numberFormat: 'yyyy-mm-dd',
    validation: { kind: 'date', help: 'Enter a date.' },
    accepted: ['2026-02-28'],
    rejected: ['someday', 'TRUE'],
  },
];

/** Column A labels, column B the validated inputs, C2 a live formula over two of them. */
export function validatedLayout(inputs: readonly ValidatedInput[] = validatedInputs): SheetLayout {
  const rowOf = (input: ValidatedInput) => Number(input.a1.slice(1)) - 1;
  const rows = Math.max(2, ...inputs.map(rowOf)) + 1;
  const cells: (Cell | null)[][] = Array.from({ length: rows }, () => [null, null, null]);
  cells[0] = [
    { value: 'Input', role: 'header' },
    { value: 'Value', role: 'header' },
    { value: 'Planned', role: 'header' },
  ];
  for (const input of inputs) {
    const row = rowOf(input);
    cells[row][0] = { value: input.label, role: 'label' };
    cells[row][1] = {
      value: input.value,
      role: 'input',
      ...(input.numberFormat ? { numberFormat: input.numberFormat } : {}),
      validation: input.validation,
    };
  }
  cells[1][2] = { formula: '=B2*B3', role: 'output', numberFormat: '$#,##0' };
  return {
    name: 'Validated',
    cells,
    columnWidths: [160, 110, 110],
    frozenRows: 1,
    inputs: inputs.map((input) => ({ key: input.label, a1: input.a1 })),
    charts: [],
    conditionalRules: [],
  };
}
