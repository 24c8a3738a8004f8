// The goal calculator with channels: service calls to write it for 0, 1 and 8 channels (the
// Channels block and its chart: a constant, at most 20 that reach the document) and to
// update it in place with new shares. The measuring code is scripts/bench/goalChannels/measure.ts.
import { withBundledMeasure } from './support/bundleMeasure.mjs';

const CALL_TARGET = 20;

export async function run() {
  await withBundledMeasure('goalChannels', ({ measure }) => {
    const counts = measure();
    for (const count of counts) {
      console.log(
        `service calls, ${count.channels} channels: ${count.documentCalls} to the document (target <= ${CALL_TARGET}), ${count.builderCalls} on builders; update in place: ${count.updateDocumentCalls} to the document`,
      );
    }
    const withChannels = counts.filter((count) => count.channels > 0);
    const constant = withChannels.every(
      (count) =>
        count.documentCalls === withChannels[0].documentCalls &&
        count.updateDocumentCalls === withChannels[0].updateDocumentCalls,
    );
    console.log(
      `same document calls for 1 and 8 channels (new sheet and update): ${constant ? 'yes' : 'NO'}`,
    );
  });
}
