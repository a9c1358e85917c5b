/**
 * Revenue exposure read in filings: us consumer industrial targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 *
 * Each filing is cited once below, at the SEC page that was read (an XBRL "R" page of the annual report where one was
 * found, otherwise the filing's index in the EDGAR archive).
 */
import { edgarDocument, ev, revenue } from '../dsl';
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
) => edgarDocument(`${company}: annual report on Form ${form} (${period})`, cik, accession, file, date);

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

const STARBUCKS_10K_FY2025 = secDoc(
  'Starbucks Corporation',
  '10-K',
  'fiscal year ended 2025-09-28; information by geographic area',
  829224,
  '0000829224-25-000114',
  'R43.htm',
  '2025-11-14',
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

const BOEING_10K_FY2025 = secDoc(
  'The Boeing Company',
  '10-K',
  'year ended 2025-12-31; summary of business segment data',
  12927,
  '0001628280-26-004357',
  'R11.htm',
  '2026-01-30',
);

const MCDONALDS_10K_FY2025 = secDoc(
  "McDonald's Corporation",
  '10-K',
  'year ended 2025-12-31; revenues and operating income by segment',
  63908,
  '0000063908-26-000035',
  'R27.htm',
  '2025-12-31',
);

const DISNEY_10K_FY2025 = secDoc(
  'The Walt Disney Company',
  '10-K',
  'fiscal year ended 2025-09-27; revenues by segment and geographic market',
  1744489,
  '0001744489-25-000155',
  'R11.htm',
  '2025-09-27',
);

const UBER_10K_FY2025 = secDoc(
  'Uber Technologies, Inc.',
  '10-K',
  'year ended 2025-12-31; segment and geographic information',
  1543151,
  '0001543151-26-000015',
  'R21.htm',
  '2025-12-31',
);

/** GameStop's latest segment note read: the 10-Q for the nine months to 2025-11-01 (its FY2025 10-K was not found). */
const GAMESTOP_10Q_Q3_FY2025 = ev(
  'GameStop Corp.: quarterly report on Form 10-Q (nine months ended 2025-11-01; segment information)',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/1326380/000132638025000098/R15.htm',
  '2025-12-09',
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
    starbucks: [
      revenue(
        0.085,
        'China',
        'reported',
        'FY2025',
        'China brought in $3,160.8M of net revenue in the fiscal year to September 2025, about 8.5% of the $37,184.4M total.',
        [STARBUCKS_10K_FY2025],
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
      note: 'Revenue by customer address in four regions only (US and Canada, Europe including Russia and Turkey, Asia-Pacific, Rest of World) of $201.0B in 2025; no China line.',
      evidence: [META_10K_FY2025],
    },
    alphabet: {
      fiscalYear: 'FY2025',
      note: 'Revenue by segment (Google Services, Google Cloud, Other Bets; $402.8B in 2025) and by broad region (United States, EMEA, APAC, Other Americas); no China line.',
      evidence: [ALPHABET_10K_FY2025],
    },
    mcdonalds: {
      fiscalYear: 'FY2025',
      note: 'Revenue by segment only: United States $10.8B, International Operated Markets $13.6B, and licensed markets with corporate $2.4B of $26.9B in 2025; China is an equity-method affiliate inside the last, with no revenue line.',
      evidence: [MCDONALDS_10K_FY2025],
    },
    disney: {
      fiscalYear: 'FY2025',
      note: 'Revenue by broad market only: Americas $76.4B, Europe $11.1B and Asia Pacific $6.9B of $94.4B in the year to September 2025; no China line.',
      evidence: [DISNEY_10K_FY2025],
    },
    uber: {
      fiscalYear: 'FY2025',
      note: 'Revenue by segment (Mobility, Delivery, Freight) with a geographic split in the same note; no China line.',
      evidence: [UBER_10K_FY2025],
    },
    'sec-1326380': {
      fiscalYear: 'FY2025',
      note: 'Segments are the United States, Australia and Europe (France) after it divested its Canadian business in 2025; no China line.',
      evidence: [GAMESTOP_10Q_Q3_FY2025],
    },
    boeing: {
      fiscalYear: 'FY2025',
      note: 'Total revenue $89.5B in 2025; airliner revenue is split by customer region (United States, Europe, Asia, Middle East, other) with no China line.',
      evidence: [BOEING_10K_FY2025],
    },
  },
};
