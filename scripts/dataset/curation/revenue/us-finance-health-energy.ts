/**
 * Revenue exposure read in filings: us finance health energy targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 *
 * Most filings here were read in the SEC's XBRL rendering (the R pages of a 10-K). The filing date was not read for
 * those, so an evidence's date is the end of the fiscal year the report covers (as in ../depth.ts).
 */
import { edgarDocument, edgarFilings, ev } from '../dsl';
import type { RevenuePart } from './types';

const SEC = 'U.S. Securities and Exchange Commission (EDGAR)';

/** One page of a 10-K in the SEC archive (accession without dashes); dated by the fiscal year end it reports. */
const tenK = (company: string, part: string, cik: number, accession: string, file: string, yearEnd: string) =>
  edgarDocument(
    `${company}: annual report on Form 10-K for the year ended ${yearEnd}, ${part}`,
    cik,
    accession,
    file,
    yearEnd,
  );

// ── Banks and brokers ──
const JPM_10K_FY2024_INTL = tenK(
  'JPMorgan Chase & Co.',
  'note on international operations',
  19617,
  '000001961725000270',
  'R40.htm',
  '2024-12-31',
);
const MS_10K_FY2024_SEGMENTS = tenK(
  'Morgan Stanley',
  'note on segment, geographic and revenue information',
  895421,
  '000089542125000304',
  'R30.htm',
  '2024-12-31',
);
const CITI_10K_FY2024_SEGMENTS = tenK(
  'Citigroup Inc.',
  'operating segments (tables)',
  831001,
  '000083100125000067',
  'R49.htm',
  '2024-12-31',
);
const CITI_8K_RUSSIA_SALE = ev(
  'Citigroup Inc.: current report on Form 8-K on the planned sale of AO Citibank, its remaining business in Russia',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/831001/000110465925124865/',
  '2025-12-29',
);

const AXP_10K_FY2024_SEGMENTS = ev(
  'American Express Company: annual report on Form 10-K for the year ended 2024-12-31, note on reportable operating segments and geographic operations',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/4962/000000496225000016/R35.htm',
  '2025-02-07',
);
const BRK_10K_FY2024_SEGMENTS = tenK(
  'Berkshire Hathaway Inc.',
  'note on business segment data',
  1067983,
  '000095017025025210',
  'R36.htm',
  '2024-12-31',
);
/** BlackRock's 10-K for 2025 was read in a rendering of its segment note (revenue by region); cited through EDGAR's filing list. */
const BLK_10K_FY2025 = edgarFilings(2012383, 'BlackRock, Inc.', '10-K', '2025-12-31', 'fiscal year ended 2025-12-31');

/** Mastercard's 10-K for 2025 (filed 2026-02-11), read in a mirror of its segment note. */
const MA_10K_FY2025 = ev(
  'Mastercard Incorporated: annual report on Form 10-K for the year ended 2025-12-31',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/1141391/000114139126000013/',
  '2026-02-11',
);

// ── Health care ──
const UNH_10K_FY2025_SEGMENTS = tenK(
  'UnitedHealth Group Incorporated',
  'segment financial information (tables)',
  731766,
  '000073176626000062',
  'R44.htm',
  '2025-12-31',
);

/** Johnson & Johnson's supplementary sales data for the fourth quarter and full year 2025, furnished on Form 8-K. */
const JNJ_8K_FY2025_SALES = ev(
  'Johnson & Johnson: supplementary sales data for the fourth quarter and twelve months of 2025 (Exhibit 99.2 to Form 8-K)',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/200406/000020040626000002/a2025q4exhibit992.htm',
  '2025-12-31',
);
const GILD_10K_FY2025_REVENUES = tenK(
  'Gilead Sciences, Inc.',
  'note on revenues (disaggregation of revenues)',
  882095,
  '000088209526000006',
  'R11.htm',
  '2025-12-31',
);
/** Amgen's 10-K for 2025 was read in a summary of the filing (product sales by U.S. and rest of world). */
const AMGN_10K_FY2025 = edgarFilings(318154, 'Amgen Inc.', '10-K', '2025-12-31', 'fiscal year ended 2025-12-31');

// ── Energy ──
const XOM_10K_FY2025_SEGMENTS = tenK(
  'Exxon Mobil Corporation',
  'note on segments and related information',
  34088,
  '000003408826000045',
  'R36.htm',
  '2025-12-31',
);

const CVX_10K_FY2025_SEGMENTS = tenK(
  'Chevron Corporation',
  'segment sales and other operating revenues (tables)',
  93410,
  '000009341026000078',
  'R52.htm',
  '2025-12-31',
);

const NEE_10K_FY2025_INCOME = ev(
  'NextEra Energy, Inc. and Florida Power & Light Company: annual report on Form 10-K for the year ended 2025-12-31, consolidated statements of income',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/37634/000075330826000015/R3.htm',
  '2025-12-31',
);
const NEE_10K_FY2025_POLICIES = ev(
  'NextEra Energy, Inc. and Florida Power & Light Company: annual report on Form 10-K for the year ended 2025-12-31, summary of significant accounting and reporting policies',
  SEC,
  'https://www.sec.gov/Archives/edgar/data/37634/000075330826000015/R11.htm',
  '2025-12-31',
);

// ── Telecoms ──
const VZ_10K_FY2024_SEGMENTS = tenK(
  'Verizon Communications Inc.',
  'note on segment information',
  732712,
  '000073271225000006',
  'R23.htm',
  '2024-12-31',
);
const T_10K_FY2025_SEGMENTS = tenK(
  'AT&T Inc.',
  'reconciliation of revenues to segment contribution (tables)',
  732717,
  '000073271726000120',
  'R40.htm',
  '2025-12-31',
);
/** The 10-K for 2025 was read in a mirror of its XBRL pages (income tax tables); cited through EDGAR's filing list. */
const TMUS_10K_FY2025 = edgarFilings(
  1283699,
  'T-Mobile US, Inc.',
  '10-K',
  '2026-02-11',
  'fiscal year ended 2025-12-31',
);

export const REVENUE_US_FINANCE_HEALTH_ENERGY: RevenuePart = {
  exposure: {},
  promoted: [],
  undisclosed: {
    jpmorgan: {
      fiscalYear: 'FY2024',
      note: 'Splits revenue between the U.S. and a few broad international regions by client domicile; no line for China, Taiwan or Russia.',
      evidence: [JPM_10K_FY2024_INTL],
    },
    'morgan-stanley': {
      fiscalYear: 'FY2024',
      note: 'Reports revenue by business segment (Institutional Securities, Wealth Management, Investment Management) and by broad region only; no country line for China, Taiwan or Russia.',
      evidence: [MS_10K_FY2024_SEGMENTS],
    },
    citigroup: {
      fiscalYear: 'FY2024',
      note: 'Reports revenue by business segment and by broad geographic area, with no revenue line for China or Russia; in December 2025 its board approved selling AO Citibank, the last Russian business, with a pre-tax loss of about $1.2B.',
      evidence: [CITI_10K_FY2024_SEGMENTS, CITI_8K_RUSSIA_SALE],
    },
    'american-express': {
      fiscalYear: 'FY2024',
      note: 'Reports four business segments and separates the U.S. from the rest of the world; no revenue line for China, Taiwan or Russia.',
      evidence: [AXP_10K_FY2024_SEGMENTS],
    },
    berkshire: {
      fiscalYear: 'FY2024',
      note: 'Reports revenue by business (insurance, BNSF, Berkshire Hathaway Energy, Pilot, manufacturing, McLane, service and retailing); no revenue line for China, Taiwan or Russia.',
      evidence: [BRK_10K_FY2024_SEGMENTS],
    },
    blackrock: {
      fiscalYear: 'FY2025',
      note: 'Splits 2025 revenue by the region of the booking entity: Americas $16.0B, Europe $7.2B and Asia-Pacific $1.1B of $24.2B; no line for China.',
      evidence: [BLK_10K_FY2025],
    },
    mastercard: {
      fiscalYear: 'FY2025',
      note: 'Reports one segment, Payment Solutions, with $32.8B of 2025 net revenue; no revenue line for China or Russia.',
      evidence: [MA_10K_FY2025],
    },
    unitedhealth: {
      fiscalYear: 'FY2025',
      note: 'Reports 2025 revenue only by business (UnitedHealthcare and the Optum units), $447.6B in all; no split by country.',
      evidence: [UNH_10K_FY2025_SEGMENTS],
    },
    'johnson-johnson': {
      fiscalYear: 'FY2025',
      note: 'Splits 2025 sales into the U.S. ($53.8B), Europe, the Western Hemisphere outside the U.S., and Asia-Pacific with Africa ($14.0B) of $94.2B; no line for China.',
      evidence: [JNJ_8K_FY2025_SALES],
    },
    amgen: {
      fiscalYear: 'FY2025',
      note: 'Splits 2025 product sales only into the U.S. ($25.7B) and the rest of the world ($9.5B) of $35.1B.',
      evidence: [AMGN_10K_FY2025],
    },
    gilead: {
      fiscalYear: 'FY2025',
      note: 'Splits 2025 revenue by product only into the U.S., Europe and the rest of the world; no line for China.',
      evidence: [GILD_10K_FY2025_REVENUES],
    },
    chevron: {
      fiscalYear: 'FY2025',
      note: 'Its segment table splits 2025 sales only into the U.S. ($84.9B) and international ($99.4B) of $184.4B; no line for China or Russia.',
      evidence: [CVX_10K_FY2025_SEGMENTS],
    },
    exxonmobil: {
      fiscalYear: 'FY2025',
      note: 'Its segment table splits 2025 sales only between the U.S. and the rest of the world; no line for China, Taiwan or Russia.',
      evidence: [XOM_10K_FY2025_SEGMENTS],
    },
    nextera: {
      fiscalYear: 'FY2025',
      note: 'Had $27.4B of 2025 operating revenue, $18.3B of it from its Florida utility FPL and most of the rest from NextEra Energy Resources; no revenue split by country.',
      evidence: [NEE_10K_FY2025_INCOME, NEE_10K_FY2025_POLICIES],
    },
    att: {
      fiscalYear: 'FY2025',
      note: 'Reports 2025 revenue for two segments, Communications ($120.9B) and Latin America ($4.4B), of $125.6B; no line for China or Russia.',
      evidence: [T_10K_FY2025_SEGMENTS],
    },
    verizon: {
      fiscalYear: 'FY2024',
      note: 'Reports revenue for two U.S. segments, Consumer and Business; no revenue by country outside the U.S.',
      evidence: [VZ_10K_FY2024_SEGMENTS],
    },
    't-mobile': {
      fiscalYear: 'FY2025',
      note: 'A U.S. wireless carrier with no revenue split by country; of its $14.3B of 2025 pre-tax income, $263M came from outside the U.S.',
      evidence: [TMUS_10K_FY2025],
    },
  },
};
