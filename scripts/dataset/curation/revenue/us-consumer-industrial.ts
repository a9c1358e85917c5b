/**
 * Revenue exposure read in filings: us consumer industrial targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 *
 * Each filing is cited once below, at the SEC page that was read (an XBRL "R" page of the annual report where one was
 * found, otherwise the filing's index in the EDGAR archive).
 */
import { ev, revenue } from '../dsl';
import type { RevenuePart } from './types';

const SEC = 'U.S. Securities and Exchange Commission (EDGAR)';

/** A page of an annual report in the SEC archive: cik without leading zeros, accession with dashes, file ('' = index). */
const secDoc = (
  company: string,
  form: string,
  period: string,
  cik: number,
  accession: string,
  file: string,
  date: string,
) =>
  ev(
    `${company}: annual report on Form ${form} (${period})`,
    SEC,
    `https://www.sec.gov/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}/${file}`,
    date,
  );

// ── Citations, each written once ──

const NIKE_10K_FY2025 = secDoc(
  'NIKE, Inc.',
  '10-K',
  'fiscal year ended 2025-05-31; note on revenues by segment',
  320187,
  '0000320187-25-000047',
  'R23.htm',
  '2025-07-17',
);

const CATERPILLAR_10K_FY2025 = secDoc(
  'Caterpillar Inc.',
  '10-K',
  'year ended 2025-12-31; sales and revenues by geographic region',
  18230,
  '0000018230-26-000008',
  'R58.htm',
  '2025-12-31',
);

const META_10K_FY2025 = secDoc(
  'Meta Platforms, Inc.',
  '10-K',
  'year ended 2025-12-31',
  1326801,
  '0001628280-26-003942',
  '',
  '2026-01-29',
);

const ALPHABET_10K_FY2025 = secDoc(
  'Alphabet Inc.',
  '10-K',
  'year ended 2025-12-31; information about segments and geographic areas',
  1652044,
  '0001652044-26-000018',
  'R25.htm',
  '2026-02-05',
);

const AMAZON_10K_FY2025 = secDoc(
  'Amazon.com, Inc.',
  '10-K',
  'year ended 2025-12-31',
  1018724,
  '0001018724-26-000004',
  '',
  '2026-02-06',
);

const BOEING_10K_FY2025 = secDoc(
  'The Boeing Company',
  '10-K',
  'year ended 2025-12-31; summary of business segment data',
  12927,
  '0001628280-26-004357',
  'R11.htm',
  '2026-01-30',
);

export const REVENUE_US_CONSUMER_INDUSTRIAL: RevenuePart = {
  exposure: {
    nike: [
      revenue(
        0.142,
        'Greater China',
        'reported',
        'FY2025',
        'Its Greater China segment had $6,586M of revenue in the fiscal year to May 2025, about 14% of the $46,309M total.',
        [NIKE_10K_FY2025],
      ),
    ],
  },
  promoted: [],
  undisclosed: {
    caterpillar: {
      fiscalYear: 'FY2025',
      note: 'Sales by region only: North America $36.6B, Latin America $7.0B, Europe-Africa-Middle East $12.8B and Asia/Pacific $11.2B of $67.6B in 2025; no China line.',
      evidence: [CATERPILLAR_10K_FY2025],
    },
    meta: {
      fiscalYear: 'FY2025',
      note: 'Revenue by customer address in four regions only (US and Canada, Europe including Russia and Turkey, Asia-Pacific, Rest of World) of $201.0B in 2025; no China line, though advertisers in China buy ads that run abroad.',
      evidence: [META_10K_FY2025],
    },
    alphabet: {
      fiscalYear: 'FY2025',
      note: 'Revenue by segment (Google Services, Google Cloud, Other Bets; $402.8B in 2025) and by broad region (United States, EMEA, APAC, Other Americas); no China line, as its consumer services are blocked there.',
      evidence: [ALPHABET_10K_FY2025],
    },
    amazon: {
      fiscalYear: 'FY2025',
      note: 'Net sales by segment (North America, International, AWS) and by a few large countries (United States, Germany, United Kingdom, Japan); no China line.',
      evidence: [AMAZON_10K_FY2025],
    },
    boeing: {
      fiscalYear: 'FY2025',
      note: 'Total revenue $89.5B in 2025; airliner revenue is split by customer region (United States, Europe, Asia, Middle East, other) with no China line.',
      evidence: [BOEING_10K_FY2025],
    },
  },
};
