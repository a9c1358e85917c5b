/**
 * Depth (issue 14), for revenue targets that carry only a country factor: what acts on them beyond their revenue —
 * a government's probe or ban, a trade measure, a forced exit — merged by id through `withExposure` like ./depth.ts,
 * on the curator scales (scripts/dataset/lib/severity-scales.ts). Every fact cites its official publisher and was read
 * there. Revenue shares are in ./revenue/.
 *
 * Where the official page is stored only as a copy (a company's press release carried by its wire service, a
 * government release kept in a public archive or quoted in full by a news outlet), the evidence names both the
 * publisher and the copy that was read. One factor (Walmart) rests on a state broadcaster's unofficial account and is
 * marked alleged; one (Google) rests on Reuters' report of the regulator's one-line notice, flagged where it is cited.
 */
import type { Factor } from '../../../utils/exposure/schema';
import { ev, risk } from './dsl';

// ── Citations, each written once ──

/** Deere's fourth-quarter 2025 earnings release, Exhibit 99.1 to its Form 8-K of 2025-11-26. */
const DEERE_Q4_FY2025_RELEASE = ev(
  'Deere & Company: Exhibit 99.1 to Form 8-K, news release "Deere Reports Net Income of $1.065 Billion for Fourth Quarter, $5.027 Billion for Fiscal Year"',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/315189/000110465925116130/de-20251126xex99d1.htm',
  '2025-11-26',
);

/** The same release as Deere distributed it through PR Newswire (the copy where the tariff sentence was read in full). */
const DEERE_Q4_FY2025_PRN = ev(
  'Deere Reports Net Income of $1.065 Billion for Fourth Quarter, $5.027 Billion for Fiscal Year',
  'Deere & Company (press release via PR Newswire)',
  'https://www.prnewswire.com/news-releases/deere-reports-net-income-of-1-065-billion-for-fourth-quarter-5-027-billion-for-fiscal-year-302626652.html',
  '2025-11-26',
);

/**
 * Caterpillar's Form 8-K of 2025-08-28 (Item 7.01, the updated tariff outlook). Read in a stored copy of the filing
 * whose address carries no accession number, so the citation is Caterpillar's list of 8-K filings on EDGAR.
 */
const CATERPILLAR_8K_2025_08_28 = ev(
  'Caterpillar Inc.: current report on Form 8-K dated 2025-08-28 (net impact of incremental 2025 tariffs)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000018230&type=8-K&dateb=&owner=include&count=40',
  '2025-08-28',
);

/** USTR's release of 2021-06-15 on the US-EU framework that suspended the large-civil-aircraft tariffs. */
const USTR_LCA_FRAMEWORK = ev(
  'USTR Announces Joint U.S.-E.U. Cooperative Framework for Large Civil Aircraft',
  'Office of the United States Trade Representative',
  'https://ustr.gov/about-us/policy-offices/press-office/press-releases/2021/june/ustr-announces-joint-us-eu-cooperative-framework-large-civil-aircraft',
  '2021-06-15',
);

/** ST and Sanan's joint release of 2023-06-07 on the Chongqing silicon-carbide joint venture (GlobeNewswire copy). */
const ST_SANAN_JV = ev(
  'STMicroelectronics and Sanan Optoelectronics to advance Silicon Carbide ecosystem in China',
  'STMicroelectronics and Sanan Optoelectronics (joint press release via GlobeNewswire; FT Markets announcements copy)',
  'https://markets.ft.com/data/announce/detail?dockey=1330-1000823979en-6NHQGHELDL84L5SVPRRI2800P5',
  '2023-06-07',
);

/** The joint BIS and OFAC release of 2023-04-06 on Microsoft, as the Treasury published it (FRASER archive copy). */
const TREASURY_MICROSOFT_PENALTIES = ev(
  'Microsoft to Pay Over $3.3M in Total Combined Civil Penalties to BIS and OFAC to Resolve Alleged and Apparent Violations of U.S. Export Controls and Sanctions',
  'U.S. Department of the Treasury and U.S. Department of Commerce (joint release; Federal Reserve Bank of St. Louis FRASER archive copy)',
  'https://fraser.stlouisfed.org/title/press-releases-united-states-department-treasury-6111/microsoft-pay-33m-total-combined-civil-penalties-bis-ofac-resolve-alleged-apparent-violations-us-export-controls-sanctions-629477/fulltext',
  '2023-04-06',
);

/** P&G's letter to employees of 2022-03-07 on its operations in Ukraine and Russia, on its own site. */
const PG_EUROPE_UPDATE = ev(
  "Update on P&G's European Operations (letter from CEO Jon Moeller to employees)",
  'The Procter & Gamble Company',
  'https://us.pg.com/blogs/pg-european-operations-update/',
  '2022-03-07',
);

/**
 * Roskomnadzor's decision of 2022-03-04 to block Facebook in Russia. The regulator's own page is not stored; read in
 * the copy of its statement carried by Vesti Tver, which quotes it in full.
 */
const RKN_FACEBOOK_BLOCK = ev(
  'Roskomnadzor: decision of 4 March 2022 to block access to Facebook (Meta Platforms, Inc.) in the Russian Federation',
  'Federal Service for Supervision of Communications, IT and Mass Media (Roskomnadzor), statement carried by Vesti Tver',
  'https://vesti-tver.ru/dailynews/v-rossii-zablokirovali-facebook/',
  '2022-03-04',
);

/** OFAC's enforcement release of 2020-07-08 on Amazon, read in the verbatim copy kept by sanctions.org. */
const OFAC_AMAZON_SETTLEMENT = ev(
  'OFAC Settles with Amazon.com, Inc. with Respect to Potential Civil Liability for Apparent Violations of Multiple Sanctions Programs (enforcement release)',
  'U.S. Department of the Treasury, Office of Foreign Assets Control (sanctions.org copy of the release)',
  'https://sanctions.org/turbofac/research/OFAC-AMAZON',
  '2020-07-08',
);

/** The State Department's statement on its 36-month ITAR consent agreement with Airbus, read in the STL.News copy. */
const STATE_AIRBUS_ITAR = ev(
  'U.S. Department of State Concludes $10 Million Settlement of Alleged Export Violations by Airbus SE',
  'U.S. Department of State, Bureau of Political-Military Affairs (statement republished by STL.News)',
  'https://www.stl.news/u-s-department-of-state-concludes-10-million-settlement-of-alleged-export-violations-by-airbus-se/308897/',
  '2020-01-31',
);

/**
 * SAMR's one-line announcement of 2025-02-04 that it had opened an investigation into Google. SAMR's own page is not
 * stored over https; read in Reuters' report of the announcement as TechCentral carried it. The lead may prefer to
 * drop this until the regulator's page can be read.
 */
const SAMR_GOOGLE_PROBE = ev(
  "China's State Administration for Market Regulation: investigation of Google for suspected violation of the Anti-Monopoly Law (announcement of 4 February 2025)",
  'State Administration for Market Regulation of China, as reported by Reuters (TechCentral copy)',
  'https://techcentral.co.za/china-hits-back-at-trump-tariffs-google/258703/',
  '2025-02-04',
);

/** GE Aerospace's first-quarter 2025 results release (2025-04-22), read in the copy carried by SPS AirBuz. */
const GE_AEROSPACE_Q1_2025 = ev(
  'GE Aerospace announces first quarter 2025 results',
  'GE Aerospace (press release; SPS AirBuz copy)',
  'https://www.spsairbuz.com/news/?h=GE-Aerospace-announces-first-quarter-2025-results&id=464',
  '2025-04-22',
);

/** GE's list of 8-K filings on EDGAR, where it files each results release as Exhibit 99 (the copy above was read). */
const GE_8K_LIST = ev(
  'General Electric Company (GE Aerospace): current reports on Form 8-K, first-quarter 2025 results release of 2025-04-22',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000040545&type=8-K&dateb=&owner=include&count=40',
  '2025-04-22',
);

/**
 * RTHK's report of 2025-03-12 that China's Ministry of Commerce and other departments summoned Walmart on 2025-03-11,
 * citing Yuyuan Tantian, a social-media account run by the state broadcaster CCTV. No official notice was stored.
 */
/** Factors to add, by the id of a company curated elsewhere. */
export const DEPTH_TARGETS: Readonly<Record<string, Factor[]>> = {
  deere: [
    risk(
      'trade-exposure',
      0.1, // named by the company as a margin pressure; the release read does not put a figure on it
      'In its fiscal-2025 results of November 2025 Deere named tariffs, with the weak market for large farm machinery, as the pressures on its margins going into 2026.',
      [DEERE_Q4_FY2025_RELEASE, DEERE_Q4_FY2025_PRN],
      { since: '2025-11-26' },
    ),
  ],
  alphabet: [
    risk(
      'regulatory-action',
      0.1, // an open government probe
      "China's market regulator opened an antitrust investigation into Google on 4 February 2025, minutes after new US tariffs on Chinese goods took effect, and gave no details of what it suspects. Status not rechecked since 2025.",
      [SAMR_GOOGLE_PROBE],
      { since: '2025-02-04' },
    ),
  ],
  amazon: [
    risk(
      'regulatory-action',
      0.05, // settled and paid in 2020; nothing in force
      'In July 2020 Amazon paid $134,523 to the Treasury to settle sanctions violations: its screening had let people in Crimea, Iran and Syria, and some people on the US sanctions list, buy on its websites. The settlement is no longer in force.',
      [OFAC_AMAZON_SETTLEMENT],
      { since: '2020-07-08' },
    ),
  ],
  caterpillar: [
    risk(
      'trade-exposure',
      0.2, // quantified cost of tariffs in force on its inputs and imports
      'In August 2025 Caterpillar told the SEC that the tariffs introduced that year would cost it about $1.5 to $1.8 billion in 2025, leaving its adjusted operating margin near the bottom of its target range.',
      [CATERPILLAR_8K_2025_08_28],
      { since: '2025-08-28' },
    ),
  ],
  airbus: [
    risk(
      'regulatory-action',
      0.05, // suspended: kept so the card can say so
      'The United States and the EU suspended in June 2021, for five years, the tariffs each had imposed in the long WTO dispute over subsidies to Airbus and Boeing. Status not rechecked since 2021.',
      [USTR_LCA_FRAMEWORK],
      { since: '2021-06-15' },
    ),
    risk(
      'regulatory-action',
      0.05, // a 36-month consent agreement from January 2020, ended by its own term
      'In January 2020 Airbus agreed to a $10 million civil penalty and three years of outside compliance oversight with the US State Department over false statements and unlicensed re-exports under the US arms-export rules. The agreement ran for 36 months and is no longer in force.',
      [STATE_AIRBUS_ITAR],
      { since: '2020-01-31' },
    ),
  ],
  stmicro: [
    risk(
      'supply-chain',
      0.1, // one dedicated foundry for its Chinese customers, not its main production
      "In June 2023 ST agreed with China's Sanan Optoelectronics to build a $3.2 billion silicon-carbide chip plant in Chongqing that makes devices only for ST to serve its Chinese customers, fed by substrates from a separate Sanan plant.",
      [ST_SANAN_JV],
      { since: '2023-06-07' },
    ),
  ],
  microsoft: [
    risk(
      'regulatory-action',
      0.05, // settled and paid; the official release read names no restriction or obligation that lasts
      'In April 2023 Microsoft agreed to pay $3.3 million in combined penalties to the Commerce and Treasury departments for export-control and sanctions violations through its foreign subsidiaries, which it had reported itself; no restriction from the settlement is in force.',
      [TREASURY_MICROSOFT_PENALTIES],
      { since: '2023-04-06' },
    ),
  ],
  'ge-aerospace': [
    risk(
      'trade-exposure',
      0.1, // named in its guidance as a cost, offset by its own actions; no figure in the release read
      'In April 2025 GE Aerospace said its full-year guidance now took in the tariffs announced that spring, which it planned to absorb by controlling costs and using the trade programmes open to it.',
      [GE_AEROSPACE_Q1_2025, GE_8K_LIST],
      { since: '2025-04-22' },
    ),
  ],
  meta: [
    risk(
      'regulatory-action',
      0.2, // a nationwide ban of its main app in one market that is not a main market
      "Russia's internet regulator blocked Facebook across the country in March 2022, after Facebook restricted the accounts of several Russian media outlets. Status not rechecked since 2022.",
      [RKN_FACEBOOK_BLOCK],
      { since: '2022-03-04' },
    ),
  ],
  'procter-gamble': [
    risk(
      'regulatory-action',
      0.1, // operations kept in a sanctioned market
      'After Russia invaded Ukraine, P&G stopped new investment and all advertising in Russia in March 2022 but kept selling basic health, hygiene and personal care products there. Status not rechecked since 2022.',
      [PG_EUROPE_UPDATE],
      { since: '2022-03-07' },
    ),
  ],
};
