import { getActualsSource, startPlanFromActuals } from './actualsPlan';
import { getTemplateLink, insertKpiDashboard, insertKpiDashboardWithSample } from './dashboard';
import { getDashboardGoalChoices } from './dashboardGoal';
import { connectDashboardToExport, listExportSheets } from './exportSheets';
import { buildGoalCalculator, updateGoalCalculator } from './goalCalculator';
import { restoreFormulas } from './restoreFormulas';
import { getSidebarStart, openGoalCalculator, saveLastPlan, showGoalCalculator } from './sidebar';
import { checkThisWorkbook } from './workbookCheck';
import { showWorkbookCheck } from './workbookCheckSidebar';

/**
 * The server entry points: every function the sidebar calls through google.script.run and
 * every menu handler. The build generates one top-level Apps Script function per key
 * (Apps Script only calls top-level declarations), and the sidebar's typed bridge takes
 * its names and types from `ServerApi`, so a misspelt call fails the type check.
 *
 * Add an entry point: implement it in its own file under src/gas/, import it here, add a key.
 */
export const serverApi = {
  showGoalCalculator,
  getSidebarStart,
  openGoalCalculator,
  saveLastPlan,
  buildGoalCalculator,
  updateGoalCalculator,
  getTemplateLink,
  insertKpiDashboard,
  insertKpiDashboardWithSample,
  getActualsSource,
  startPlanFromActuals,
  getDashboardGoalChoices,
  showWorkbookCheck,
  checkThisWorkbook,
  restoreFormulas,
  listExportSheets,
  connectDashboardToExport,
};

export type ServerApi = typeof serverApi;
