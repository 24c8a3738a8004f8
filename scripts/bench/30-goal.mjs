// The goal calculator: service calls to write it (a constant, reported for 3 and 10 stages;
// target at most 20 that reach the document) and to update it in place with a new target
// (must be fewer than a new sheet), and the time to compute a 10-stage plan in
// the pure planner against evaluating its sheet layout in HyperFormula, as a ratio. The
// measuring code is TypeScript (scripts/bench/goal/measure.ts), bundled on the fly.
import { withBundledMeasure } from './support/bundleMeasure.mjs';

const CALL_TARGET = 20;

export async function run() {
  await withBundledMeasure('goal', ({ measure }) => {
    const { calls, shapes, plannerMs, layoutMs, ratio } = measure();
    for (const count of calls) {
      console.log(
        `service calls, ${count.stages} stages, ${count.scenarios} scenarios, ${count.channels} channels: ${count.documentCalls} to the document (target <= ${CALL_TARGET}), ${count.builderCalls} on builders`,
      );
      console.log(
        `update in place, ${count.stages} stages, ${count.scenarios} scenarios, ${count.channels} channels: ${count.updateDocumentCalls} to the document (new sheet: ${count.documentCalls}; fewer: ${count.updateDocumentCalls < count.documentCalls ? 'yes' : 'NO'}), ${count.updateBuilderCalls} on builders`,
      );
    }
    // The budget is the document's calls; builders work in memory, and each rate cell's
    // data-validation rule is its own formula, so builder calls may follow the stages.
    // Constant in stages for each mix (the scenarios' and the channels' charts are one call each).
    const constant = calls.every((count) => {
      const first = calls.find(
        (other) => other.scenarios === count.scenarios && other.channels === count.channels,
      );
      return (
        count.documentCalls === first.documentCalls &&
        count.updateDocumentCalls === first.updateDocumentCalls
      );
    });
    console.log(
      `same document calls for 3 and 10 stages (new sheet and update), with 0 and 3 scenarios, 0 and 8 channels: ${constant ? 'yes' : 'NO'}`,
    );
    // Budget, channels and scenarios: the document's calls must not follow their numbers.
    for (const shape of shapes) {
      console.log(
        `service calls, budget + ${shape.channels} channel${shape.channels === 1 ? '' : 's'} + ${shape.scenarios} scenarios: ${shape.documentCalls} to the document (target <= ${CALL_TARGET}: ${shape.documentCalls <= CALL_TARGET ? 'OK' : 'OVER'}), ${shape.builderCalls} on builders`,
      );
    }
    const sameCalls = (first, second) => first.documentCalls === second.documentCalls;
    const byChannels = [0, 3].every((scenarios) => {
      const [one, eight] = shapes.filter((shape) => shape.scenarios === scenarios);
      return sameCalls(one, eight);
    });
    console.log(`same document calls for 1 and 8 channels: ${byChannels ? 'yes' : 'NO'}`);
    const without = shapes.find((shape) => shape.scenarios === 0);
    const withThree = shapes.find((shape) => shape.scenarios === 3);
    // A sheet with scenarios has a scenarios block, so 0 and 3 may differ by that block's calls.
    const added = Object.entries(withThree.documentCallsByName)
      .map(([name, count]) => [name, count - (without.documentCallsByName[name] ?? 0)])
      .filter(([, more]) => more !== 0)
      .map(([name, more]) => `${name} ${more > 0 ? '+' : ''}${more}`);
    console.log(
      `document calls with 3 scenarios vs none: ${added.length === 0 ? 'the same' : added.join(', ')}`,
    );
    console.log(
      `10-stage yearly plan: planner ${plannerMs.toFixed(4)} ms, layout evaluated in HyperFormula ${layoutMs.toFixed(2)} ms`,
    );
    console.log(`ratio layout evaluation / planner: ${ratio.toFixed(0)}x`);
  });
}
