/**
 * Editing the stage list: pure functions from one draft to the next. The count limits
 * (2 to 10) are not enforced here but reported by the schema, so a user can add a stage
 * before removing another and sees the rule rather than a button that silently refuses.
 */
import { type Draft, newStageId, type StageDraft } from './draft';

/** A new stage goes just above the last one: the bottom of the funnel stays the customers. */
export function addStage(draft: Draft, name: string): Draft {
  const stages = [...draft.stages];
  const insertAt = Math.max(stages.length - 1, 0);
  stages.splice(insertAt, 0, { id: newStageId(), name, ratePercent: '50', daysToNext: '' });
  return { ...draft, stages };
}

export function removeStage(draft: Draft, id: number): Draft {
  const removedAt = draft.stages.findIndex((stage) => stage.id === id);
  if (removedAt < 0) return draft;
  const stages = draft.stages.filter((stage) => stage.id !== id);
  if (stages.length === 0) return { ...draft, stages };
  // The lead stage moves to the row that took the removed one's place.
  const leadStageId =
    draft.leadStageId === id
      ? stages[Math.min(removedAt, Math.max(stages.length - 2, 0))].id
      : draft.leadStageId;
  return { ...draft, stages, leadStageId };
}

export function moveStage(draft: Draft, id: number, offset: -1 | 1): Draft {
  const from = draft.stages.findIndex((stage) => stage.id === id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= draft.stages.length) return draft;
  const stages = [...draft.stages];
  [stages[from], stages[to]] = [stages[to], stages[from]];
  return { ...draft, stages };
}

export function updateStage(
  draft: Draft,
  id: number,
  change: Partial<Omit<StageDraft, 'id'>>,
): Draft {
  return {
    ...draft,
    stages: draft.stages.map((stage) => (stage.id === id ? { ...stage, ...change } : stage)),
  };
}

/**
 * When the language changes, stages still called by their default name take the default
 * name of the new language; anything the user renamed is left alone.
 */
export function translateDefaultNames(
  draft: Draft,
  fromNames: readonly string[],
  toNames: readonly string[],
): Draft {
  return {
    ...draft,
    stages: draft.stages.map((stage) => {
      const index = fromNames.indexOf(stage.name);
      return index >= 0 && index < toNames.length ? { ...stage, name: toNames[index] } : stage;
    }),
  };
}
