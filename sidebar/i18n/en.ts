/**
 * The sidebar's words in English. This object defines the shape every translation must
 * fill (`Messages`), so a missing Chinese string is a type error, not a blank label.
 */
import type { Category } from '../../src/kpi';

export const en = {
  languageName: 'English',
  title: 'Goal calculator',
  intro: 'Work backward from a revenue target to the volume every funnel stage needs.',
  lastPlanLoaded: 'Showing the last plan built in this spreadsheet.',
  startFresh: 'Start from the defaults',
  startFailed: (reason: string) =>
    `The last plan of this spreadsheet could not be loaded (${reason}); starting from the defaults.`,
  loading: 'Loading…',

  targetHeading: 'Target',
  revenueTarget: 'Revenue target',
  period: 'Period',
  periods: { month: 'Month', quarter: 'Quarter', year: 'Year' },
  averageDealSize: 'Average deal size',

  stagesHeading: 'Funnel stages',
  stagesHint: 'Top of the funnel first; the last stage is customers.',
  stageName: (position: number) => `Stage ${position} name`,
  conversionToNext: (name: string) => `${name}: conversion to next stage (%)`,
  rateShort: 'to next %',
  lastStage: 'won deals',
  addStage: 'Add stage',
  newStageName: (position: number) => `Stage ${position}`,
  moveUp: (name: string) => `Move ${name} up`,
  moveDown: (name: string) => `Move ${name} down`,
  remove: (name: string) => `Remove ${name}`,
  defaultStageNames: ['Visitors', 'Leads', 'MQLs', 'SQLs', 'Customers'],

  costsHeading: 'Cost and timing',
  leadStage: 'Stage bought at the cost per lead',
  costPerLead: 'Cost per lead',
  salesCycleDays: 'Sales cycle (days)',
  monthlyGrowth: 'Monthly growth (%)',
  optional: 'optional',
  language: 'Language (sidebar and sheet)',
  languageAuto: (name: string) => `From the spreadsheet (${name})`,

  currency: 'Currency',
  startMonth: 'First month of the plan',
  stageDaysHeading: 'Days between stages',
  stageDaysHint: 'Empty: the sales cycle applies.',
  daysToNext: (from: string, to: string) => `${from} → ${to} (days)`,

  previewHeading: 'What it takes',
  previewStage: 'Stage',
  previewNeeded: 'Needed',
  previewBudget: 'Marketing budget',
  previewWaiting: 'The numbers appear when every field is valid.',

  marketingBudget: 'Marketing budget',
  channelsHeading: 'Channels',
  channelsHint: (max: number) =>
    `Where the leads come from (up to ${max}), each with its share of the leads and its cost per lead. Without channels, the cost per lead above buys every lead.`,
  channelName: (position: number) => `Channel ${position} name`,
  channelShare: (name: string) => `${name}: share of leads (%)`,
  channelCostPerLead: (name: string) => `${name}: cost per lead`,
  channelRate: (name: string) => `${name}: conversion to next stage (%, optional)`,
  newChannelName: (position: number) => `Channel ${position}`,
  channelShareShort: 'Share',
  channelCostShort: 'Cost per lead',
  addChannel: 'Add channel',
  sharesLeft: (percent: string) => `Shares: ${percent}% left to assign.`,
  sharesOver: (percent: string) => `Shares: ${percent}% too much; they must add up to 100%.`,
  sharesComplete: 'Shares add up to 100%.',
  scenariosHeading: 'Scenarios',
  scenariosHint: (max: number) =>
    `Up to ${max} variants beside the base plan. An empty field follows the base plan (its value is shown greyed).`,
  scenarioName: (position: number) => `Scenario ${position} name`,
  newScenarioName: (position: number) => `Scenario ${position}`,
  scenarioField: (scenario: string, field: string) => `${scenario}: ${field}`,
  scenarioRate: (scenario: string, from: string, to: string) => `${scenario}: ${from} → ${to} (%)`,
  addScenario: 'Add scenario',
  previewBudgetBuys: (budget: string) => `What ${budget} buys`,
  previewBudgetRevenue: 'Revenue',
  previewShort: (amount: string) => `Short of the target by ${amount}.`,
  previewOver: (amount: string) => `Above the target by ${amount}.`,
  previewExtraBudget: (amount: string) => `The target needs ${amount} more budget.`,
  previewSpareBudget: (amount: string) => `The target needs ${amount} less budget.`,
  previewChannelsHeading: 'Channels, cheapest customer first',
  previewChannel: 'Channel',
  previewLeads: 'Leads',
  previewChannelBudget: 'Budget',
  previewCostPerCustomer: 'Per customer',
  previewScenariosHeading: 'Scenarios side by side',
  previewBase: 'Base',
  previewCac: 'CAC',
  previewNotBought: '–',

  build: 'Build the sheet',
  building: 'Building the sheet…',
  built: (sheet: string) => `Done: the sheet “${sheet}” was added.`,
  buildFailed: (reason: string) => `The sheet was not built: ${reason}`,
  fixFirst: (count: number) =>
    count === 1 ? 'Fix the highlighted field first.' : `Fix the ${count} highlighted fields first.`,
  unknownError: 'the server did not say why.',
  /** What a number field understood, shown under it while the person types. */
  readAs: (shown: string) => `Read as ${shown}`,

  whereHeading: 'Where the plan goes',
  updateExisting: (sheet: string) => `Update “${sheet}” in place`,
  whichSheet: 'Goal calculator to update',
  buildNew: 'Build a new sheet',
  update: 'Update the sheet',
  updating: 'Updating the sheet…',
  updatedInputs: (sheet: string) => `Done: “${sheet}” was updated in place.`,
  updatedBlock: (sheet: string) =>
    `Done: “${sheet}” was updated in place; its plan block was rewritten for the new shape.`,
  updateFailed: (reason: string) => `The sheet was not updated: ${reason}`,
  sheetPlanLoaded: (sheet: string) => `Showing the plan on the sheet “${sheet}”.`,
  sheetProblems: (sheet: string) =>
    `Some cells of “${sheet}” do not hold a valid value; the form shows the plan as last written:`,
  sheetMoved: (sheet: string) =>
    `“${sheet}” was changed around its plan (the block moved), so it cannot be updated in place; the form shows the plan as last written and builds a new sheet.`,
  sheetUnknown: (sheet: string) =>
    `FunnelMath cannot tell how “${sheet}” is laid out (it was not built with this version), so it cannot update it in place; the button builds a new sheet.`,
  cellProblem: (cell: string, value: string, message: string) =>
    `${cell} holds ${value}: ${message}`,

  errors: {
    notANumber: (text: string) => `“${text}” is not a number; type digits only, such as 1200000.`,
    ambiguousNumber: (text: string, ways: readonly string[], decimal: string) =>
      `“${text}” could mean more than one number: type ${ways.join(' or ')} (the decimal separator here is “${decimal}”).`,
    stageNameCharacter: (codePoint: string) =>
      `This name contains ${codePoint}, which a sheet cannot hold or show; remove it.`,
    stageNameInvisible:
      'This name shows nothing (only spaces or invisible characters); type a name people can see.',
    stageNameTooLong: (count: number, max: number) =>
      `This name is ${count} characters long; shorten it to at most ${max}.`,
    revenueTarget: (max: string) => `Enter a revenue target above 0, at most ${max}.`,
    averageDealSize: (max: string) => `Enter an average deal size above 0, at most ${max}.`,
    stageName: (maxLength: number) => `Give this stage a name of 1 to ${maxLength} characters.`,
    conversionToNext: 'Enter a rate above 0% and at most 100%.',
    stageCount: (count: number, min: number, max: number) =>
      `A funnel has ${min} to ${max} stages; this one has ${count}.`,
    leadStage: 'Pick one of the stages above the last.',
    costPerLead: (max: string) => `Enter a cost from 0 to ${max}, or leave it empty.`,
    salesCycleDays: (max: number) => `Enter 0 to ${max} days, or leave it empty.`,
    monthlyGrowth: (min: number, max: number) =>
      `Enter a growth from ${min}% to ${max}% a month, or leave it empty.`,
    daysToNext: (max: number) => `Enter 0 to ${max} days, or leave it empty for the sales cycle.`,
    startMonth: (min: number, max: number) =>
      `Pick a month from January ${min} to December ${max}, e.g. 2027-01.`,
    currency: 'Pick a currency from the list.',
    marketingBudget: (max: string) => `Enter a budget above 0, at most ${max}, or leave it empty.`,
    budgetNeedsCost:
      'A budget buys leads at the cost per lead: give a cost per lead above 0 (the plan’s or a channel’s).',
    budgetTooManyLeads: (max: string) =>
      `At this cost per lead the budget buys more than ${max} leads; lower the budget or raise the cost.`,
    channelName: (maxLength: number) => `Give this channel a name of 1 to ${maxLength} characters.`,
    channelShare: 'Enter a share above 0% and at most 100%.',
    channelSharesSum: (sum: string) => `The shares add up to ${sum}%; make them add up to 100%.`,
    channelCount: (count: number, max: number) =>
      `A plan has 1 to ${max} channels; this one has ${count}.`,
    channelCostPerLead: (max: string) => `Enter a cost per lead from 0 to ${max}.`,
    channelRate: 'Enter a rate above 0% and at most 100%, or leave it empty for the stage’s rate.',
    scenarioName: (maxLength: number) =>
      `Give this scenario a name of 1 to ${maxLength} characters.`,
    scenarioCount: (count: number, max: number) =>
      `A plan has at most ${max} scenarios; this one has ${count}.`,
    scenarioRevenueTarget: (max: string) =>
      `Enter a revenue target above 0, at most ${max}, or leave it empty for the base plan’s.`,
    scenarioDealSize: (max: string) =>
      `Enter a deal size above 0, at most ${max}, or leave it empty for the base plan’s.`,
    scenarioCostPerLead: (max: string) =>
      `Enter a cost from 0 to ${max}, or leave it empty for the base plan’s.`,
    nameTaken: 'Another row has this name; give each its own.',
    scenarioUncountable: (max: string) =>
      `With these figures the funnel needs more than ${max} at the top; raise the rates or lower the target.`,
    scenarioRate: 'Enter a rate above 0% and at most 100%, or leave it empty for the base rate.',
  },

  referenceHeading: 'Function reference',
  referenceSearch: 'Search by name or by what it measures',
  referenceCount: (shown: number, total: number) => `${shown} of ${total} functions`,
  referenceNone: (query: string) => `No function matches “${query}”.`,
  referenceAlias: 'also',
  categories: {
    'Cost of acquisition': 'Cost of acquisition',
    Conversion: 'Conversion',
    'Customer value': 'Customer value',
    'Return on spend': 'Return on spend',
    'Growth and retention': 'Growth and retention',
    'Pipeline and speed': 'Pipeline and speed',
    'Planning backward from revenue': 'Planning backward from revenue',
  } as Record<Category, string>,
  /** Local names of functions, searchable and shown under the name (none needed in English). */
  functionTerms: {} as Readonly<Record<string, string>>,
};

export type Messages = typeof en;
