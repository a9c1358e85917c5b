/**
 * Every mention on the demo page (test/fixtures/pages/demo), in document order: the list test/e2e/demo.e2e.ts holds
 * for Chromium (a test file, which cannot be imported without running it). The two browsers must mark the same.
 */
export const DEMO_MENTIONS: readonly string[] = [
  // The market strip: bare tickers with a price move (detection tier 4, see docs/detection.md).
  'BABA',
  'MP',
  'JPM',
  'NVDA',
  'Alibaba',
  'MP Materials',
  '9988.HK',
  'Alibaba Group Holding Ltd',
  'BABA',
  'Alibaba',
  'Alibaba',
  '9988',
  'Tencent',
  'Baidu',
  'PDD Holdings',
  'MP Materials',
  'MP',
  'JPMorgan Chase',
  'Goldman Sachs',
  '$MP',
  // "MP’s position": a bare ticker supported by the page's earlier "MP Materials (NYSE: MP)".
  'MP',
  'Lynas Rare Earths',
  'USA Rare Earth',
  'China Northern Rare Earth',
  'MetroStar Systems',
  'Veritas Capital',
  'Nvidia',
  'NVDA',
  'Taiwan Semiconductor Manufacturing Co.',
  'Tencent',
  'BYD',
  'Lockheed Martin',
  'CATL',
];
