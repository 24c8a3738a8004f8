import { matchStages } from '../../src/layout/dashboard/stageMatching';

describe('goal-calculator stages find their actuals column', () => {
  test('the example plan: visitors, leads, MQLs, SQLs, customers', () => {
    expect(matchStages(['Visitors', 'Leads', 'MQLs', 'SQLs', 'Customers'], 1)).toEqual([
      { stage: 0, input: 'visitors' },
      { stage: 1, input: 'leads' },
      { stage: 2, input: 'mqls' },
      { stage: 3, input: 'sqls' },
      { stage: 4, input: 'newCustomers' },
    ]);
  });

  test('own words: the last stage is customers and the lead stage is leads whatever their names', () => {
    expect(matchStages(['Website sessions', 'Sign-ups', 'Demos', 'Closed'], 1)).toEqual([
      { stage: 0, input: 'visitors' },
      { stage: 1, input: 'leads' },
      { stage: 3, input: 'newCustomers' },
    ]);
  });

  test('Chinese stage names', () => {
    expect(matchStages(['访客', '线索', '营销合格线索', '商机', '客户'], 1)).toEqual([
      { stage: 0, input: 'visitors' },
      { stage: 1, input: 'leads' },
      { stage: 2, input: 'mqls' },
      { stage: 3, input: 'opportunities' },
      { stage: 4, input: 'newCustomers' },
    ]);
  });

  test('no column is claimed twice, and a hostile name matches nothing by accident', () => {
    const matches = matchStages(
      ['=IMPORTXML("http://x","//a")', 'Leads', 'Leads again', 'Customers'],
      1,
    );
    expect(matches).toEqual([
      { stage: 1, input: 'leads' },
      { stage: 3, input: 'newCustomers' },
    ]);
  });
});
