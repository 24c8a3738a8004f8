import type { InputKey } from './inputs';

/**
 * Which dashboard input column holds the actuals of a goal-calculator stage. Stage names
 * are the user's own ("Website visits", "SQOs", "潜在客户"), so match words first, then fall
 * back on what the plan itself says: its lead stage is leads, its last stage is customers.
 */
const stageWords: readonly { readonly key: InputKey; readonly pattern: RegExp }[] = [
  { key: 'mqls', pattern: /\bmqls?\b|marketing[- ]qualified|营销合格|行銷合格/i },
  { key: 'sqls', pattern: /\bsq[lo]s?\b|sales[- ]qualified|销售合格|銷售合格/i },
  { key: 'opportunities', pattern: /opportunit|\bopps?\b|pipeline|商机|商機/i },
  { key: 'dealsWon', pattern: /deals?\b|\bwon\b|wins?\b|成交|赢单|贏單/i },
  { key: 'newCustomers', pattern: /customer|client|account|客户|客戶/i },
  { key: 'leads', pattern: /leads?\b|线索|潜在客户|潛在客戶|名單/i },
  { key: 'visitors', pattern: /visit|traffic|session|访客|訪客|流量/i },
];

export interface StageMatch {
  /** 0-based stage index in the plan, top first. */
  readonly stage: number;
  readonly input: InputKey;
}

/** One input column per stage at most, and each column for one stage at most. */
export function matchStages(stageNames: readonly string[], leadStageIndex: number): StageMatch[] {
  const taken = new Set<InputKey>();
  const byStage = new Map<number, InputKey>();
  const claim = (stage: number, input: InputKey) => {
    if (byStage.has(stage) || taken.has(input)) return;
    byStage.set(stage, input);
    taken.add(input);
  };
  const last = stageNames.length - 1;
  // The plan's own structure is the surest sign: its last stage is the customers won.
  claim(last, 'newCustomers');
  stageNames.forEach((name, stage) => {
    const word = stageWords.find(
      (candidate) => candidate.pattern.test(name) && !taken.has(candidate.key),
    );
    if (word) claim(stage, word.key);
  });
  claim(leadStageIndex, 'leads');
  return [...byStage.entries()]
    .map(([stage, input]) => ({ stage, input }))
    .sort((left, right) => left.stage - right.stage);
}
