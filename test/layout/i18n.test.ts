import { goalCalculatorLabels } from '../../src/layout/i18n/goalCalculator';
import { numberFormats } from '../../src/layout/numberFormats';

const { en, 'zh-CN': simplified, 'zh-TW': traditional } = goalCalculatorLabels;

describe("the goal calculator's words in three languages", () => {
  it('translates every label (only the arrow between stage names is shared)', () => {
    for (const labels of [simplified, traditional]) {
      const untranslated = Object.entries(labels).filter(
        ([key, text]) => typeof text === 'string' && text === en[key as keyof typeof en],
      );
      expect(untranslated.map(([key]) => key)).toEqual(['arrow']);
    }
  });

  it("uses the marketers' terms of the source articles, in each script", () => {
    expect(simplified.cac).toContain('客户获取成本');
    expect(traditional.cac).toContain('客戶獲取成本');
    expect(simplified.velocityRequired).toContain('销售管道速度');
    expect(simplified.costPerLead).toBe('每条线索成本');
    expect(traditional.costPerLead).toContain('每個潛在客戶成本');
    expect([simplified.averageDealSize, traditional.averageDealSize]).toEqual([
      '平均交易规模',
      '平均交易規模',
    ]);
  });

  it('writes Simplified characters in zh-CN and Traditional ones in zh-TW', () => {
    const simplifiedOnly = /[规线户获计划营销预审设这们]/;
    const traditionalOnly = /[規線戶獲計劃營銷預審設這們]/;
    expect(
      Object.values(traditional).filter(
        (text) => typeof text === 'string' && simplifiedOnly.test(text),
      ),
    ).toEqual([]);
    expect(
      Object.values(simplified).filter(
        (text) => typeof text === 'string' && traditionalOnly.test(text),
      ),
    ).toEqual([]);
  });

  it('shows months as calendar months in each language', () => {
    expect([
      numberFormats.en.month,
      numberFormats['zh-CN'].month,
      numberFormats['zh-TW'].month,
    ]).toEqual(['mmm yyyy', 'yyyy"年"m"月"', 'yyyy"年"m"月"']);
  });
});
