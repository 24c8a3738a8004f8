import {
  type Calibration,
  type CalibrationOptions,
  calibratePlan,
  describeMonths,
} from '../funnel/calibrate';
import { dealSizeRatio, funnelRatios, periodRatio } from '../layout/dashboard/periodFunnel';
import { countedInputs, monthlyCounts, monthsBetween } from './monthlyCounts';
import type { ContactRecord, DealRecord } from './read';
import { salesCycle, stageDays } from './stageTiming';

/**
 * A plan calibrated from a contacts export and a deals export over the months from `from`
 * to `to` ("YYYY-MM"): the monthly counts the dashboard would show, summed the way its
 * Period row sums them, and the timing measured by SALES_CYCLE.
 */
export interface ExportsCalibration extends CalibrationOptions {
  readonly contacts: readonly ContactRecord[];
  /** Absent: opportunities and customers come from the contacts' stage dates, and no revenue. */
  readonly deals?: readonly DealRecord[];
  readonly from: string;
  readonly to: string;
}

export function calibrateFromExports(input: ExportsCalibration): Calibration {
  const months = monthsBetween(input.from, input.to);
  if (months.length === 0) {
    return {
      ok: false,
      problems: [`the months run from ${input.from} to ${input.to}: the first is after the last`],
    };
  }
  const counts = monthlyCounts(input.contacts, input.deals, months);
  const known = countedInputs(input.deals !== undefined);
  const monthSet = new Set(months);
  const cycle = input.deals
    ? salesCycle(input.deals, monthSet)
    : { ok: true as const, days: undefined };
  const steps = stageDays(input.contacts, monthSet);
  const timingProblems = [cycle, ...steps].flatMap((timing) => (timing.ok ? [] : [timing.problem]));
  if (timingProblems.length > 0) return { ok: false, problems: timingProblems };
  const calibration = calibratePlan(
    {
      rates: funnelRatios.map((ratio) => periodRatio(counts, ratio, known)),
      dealSize: input.deals ? periodRatio(counts, dealSizeRatio, known) : undefined,
      salesCycleDays: cycle.ok ? cycle.days : undefined,
      stageDays: steps.map((timing) => (timing.ok ? timing.days : undefined)),
    },
    input,
  );
  if (calibration.ok && cycle.ok && cycle.days === undefined) {
    return {
      ...calibration,
      notes: [
        ...calibration.notes,
        `no sales cycle: no won deal closed in ${describeMonths(months)} has both dates`,
      ],
    };
  }
  return calibration;
}
