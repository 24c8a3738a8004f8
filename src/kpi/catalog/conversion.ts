import type { ElementwiseSpec } from '../types';
import { arg, ratio } from './define';

const category = 'Conversion';

/** Every conversion KPI is part / whole; only the words change. */
function share(
  name: string,
  summary: string,
  part: [string, string],
  whole: [string, string],
  example: [number, number],
  aliases?: string[],
): ElementwiseSpec {
  return {
    name,
    ...(aliases ? { aliases } : {}),
    category,
    mode: 'elementwise',
    summary,
    args: [arg(part[0], 'count', part[1]), arg(whole[0], 'count', whole[1])],
    result: 'fraction',
    formula: `${part[0]} / ${whole[0]}`,
    zeroIsUndefined: [whole[0]],
    ...ratio,
    examples: [
      {
        formula: `=${name}(${example[0]}, ${example[1]})`,
        args: example,
        result: example[0] / example[1],
      },
    ],
  };
}

export const conversion: readonly ElementwiseSpec[] = [
  share(
    'CONVERSION_RATE',
    'Conversion rate: the share of a group that took the next step (format as %).',
    ['conversions', 'How many converted (moved to the next stage, signed up, bought).'],
    ['total', 'How many could have converted (the stage or audience before).'],
    [30, 1000],
    ['CVR'],
  ),
  share(
    'CTR',
    'Click-through rate: clicks per impression (format as %).',
    ['clicks', 'Clicks on the ad, link or email.'],
    ['impressions', 'Times it was shown.'],
    [45, 1500],
  ),
  share(
    'BOUNCE_RATE',
    'Bounce rate: the share of sessions that saw a single page (format as %).',
    ['single_page_sessions', 'Sessions that left after one page.'],
    ['sessions', 'All sessions in the period.'],
    [420, 1000],
  ),
  share(
    'WIN_RATE',
    'Win rate: the share of opportunities that closed as won deals (format as %).',
    ['won', 'Deals closed as won.'],
    ['opportunities', 'Opportunities that closed (won or lost) in the period.'],
    [25, 100],
  ),
  share(
    'ORGANIC_SHARE',
    'Organic share: the part of site traffic that came from organic search (format as %).',
    ['organic_visits', 'Visits from organic (unpaid) search.'],
    ['total_visits', 'All visits in the period.'],
    [6000, 10000],
  ),
  share(
    'ENGAGEMENT_RATE',
    'Engagement rate: interactions per member of the audience (format as %).',
    ['interactions', 'Likes, comments, shares and clicks.'],
    ['audience', 'Followers or people reached.'],
    [150, 5000],
  ),
  share(
    'OPEN_RATE',
    'Email open rate: opens per delivered email (format as %).',
    ['opens', 'Unique opens.'],
    ['delivered', 'Emails delivered (sent minus bounces).'],
    [220, 1000],
  ),
];
