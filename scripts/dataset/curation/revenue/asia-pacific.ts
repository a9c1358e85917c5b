/**
 * Revenue exposure read in filings: asia pacific targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import { edgarDocument, edgarFilings, revenue } from '../dsl';
import { emptyPart, type RevenuePart } from './types';

// ── Citations, each written once ──

/** TSMC's 20-F for 2024: note 22 splits net revenue by the country where each customer is headquartered. */
const TSMC_20F_FY2024 = edgarFilings(
  1046179,
  'Taiwan Semiconductor Manufacturing Company Limited',
  '20-F',
  '2025-04-17',
  'fiscal year ended 2024-12-31',
);

/** HDFC Bank's 20-F for the year to March 2025: segment note (retail banking, wholesale banking, treasury). */
const HDFC_20F_FY2025 = edgarDocument(
  'HDFC Bank Limited: annual report on Form 20-F (fiscal year ended 2025-03-31), segment information',
  1144967,
  '0001193125-25-158722',
  'R69.htm',
  '2025-07-14',
);

const part = emptyPart();

// Taiwan is TSMC's home: its Taiwan revenue is jurisdiction, not exposure (the build refuses it).
part.exposure.tsmc = [
  revenue(
    0.115,
    'China',
    'reported',
    'FY2024',
    'Customers headquartered in China brought in NT$331.7B of 2024 net revenue, about 11% of the NT$2,894.3B total.',
    [TSMC_20F_FY2024],
  ),
];

part.undisclosed['sec-1144967'] = {
  fiscalYear: 'FY2025',
  note: 'The 20-F for the year to March 2025 splits results by business (retail banking, wholesale banking, treasury) and gives no revenue by country or region.',
  evidence: [HDFC_20F_FY2025],
};

export const REVENUE_ASIA_PACIFIC: RevenuePart = part;
