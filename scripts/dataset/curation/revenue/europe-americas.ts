/**
 * Revenue exposure read in filings: europe americas targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import type { Factor } from '../../../../utils/exposure/schema';
import { type Curated, ev, nyse, primary, revenue, six } from '../dsl';
import type { RevenuePart, Undisclosed } from './types';

const SEC = 'U.S. Securities and Exchange Commission (EDGAR)';

// ── Citations, each written once ──

/** ASML 20-F for 2023, note "Segment disclosure": total net sales by customer location (the newest stored). */
const ASML_20F_FY2023 = ev(
  'ASML Holding N.V.: annual report on Form 20-F for 2023, Segment disclosure (total net sales by geographic region)',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/937966/000093796624000008/R14.htm',
  '2023-12-31',
);

/** Linde 10-K for 2023, segment note: sales by major country (the newest stored). */
const LINDE_10K_FY2023 = ev(
  'Linde plc: annual report on Form 10-K for 2023, Segment Information - Reportable Segments (sales by major country)',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/1707925/000162828024007424/R99.htm',
  '2023-12-31',
);

/** bp Annual Report and Form 20-F 2024, note 5 Segmental analysis. */
const BP_20F_FY2024 = ev(
  'BP p.l.c.: Annual Report and Form 20-F 2024, Segmental analysis',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/313807/000031380725000007/R11.htm',
  '2024-12-31',
);

/** bp half-year 2025 report on Form 6-K: sales and other operating revenues by geographical area. */
const BP_6K_H1_2025 = ev(
  'BP p.l.c.: second quarter and half year 2025 results on Form 6-K, Sales and other operating revenues',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/313807/000031380725000026/R19.htm',
  '2025-06-30',
);

/** Novartis 20-F for 2023, note 4 Revenues and geographic information: net sales by customer location (newest stored). */
const NOVARTIS_20F_FY2023 = ev(
  'Novartis AG: annual report on Form 20-F for 2023, note 4 Revenues and geographic information',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/1114448/000137036824000004/R10.htm',
  '2023-12-31',
);

const exposure: Record<string, Factor[]> = {
  linde: [
    revenue(
      0.079,
      'China',
      'reported',
      'FY2023',
      'Sales in China were $2,585M in 2023, about 8% of the $32,854M total (2023 is the newest year on file here).',
      [LINDE_10K_FY2023],
    ),
  ],
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

const promoted: Curated[] = [
  {
    id: 'sec-1114448',
    name: 'Novartis AG',
    listings: [six('NOVN', primary), nyse('NVS')],
    hq: 'CH',
    sector: 'Pharmaceuticals',
    cik: 1114448,
    factors: [
      revenue(
        0.072,
        'China',
        'reported',
        'FY2023',
        'Customers in China brought in $3,267M of 2023 net sales from continuing operations, about 7% of the $45,440M total (2023 is the newest year on file here).',
        [NOVARTIS_20F_FY2023],
      ),
    ],
  },
];

const undisclosed: Record<string, Undisclosed> = {
  bp: {
    fiscalYear: 'FY2024',
    note: 'Sales are split only between the United States and all other countries together; no figure for China or any other single country.',
    evidence: [BP_20F_FY2024, BP_6K_H1_2025],
  },
};

export const REVENUE_EUROPE_AMERICAS: RevenuePart = { exposure, promoted, undisclosed };
