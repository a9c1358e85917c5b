/**
 * Depth (issue 14): factors beyond the country for companies curated elsewhere that otherwise carry only a
 * jurisdiction factor. Merged by id through `withExposure` (scripts/dataset/curation/index.ts), like exposure.ts;
 * kept apart so that the other curation files stay with their editors. No revenue shares here (exposure.ts has them).
 *
 * Every fact cites its official publisher (a regulator, a court order as a regulator reports it, or the company's
 * own filing) and was read there; a fact without such a source is left out.
 *
 * Severity of `regulatory-action`, which docs/methodology.md leaves to the curator, is written here on one scale:
 * - 0.05 a measure that is no longer in force (kept so the card can say so);
 * - 0.1  a settled enforcement penalty for past conduct, with compliance obligations that continue;
 * - 0.2  a measure in force that closes part of a main market or product line;
 * - 0.3  a measure in force that closes a main market or main product line.
 */
import type { Evidence, Factor } from '../../../utils/exposure/schema';
import { ev, risk } from './dsl';

// ── Citations, each written once ──

/** OFAC FAQ 880: Xiaomi's January 2021 listing under E.O. 13959 and the March 2021 injunction. */
const OFAC_FAQ_880_XIAOMI = ev(
  'OFAC Frequently Asked Question 880: Do the prohibitions in Executive Order 13959, as amended, apply with respect to Xiaomi Corporation?',
  'U.S. Department of the Treasury, Office of Foreign Assets Control',
  'https://home.treasury.gov/policy-issues/financial-sanctions/faqs/880',
  '2021-03-14',
);

/** BIS press release of 2025-07-28: $95 million administrative penalty on Cadence. */
const BIS_CADENCE_PENALTY = ev(
  'Cadence Design Systems to Pay $95 Million Penalty to BIS for Unauthorized Exports to Chinese Entities Tied to Development of Military Supercomputers',
  'U.S. Department of Commerce, Bureau of Industry and Security',
  'https://www.bis.gov/press-release/cadence-design-systems-pay-95-million-penalty-bis-unauthorized-exports-chinese-entities-tied-development',
  '2025-07-28',
);

/** The BIS settlement agreement, filed by Cadence as Exhibit 10.4 to its quarterly report for the period to 2025-06-30. */
const CADENCE_BIS_SETTLEMENT: Evidence = ev(
  'Cadence Design Systems, Inc.: Exhibit 10.4, Settlement Agreement with the Bureau of Industry and Security (quarterly report for the period ended 2025-06-30)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/813672/000081367225000113/ex104cdns06302025.htm',
  '2025-07-28',
);

/** Factors to add, by the id of a company curated elsewhere. */
export const DEPTH: Readonly<Record<string, Factor[]>> = {
  xiaomi: [
    risk(
      'regulatory-action',
      0.05, // no longer in force
      'The Pentagon named Xiaomi a Communist Chinese military company in January 2021, which would have barred US investors from its shares, but a federal court blocked the designation in March 2021 and the ban is not in force today.',
      [OFAC_FAQ_880_XIAOMI],
      { since: '2021-01-14' },
    ),
  ],
  cadence: [
    risk(
      'regulatory-action',
      0.1, // settled penalty for past conduct, with export-compliance audits still owed to BIS
      'In July 2025 it pleaded guilty and paid more than $140 million, including a $95 million Commerce penalty, for selling chip-design tools through its Chinese subsidiary to a military university on the Entity List, and it owes the Commerce Department two audits of its export controls. The settlement is in force; status not rechecked since 2025-07-28.',
      [BIS_CADENCE_PENALTY, CADENCE_BIS_SETTLEMENT],
      { since: '2025-07-28' },
    ),
  ],
};
