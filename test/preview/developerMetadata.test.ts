/**
 * The fake's developer metadata and block clearing, as the goal calculator's update uses
 * them: tags stay with a renamed sheet, the finder searches every sheet, calls are counted.
 */
import { createFakeAppsScript } from '../../src/preview/fake';

function setUp() {
  const fake = createFakeAppsScript({ sheetNames: ['Sheet1', 'Plan', 'Other'] });
  const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = (name: string) => {
    const found = spreadsheet.getSheetByName(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return { fake, spreadsheet, sheet };
}

test('a tag is found by key (and value) across sheets, with the sheet it sits on', () => {
  const { fake, spreadsheet, sheet } = setUp();
  sheet('Plan').addDeveloperMetadata('funnelmath.goalCalculator', '{"a":1}');
  sheet('Other').addDeveloperMetadata('someone.else', 'x');
  fake.log.reset();
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey('funnelmath.goalCalculator')
    .find();
  expect(found.map((tag) => [tag.getValue(), tag.getLocation().getSheet()?.getName()])).toEqual([
    ['{"a":1}', 'Plan'],
  ]);
  expect(
    spreadsheet
      .createDeveloperMetadataFinder()
      .withKey('funnelmath.goalCalculator')
      .withValue('no')
      .find(),
  ).toEqual([]);
  // The finder's set-up is local; find and every call on a tag reach the document.
  expect(fake.log.countsByName()).toMatchObject({
    'Spreadsheet.createDeveloperMetadataFinder': 2,
    'DeveloperMetadataFinder.find': 2,
    'DeveloperMetadata.getValue': 1,
    // The sheet reached through the tag's location is the counted one, as every other sheet.
    'Sheet.getName': 1,
  });
  expect(fake.log.documentCalls).toBe(6);
});

test('a tag changes value, is removed, and a sheet finder sees only its own sheet', () => {
  const { sheet } = setUp();
  sheet('Plan').addDeveloperMetadata('k', 'one');
  sheet('Other').addDeveloperMetadata('k', 'two');
  const [own] = sheet('Plan').createDeveloperMetadataFinder().withKey('k').find();
  own.setValue('three');
  expect(
    sheet('Plan')
      .getDeveloperMetadata()
      .map((tag) => tag.getValue()),
  ).toEqual(['three']);
  own.remove();
  expect(sheet('Plan').getDeveloperMetadata()).toEqual([]);
  expect(
    sheet('Other')
      .getDeveloperMetadata()
      .map((tag) => tag.getValue()),
  ).toEqual(['two']);
});

test('Sheets refuses an empty key and more than 30,000 characters of tags on one sheet', () => {
  const { sheet } = setUp();
  expect(() => sheet('Plan').addDeveloperMetadata('', 'x')).toThrow(
    /Invalid developer metadata key/,
  );
  sheet('Plan').addDeveloperMetadata('big', 'x'.repeat(29000));
  expect(() => sheet('Plan').addDeveloperMetadata('more', 'y'.repeat(2000))).toThrow(/30000/);
});

test('RangeList.clear empties the cells and their formats (not their notes), and nothing around them', () => {
  const { sheet } = setUp();
  const plan = sheet('Plan');
  plan.getRange('A1:C2').setValues([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  plan.getRange('A1:C2').setNumberFormats([
    ['0%', '0%', '0%'],
    ['0%', '0%', '0%'],
  ]);
  plan.getRange('B1').setNotes([['what B1 means']]);
  plan.getRangeList(['B1:B2', 'C2']).clear();
  expect(plan.getRange('B1').getNotes()).toEqual([['what B1 means']]);
  expect(plan.getRange('A1:C2').getValues()).toEqual([
    [1, '', 3],
    [4, '', ''],
  ]);
  expect(plan.getRange('A1:C1').getNumberFormats()).toEqual([['0%', '0.###############', '0%']]);
  plan.getRangeList(['B1']).clearNote();
  expect(plan.getRange('B1').getNotes()).toEqual([['']]);
});

test('removeChart takes the chart off its sheet, and refuses a chart it does not have', () => {
  const { sheet } = setUp();
  const plan = sheet('Plan');
  const chart = plan.newChart().asBarChart().addRange(plan.getRange('A1:A2')).build();
  plan.insertChart(chart);
  plan.removeChart(chart);
  expect(plan.getCharts()).toEqual([]);
  expect(() => plan.removeChart(chart)).toThrow(/not on this sheet/);
});
