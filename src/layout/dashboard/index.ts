export {
  checkExportLink,
  type ExportLink,
  exportInputFormulas,
  type LinkedExport,
} from './exportLink';
export { goalPlanSource } from './goalLink';
export { type InputKey, inputColumns, type MonthlyFigures } from './inputs';
export { type KpiKey, kpiColumns } from './kpis';
export { dashboardLabels } from './labels';
export {
  buildDashboard,
  type DashboardMap,
  type DashboardOptions,
  defaultThresholds,
  type HealthThresholds,
  inputA1,
  type KpiCell,
  kpiA1,
  monthSerial,
} from './layout';
export type { ComparedColumns, GoalPlanSource, PlanVsActualMap } from './planVsActual';
export {
  DASHBOARD_INPUT_HEADER_ROW,
  type DashboardShape,
  dashboardHeaderLanguage,
  dashboardShape,
} from './readBack';
export { sampleDashboard, sampleDashboardFor, sampleFigures } from './sampleData';
export { samplePlan } from './samplePlan';
export { matchStages } from './stageMatching';
