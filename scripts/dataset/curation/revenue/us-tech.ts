/**
 * Revenue exposure read in filings: us tech targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import type { Evidence } from '../../../../utils/exposure/schema';
import { edgarDocument, revenue } from '../dsl';
import type { RevenuePart } from './types';

const _SEC = 'U.S. Securities and Exchange Commission (EDGAR)';

/** A document of an annual report in the SEC archive: `file` is the main document or an XBRL R page. */
const tenK = (company: string, period: string, cik: number, accession: string, file: string, date: string): Evidence =>
  edgarDocument(`${company}: annual report on Form 10-K (${period})`, cik, accession, file, date);

// ── Citations, each written once ──

const APPLE_10K_FY2025 = tenK(
  'Apple Inc.',
  'fiscal year ended 2025-09-27, segment information',
  320193,
  '0000320193-25-000079',
  'R37.htm',
  '2025-10-31',
);
const MICROSOFT_10K_FY2025 = tenK(
  'Microsoft Corporation',
  'fiscal year ended 2025-06-30',
  789019,
  '0000950170-25-100235',
  'msft-20250630.htm',
  '2025-07-30',
);

export const REVENUE_US_TECH: RevenuePart = {
  exposure: {
    apple: [
      revenue(
        0.155,
        'Greater China (mainland China, Hong Kong, Taiwan)',
        'reported',
        'FY2025',
        'The Greater China segment (mainland China, Hong Kong, Taiwan) had $64,377M of net sales in the fiscal year to September 2025, about 15.5% of the $416,161M total.',
        [APPLE_10K_FY2025],
      ),
    ],
  },
  promoted: [],
  undisclosed: {
    microsoft: {
      fiscalYear: 'FY2025',
      note: 'Revenue is split only into the United States ($144,546M of $281,724M in the year to June 2025) and other countries; no single other country reached 10% of revenue.',
      evidence: [MICROSOFT_10K_FY2025],
    },
  },
};
