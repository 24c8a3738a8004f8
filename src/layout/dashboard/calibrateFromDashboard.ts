import {
  type Calibration,
  type CalibrationOptions,
  calibratePlan,
  describeMonths,
} from '../../funnel/calibrate';
import {
  costPerLeadRatio,
  dealSizeRatio,
  funnelRatios,
  type MonthInputs,
  periodRatio,
} from './periodFunnel';

/**
 * A plan from a dashboard's months from `from` to `to` ("YYYY-MM"): each rate the Period
 * row's (the months where every input of its KPI is a number), the deal size the Period
 * row's average deal size, and the dashboard's sales cycle as the whole lag (a dashboard
 * has no stage dates, so no per-stage days); the cost per lead is its CPL's.
 */
export function calibrateFromDashboard(
  months: readonly MonthInputs[],
  range: { readonly from: string; readonly to: string },
  salesCycleDays: number | undefined,
  options: CalibrationOptions,
): Calibration {
  const chosen = months.filter((month) => month.month >= range.from && month.month <= range.to);
  if (chosen.length === 0) {
    const onSheet = describeMonths(months.map((month) => month.month));
    return {
      ok: false,
      problems: [
        `the dashboard has no month from ${range.from} to ${range.to} (its months: ${onSheet}); choose months it has`,
      ],
    };
  }
  return calibratePlan(
    {
      rates: funnelRatios.map((ratio) => periodRatio(chosen, ratio)),
      dealSize: periodRatio(chosen, dealSizeRatio),
      costPerLead: periodRatio(chosen, costPerLeadRatio),
      salesCycleDays,
    },
    options,
  );
}
