/**
 * Depth (issue 14), for the finance, health, energy and telecom revenue targets that carry only a country factor: what acts on them beyond their revenue —
 * a government's probe or ban, a trade measure, a forced exit — merged by id through `withExposure` like ./depth.ts,
 * on the curator scales (scripts/dataset/lib/severity-scales.ts). Every fact cites its official publisher and was read
 * there. Revenue shares are in ./revenue/.
 *
 * How the `regulatory-action` steps are used here:
 * - 0.05 a closed matter kept so the card can say so: a sanctions settlement more than five years old with no
 *        obligation read as still running, or a past expropriation or forced exit that binds none of today's business;
 * - 0.1  a sanctions settlement of the last five years, operations kept in (or still being sold out of) a sanctioned
 *        market, a licence to operate in one, or a sanctions-driven exit from a market small next to the whole.
 */
import type { Factor } from '../../../utils/exposure/schema';
import { ev, risk } from './dsl';

// ── Citations, each written once ──

/** OFAC's recent-actions notice of 2022-07-15: settlement with American Express National Bank. */
const OFAC_AMEX_2022 = ev(
  'Settlement Agreement between the U.S. Department of the Treasury’s Office of Foreign Assets Control and American Express National Bank',
  'U.S. Department of the Treasury, Office of Foreign Assets Control',
  'https://ofac.treasury.gov/recent-actions/20220715',
  '2022-07-15',
);

/** OFAC's recent-actions notice of 2023-03-30: settlement with Wells Fargo Bank, N.A. */
const OFAC_WELLS_FARGO_2023 = ev(
  'OFAC Recent Actions, 30 March 2023: settlement with Wells Fargo Bank, N.A. for apparent violations of sanctions against Iran, Syria and Sudan',
  'U.S. Department of the Treasury, Office of Foreign Assets Control',
  'https://ofac.treasury.gov/recent-actions/20230330_33',
  '2023-03-30',
);

/** Treasury's e-mail bulletin of 2014-07-24 announcing OFAC's settlement with Bank of America, N.A. */
const OFAC_BOFA_2014 = ev(
  "Settlement Agreement between the U.S. Department of the Treasury's Office of Foreign Assets Control and Bank of America, N.A. (Treasury bulletin)",
  'U.S. Department of the Treasury, Office of Foreign Assets Control (GovDelivery bulletin)',
  'https://content.govdelivery.com/accounts/USTREAS/bulletins/c61e83',
  '2014-07-24',
);

/** Citigroup's 8-K of 2025-12-29 (Item 8.01): the board's plan to sell AO Citibank. */
const CITI_8K_AO_CITIBANK = ev(
  'Citigroup Inc.: current report on Form 8-K, Item 8.01 (plan to sell AO Citibank, 29 December 2025)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/831001/000110465925124865/c-20251229x8k.htm',
  '2025-12-29',
);

/** OFAC FAQ 1098, released with Venezuela General License 41 on 2022-11-26. */
const OFAC_FAQ_1098_CHEVRON = ev(
  'OFAC Frequently Asked Question 1098: Does Venezuela General License (GL) 41 authorize U.S. persons to provide goods or services for Chevron Corporation’s operation and management of its joint ventures in Venezuela?',
  'U.S. Department of the Treasury, Office of Foreign Assets Control',
  'https://home.treasury.gov/policy-issues/financial-sanctions/faqs/1098',
  '2022-11-26',
);

/** General License 41 as published in the Federal Register of 2023-01-13 (88 FR 2237, document 2023-00515). */
const FR_VENEZUELA_GL41 = ev(
  'Publication of Venezuela Sanctions Regulations Web General Licenses 8K and 41 (Federal Register Vol. 88, No. 9, 2237, document 2023-00515)',
  'Office of the Federal Register (National Archives), Department of the Treasury, Office of Foreign Assets Control; Justia copy',
  'https://regulations.justia.com/regulations/fedreg/2023/01/13/2023-00515.html',
  '2023-01-13',
);

/**
 * ConocoPhillips' 10-Q for the quarter to 2020-06-30, contingencies note (Venezuela awards), accession
 * 0001562762-20-000267; read in a mirror of the filing, cited at the filing's EDGAR folder. The filing date was not
 * read, so the date is the end of the period it reports.
 */
const CONOCO_10Q_Q2_2020 = ev(
  'ConocoPhillips: quarterly report on Form 10-Q for the period ended 2020-06-30, Contingencies and Commitments (Venezuela arbitration awards)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1163165/000156276220000267/',
  '2020-06-30',
);

/** Linde's 10-Q for the quarter to 2022-03-31, note on subsequent events (conflict between Russia and Ukraine). */
const LINDE_10Q_Q1_2022 = ev(
  'Linde plc: quarterly report on Form 10-Q for the period ended 2022-03-31, Subsequent Events (Conflict between Russia and Ukraine)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1707925/000162828022011722/R19.htm',
  '2022-03-31',
);

/** Linde's letter of 2023-10-31 answering SEC staff comments on its 2022 10-K (deconsolidation of the Russian entities). */
const LINDE_SEC_LETTER_2023 = ev(
  'Linde plc: response of 31 October 2023 to SEC staff comments on its Form 10-K for 2022 (deconsolidation of Russian gas and engineering entities)',
  'U.S. Securities and Exchange Commission (EDGAR correspondence)',
  'https://www.sec.gov/Archives/edgar/data/1707925/000162828023035716/filename1.htm',
  '2023-10-31',
);

/** The Hong Kong Court of First Instance's decision of 2023-09-27 in Linde GmbH and Linde plc v RusChemAlliance LLC. */
const HKCFI_LINDE_RCA = ev(
  'Linde GmbH and Linde plc v Ruschemalliance LLC, [2023] HKCFI 2409 (HCCT 19/2023), decision of 27 September 2023',
  'High Court of the Hong Kong Special Administrative Region, Court of First Instance; vLex copy',
  'https://vlex.hk/vid/linde-gmbh-and-another-972877331',
  '2023-09-27',
);

/** Mastercard's statement of 2022-03-05 on suspending its Russian operations, filed with the SEC as an 8-K exhibit. */
const MASTERCARD_RUSSIA_STATEMENT = ev(
  'Mastercard Statement on Suspension of Russian Operations (5 March 2022; exhibit to a Form 8-K)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1141391/000114139122000062/ma03072022-statement.htm',
  '2022-03-05',
);

/** BIS notice of 2025-04-16 (90 FR 15951): the national-security investigation of imported medicines, opened 2025-04-01. */
const FR_232_PHARMA_INVESTIGATION = ev(
  'Notice of Request for Public Comments on Section 232 National Security Investigation of Imports of Pharmaceuticals and Pharmaceutical Ingredients (Federal Register Vol. 90, No. 72, 15951, document 2025-06587)',
  'Office of the Federal Register (National Archives), Department of Commerce, Bureau of Industry and Security',
  'https://www.federalregister.gov/documents/2025/04/16/2025-06587/notice-of-request-for-public-comments-on-section-232-national-security-investigation-of-imports-of',
  '2025-04-16',
);

/** Proclamation 11020 of 2026-04-02 (Daily Compilation of Presidential Documents DCPD202600223), read in a copy. */
const PROCLAMATION_11020_PHARMA = ev(
  'Proclamation 11020 — Adjusting Imports of Pharmaceuticals and Pharmaceutical Ingredients Into the United States (Daily Compilation of Presidential Documents DCPD202600223)',
  'Executive Office of the President (Daily Compilation of Presidential Documents); GovWatch copy',
  'https://www.govwatch.app/president/actions/view/f0069e28-bd6b-456e-9d27-b44958bc3bac',
  '2026-04-02',
);

/** Pfizer's release of 2025-09-30 on its agreement with the US government (Business Wire). */
const PFIZER_US_AGREEMENT = ev(
  'Pfizer Reaches Landmark Agreement with U.S. Government to Lower Drug Costs for American Patients (press release)',
  'Pfizer Inc. (via Business Wire)',
  'https://www.businesswire.com/news/home/20250930776824/en/Pfizer-Reaches-Landmark-Agreement-with-U.S.-Government-to-Lower-Drug-Costs-for-American-Patients',
  '2025-09-30',
);

/** Lilly's release of 2025-11-06 on its agreement with the US government (PR Newswire). */
const LILLY_US_AGREEMENT = ev(
  'Lilly and U.S. government agree to expand access to obesity medicines to millions of Americans (press release)',
  'Eli Lilly and Company (via PR Newswire)',
  'https://www.prnewswire.com/news-releases/lilly-and-us-government-agree-to-expand-access-to-obesity-medicines-to-millions-of-americans-302607652.html',
  '2025-11-06',
);

/** Johnson & Johnson's release of 2026-01-08 on its agreement with the US government (Business Wire). */
const JNJ_US_AGREEMENT = ev(
  'Johnson & Johnson Reaches Agreement with U.S. Government to Improve Access to Medicines and Lower Costs for Millions of Americans; Delivers on U.S. Manufacturing and Innovation Investments (press release)',
  'Johnson & Johnson (via Business Wire)',
  'https://www.businesswire.com/news/home/20260108580865/en/Johnson-Johnson-Reaches-Agreement-with-U.S.-Government-to-Improve-Access-to-Medicines-and-Lower-Costs-for-Millions-of-Americans-Delivers-on-U.S.-Manufacturing-and-Innovation-Investments',
  '2026-01-08',
);

/** OFAC's settlement agreement MUL-615225 with HSBC Holdings plc, filed by HSBC as Exhibit 99.7 to a 6-K of December 2012. */
const OFAC_HSBC_2012 = ev(
  'HSBC Holdings plc: report on Form 6-K (December 2012), Exhibit 99.7, Settlement Agreement MUL-615225 with the Office of Foreign Assets Control',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1089113/000119312512499974/d451985dex997.htm',
  '2012-12-11',
);

/** The House China select committee's page announcing its investigation of BlackRock and MSCI (letter of 2023-07-31). */
const HOUSE_CCP_COMMITTEE_BLACKROCK = ev(
  'Select Committee on the CCP: Gallagher and Krishnamoorthi launch investigation into BlackRock and MSCI (American Business issue page)',
  'U.S. House of Representatives, Select Committee on Strategic Competition between the United States and the Chinese Communist Party',
  'https://chinaselectcommittee.house.gov/issues/american-business?page=15',
  '2023-08-01',
);

/** OFAC's recent-actions release of 2020-10-20 on Berkshire Hathaway Inc. and Iscar Turkey, read in a verbatim copy. */
const OFAC_BERKSHIRE_2020 = ev(
  'Settlement Agreement between the U.S. Department of the Treasury’s Office of Foreign Assets Control and Berkshire Hathaway, Inc. (recent actions, 20 October 2020)',
  'U.S. Department of the Treasury, Office of Foreign Assets Control; Mr. Watchlist copy',
  'https://mrwatchlist.com/2020/10/20/even-warren-buffet-is-not-beyond-ofacs-reach/',
  '2020-10-20',
);

/** Amgen's release of 2025-12-19 (PR Newswire), read in a verbatim copy. */
const AMGEN_US_AGREEMENT = ev(
  'Amgen Takes Action with the U.S. Government to Lower the Cost of Medicines for American Patients (press release, PR Newswire)',
  'Amgen Inc.; AFN News copy',
  'https://afnnews.qaasid.com/page/18',
  '2025-12-19',
);

/** Gilead's release on its agreement with the US government (December 2025), read in a verbatim copy. */
const GILEAD_US_AGREEMENT = ev(
  'Gilead and U.S. Government Enter Agreement to Lower Costs of Medicines for Americans (press release)',
  'Gilead Sciences, Inc.; AFN News copy',
  'https://afnnews.qaasid.com/category/business/page/36/?paged=353',
  '2025-12-19',
);

/** Senate Commerce Committee ranking member's release of 2025-07-23 on AT&T's and Verizon's Salt Typhoon assessments. */
const SENATE_COMMERCE_SALT_TYPHOON_JUL_2025 = ev(
  'Cantwell Seeks Digital Forensics Expert’s Assessments of AT&T and Verizon Network Security After Chinese “Salt Typhoon” Hack',
  'U.S. Senate Committee on Commerce, Science and Transportation (Ranking Member)',
  'https://www.commerce.senate.gov/2025/7/cantwell-seeks-digital-forensics-expert-s-assessments-of-at-t-and-verizon-network-security-after-chinese-salt-typhoon-hack',
  '2025-07-23',
);

/** Senate Commerce Committee ranking member's release of 2025-11-18 on the FCC's post-Salt Typhoon rules. */
const SENATE_COMMERCE_SALT_TYPHOON_NOV_2025 = ev(
  'Cantwell Slams Efforts by Brendan Carr’s FCC to Roll Back Network Protection Rules Put in Place After Salt Typhoon Hacks',
  'U.S. Senate Committee on Commerce, Science and Transportation (Ranking Member)',
  'https://www.commerce.senate.gov/2025/11/cantwell-slams-efforts-by-brendan-carr-s-fcc-to-roll-back-network-protection-rules-put-in-place-after-salt-typhoon-hacks',
  '2025-11-18',
);

/** Factors to add, by the id of a company curated elsewhere. */
export const DEPTH_FINANCE_HEALTH: Readonly<Record<string, Factor[]>> = {
  'american-express': [
    risk(
      'regulatory-action',
      0.1, // a sanctions settlement of the last five years
      'In July 2022 its bank paid $430,500 to the US Treasury sanctions office to settle 214 apparent breaches of drug-kingpin sanctions, after it processed card spending for an account whose extra cardholder was on the sanctions list. The matter is settled; status not rechecked since 2022-07-15.',
      [OFAC_AMEX_2022],
      { since: '2022-07-15' },
    ),
  ],
  'wells-fargo': [
    risk(
      'regulatory-action',
      0.1, // a sanctions settlement of the last five years
      'In March 2023 its bank paid $30 million to the US Treasury sanctions office because, from 2008 to 2015, it and Wachovia gave a European bank trade-finance software that was used for deals with Iran, Syria and Sudan. The matter is settled; status not rechecked since 2023-03-30.',
      [OFAC_WELLS_FARGO_2023],
      { since: '2023-03-30' },
    ),
  ],
  'bank-of-america': [
    risk(
      'regulatory-action',
      0.05, // a closed settlement of 2014
      'In July 2014 its bank paid $16.6 million to the US Treasury sanctions office for handling 208 payments between 2005 and 2009 for people on the US list of drug traffickers and not blocking their accounts. The settlement is closed and no longer in force.',
      [OFAC_BOFA_2014],
      { since: '2014-07-24' },
    ),
  ],
  citigroup: [
    risk(
      'regulatory-action',
      0.1, // operations still being sold out of a sanctioned market
      'Citi still ran a bank in Russia, AO Citibank, at the end of 2025; in December 2025 its board approved selling it, booking a pre-tax loss of about $1.2 billion, with the sale expected to close in the first half of 2026. Status not rechecked since 2025-12-29.',
      [CITI_8K_AO_CITIBANK],
      { since: '2025-12-29' },
    ),
  ],
  chevron: [
    risk(
      'regulatory-action',
      0.1, // a licence to operate in a sanctioned market
      'Chevron works in Venezuela only under US Treasury licences: one issued in November 2022 let it run its joint ventures with the sanctioned state oil company PdVSA and bring their oil into the US, provided the oil is first sold to Chevron. The card shows that licence as issued; later changes were not read at Treasury, so status not rechecked since 2023-01-13.',
      [OFAC_FAQ_1098_CHEVRON, FR_VENEZUELA_GL41],
      { since: '2022-11-26' },
    ),
  ],
  conocophillips: [
    risk(
      'regulatory-action',
      0.05, // a past expropriation that binds none of today's business
      "Venezuela expropriated ConocoPhillips' Petrozuata and Hamaca heavy-oil projects. An international (World Bank ICSID) tribunal awarded it about $8.5 billion plus interest, which Venezuela sought to annul, and the state oil company PdVSA, after settling a separate award of about $2 billion, defaulted in 2019, so the company is still pursuing collection. No Venezuelan business remains; status not rechecked since 2020-06-30.",
      [CONOCO_10Q_Q2_2020],
    ),
  ],
  linde: [
    risk(
      'regulatory-action',
      0.1, // a sanctions-driven exit from a market small next to the whole, with the contract dispute still open
      'Sanctions on Russia forced Linde in 2022 to wind down its engineering projects there, on which it held about $2 billion of customer advances, and it stopped controlling its Russian gas and engineering businesses from mid-2022. In 2023 a Hong Kong court kept an order barring its Russian customer RusChemAlliance from suing in Russia over the gas plant contract. Status not rechecked since 2023-10-31.',
      [LINDE_10Q_Q1_2022, LINDE_SEC_LETTER_2023, HKCFI_LINDE_RCA],
      { since: '2022-03-31' },
    ),
  ],
  mastercard: [
    risk(
      'regulatory-action',
      0.1, // a sanctions-driven exit from a market small next to the whole
      'In March 2022, after blocking Russian banks from its network as regulators required, Mastercard suspended its network services in Russia, so cards issued there no longer work on its network and foreign cards do not work in Russia. Suspended since 2022-03-05; status not rechecked since then.',
      [MASTERCARD_RUSSIA_STATEMENT],
      { since: '2022-03-05' },
    ),
  ],
  pfizer: [
    risk(
      'trade-exposure',
      0.1, // a trade measure its own release names, with no cost figure
      'The US opened a national-security investigation of imported medicines in April 2025 that could lead to tariffs. In September 2025 Pfizer agreed with the government to bring US prices in line with other rich countries, launch new medicines at parity with them and sell many drugs at a discount through TrumpRx, in return for three years without such tariffs as long as it invests more in US plants. Status not rechecked since 2026-04-02, when import measures on medicines were proclaimed.',
      [PFIZER_US_AGREEMENT, FR_232_PHARMA_INVESTIGATION, PROCLAMATION_11020_PHARMA],
      { since: '2025-09-30' },
    ),
  ],
  'eli-lilly': [
    risk(
      'trade-exposure',
      0.1, // a trade measure its own release names, with no cost figure
      'Under US pressure over drug prices and planned tariffs on imported medicines, Lilly agreed with the government in November 2025 to cap what Medicare patients pay for Zepbound at $50 a month from as early as April 2026, in return for three years of tariff relief and no future pricing mandates. Status not rechecked since 2026-04-02, when import measures on medicines were proclaimed.',
      [LILLY_US_AGREEMENT, FR_232_PHARMA_INVESTIGATION, PROCLAMATION_11020_PHARMA],
      { since: '2025-11-06' },
    ),
  ],
  'johnson-johnson': [
    risk(
      'trade-exposure',
      0.1, // a trade measure its own release names, with no cost figure
      'In January 2026 Johnson & Johnson agreed with the US government to sell medicines to Medicaid and through TrumpRx at prices comparable to other rich countries, which exempts its drugs from US tariffs on imported medicines; it also keeps a $55 billion US investment pledge. Status not rechecked since 2026-04-02, when import measures on medicines were proclaimed.',
      [JNJ_US_AGREEMENT, FR_232_PHARMA_INVESTIGATION, PROCLAMATION_11020_PHARMA],
      { since: '2026-01-08' },
    ),
  ],
  hsbc: [
    risk(
      'regulatory-action',
      0.05, // a closed settlement of 2012
      'In December 2012 HSBC settled with the US Treasury sanctions office, alongside a deferred prosecution agreement with the Justice Department, after its banks had cleared US dollar payments for Iranian banks such as Bank Melli through the US without naming them. The 2012 settlement is closed; status not rechecked since 2012-12-11.',
      [OFAC_HSBC_2012],
      { since: '2012-12-11' },
    ),
  ],
  blackrock: [
    risk(
      'regulatory-action',
      0.1, // an open probe by a congressional committee
      "In August 2023 the House of Representatives' China select committee opened an investigation into BlackRock, saying its funds channel Americans' savings into Chinese companies on US blacklists that build weapons for China's military. Status not rechecked since 2023-08-01.",
      [HOUSE_CCP_COMMITTEE_BLACKROCK],
      { since: '2023-08-01' },
    ),
  ],
  berkshire: [
    risk(
      'regulatory-action',
      0.05, // a closed settlement of 2020, more than five years old
      'In October 2020 Berkshire paid $4.1 million to the US Treasury sanctions office, which called the case egregious, because its Turkish subsidiary Iscar sold cutting tools worth about $383,000 to Iran through Turkish distributors between 2012 and 2016 and hid it from the parent. Berkshire had reported the sales itself. The settlement is closed and no longer in force.',
      [OFAC_BERKSHIRE_2020],
      { since: '2020-10-20' },
    ),
  ],
  amgen: [
    risk(
      'trade-exposure',
      0.1, // a pricing deal struck while tariffs on imported medicines were pending
      'In December 2025, while the US weighed tariffs on imported medicines after a national-security investigation opened in April 2025, Amgen said it had met the President’s requests, including most-favoured-nation pricing, and would sell Repatha, Aimovig and Amjevita at steep discounts directly and through TrumpRx; other terms are confidential. Status not rechecked since 2026-04-02, when import measures on medicines were proclaimed.',
      [AMGEN_US_AGREEMENT, FR_232_PHARMA_INVESTIGATION, PROCLAMATION_11020_PHARMA],
      { since: '2025-12-19' },
    ),
  ],
  gilead: [
    risk(
      'trade-exposure',
      0.1, // a pricing deal struck while tariffs on imported medicines were pending
      'In December 2025, while the US weighed tariffs on imported medicines after a national-security investigation opened in April 2025, Gilead signed a three-year agreement with the US government to discount some HIV, hepatitis and COVID-19 medicines for Medicaid to what comparable rich countries pay, price new medicines at parity with them, and sell Epclusa at a cash discount through TrumpRx. Status not rechecked since 2026-04-02, when import measures on medicines were proclaimed.',
      [GILEAD_US_AGREEMENT, FR_232_PHARMA_INVESTIGATION, PROCLAMATION_11020_PHARMA],
      { since: '2025-12-19' },
    ),
  ],
  att: [
    risk(
      'regulatory-action',
      0.1, // an open congressional inquiry after a state-backed foreign intrusion
      "China-sponsored hackers known as Salt Typhoon got deep into US telecom networks, AT&T's among them, in 2024. The top Democrat on the Senate Commerce Committee has since demanded proof that AT&T removed them, which it had not provided by November 2025. Status not rechecked since 2025-11-18.",
      [SENATE_COMMERCE_SALT_TYPHOON_JUL_2025, SENATE_COMMERCE_SALT_TYPHOON_NOV_2025],
      { since: '2025-06-12' },
    ),
  ],
  verizon: [
    risk(
      'regulatory-action',
      0.1, // an open congressional inquiry after a state-backed foreign intrusion
      "China-sponsored hackers known as Salt Typhoon got deep into US telecom networks, Verizon's among them, in 2024. The top Democrat on the Senate Commerce Committee has since demanded proof that Verizon removed them, which it had not provided by November 2025. Status not rechecked since 2025-11-18.",
      [SENATE_COMMERCE_SALT_TYPHOON_JUL_2025, SENATE_COMMERCE_SALT_TYPHOON_NOV_2025],
      { since: '2025-06-12' },
    ),
  ],
};
