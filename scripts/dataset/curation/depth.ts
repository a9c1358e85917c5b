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
 *
 * Severity of `national-security-tailwind` (shown beside the score, never subtracted), on the scale the other curation
 * files already use (MP Materials 0.8: DoD equity, price floor and offtake; Intel 0.6: a government stake; Iluka 0.5:
 * a state loan for its main project):
 * - 0.2 a government grant or purchase agreement for studies or for one project, small next to the company or to the
 *       project's cost;
 * - 0.4 a sole-source government purchase contract worth more than the company's yearly revenue.
 */
import type { Evidence, Factor } from '../../../utils/exposure/schema';
import { ev, risk, tailwind } from './dsl';

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

/** DoD release of 2023-09-12 (a Tuesday, "DoD said Tuesday" in the trade press): $90M DPA Title III agreement with Albemarle. */
const DOD_ALBEMARLE_KINGS_MOUNTAIN = ev(
  'DoD Enters Agreement to Expand Domestic Lithium Mining for U.S. Battery Supply Chain',
  'U.S. Department of Defense',
  'https://www.defense.gov/News/Releases/Release/Article/3522657/dod-enters-agreement-to-expand-domestic-lithium-mining-for-us-battery-supply-ch/',
  '2023-09-12',
);

/** The DoD release of 2022-12-19 as Perpetua republished it on its own site ("Published on December 19, 2022"). */
const PERPETUA_DOD_DPA_AWARD = ev(
  'Department of Defense: DoD Issues $24.8M Critical Minerals Award to Perpetua Resources',
  'Perpetua Resources Corp. (republishing the U.S. Department of Defense release)',
  'https://perpetuaresources.com/news/department-of-defense-dod-issues-24-8m-critical-minerals-award-to-perpetua-resources/',
  '2022-12-19',
);

/**
 * US Antimony's 10-Q for the quarter to 2025-09-30, Note 5 (revenue), in the SEC's XBRL rendering: the DLA contract and
 * the nine-month revenue. The filing date was not read, so the date is the end of the period it reports.
 */
const US_ANTIMONY_10Q_Q3_2025 = ev(
  'United States Antimony Corporation: quarterly report on Form 10-Q for the period ended 2025-09-30, Note 5 (Revenue recognition)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/101538/000110465925110313/R11.htm',
  '2025-09-30',
);

/**
 * NioCorp's 10-Q for the quarter to 2025-09-30, Exhibit 10.3: Elk Creek Resources' project sub-agreement under the
 * Defense Industrial Base Consortium's other-transaction agreement, performance 2025-04-07 to 2027-01-31. The filing
 * date was not read, so the date is the end of the period the report covers.
 */
const NIOCORP_DIBC_SCANDIUM = ev(
  'NioCorp Developments Ltd.: Exhibit 10.3, Project Sub-Agreement "Developing a Partnered Alloy Scandium Supply Chain Domestically" (quarterly report for the period ended 2025-09-30)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1512228/000153949725002940/n2574_x298ex10-3.htm',
  '2025-09-30',
);

/**
 * The CHIPS for America project page for Texas Instruments (Sherman, Texas): the final award of up to $1.61 billion. The
 * page carries no date; the award agreement was announced on 2024-12-20 (TI's release of that day, as PR Newswire
 * carried it), which is the date given here.
 */
const NIST_CHIPS_TEXAS_INSTRUMENTS = ev(
  'CHIPS for America: Texas Instruments (Sherman, Texas)',
  'U.S. Department of Commerce, National Institute of Standards and Technology (CHIPS for America)',
  'https://nist.gov/chips/texas-instruments-texas-sherman',
  '2024-12-20',
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
  albemarle: [
    tailwind(
      0.2, // a $90M grant for one mine, small next to Albemarle
      "In September 2023 the Defense Department agreed to put $90 million from the Defense Production Act toward reopening Albemarle's Kings Mountain lithium mine in North Carolina, which the company then expected to run between 2025 and 2030.",
      [DOD_ALBEMARLE_KINGS_MOUNTAIN],
      { since: '2023-09-12' },
    ),
  ],
  perpetua: [
    tailwind(
      0.2, // up to $24.8M for permitting studies of its one project
      'In December 2022 the Defense Department awarded it up to $24.8 million from the Defense Production Act for the environmental and engineering studies of its Stibnite gold and antimony project in Idaho, which the Pentagon calls the only US antimony reserve able to meet its needs.',
      [PERPETUA_DOD_DPA_AWARD],
      { since: '2022-12-19' },
    ),
  ],
  'us-antimony': [
    tailwind(
      0.4, // sole-source contract worth up to $245M against $26.2M of revenue in nine months
      'In September 2025 it won a five-year, sole-source contract worth up to $245 million from the Defense Logistics Agency to sell antimony metal to the National Defense Stockpile through September 2030, far more than its revenue of $26.2 million in the first nine months of 2025.',
      [US_ANTIMONY_10Q_Q3_2025],
    ),
  ],
  niocorp: [
    tailwind(
      0.2, // one government agreement for one project
      'Its subsidiary Elk Creek Resources holds a Pentagon-funded agreement, through the Defense Industrial Base Consortium, to build a domestic supply chain for scandium alloys, running from April 2025 to January 2027.',
      [NIOCORP_DIBC_SCANDIUM],
      { since: '2025-04-07' },
    ),
  ],
  'texas-instruments': [
    tailwind(
      0.2, // a grant of under a tenth of the plants' cost, small next to TI
      'In December 2024 the Commerce Department awarded it up to $1.61 billion under the CHIPS Act toward more than $18 billion of new chip plants, two in Texas and one in Utah, to expand US output of mature-node chips, which the department ties to national security.',
      [NIST_CHIPS_TEXAS_INSTRUMENTS],
      { since: '2024-12-20' },
    ),
  ],
};
