/**
 * Every formula example the docs state a result for is typed into a HyperFormula cell with
 * FunnelMath registered, as a user would type it, and must give that result: the README and
 * docs/ cannot promise a number or an error message the functions do not produce.
 */
import type { CellValue } from 'hyperformula';
import { catalog } from '../../src/kpi';
import { createEngine } from '../../src/preview/fake/hyperformulaPlugin';
import { errorMessage } from '../formula/grid';
import {
  type StatedExample,
  type StatedResult,
  statedExamples,
  userDocs,
} from '../support/markdownDocs';

const docs = userDocs();
const examples = docs.flatMap(statedExamples);

/** The column a formula typed into A1 fills (its spill), top to bottom. */
function typed(formula: string): CellValue[] {
  const engine = createEngine({ Docs: [[formula]] });
  const sheet = engine.getSheetId('Docs') as number;
  return engine.getSheetValues(sheet).map((row) => row[0] ?? null);
}

/** A number as the docs show it: 10 significant digits (docs/functions.md is generated so). */
function shown(value: number): number {
  return Number(value.toPrecision(10));
}

function expectGives(values: CellValue[], result: StatedResult): void {
  switch (result.kind) {
    case 'unreadable':
      throw new Error(`"gives ${result.text}" is not a number, a column or the error \`...\``);
    case 'error':
      expect(values).toHaveLength(1);
      expect(errorMessage(values[0])).toBe(result.message);
      return;
    case 'number': {
      expect(values).toHaveLength(1);
      expect(typeof values[0]).toBe('number');
      const value = values[0] as number;
      expect(shown(value)).toBe(result.value);
      if (result.percent !== undefined) expect(shown(value * 100)).toBe(result.percent);
      return;
    }
    case 'column':
      expect(values.map((value) => (typeof value === 'number' ? shown(value) : value))).toEqual(
        result.values,
      );
      return;
  }
}

const label = (example: StatedExample) => `${example.path}:${example.line} ${example.formula}`;

describe('formula examples with a stated result', () => {
  test.each(examples.map((example) => [label(example), example] as const))('%s', (_, example) => {
    expectGives(typed(example.formula), example.result);
  });
});

describe('the examples are found', () => {
  test('docs/functions.md states every worked example of the catalog, and each is run above', () => {
    const reference = examples.filter((example) => example.path === 'docs/functions.md');
    const catalogFormulas = catalog.flatMap((spec) =>
      spec.examples.map((example) => example.formula),
    );
    expect(reference.map((example) => example.formula).sort()).toEqual([...catalogFormulas].sort());
  });

  test('the README shows a computed result and a real error message', () => {
    const kinds = examples
      .filter((example) => example.path === 'README.md')
      .map((e) => e.result.kind);
    expect(kinds).toContain('number');
    expect(kinds).toContain('error');
  });
});
