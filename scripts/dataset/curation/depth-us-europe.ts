/**
 * Depth (issue 14), continued: factors beyond the country for curated companies that otherwise carry only a
 * jurisdiction factor, merged by id through `withExposure` like ./depth.ts (whose severity scales apply here too).
 * Every fact cites its official publisher and was read there, or in a copy that names it (a news agency carrying a
 * ministry's announcement, a wire service carrying a department's release); a fact without one is left out.
 *
 * Severity of `national-security-tailwind`, on depth.ts's scale: 0.2 a grant or purchase agreement small next to the
 * company; 0.4 a large sole-source contract; 0.6 a government equity stake. A grant that is only proposed (a
 * non-binding preliminary memorandum of terms) keeps its scale value and carries status `proposed`.
 *
 * A stake held by a democratic home state (Norway, France, Italy, Chile through Codelco) is `state-military-ties` at
 * 0.05, as ./depth-world.ts writes it: governance influence, not a link to an adversarial state. `trade-exposure` and
 * `regulatory-action` follow depth.ts's scales; each trade factor also cites the official act.
 */
import type { Factor } from '../../../utils/exposure/schema';
import { ev, risk, tailwind } from './dsl';

// ── Citations, each written once ──

/** Trilogy Metals' news release of 2025-10-06, filed as Exhibit 99.1 to its current report. */
const TRILOGY_DOW_INVESTMENT = ev(
  'Trilogy Metals Inc.: Exhibit 99.1, "Trilogy Metals Announces Strategic Investment by US Federal Government" (news release of 2025-10-06)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1543418/000127956925001094/ex991.htm',
  '2025-10-06',
);

/** MOFCOM announcement No. 27 of 2025 as the ETNet news agency reported it, naming the four US producers. */
const MOFCOM_ANALOG_CHIPS_ETNET = ev(
  '商務部公告：對原產於美國的進口相關模擬芯片進行反傾銷立案調查 (MOFCOM anti-dumping investigation of certain US analog chips, ETNet report from Beijing)',
  "Ministry of Commerce of the People's Republic of China, as reported by ETNet News Agency (經濟通通訊社)",
  'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN350915442',
  '2025-09-15',
);

/** The same announcement as the state newspaper Global Times carried it (period, end date, products). */
const MOFCOM_ANALOG_CHIPS_GT = ev(
  'China launches anti-dumping probe into certain analog IC chips imported from the US (MOFCOM statement)',
  "Ministry of Commerce of the People's Republic of China, as carried by Global Times",
  'https://www.globaltimes.cn/page/202509/1343413.shtml',
  '2025-09-13',
);

/** Commerce Department release of 2024-06-26 (Entegris PMT), as EIN Presswire republished it. */
const COMMERCE_ENTEGRIS_PMT = ev(
  'Biden-Harris Administration Announces Preliminary Terms with Entegris to Onshore Supply Chain Materials for Leading-Edge Chip Production',
  'U.S. Department of Commerce (release republished by EIN Presswire)',
  'https://www.einpresswire.com/article/722983261/biden-harris-administration-announces-preliminary-terms-with-entegris-to-onshore-supply-chain-materials-for-leading-edge-chip-production',
  '2024-06-26',
);

/** Commerce Department release of 2024-12-06 (Coherent, SkyWater and X-Fab PMTs), as EIN Presswire republished it. */
const COMMERCE_COHERENT_PMT = ev(
  'Biden-Harris Administration Announce Preliminary Terms with Coherent, SkyWater, and X-Fab to Advance U.S. Supply Chain Security',
  'U.S. Department of Commerce (release republished by EIN Presswire)',
  'https://www.einpresswire.com/article/766791974/biden-harris-administration-announce-preliminary-terms-with-coherent-skywater-and-x-fab-to-advance-u-s-supply-chain-security',
  '2024-12-06',
);

/** GlobalFoundries' release on its final CHIPS award, as I-Connect007 carried it on 2024-11-22. */
const GF_CHIPS_AWARD = ev(
  'GlobalFoundries, U.S. Department of Commerce Announce Award Agreement on CHIPS Act Funding for Essential Chip Manufacturing',
  'GlobalFoundries Inc. (release carried by I-Connect007)',
  'https://iconnect007.com/article/143132/globalfoundries-us-department-of-commerce-announce-award-agreement-on-chips-act-funding-for-essential-chip-manufacturing/143129/pcb',
  '2024-11-22',
);

/** GM's current report of 2025-05-01 (Regulation FD): 2025 guidance updated for a tariff exposure of $4.0-5.0 billion. */
const GM_8K_2025_05_01 = ev(
  'General Motors Company: current report on Form 8-K of 2025-05-01 (Regulation FD disclosure: updated 2025 guidance, including tariff exposure)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1467858/000146785825000093/',
  '2025-05-01',
);

/** Proclamation 10908: Section 232 tariff of 25% on imported cars and certain car parts. */
const SECTION_232_AUTOS = ev(
  'Proclamation 10908 of March 26, 2025: Adjusting Imports of Automobiles and Automobile Parts Into the United States (90 FR 14705)',
  'Office of the Federal Register (National Archives), via govinfo.gov',
  'https://www.govinfo.gov/content/pkg/FR-2025-04-03/html/2025-05930.htm',
  '2025-04-03',
);

/** OFAC enforcement release of 2023-09-21 on 3M, in the Iran Watch library's copy. */
const OFAC_3M_SETTLEMENT = ev(
  'OFAC Settles with 3M Company for $9,618,477 Related to Apparent Violations of the Iranian Transactions and Sanctions Regulations',
  'U.S. Department of the Treasury, Office of Foreign Assets Control (enforcement release, Iran Watch library copy)',
  'https://www.iranwatch.org/library/governments/united-states/executive-branch/department-treasury/ofac-settles-3m-company-9618477-related-apparent-violations-iranian',
  '2023-09-21',
);

/**
 * The industry minister's press conference announcing the National Reconstruction Fund's A$200 million investment in
 * Arafura. The transcript carries no date in the copy read; press copies of 14 January 2025 say it would be announced
 * on the Wednesday, 2025-01-15, which is the date given here.
 */
const MINISTER_NRF_ARAFURA = ev(
  'Press conference announcing $200m investment in rare earths project (transcript, Ed Husic, Minister for Industry and Science)',
  'Australian Government, Minister for Industry and Science',
  'https://minister.industry.gov.au/node/11973',
  '2025-01-15',
);

/** House of Representatives, 30 July 2025: the minister says the NRF has invested $200 million in Arafura (OpenAustralia copy of Hansard). */
const HANSARD_NRF_ARAFURA = ev(
  'House debates, 30 July 2025, Questions without Notice: National Reconstruction Fund (Hansard, OpenAustralia copy)',
  'Parliament of Australia, House of Representatives (Hansard, via OpenAustralia)',
  'https://www.openaustralia.org.au/debates/?id=2025-07-30.100.1',
  '2025-07-30',
);

/** Critical Metals' news release of Monday 2025-06-16 on the EXIM letter of interest, as Stock Titan carried it. */
const CRML_EXIM_LOI = ev(
  'Critical Metals Corp Secures US$120,000,000 LOI for a 15-Year Term Loan From the US Federal Government Bank (EXIM Bank) for the Development of its Tanbreez Rare Earth Project in Greenland',
  'Critical Metals Corp. (news release carried by Stock Titan)',
  'https://www.stocktitan.net/news/CRML/critical-metals-corp-secures-us-120-000-000-loi-for-a-15-year-term-60ktvqhhyr1s.html',
  '2025-06-16',
);

/** Neo's release of 2025-04-01 (Canada NewsWire) completing the sale of its Chinese separation plants, in a copy. */
const NEO_CHINA_SALE_COMPLETED = ev(
  'Neo Completes Sale of Majority Equity Interest of China Rare Earth Separation Assets',
  'Neo Performance Materials Inc. (release via Canada NewsWire, 6ix copy)',
  'https://6ix.com/company/neo-performance-materials-inc/news/neo-completes-sale-of-majority-equity-interest-of-china-rare-earth-separation-assets',
  '2025-04-01',
);

/** Neo's release of 2024-08-20 (Canada NewsWire) on the agreement: a 9% stake kept and export distribution rights, in ADVFN's copy. */
const NEO_CHINA_SALE_AGREED = ev(
  'Neo Announces Agreement to Sell Majority Equity Interest of China Rare Earth Separation Assets for USD $30 Million in Cash',
  'Neo Performance Materials Inc. (release via Canada NewsWire, ADVFN copy)',
  'https://ca.advfn.com/stock-market/TSX/NEO/stock-news/94412221/neo-announces-agreement-to-sell-majority-equity-in',
  '2024-08-20',
);

/**
 * Xinhua's report of Saturday 2019-06-01 that China's authorities would investigate FedEx, as FT Chinese carried it
 * (mirror copy). The copy carries no date of its own; the date given is that of the Xinhua report it relays.
 */
const CN_FEDEX_PROBE_OPENED = ev(
  '中國調查聯邦快遞轉發包裹事件 (China investigates FedEx over diverted parcels; Xinhua report)',
  "Government of the People's Republic of China, as reported by Xinhua News Agency (FT Chinese copy)",
  'https://ft.csccsc.cc/story/001083026',
  '2019-06-01',
);

/** Xinhua's report of 2019-07-26 on the investigators' interim findings, as Oriental Daily carried it. */
const CN_FEDEX_PROBE_FINDINGS = ev(
  '中国有关部门调查：联邦快递"误操作"说法与事实不符 (interim findings in the FedEx investigation; Xinhua report)',
  "Government of the People's Republic of China, as reported by Xinhua News Agency (Oriental Daily copy)",
  'https://boron.orientaldaily.com.my/index.php/news/international/2019/07/26/299824',
  '2019-07-26',
);

/**
 * Kongsberg's Annual Report 2021, corporate governance policy: the Norwegian state owns 50.004%. The page carries no
 * publication date; the date given is that of the annual general meeting the report was written for.
 */
const KONGSBERG_GOVERNANCE_2021 = ev(
  'Kongsberg Gruppen: Annual Report and Sustainability Report 2021, Corporate governance policy',
  'Kongsberg Gruppen ASA',
  'https://www.annual-report.kongsberg.com/corporate-governance/policy/',
  '2022-05-11',
);

/** BWXT's release on nearly $1 billion of naval contract options, as The Defense Post reported it on 2022-02-28. */
const BWXT_NAVAL_OPTIONS_2022 = ev(
  'US Awards BWX Technologies $1B Naval Nuclear Propulsion Contract (BWXT release)',
  'BWX Technologies, Inc. (release as reported by The Defense Post)',
  'https://www.thedefensepost.com/2022/02/28/us-bwx-nuclear-contract/',
  '2022-02-28',
);

/** BWXT's release on a $174 million naval fuel contract awarded on 2025-09-10, as Investing News carried it (undated copy). */
const BWXT_NAVAL_FUEL_2025 = ev(
  'BWXT Awarded $174 Million Naval Nuclear Fuel Contract in September (BWXT release)',
  'BWX Technologies, Inc. (release carried by Investing News Network)',
  'https://investingnews.com/bwxt-awarded-174-million-naval-nuclear-fuel-contract-in-september/',
  '2025-09-10',
);

/** Executive Order 14266: reciprocal tariff rates raised for trading partners that retaliated (China). */
const EO_14266_RECIPROCAL = ev(
  'Executive Order 14266 of April 9, 2025: Modifying Reciprocal Tariff Rates To Reflect Trading Partner Retaliation and Alignment (90 FR 15625)',
  'Office of the Federal Register (National Archives), via govinfo.gov',
  'https://govinfo.gov/content/pkg/FR-2025-04-15/html/2025-06462.htm',
  '2025-04-15',
);

/** Intuitive's first-quarter 2025 results release of 2025-04-22, as Reuters reported it (Investing.com copy). */
const ISRG_Q1_2025_TARIFFS = ev(
  "Intuitive Surgical warns of tariff impact after upbeat quarterly earnings (Reuters, on the company's first-quarter 2025 release)",
  'Intuitive Surgical, Inc. (results release as reported by Reuters, Investing.com copy)',
  'https://www.investing.com/news/stock-market-news/intuitive-surgical-beats-quarterly-results-raises-tariff-concerns-3997071',
  '2025-04-22',
);

/** SAMR's decision of 2025-07-14 clearing Synopsys-Ansys with conditions, as the state newspaper Global Times carried it. */
const SAMR_SYNOPSYS_ANSYS = ev(
  "China approves Synopsys' acquisition of Ansys with conditions (SAMR announcement)",
  "State Administration for Market Regulation of the People's Republic of China, as carried by Global Times",
  'https://www.globaltimes.cn/page/202507/1338323.shtml',
  '2025-07-14',
);

/**
 * Ford's fourth-quarter 2025 earnings call of 2026-02-10, as Supply Chain Dive reported it: tariffs cost about
 * $2 billion in 2025. The copy read carries no date of its own; the date given is that of the call.
 */
const FORD_Q4_2025_CALL = ev(
  'Ford: tariffs and a fire at aluminum supplier Novelis hit 2025 results (report on the fourth-quarter 2025 earnings call)',
  'Ford Motor Company (earnings call as reported by Supply Chain Dive)',
  'https://www.supplychaindive.com/news/ford-tarifs-novelis-aluminum-supplier-fire-impact/812123',
  '2026-02-10',
);

/** European Commission press release of 2025-02-20 approving €920 million of German aid for Infineon's Dresden plant (Mirage News copy). */
const EC_INFINEON_AID = ev(
  'Commission approves €920 million German State aid measure to support Infineon in building a new semiconductor manufacturing plant in Dresden',
  'European Commission (press release, Mirage News copy)',
  'https://miragenews.com/eu-backs-e920m-aid-for-infineons-new-chip-plant-1412025',
  '2025-02-20',
);

/** SQM's announcement of 2025-12-27 completing the Codelco partnership, as Investing News Network reported it on 2025-12-29. */
const SQM_CODELCO_JV = ev(
  'SQM, Codelco Seal Landmark Lithium Joint Venture in Salar de Atacama',
  'Sociedad Química y Minera de Chile S.A. (announcement to the CMF, as reported by Investing News Network)',
  'https://investingnews.com/sqm-codelco-lithium-joint-venture/',
  '2025-12-29',
);

/** Mining Technology's report of the same completion: Codelco chairs the joint venture's board. */
const SQM_CODELCO_JV_MT = ev(
  'Codelco, SQM launch NovaAndino Litio JV in Salar de Atacama',
  'Codelco and SQM (joint announcement, as reported by Mining Technology)',
  'https://www.mining-technology.com/news/codelco-sqm-launch-novaandino-litio-jv-in-salar-de-atacama',
  '2025-12-29',
);

/** OFAC recent action of 2015-03-25: settlement with PayPal. */
const OFAC_PAYPAL_2015 = ev(
  'OFAC Recent Actions, 2015-03-25: Settlement Agreement between OFAC and PayPal, Inc.',
  'U.S. Department of the Treasury, Office of Foreign Assets Control',
  'https://ofac.treasury.gov/recent-actions/20150325_33',
  '2015-03-25',
);

/** The State Department's statement of May 2021 on its settlement with Honeywell, as The National Pulse reproduced it in full. */
const STATE_HONEYWELL_2021 = ev(
  'U.S. Department of State: settlement with Honeywell International Inc. to resolve alleged violations of the Arms Export Control Act and the ITAR',
  'U.S. Department of State, Bureau of Political-Military Affairs (statement reproduced by The National Pulse)',
  'https://thenationalpulse.com/2021/05/06/honeywell-international-exported-us-military-engineering-prints-to-china/',
  '2021-05-03',
);

/** NIST release of Thursday 2024-01-04: CHIPS preliminary terms with Microchip. */
const NIST_CHIPS_MICROCHIP = ev(
  "Biden-Harris Administration Announces CHIPS Preliminary Terms with Microchip Technology to Strengthen Supply Chain Resilience for America's Automotive, Defense, and Aerospace Industries",
  'U.S. Department of Commerce, National Institute of Standards and Technology (CHIPS for America)',
  'https://www.nist.gov/news-events/news/2024/01/biden-harris-administration-announces-chips-preliminary-terms-microchip',
  '2024-01-04',
);

/** TMC's release of 2025-04-25 on the executive order "Unleashing America's Offshore Critical Minerals and Resources". */
const TMC_EO_RELEASE = ev(
  'TMC Welcomes U.S. Executive Order to Expedite Permitting and Evaluate Offtake of Critical Minerals from Nodules in the High Seas',
  'TMC the metals company Inc. (release via GlobeNewswire)',
  'https://www.globenewswire.com/news-release/2025/04/25/3068320/0/en/TMC-Welcomes-U-S-Executive-Order-to-Expedite-Permitting-and-Evaluate-Offtake-of-Critical-Minerals-from-Nodules-in-the-High-Seas.html',
  '2025-04-25',
);

/** The French State's threshold declaration to the AMF of 2023-09-07 (TSA's stake in Thales), as InFinance summarised it. */
const AMF_THALES_TSA = ev(
  "Thales : changement de contrôle actionnarial suite à la reprise d'actions par l'État (déclaration de franchissement de seuils)",
  'Autorité des marchés financiers (declaration by the French State and Bpifrance, as summarised by InFinance)',
  'https://infinance.fr/actualites/actualites-thales/actualite-thales-changement-de-controle-actionnarial-suite-a-la-reprise-d-actions-par-l-etat-9524.htm',
  '2023-09-07',
);

/** Army News Service of 2022-12-14 on the Future Long Range Assault Aircraft award to Bell Textron (announced 2022-12-05). */
const ARMY_FLRAA_BELL = ev(
  'Army awards contract to develop future vertical lift capability',
  'U.S. Army (Army News Service)',
  'https://www.army.mil/article/262755',
  '2022-12-14',
);

/** The Space Force's announcement of 2025-04-04 on Phase 3 Lane 2 launch awards, as Military.com reported it on 2025-04-07. */
const USSF_NSSL_LANE2 = ev(
  'SpaceX, ULA, Blue Origin Land $13.7 Billion in National Security Launches (Space Systems Command announcement)',
  'U.S. Space Force, Space Systems Command (announcement as reported by Military.com)',
  'https://365.military.com/daily-news/2025/04/07/spacex-ula-blue-origin-land-137-billion-national-security-launches.html',
  '2025-04-07',
);

/** The government's golden-power approval of BlackRock above 3% of Leonardo, with the Economy Ministry's 30.2%, as Financialounge reported it. */
const LEONARDO_MEF_GOLDEN_POWER = ev(
  'BlackRock ottiene dal governo il via libera per salire oltre il 3% di Leonardo',
  'Italian Government, Presidency of the Council of Ministers (golden-power decision, as reported by Financialounge)',
  'https://financialounge.repubblica.it/news/2024/09/24/blackrock-ottiene-dal-governo-il-via-libera-per-salire-oltre-il-3-di-leonardo',
  '2024-09-24',
);

/** Saab's press release on the FMV order for the A26 submarines (Polish-language page of saab.com); the order was announced on 2025-10-13. */
const SAAB_A26_ORDER = ev(
  'Saab z dodatkowym zamówieniem dotyczącym szwedzkich okrętów podwodnych A26 (Saab receives additional order for Swedish A26 submarines)',
  'Saab AB',
  'https://www.saab.com/pl/markets/poland/press-releases/saab-z-dodatkowym-zamowieniem-dotyczacym-szwedzkich-okretow-podwodnych-a26',
  '2025-10-13',
);

/** Curtiss-Wright's release of 2022-08-04 on naval nuclear propulsion contracts, as Navy Recognition reported it. */
const CW_NAVAL_2022 = ev(
  "Curtiss Wright wins $220 million contract to support US Navy's submarines (company release)",
  'Curtiss-Wright Corporation (release as reported by Navy Recognition)',
  'https://navyrecognition.com/index.php/naval-news/naval-news-archive/2022/august/12023-curtiss-wright-wins-220-million-contract-to-support-us-navy-s-submarines.html',
  '2022-08-04',
);

/** The Defense Department's contract announcement of 2025-08-22 (DTRA), as Dow Jones Newswires reported it (Tiger Brokers copy). */
const DOD_DTRA_2025 = ev(
  'Defense Department Awards Two Contracts Valued at Combined $6.38B (Dow Jones Newswires, on the Defense Department announcement)',
  'U.S. Department of Defense (contract announcement, as reported by Dow Jones Newswires)',
  'https://www-web.itiger.com/news/2561528658',
  '2025-08-22',
);

/** CACI's release of 2020-06-04 on its single-award NGA contract, as SDQuébec carried it. */
const CACI_NGA_2020 = ev(
  'CACI Awarded $1.5 Billion Contract to Provide Transport and Cybersecurity Services to National Geospatial-Intelligence Agency',
  'CACI International Inc (release carried by SDQuébec)',
  'https://sdquebec.ca/en/news/caci-awarded-15-billion-contract-to-provide-transport-and-cybersecurity-services-to-national-geospatial-intelligence-agency',
  '2020-06-04',
);

/** SAIC's release on a single-award Defense Intelligence Agency contract, as Zacks reported it on Nasdaq on 2021-05-12. */
const SAIC_DIA_2021 = ev(
  'Science Applications (SAIC) Secures DIA Contract Worth $200M (on the company release)',
  'Science Applications International Corp. (release as reported by Zacks, Nasdaq copy)',
  'https://www.nasdaq.com/articles/science-applications-saic-secures-dia-contract-worth-%24200m-2021-05-12',
  '2021-05-12',
);

/** KBR's release of 2020-09-15 on its US Air Forces in Europe and Africa base-operations contract, as the Houston Business Journal reported it. */
const KBR_USAFE_2020 = ev(
  'KBR lands $974M government contract to support Air Force operations overseas (on the company release)',
  'KBR, Inc. (release as reported by the Houston Business Journal)',
  'https://www.bizjournals.com/houston/news/2020/09/15/kbr-lands-974m-government-contract-air-force.html',
  '2020-09-15',
);

/** Factors to add, by the id of a company curated elsewhere. */
export const DEPTH_US_EUROPE: Readonly<Record<string, Factor[]>> = {
  'trilogy-metals': [
    tailwind(
      0.6, // a government equity stake of about 10%, with warrants for more
      'In October 2025 the US Department of War agreed to invest about $35.6 million to take roughly 10% of Trilogy Metals, with warrants for more once the Ambler Road is built and a board seat for three years. The deal was still subject to conditions when announced, including a foreign-ownership review, and lapses if they are not met by 31 March 2026.',
      [TRILOGY_DOW_INVESTMENT],
      { status: 'proposed', since: '2025-10-06' },
    ),
  ],
  onsemi: [
    risk(
      'regulatory-action',
      0.1, // an open anti-dumping probe by a government
      "In September 2025 China's commerce ministry opened an anti-dumping investigation into US interface and gate-driver chips made on 40nm or older processes, naming onsemi among the four US producers with Texas Instruments, Analog Devices and Broadcom; it is due to end by September 2026 and could bring duties on those chips in China. Status not rechecked since 2025-09-15.",
      [MOFCOM_ANALOG_CHIPS_ETNET, MOFCOM_ANALOG_CHIPS_GT],
      { since: '2025-09-13' },
    ),
  ],
  entegris: [
    tailwind(
      0.2, // a proposed grant for one plant, small next to the company
      'In June 2024 the Commerce Department agreed preliminary terms to give Entegris up to $75 million under the CHIPS Act toward a new plant in Colorado Springs that would make materials for leading-edge chips in the US.',
      [COMMERCE_ENTEGRIS_PMT],
      { status: 'proposed', since: '2024-06-26' },
    ),
  ],
  coherent: [
    tailwind(
      0.2, // a proposed grant for one plant, small next to the company
      'In December 2024 the Commerce Department agreed preliminary terms to give Coherent up to $33 million under the CHIPS Act to expand its indium phosphide chip line in Sherman, Texas, which it tied to supply-chain security.',
      [COMMERCE_COHERENT_PMT],
      { status: 'proposed', since: '2024-12-06' },
    ),
  ],
  globalfoundries: [
    tailwind(
      0.2, // a grant for its US plants, not a contract or a stake
      'In November 2024 the Commerce Department awarded GlobalFoundries up to $1.5 billion in direct CHIPS Act funding for its chip plants in New York and Vermont, after preliminary terms signed in February 2024; the company links its chips to US supply-chain and national security.',
      [GF_CHIPS_AWARD],
      { since: '2024-11-22' },
    ),
  ],
  'general-motors': [
    risk(
      'trade-exposure',
      0.3, // a measure in force on its main products into its main market, quantified by the company
      'The 25% US tariffs on imported cars and car parts, in force since April and May 2025, hit the vehicles and parts GM brings into the US; in May 2025 it told investors its tariff exposure for the year would be $4 billion to $5 billion.',
      [SECTION_232_AUTOS, GM_8K_2025_05_01],
      { since: '2025-04-03' },
    ),
  ],
  '3m': [
    risk(
      'regulatory-action',
      0.1, // settled penalty for past conduct
      "In September 2023 3M paid $9.6 million to settle US Treasury charges that its Swiss subsidiary sold reflective licence-plate sheeting from 2016 to 2018, through a German reseller, to a company controlled by Iran's police. The case is settled; status not rechecked since 2023-09-21.",
      [OFAC_3M_SETTLEMENT],
      { since: '2023-09-21' },
    ),
  ],
  arafura: [
    tailwind(
      0.6, // a state fund's investment meant to become a shareholding
      "In January 2025 Australia's National Reconstruction Fund, a government investor, committed A$200 million to Arafura to help build its Nolans rare-earths mine and processing plant near Alice Springs, which the industry minister tied to a sovereign supply of critical minerals.",
      [MINISTER_NRF_ARAFURA, HANSARD_NRF_ARAFURA],
      { status: 'proposed', since: '2025-01-15' },
    ),
  ],
  'critical-metals': [
    tailwind(
      0.2, // a letter of interest for a loan, not yet a commitment
      'In June 2025 the Export-Import Bank of the United States sent Critical Metals a non-binding letter of interest for a loan of up to $120 million over 15 years to develop its Tanbreez rare-earths project in Greenland, under a programme meant to help suppliers compete with China.',
      [CRML_EXIM_LOI],
      { status: 'proposed', since: '2025-06-16' },
    ),
  ],
  'neo-performance': [
    risk(
      'supply-chain',
      0.1, // a named dependence on a Chinese plant, with its own plants elsewhere
      "In April 2025 Neo completed the sale of most of its two Chinese rare-earth separation plants to an affiliate of China's Shenghe Resources; under the 2024 agreement it keeps 9% of the Jiangyin plant and, for an initial five years, the exclusive right to sell that plant's heavy rare earths outside China, so part of what it sells still comes from China.",
      [NEO_CHINA_SALE_COMPLETED, NEO_CHINA_SALE_AGREED],
      { since: '2025-04-01' },
    ),
  ],
  fedex: [
    risk(
      'regulatory-action',
      0.1, // an open investigation by a government
      "In June 2019 Chinese authorities opened an investigation into FedEx's China unit for diverting parcels addressed to Huawei, and in July 2019 said its account of a mistake did not match the facts and that it had held back more than a hundred Huawei parcels. Status not rechecked since 2019-07-26.",
      [CN_FEDEX_PROBE_OPENED, CN_FEDEX_PROBE_FINDINGS],
      { since: '2019-06-01' },
    ),
  ],
  kongsberg: [
    risk(
      'state-military-ties',
      0.05, // a democratic home state's stake: governance influence only
      "Norway's state owns 50.004% of Kongsberg, by the company's own 2021 annual report, which says it follows the state's principles for the companies it owns.",
      [KONGSBERG_GOVERNANCE_2021],
    ),
  ],
  'bwx-technologies': [
    tailwind(
      0.4, // the sole supplier, with options of nearly $1 billion exercised in one go
      "BWXT is the only maker of naval nuclear reactors and their fuel for US submarines and aircraft carriers; in February 2022 the Navy's nuclear propulsion programme exercised nearly $1 billion of contract options with it, and in September 2025 it won about $174 million more for reactor fuel.",
      [BWXT_NAVAL_OPTIONS_2022, BWXT_NAVAL_FUEL_2025],
      { since: '2022-02-28' },
    ),
  ],
  'intuitive-surgical': [
    risk(
      'trade-exposure',
      0.2, // tariffs in force with a quantified cost
      'In April 2025 Intuitive cut its 2025 gross-margin outlook to 65-66.5% of revenue, including an estimated 1.7% of revenue from new tariffs, and said the effect depends on its system sales in China and on parts and products made outside the US.',
      [ISRG_Q1_2025_TARIFFS, EO_14266_RECIPROCAL],
      { since: '2025-04-22' },
    ),
  ],
  synopsys: [
    risk(
      'regulatory-action',
      0.1, // conditions imposed by a government that bind its business in China
      "China's market regulator cleared Synopsys's purchase of Ansys in July 2025 only on conditions: it must keep supplying chip-design software to Chinese customers on fair, reasonable and non-discriminatory terms, honour existing contracts and renew interoperability agreements on request. In force since 2025-07-14.",
      [SAMR_SYNOPSYS_ANSYS],
      { since: '2025-07-14' },
    ),
  ],
  ford: [
    risk(
      'trade-exposure',
      0.2, // tariffs in force on imported parts and metals, with a quantified cost
      'Ford said US import tariffs cost it about $2 billion in 2025, about double its October estimate, because a credit for the imported parts of US-built cars took effect only in November; it expected about $1 billion more in 2026.',
      [SECTION_232_AUTOS, FORD_Q4_2025_CALL],
      { since: '2025-04-03' },
    ),
  ],
  infineon: [
    tailwind(
      0.2, // a grant for one plant, small next to the company
      "In February 2025 the European Commission approved up to €920 million of German aid toward Infineon's €3.5 billion chip plant in Dresden, which it said strengthens Europe's security of chip supply; in return Infineon agreed to help in supply crises.",
      [EC_INFINEON_AID],
      { since: '2025-02-20' },
    ),
  ],
  sqm: [
    risk(
      'state-military-ties',
      0.05, // a democratic home state's company in control of its main asset: governance influence only
      "Since December 2025 SQM's lithium business in Chile's Salar de Atacama sits in Nova Andino Litio, a joint venture with Codelco, Chile's state copper miner, which chairs its board, under a partnership that runs to 2060.",
      [SQM_CODELCO_JV, SQM_CODELCO_JV_MT],
      { since: '2025-12-27' },
    ),
  ],
  paypal: [
    risk(
      'regulatory-action',
      0.05, // a settlement more than five years old: no longer in force (as for Bank of America, HSBC, Berkshire)
      'In March 2015 PayPal paid $7.7 million to settle US Treasury charges over 486 payments, up to 2013, that breached sanctions on Iran, Cuba, Sudan and others, including 136 for a man listed for nuclear proliferation. The case is settled and no longer in force.',
      [OFAC_PAYPAL_2015],
      { since: '2015-03-25' },
    ),
  ],
  honeywell: [
    risk(
      'regulatory-action',
      0.05, // the three-year consent agreement has run its term
      'In May 2021 the State Department settled charges that Honeywell had sent engineering drawings of parts for military aircraft, engines and electronics to China, Taiwan and other countries without licences, with a $13 million penalty and a three-year consent agreement under an outside compliance officer. That agreement has run its term and is no longer in force.',
      [STATE_HONEYWELL_2021],
      { since: '2021-05-03' },
    ),
  ],
  microchip: [
    tailwind(
      0.2, // a proposed grant for two plants, small next to the company
      'In January 2024 the Commerce Department agreed preliminary terms to give Microchip about $162 million under the CHIPS Act to expand its chip plants in Colorado Springs and Gresham, Oregon, citing the supply of microcontrollers for cars, defence and aerospace.',
      [NIST_CHIPS_MICROCHIP],
      { status: 'proposed', since: '2024-01-04' },
    ),
  ],
  tmc: [
    tailwind(
      0.2, // a policy that favours its project, with no grant or permit yet
      'An April 2025 US executive order told the Commerce Department to speed up permits for deep-sea mining under US law and the Defense Department to consider stockpiling and buying metals from seabed nodules, the resource TMC plans to mine; its US unit said it would apply for a US permit.',
      [TMC_EO_RELEASE],
      { status: 'proposed', since: '2025-04-24' },
    ),
  ],
  thales: [
    risk(
      'state-military-ties',
      0.05, // a democratic home state's stake: governance influence only
      "The French State holds 26.06% of Thales's capital through its holding company TSA, acting in concert with Dassault Aviation, by a threshold declaration filed with France's market regulator in September 2023.",
      [AMF_THALES_TSA],
    ),
  ],
  textron: [
    tailwind(
      0.2, // a competed development contract, small next to the company
      "In December 2022 the US Army picked Textron's Bell to develop its Future Long Range Assault Aircraft, the tiltrotor meant to replace part of the Black Hawk fleet, in a contract worth up to $1.3 billion with $232 million obligated at first.",
      [ARMY_FLRAA_BELL],
      { since: '2022-12-05' },
    ),
  ],
  spacex: [
    tailwind(
      0.2, // a competed multi-year award, shared with two rivals
      'In April 2025 the Space Force picked SpaceX for about 28 of some 54 high-priority national-security launches to be ordered through 2029, worth about $5.9 billion and the largest of three shares.',
      [USSF_NSSL_LANE2],
      { since: '2025-04-04' },
    ),
  ],
  leonardo: [
    risk(
      'state-military-ties',
      0.05, // a democratic home state's stake: governance influence only
      "Italy's Economy Ministry is Leonardo's largest shareholder with 30.2% of its capital, and the government's special powers let it approve or block larger stakes: in September 2024 it let BlackRock go above 3%, with conditions.",
      [LEONARDO_MEF_GOLDEN_POWER],
    ),
  ],
  saab: [
    tailwind(
      0.2, // one national order, small next to the company's order book
      "In October 2025 Sweden's defence procurement agency ordered the last production phase of its two A26 submarines from Saab, worth about SEK 9.6 billion, with most deliveries in 2026-2032.",
      [SAAB_A26_ORDER],
      { since: '2025-10-13' },
    ),
  ],
  'curtiss-wright': [
    tailwind(
      0.2, // contracts small next to the company
      "In August 2022 Curtiss-Wright won contracts worth more than $220 million to supply propulsion valves, pumps and control systems for the US Navy's Virginia- and Columbia-class submarines and Ford-class carriers, work running through 2026.",
      [CW_NAVAL_2022],
      { since: '2022-08-04' },
    ),
  ],
  parsons: [
    tailwind(
      0.2, // one of six holders of a shared contract
      'In August 2025 Parsons was one of six companies on a 10-year, $3.5 billion Defense Threat Reduction Agency contract to help partner nations counter chemical, biological, radiological and nuclear threats.',
      [DOD_DTRA_2025],
      { since: '2025-08-22' },
    ),
  ],
  amentum: [
    tailwind(
      0.2, // one of six holders of a shared contract
      'In August 2025 Amentum was one of six companies on a 10-year, $3.5 billion Defense Threat Reduction Agency contract to help partner nations counter chemical, biological, radiological and nuclear threats.',
      [DOD_DTRA_2025],
      { since: '2025-08-22' },
    ),
  ],
  caci: [
    tailwind(
      0.2, // a single-award contract ceiling small next to the company
      'In June 2020 CACI won the largest contract in its history, a single-award contract with a ceiling of $1.5 billion over up to ten years to run and secure the networks of the National Geospatial-Intelligence Agency, a US intelligence agency.',
      [CACI_NGA_2020],
      { since: '2020-06-04' },
    ),
  ],
  saic: [
    tailwind(
      0.2, // a single-award contract small next to the company
      'In May 2021 SAIC won a single-award contract worth up to about $200 million, running to 2031, to run laboratories for the Defense Intelligence Agency, which assesses foreign weapons systems.',
      [SAIC_DIA_2021],
      { since: '2021-05-12' },
    ),
  ],
  kbr: [
    tailwind(
      0.2, // a contract ceiling small next to the company
      'In September 2020 KBR won an eight-year contract worth up to $974 million to run day-to-day operations at US Air Force bases in Europe and Africa, including Morón in Spain and Incirlik in Turkey.',
      [KBR_USAFE_2020],
      { since: '2020-09-15' },
    ),
  ],
};
