/**
 * Trade exposure, added to companies curated elsewhere by id (issue 14). Revenue read in
 * filings for the 150 revenue targets lives in ./revenue/, which comes later and replaces a revenue factor here.
 * Kept in its own file so that the other curation files stay owned by their editors; `withExposure` merges these
 * factors into those entities.
 *
 * - Trade: tariffs, retaliation, de minimis and export bans on inputs that act on the company, citing the official
 *   act (USTR, Federal Register, MOFCOM, EU Official Journal, CBP) or the company's own filing.
 */
import type { Evidence, Factor, FactorStatus } from '../../../utils/exposure/schema';
import { type Curated, edgarFilings, ev, risk } from './dsl';

const trade = (
  severity: number,
  summary: string,
  evidence: Evidence[],
  status: FactorStatus = 'confirmed',
  since?: string,
) => risk('trade-exposure', severity, summary, evidence, { status, ...(since ? { since } : {}) });

// ── Citations, each written once ──

const FR = 'Office of the Federal Register (National Archives), via govinfo.gov';

/** Proclamation 10908: Section 232 tariff on imported cars from 2025-04-03, on parts from May 2025. */
const SECTION_232_AUTOS = ev(
  'Proclamation 10908 of March 26, 2025: Adjusting Imports of Automobiles and Automobile Parts Into the United States (90 FR 14705)',
  FR,
  'https://www.govinfo.gov/content/pkg/FR-2025-04-03/html/2025-05930.htm',
  '2025-04-03',
);

/** Executive Order 14256: no duty-free de minimis entry for goods of China and Hong Kong from 2025-05-02. */
const DE_MINIMIS_CHINA = ev(
  "Executive Order 14256 of April 2, 2025: Further Amendment to Duties Addressing the Synthetic Opioid Supply Chain in the People's Republic of China as Applied to Low-Value Imports (90 FR 14899)",
  FR,
  'https://www.govinfo.gov/content/pkg/FR-2025-04-07/html/2025-06027.htm',
  '2025-04-07',
);

/** Definitive countervailing duties on battery electric cars from China (BYD Group 17.0%), five years from 2024-10-30. */
const EU_BEV_CVD = ev(
  "Commission Implementing Regulation (EU) 2024/2754 of 29 October 2024 imposing a definitive countervailing duty on imports of new battery electric vehicles designed for the transport of persons originating in the People's Republic of China",
  'European Commission (Official Journal of the European Union)',
  'https://eur-lex.europa.eu/eli/reg_impl/2024/2754/oj',
  '2024-10-29',
);

const APPLE_10K_FY2025 = edgarFilings(320193, 'Apple Inc.', '10-K', '2025-10-31', 'fiscal year ended 2025-09-27');

/** Nike's first-quarter fiscal-2026 results release (Form 8-K, exhibit 99.1), listed among its 8-K filings on EDGAR. */
const NIKE_8K_Q1_FY2026 = ev(
  'NIKE, Inc.: current report on Form 8-K with the results for the quarter ended 2025-08-31',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320187&type=8-K&dateb=&owner=include&count=40',
  '2025-09-30',
);
/** Factors to add, by the id of a company curated elsewhere. */
export const EXPOSURE: Readonly<Record<string, Factor[]>> = {
  apple: [
    trade(
      0.3,
      'Its fiscal-2025 annual report lists the new US tariffs announced from its second fiscal quarter of 2025 among its key risks, since most of its products are assembled by partners in China and elsewhere in Asia.',
      [APPLE_10K_FY2025],
    ),
  ],
  nike: [
    trade(
      0.2,
      'Nike said in its results for the quarter to August 2025 that higher US tariffs raised the cost of the products it imports into North America, its largest market; nearly all its shoes and clothes are made abroad.',
      [NIKE_8K_Q1_FY2026],
      'confirmed',
      '2025-09-30',
    ),
  ],
  pdd: [
    trade(
      0.5,
      "Since 2 May 2025 parcels of $800 or less from China and Hong Kong no longer enter the United States duty-free, which ends the de minimis route that cross-border sellers such as PDD's Temu used for US orders.",
      [DE_MINIMIS_CHINA],
      'confirmed',
      '2025-05-02',
    ),
  ],
  toyota: [
    trade(
      0.3,
      'Cars it ships into the United States have paid an extra US tariff since 3 April 2025, and imported car parts since May 2025 (Section 232; 25% in the proclamation).',
      [SECTION_232_AUTOS],
      'confirmed',
      '2025-04-03',
    ),
  ],
  honda: [
    trade(
      0.3,
      'Cars it ships into the United States have paid an extra US tariff since 3 April 2025, and imported car parts since May 2025 (Section 232; 25% in the proclamation).',
      [SECTION_232_AUTOS],
      'confirmed',
      '2025-04-03',
    ),
  ],
  byd: [
    trade(
      0.2,
      'Battery electric cars it exports from China to the European Union pay a 17.0% countervailing duty, in force from 30 October 2024 for five years.',
      [EU_BEV_CVD],
      'confirmed',
      '2024-10-30',
    ),
  ],
};

/**
 * The curated companies with the factors above added. A revenue factor here is the newer filing, so it replaces the
 * company's older revenue factors; every other factor is appended. An id that names no curated company fails the build.
 */
export function withExposure(exposure: Readonly<Record<string, Factor[]>>, curated: Curated[]): Curated[] {
  const ids = new Set(curated.map((c) => c.id));
  for (const id of Object.keys(exposure)) if (!ids.has(id)) throw new Error(`exposure.ts: no curated company "${id}"`);
  return curated.map((c) => {
    const added = exposure[c.id];
    if (!added?.length) return c;
    const replacesRevenue = added.some((f) => f.kind === 'revenue-exposure');
    const kept = (c.factors ?? []).filter((f) => !(replacesRevenue && f.kind === 'revenue-exposure'));
    return { ...c, factors: [...kept, ...added] };
  });
}
