/**
 * Revenue exposure read in filings: europe americas targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import type { Factor } from '../../../../utils/exposure/schema';
import { ev, revenue } from '../dsl';
import type { RevenuePart } from './types';

const SEC = 'U.S. Securities and Exchange Commission (EDGAR)';

// ── Citations, each written once ──

/** ASML 20-F for 2023, note "Segment disclosure": total net sales by customer location (the newest stored). */
const ASML_20F_FY2023 = ev(
  'ASML Holding N.V.: annual report on Form 20-F for 2023, Segment disclosure (total net sales by geographic region)',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/937966/000093796624000008/R14.htm',
  '2023-12-31',
);

const exposure: Record<string, Factor[]> = {
  asml: [
    revenue(
      0.263,
      'China',
      'reported',
      'FY2023',
      'Customers in China took €7,251.8M of 2023 net sales, about 26% of the €27,558.5M total (2023 is the newest year on file here).',
      [ASML_20F_FY2023],
    ),
    revenue(
      0.293,
      'Taiwan',
      'reported',
      'FY2023',
      'Customers in Taiwan took €8,074.6M of 2023 net sales, about 29% of the €27,558.5M total (2023 is the newest year on file here).',
      [ASML_20F_FY2023],
    ),
  ],
};

export const REVENUE_EUROPE_AMERICAS: RevenuePart = { exposure, promoted: [], undisclosed: {} };
