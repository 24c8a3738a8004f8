import { createFakeAppsScript } from '../../src/preview/fake/index';

function newSheet() {
  const fake = createFakeAppsScript();
  const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
  if (!sheet) throw new Error('the fake starts with Sheet1');
  return { fake, sheet };
}

describe('the fake SpreadsheetApp parses setValues like Sheets', () => {
  it('turns "=..." into a live formula and "+1" into a number, as Sheets does', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1:C1').setValues([['=1+1', '+1', '50%']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[2, 1, 0.5]]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=1+1', '', '']]);
  });

  it('keeps a string with a leading apostrophe as text, without the apostrophe', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1:C1').setValues([["'=1+1", "'+1", "'<img src=x onerror=alert(1)>"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([
      ['=1+1', '+1', '<img src=x onerror=alert(1)>'],
    ]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('reads TRUE, grouped numbers and ISO dates as Sheets would', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1:C1').setValues([['true', '1,200,000', '2026-01-01']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[true, 1200000, 46023]]);
  });

  it("rejects data whose shape differs from the range, with Sheets' message", () => {
    const { sheet } = newSheet();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('stops a range at the 26 columns of a new sheet', () => {
    const { sheet } = newSheet();
    expect(() => sheet.getRange(1, 20, 1, 10)).toThrow('outside the dimensions of the sheet');
  });
});

describe('the fake evaluates formulas with HyperFormula and the FunnelMath functions', () => {
  it('computes a catalog function typed into a cell', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1:C1').setValues([[12000, 4, '=CAC(A1, B1)']]);
    expect(sheet.getRange('C1').getValue()).toBe(3000);
  });

  it('spills REVERSE_FUNNEL down a column', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1').setValue('=REVERSE_FUNNEL(1000000, 25000, {0.02, 0.3, 0.4, 0.25})');
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[66700], [1334], [400], [160], [40]]);
  });

  it('follows references across sheets and shows errors as their code', () => {
    const { fake, sheet } = newSheet();
    const other = fake.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Goal Calculator');
    other.getRange('B5').setValue(10);
    sheet.getRange('A1:B1').setValues([["='Goal Calculator'!B5*2", '=1/0']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[20, '#DIV/0!']]);
  });

  it('shows values through their number formats', () => {
    const { sheet } = newSheet();
    const range = sheet.getRange('A1:D1');
    range.setNumberFormats([['$#,##0', '0.0%', '#,##0', '@']]);
    range.setValues([[1234567.4, 0.256, 80000, "'0042"]]);
    expect(range.getDisplayValues()).toEqual([['$1,234,567', '25.6%', '80,000', '0042']]);
  });

  it('shows a day through a date pattern, with month names in the spreadsheet locale', () => {
    const { sheet } = newSheet();
    const range = sheet.getRange('A1:D1');
    range.setNumberFormats([['yyyy-mm-dd', 'mmm yyyy', 'dddd, d mmmm yyyy', '0 "days"']]);
    range.setValues([[46023, 46388, 46388, 46388]]);
    expect(range.getDisplayValues()).toEqual([
      ['2026-01-01', 'Jan 2027', 'Friday, 1 January 2027', '46388 days'],
    ]);
    const chinese = createFakeAppsScript({ locale: 'zh_CN' }).SpreadsheetApp.getActiveSheet();
    const cells = chinese.getRange('A1:B1');
    cells.setNumberFormats([['mmm yyyy', 'yyyy"年"m"月"']]);
    cells.setValues([[46388, 46388]]);
    expect(cells.getDisplayValues()).toEqual([['1月 2027', '2027年1月']]);
  });

  it("shows a number in Sheets' automatic format as typed", () => {
    const { sheet } = newSheet();
    const range = sheet.getRange('A1:B1');
    range.setNumberFormats([['0.###############', '0.###############']]);
    range.setValues([[12, 0.125]]);
    expect(range.getDisplayValues()).toEqual([['12', '0.125']]);
  });
});

describe("the fake spreadsheet keeps Sheets' rules about sheets", () => {
  it('refuses a second sheet of the same name, whatever its case', () => {
    const { fake } = newSheet();
    const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.insertSheet('Goal Calculator');
    expect(() => spreadsheet.insertSheet('goal calculator')).toThrow(
      'A sheet with the name "goal calculator" already exists. Please enter another name.',
    );
  });

  it('remembers formats, notes, widths, frozen rows, charts and rules', () => {
    const { fake, sheet } = newSheet();
    const range = sheet.getRange('A1:B1');
    range
      .setBackgrounds([['#fff2cc', null]])
      .setFontWeights([['bold', null]])
      .setNotes([['Edit me', '']]);
    sheet.setColumnWidths(1, 2, 180);
    sheet.setFrozenRows(2);
    const chart = sheet
      .newChart()
      .asBarChart()
      .addRange(range)
      .setPosition(3, 4, 0, 0)
      .setOption('title', 'Funnel')
      .build();
    sheet.insertChart(chart);
    const rule = fake.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=A1>0')
      .setBackground('#d9ead3')
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([rule]);

    expect(range.getBackgrounds()).toEqual([['#fff2cc', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getNotes()).toEqual([['Edit me', '']]);
    expect([sheet.getColumnWidth(2), sheet.getFrozenRows()]).toEqual([180, 2]);
    const [inserted] = sheet.getCharts();
    expect(inserted.getOptions().get('title')).toBe('Funnel');
    expect(inserted.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(inserted.getRanges()[0].getA1Notation()).toBe('A1:B1');
    const [saved] = sheet.getConditionalFormatRules();
    expect(saved.getBooleanCondition()?.getCriteriaValues()).toEqual(['=A1>0']);
  });
});

describe('the fake counts every service call', () => {
  it('counts each call by name, builders apart from calls that reach the document', () => {
    const { fake, sheet } = newSheet();
    fake.log.reset();
    const range = sheet.getRange(1, 1, 2, 2);
    range
      .setValues([
        [1, 2],
        [3, 4],
      ])
      .setNumberFormats([
        ['0', '0'],
        ['0', '0'],
      ]);
    sheet.newChart().addRange(range).build();
    expect(fake.log.countsByName()).toEqual({
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Range.setNumberFormats': 1,
      'Sheet.newChart': 1,
      'EmbeddedChartBuilder.addRange': 1,
      'EmbeddedChartBuilder.build': 1,
    });
    expect([fake.log.documentCalls, fake.log.builderCalls]).toEqual([3, 3]);
  });

  it('hands out a range list in the order asked, for two counted calls', () => {
    const { fake, sheet } = newSheet();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    fake.log.reset();
    const ranges = sheet.getRangeList(['B1:B2', 'A1', 'A2:B2']).getRanges();
    expect(ranges.map((range) => range.getA1Notation())).toEqual(['B1:B2', 'A1', 'A2:B2']);
    expect(ranges[0].getValues()).toEqual([[2], [4]]);
    expect(fake.log.countsByName()).toMatchObject({
      'Sheet.getRangeList': 1,
      'RangeList.getRanges': 1,
    });
  });

  it('reports the locale it was created with, en_US by default', () => {
    const locale = (options?: { locale: string }) =>
      createFakeAppsScript(options).SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
    expect([locale(), locale({ locale: 'zh_TW' })]).toEqual(['en_US', 'zh_TW']);
  });
});

describe('the fake UI, HtmlService and PropertiesService', () => {
  it('records the add-on menu, sidebars and alerts', () => {
    const fake = createFakeAppsScript({ readHtmlFile: (name) => `<p>${name}</p>` });
    const ui = fake.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Goal calculator', 'showSidebar').addToUi();
    ui.showSidebar(fake.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('FunnelMath'));
    ui.alert('Done');
    expect(fake.ui.menus[0].entries).toEqual([
      { caption: 'Goal calculator', functionName: 'showSidebar' },
    ]);
    expect(fake.ui.dialogs).toEqual([
      { kind: 'sidebar', title: 'FunnelMath', html: '<p>sidebar</p>' },
    ]);
    expect(fake.ui.alerts).toEqual(['Done']);
  });

  it('stores document properties as strings', () => {
    const fake = createFakeAppsScript();
    const properties = fake.PropertiesService.getDocumentProperties();
    properties.setProperty('lastPlan', JSON.stringify({ revenueTarget: 5 }));
    expect(JSON.parse(properties.getProperty('lastPlan') ?? 'null')).toEqual({ revenueTarget: 5 });
    expect(properties.getProperty('missing')).toBeNull();
  });
});
