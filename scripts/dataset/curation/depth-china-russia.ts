/**
 * Depth (issue 14), continued: factors beyond the country for curated companies that otherwise carry only a
 * jurisdiction factor, merged by id through `withExposure` like ./depth.ts (whose severity scales apply here too).
 * Every fact cites its official publisher and was read there, or, where the official page was not stored, in a copy
 * of it or a report of it that the evidence names (trade press and law-firm summaries are named as such).
 *
 * Names on the official lists in ../shared/data are not written here: the list code applies them.
 *
 * Scales (docs/methodology.md and the common brief of issue 14):
 * - trade-exposure: 0.1 a measure that names the company's products, with the share of sales it touches not known;
 *   0.2 a measure in force on a product line or market that matters; 0.3 one on its main products into a main market.
 * - regulatory-action: 0.05 a measure no longer in force, or one that binds only a past deal; 0.1 an open probe, a
 *   settled penalty or a licence requirement; 0.2 a measure in force that closes part of a main market (here: US
 *   investors barred from buying the company's shares).
 * - supply-chain: 0.1 a named input from a high-risk region, with its share not known.
 * - state-military-ties: 0.3 control by a Chinese state-owned parent, per the company's own annual report.
 */
import type { Factor } from '../../../utils/exposure/schema';
import { edgarFilings, ev, risk } from './dsl';

// ── Citations, each written once ──

/** Definitive countervailing duties on battery electric cars from China (Geely Group 18.8%), five years from 2024-10-30. */
const EU_BEV_CVD = ev(
  "Commission Implementing Regulation (EU) 2024/2754 of 29 October 2024 imposing a definitive countervailing duty on imports of new battery electric vehicles designed for the transport of persons originating in the People's Republic of China",
  'European Commission (Official Journal of the European Union)',
  'https://eur-lex.europa.eu/eli/reg_impl/2024/2754/oj',
  '2024-10-29',
);

/**
 * Regulation (EU) 2025/1227: duties on Russian and Belarusian fertilisers, phased in from July 2025 to 2028. Read in the
 * Lexaris copy of the Official Journal text (lexaris.eu, document 8727705); cited at its EUR-Lex ELI address.
 */
const EU_RUSSIA_FERTILISER_DUTIES = ev(
  'Regulation (EU) 2025/1227 of the European Parliament and of the Council of 17 June 2025 on the modification of customs duties applicable to imports of certain goods originating in or exported from the Russian Federation and the Republic of Belarus (Official Journal L series 2025/1227, 20.6.2025)',
  'European Parliament and Council of the European Union (Official Journal of the European Union)',
  'https://eur-lex.europa.eu/eli/reg/2025/1227/oj',
  '2025-06-20',
);

/**
 * The European Parliament's summary of the same act: 6.5% plus EUR 40-45 a tonne, rising to EUR 315 or 430 by 2028.
 * The summary's own date was not read; the date given is the act's publication in the Official Journal.
 */
const EP_OEIL_FERTILISER_SUMMARY = ev(
  'Legislative Observatory: summary of Regulation (EU) 2025/1227, modification of customs duties on imports from Russia and Belarus',
  'European Parliament (Legislative Observatory)',
  'https://oeil.europarl.europa.eu/oeil/en/document-summary?id=1823211',
  '2025-06-20',
);

/** Article 3g of Council Regulation (EU) No 833/2014 (consolidated text of 2025-07-20): the Russian iron and steel import ban. */
const EU_833_ART3G_STEEL = ev(
  "Council Regulation (EU) No 833/2014 concerning restrictive measures in view of Russia's actions destabilising the situation in Ukraine, Article 3g (consolidated text 02014R0833-20250720; FantasticSearch copy)",
  'Council of the European Union (Official Journal of the European Union)',
  'https://fantasticsearch.net/law/eu/en?article=1&id=bW4mZpsB1anJoctMRS8X',
  '2025-07-20',
);

/**
 * EUR-Lex summary of the EU's Russia measures, including Regulation (EU) No 833/2014 and its trade restrictions. The
 * page's own date was not read; the date given is that of the consolidated text cited beside it.
 */
const EURLEX_RUSSIA_MEASURES_SUMMARY = ev(
  "EU restrictive measures in view of Russia's invasion of Ukraine (summary of Decision 2014/512/CFSP and Regulation (EU) No 833/2014, among others)",
  'Publications Office of the European Union (EUR-Lex)',
  'https://eur-lex.europa.eu/EN/legal-content/summary/eu-restrictive-measures-in-view-of-russia-s-invasion-of-ukraine.html',
  '2025-07-20',
);

/** Trade press on the EU's 12th sanctions package: the Russian slab quota to September 2028 and NLMK Belgium's lobbying. */
const STEELORBIS_SLAB_QUOTA = ev(
  'EU sets quota for pig iron imports from Russia, extends slab import quota period',
  'SteelOrbis (trade press, reporting the Council of the EU)',
  'https://www.steelorbis.com/steel-news/latest-news/eu-sets-quota-for-pig-iron-imports-from-russia-extends-slab-import-quota-period-1319921.htm',
  '2023-12-19',
);

/** The presidential order of 2012-09-28 on Ralls Corporation, naming the Sany Group and Sany Heavy Industries (77 FR 60281). */
const ORDER_RALLS_SANY = ev(
  'Order of September 28, 2012: Regarding the Acquisition of Four U.S. Wind Farm Project Companies by Ralls Corporation (Federal Register Vol. 77, No. 192, 60281, document 2012-24533)',
  'Office of the Federal Register (National Archives), Presidential Documents, via the Government Publishing Office',
  'https://www.gpo.gov/fdsys/pkg/FR-2012-10-03/html/2012-24533.htm',
  '2012-10-03',
);

/** Commerce's preliminary antidumping rates on MDI from China (Wanhua Chemical Group 376.12%), announced 2025-09-11. */
const ITA_MDI_PRELIM = ev(
  "Preliminary Affirmative Determination in the Antidumping Duty Investigation of Methylene Diphenyl Diisocyanate from the People's Republic of China",
  'U.S. Department of Commerce, International Trade Administration',
  'https://www.trade.gov/preliminary-affirmative-determination-antidumping-duty-investigation-methylene-diphenyl',
  '2025-09-11',
);

/**
 * The Federal Register notice of the same preliminary determination, applicable 2025-09-16. Read in the FR Tracker copy
 * of document 2025-17904; cited at the Federal Register's own address for that document number.
 */
const FR_MDI_PRELIM = ev(
  "Methylene Diphenyl Diisocyanate From the People's Republic of China: Preliminary Affirmative Determination of Sales at Less-Than-Fair-Value (Federal Register document 2025-17904)",
  'U.S. Department of Commerce, International Trade Administration (Federal Register)',
  'https://www.federalregister.gov/d/2025-17904',
  '2025-09-16',
);

/**
 * MOFCOM and GACC Announcement No. 18 of 2025: export licences for seven medium and heavy rare earths. Read in a
 * bilingual snapshot of the MOFCOM policy-release page (art_9c2108ccaf754f22a34abab2fedaa944); the MOFCOM address is
 * that page's, by the path MOFCOM uses for its 2025 announcements (e.g. Announcement No. 55 of 2025).
 */
const MOFCOM_2025_18_RARE_EARTHS = ev(
  'Ministry of Commerce and General Administration of Customs Announcement No. 18 of 2025: decision to implement export controls on certain medium and heavy rare earth related items',
  "Ministry of Commerce of the People's Republic of China (Security and Control Bureau), with the General Administration of Customs",
  'https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_9c2108ccaf754f22a34abab2fedaa944.html',
  '2025-04-04',
);
const MOFCOM_2025_18_SNAPSHOT = ev(
  'Ministry of Commerce and General Administration of Customs Announcement No. 18 of 2025 (bilingual snapshot of the MOFCOM page)',
  "Ministry of Commerce of the People's Republic of China, with the General Administration of Customs",
  'https://websnapshot.pages.dev/html/readit.site_a_dOFbv_art_9c2108ccaf754f22a34abab2fedaa944.html',
  '2025-04-04',
);

/** The MOFCOM spokesperson's answer of 2025-04-04: the seven elements, effective on publication (English copy). */
const MOFCOM_2025_18_SPOKESPERSON = ev(
  'MOFCOM spokesperson on the export controls on medium and heavy rare earth related items (English copy)',
  "Ministry of Commerce of the People's Republic of China",
  'https://en.ckhq.net/html/d690b55870b095a96960f687dc9020ef.html',
  '2025-04-04',
);

/** Commerce's preliminary results in the 2021 review of the countervailing duty order on solar cells from China. */
const FR_SOLAR_CVD_REVIEW_2021 = ev(
  "Crystalline Silicon Photovoltaic Cells, Whether or Not Assembled Into Modules, From the People's Republic of China: Preliminary Results of Countervailing Duty Administrative Review, and Rescission in Part; 2021 (88 FR 88575, document 2023-28162)",
  'U.S. Department of Commerce, International Trade Administration (Federal Register, via govinfo.gov)',
  'https://www.govinfo.gov/content/pkg/FR-2023-12-22/html/2023-28162.htm',
  '2023-12-22',
);

/** Commerce's decision memorandum in the 2018 review, which dates the countervailing duty order to 2012-12-07 (77 FR 73017). */
const ITA_SOLAR_CVD_MEMO_2018 = ev(
  "Decision Memorandum for the Preliminary Results of the Administrative Review of the Countervailing Duty Order: Crystalline Silicon Photovoltaic Cells from the People's Republic of China; 2018 (C-570-980; docslib copy)",
  'U.S. Department of Commerce, International Trade Administration',
  'https://docslib.org/doc/5843217/solar-cells-china-cvd-ar-2018',
  '2021-04-19',
);

/** USTR's initiation of the Section 301 investigation of China's targeting of the semiconductor industry (89 FR 106725). Read in the Justia copy. */
const FR_USTR_301_SEMIS_INITIATION = ev(
  "Initiation of Section 301 Investigation; Hearing; and Request for Public Comments: China's Acts, Policies, and Practices Related to Targeting of the Semiconductor Industry for Dominance (89 FR 106725, document 2024-31306)",
  'Office of the United States Trade Representative (Federal Register)',
  'https://www.federalregister.gov/d/2024-31306',
  '2024-12-30',
);

/** USTR's Notice of Action of 2025-12-23 in that investigation, as the customs brokers' association summarised it. */
const USTR_301_SEMIS_ACTION = ev(
  "USTR responds to China's trade policies for semiconductor industry (summary of USTR's Section 301 Notice of Action of 23 December 2025)",
  'Office of the United States Trade Representative, summarised by the National Customs Brokers and Forwarders Association of America',
  'https://www.ncbfaa.org/news-advocacy/monday-morning-ebriefing-details/monday-morning-ebriefing/2025/12/26/ustr-responds-to-china-s-trade-policies-for-semiconductor-industry',
  '2025-12-26',
);

/** Automotive News Europe (ECG copy): Great Wall Motor was the first carmaker to answer the EU's BEV subsidy questionnaire. */
const ANE_GWM_EU_PROBE = ev(
  "China's Great Wall is first EV maker to respond to EU anti-subsidy probe (Automotive News Europe, 2023-10-24; ECG copy)",
  'Automotive News Europe (trade press)',
  'https://www.ecgassociation.eu/article/?id=78609ed9-a7a5-4fa0-b8f9-9a2048ab2c38',
  '2023-10-24',
);

/** Commerce's final results in the 2020-2021 review of the antidumping order on solar cells from China (A-570-979; 88 FR 43302), Justia copy. */
const FR_SOLAR_AD_REVIEW_2021 = ev(
  "Crystalline Silicon Photovoltaic Cells, Whether or Not Assembled Into Modules, From the People's Republic of China: Final Results of Antidumping Duty Administrative Review and Final Determination of No Shipments; 2020-2021 (88 FR 43302, document 2023-14428; Justia copy)",
  'U.S. Department of Commerce, International Trade Administration (Federal Register)',
  'https://regulations.justia.com/regulations/fedreg/2023/07/07/2023-14428.html',
  '2023-07-07',
);

const solarOrders = (company: string): Factor =>
  risk(
    'trade-exposure',
    0.1, // the orders name its products; its US sales from China were not read
    `Solar cells and modules made in China, the products ${company} makes, have paid a US countervailing duty since December 2012 and an antidumping duty under a parallel order, both still reviewed by Commerce each year. In force; status not rechecked since 2023-12-22.`,
    [FR_SOLAR_CVD_REVIEW_2021, ITA_SOLAR_CVD_MEMO_2018, FR_SOLAR_AD_REVIEW_2021],
    { since: '2012-12-07' },
  );

/** PetroChina's annual report on Form 20-F for 2022, filed 2023-04-28 (the date its 20-F/A of 2023 gives). */
const PETROCHINA_20F_FY2022 = edgarFilings(
  1108329,
  'PetroChina Company Limited',
  '20-F',
  '2023-04-28',
  'fiscal year ended 2022-12-31',
);

/** The cover page of that 20-F as ADVFN carried it: A shares held by CNPC, H shares, the NYSE delisting. */
const PETROCHINA_20F_FY2022_COPY = ev(
  'PetroChina Company Limited: annual report on Form 20-F for 2022, cover page (shares outstanding; A shares held by CNPC; ADS delisting) (ADVFN copy)',
  'PetroChina Company Limited (filed with the U.S. Securities and Exchange Commission)',
  'https://uk.advfn.com/stock-market/NYSE/PTR/share-news/Annual-and-Transition-Report-foreign-Private-Issue/90895970',
  '2023-04-28',
);

/** China Life's 2018 annual report, filed with the SEC as Exhibit 99.1: CLIC "the controlling shareholder of the Company". The filing date was not read. */
const CHINA_LIFE_AR_2018 = ev(
  'China Life Insurance Company Limited: Annual Report 2018 (Exhibit 99.1 to a report on Form 6-K), Definitions',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1268896/000119312519103372/d870960dex991.htm',
  '2018-12-31',
);

/** NYDFS consent order of 2016-11-04 with Agricultural Bank of China and its New York branch (copy of the DFS order). */
const NYDFS_ABC_CONSENT_ORDER = ev(
  'In the Matter of Agricultural Bank of China Limited and Agricultural Bank of China New York Branch: Consent Order under New York Banking Law sections 39 and 44 (vdocuments copy)',
  'New York State Department of Financial Services',
  'https://vdocuments.mx/dfs-enforcement-action-consent-order-to-agricultural-bank-of-bank-secrecy-act-aoebsaa.html',
  '2016-11-04',
);

/** Wolters Kluwer's report of the DFS release: $215 million penalty and an independent monitor. */
const WK_ABC_PENALTY = ev(
  'Agricultural Bank of China fined $215M by New York regulator (Banking and Finance Law Daily)',
  'Wolters Kluwer (reporting the New York State Department of Financial Services)',
  'https://lrus.wolterskluwer.com/news/banking-finance/agricultural-bank-of-china-fined-215m-by-new-york-regulator/33081/',
  '2016-11-07',
);

/** The OCC's formal agreement of 2015-12-16 with Bank of China's New York branch (terminated 2018-04-24), in the OCC's enforcement search. */
const OCC_BOC_FORMAL_AGREEMENT = ev(
  'OCC enforcement action 2015-147 (AA-EC-2015-85): Formal Agreement with Bank of China, New York branch',
  'Office of the Comptroller of the Currency (U.S. Department of the Treasury)',
  'https://apps.occ.gov/EASearch/Document/Download?id=2015-147',
  '2015-12-16',
);

/**
 * S&P Global's summary of the OCC's enforcement release of 2018-06-15: consent order and $12.5 million penalty of
 * 2018-04-24. The article's own date was not read; the date given is the OCC release's.
 */
const SPG_BOC_OCC_2018 = ev(
  'OCC enforcement actions: Bank of China - New York Branch ordered to pay $12.5M',
  'S&P Global Market Intelligence (reporting the Office of the Comptroller of the Currency)',
  'https://www.spglobal.com/marketintelligence/en/news-insights/trending/ywvpddfwf6udcz553wgbea2',
  '2018-06-15',
);

/** Reuters on the Federal Reserve's order of 2015-07-21 against China Construction Bank's New York branch. */
const REUTERS_CCB_FED_ORDER = ev(
  'Fed tells China Construction Bank to ramp up anti-money laundering framework',
  'Reuters (reporting the Federal Reserve Board)',
  'https://cn.reuters.com/article/fed-banks-chinaconstruction-idCNL1N10115E20150721',
  '2015-07-21',
);

/** The Justice Department's release of 2020-10-28 on UMC's guilty plea, as Imperial Valley News republished it. */
const DOJ_UMC_PLEA = ev(
  'Taiwan Company Pleads Guilty to Trade Secret Theft in Criminal Case Involving PRC State-Owned Company (Justice Department release, Imperial Valley News copy)',
  'U.S. Department of Justice',
  'https://imperialvalleynews.com/index.php/8-news/21495-taiwan-company-pleads-guilty-to-trade-secret-theft-in-criminal-case-involving-prc-state-owned-company.html',
  '2020-10-28',
);

/** The Beijing cyberspace regulator's penalty on Beijing Kuaishou Technology of 2026-02-06, as Hong Kong Commercial Daily reported it. */
const BJ_CAC_KUAISHOU_PENALTY = ev(
  '有片丨被罰1.191億元 快手致歉 (Beijing Municipal Internet Information Office penalty on Beijing Kuaishou Technology, as reported by Hong Kong Commercial Daily)',
  'Beijing Municipal Internet Information Office (Cyberspace Administration), reported by Hong Kong Commercial Daily',
  'https://hkcd.com/newsTopic_content.php?id=8739338',
  '2026-02-06',
);

/** Sing Tao's report of the same penalty and of Kuaishou's apology. */
const SINGTAO_KUAISHOU_PENALTY = ev(
  '平台现色情内容 快手遭罚款1.19亿 公司诚恳接受坚决整改',
  'Sing Tao Headline (reporting the Beijing Municipal Internet Information Office)',
  'https://www.stheadline.com/zh-hans/realtime-finance/3542645/%E5%B9%B3%E5%8F%B0%E7%8E%B0%E8%89%B2%E6%83%85%E5%86%85%E5%AE%B9-%E5%BF%AB%E6%89%8B%E9%81%AD%E7%BD%9A%E6%AC%BE119%E4%BA%BF-%E5%85%AC%E5%8F%B8%E8%AF%9A%E6%81%B3%E6%8E%A5%E5%8F%97%E5%9D%9A%E5%86%B3%E6%95%B4%E6%94%B9',
  '2026-02-07',
);

/** Council Regulation (EU) 2022/879 of 3 June 2022 (sixth package): the EU ban on Russian crude oil and oil products. */
const EU_2022_879_OIL_EMBARGO = ev(
  "Council Regulation (EU) 2022/879 of 3 June 2022 amending Regulation (EU) No 833/2014 concerning restrictive measures in view of Russia's actions destabilising the situation in Ukraine (OJ L 153, 3.6.2022)",
  'Council of the European Union (Official Journal of the European Union)',
  'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32022R0879&from=ES',
  '2022-06-03',
);

/**
 * Article 3m of Regulation 833/2014 (import ban on Russian crude oil and oil products, with its 2022-2023 phase-in),
 * RespectUs copy. The page carries no date; the date given is that of Regulation 2022/879, which inserted the article.
 */
const EU_833_ART3M_OIL = ev(
  'Council Regulation (EU) No 833/2014, Article 3m: crude oil and petroleum products (RespectUs copy of the consolidated text)',
  'Council of the European Union (Official Journal of the European Union)',
  'https://www.respectus.space/coal-and-other-solid-fossil-fuels-copy-1',
  '2022-06-03',
);

/** Council Regulation (EU) 2022/2367 of 3 December 2022: the price cap on Russian crude oil for maritime services. */
const EU_2022_2367_PRICE_CAP = ev(
  'Council Regulation (EU) 2022/2367 of 3 December 2022 amending Regulation (EU) No 833/2014 (the price cap on crude oil from Russia)',
  'Council of the European Union (Official Journal of the European Union)',
  'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A32022R2367',
  '2022-12-03',
);

/**
 * MOFCOM and MOST Announcement No. 28 of 2025 (2025-07-15): lithium extraction and refining technologies and battery
 * cathode technologies added to the catalogue of technologies restricted from export. Read in the English translation
 * that Mondaq carried; the MOFCOM address is the one that translation gives for the official text.
 */
const MOFCOM_2025_28_TECH_CATALOGUE = ev(
  'Adjustments to the Catalogue of Technologies Prohibited or Restricted from Export by China (Ministry of Commerce and Ministry of Science and Technology Announcement No. 28 of 2025)',
  "Ministry of Commerce of the People's Republic of China, with the Ministry of Science and Technology",
  'https://fms.mofcom.gov.cn/zcfg/jsjckzcfg/art/2025/art_ba35a101c22c4f6e844f749cb0a98552.html',
  '2025-07-15',
);
const MOFCOM_2025_28_TRANSLATION = ev(
  'China Revised Catalogue Of Technologies Prohibited Or Restricted From Export Again In 2025 (English translation of the adjustments; Mondaq)',
  "Ministry of Commerce of the People's Republic of China (translated text, Mondaq)",
  'https://webiis10.mondaq.com/china/new-technology/1657936/china-revised-catalogue-of-technologies-prohibited-or-restricted-from-export-again-in-2025',
  '2025-07-15',
);
/** HK01's report of the same announcement: five lithium-extraction control points added (spodumene, brine, lithium metal). */
const HK01_LITHIUM_TECH = ev(
  '商務部:限制出口電池正極材料製備等技術',
  "HK01 (reporting the Ministry of Commerce of the People's Republic of China)",
  'https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60257224/%E5%95%86%E5%8B%99%E9%83%A8-%E9%99%90%E5%88%B6%E5%87%BA%E5%8F%A3%E9%9B%BB%E6%B1%A0%E6%AD%A3%E6%A5%B5%E6%9D%90%E6%96%99%E8%A3%BD%E5%82%99%E7%AD%89%E6%8A%80%E8%A1%93',
  '2025-07-15',
);

const lithiumTechLicences = (company: string): Factor =>
  risk(
    'regulatory-action',
    0.1, // a licence requirement on its technology, not a ban
    `Since 15 July 2025 China has required a government licence to export technologies for turning spodumene or brine into lithium carbonate or hydroxide and for making lithium metal, the processes Chinese lithium producers such as ${company} use. In force; status not rechecked since 2025-07-15.`,
    [MOFCOM_2025_28_TECH_CATALOGUE, MOFCOM_2025_28_TRANSLATION, HK01_LITHIUM_TECH],
    { since: '2025-07-15' },
  );

/** BIS final rule on connected vehicles (90 FR 5360, document 2025-00592), published 2025-01-16, in force 2025-03-17. Read in the FR Tracker copy. */
const FR_BIS_CONNECTED_VEHICLES = ev(
  'Securing the Information and Communications Technology and Services Supply Chain: Connected Vehicles (final rule, 90 FR 5360, document 2025-00592)',
  'U.S. Department of Commerce, Bureau of Industry and Security (Federal Register)',
  'https://www.federalregister.gov/d/2025-00592',
  '2025-01-16',
);

/** Baker McKenzie's summary of the final rule: software bans from model year 2027, hardware from model year 2030. */
const BAKER_CONNECTED_VEHICLES = ev(
  'BIS Issues Final Rule Regarding Connected Vehicles (summary of the prohibitions and their dates)',
  'Baker McKenzie (summarising the Bureau of Industry and Security rule)',
  'https://sanctionsnews.bakermckenzie.com/bis-issues-final-rule-regarding-connected-vehicles',
  '2025-01-16',
);

/** Xinhua's report of 2013-02-22 (People's Daily Overseas Edition, 2013-02-23) on the Guizhou Price Bureau's fine on Moutai's sales company; sina blog copy. */
const XINHUA_MOUTAI_FINE_2013 = ev(
  "我国反垄断史上最大罚单开出 罚茅台2.47亿元 罚五粮液2.02亿元 (Xinhua, in People's Daily Overseas Edition; sina blog copy)",
  'Guizhou Provincial Price Bureau, as reported by Xinhua News Agency',
  'https://blog.sina.com.cn/s/blog_672da43b0101cjku.html',
  '2013-02-23',
);

/** Xinmin Evening News on Kweichow Moutai's own announcement of the penalty decision. */
const XINMIN_MOUTAI_FINE_2013 = ev(
  "Xinmin Evening News, 23 February 2013, page 2: report of Kweichow Moutai's announcement that it received the Guizhou Price Bureau's penalty decision",
  "Xinmin Evening News (reporting Kweichow Moutai's announcement)",
  'https://xmwb.xinmin.cn/xmwb/html/2013-02/23/content_2_1.htm',
  '2013-02-23',
);

/** OFAC FAQ 1054 (released 2022-06-06, updated 2023-01-17): US persons may not buy new or existing securities of entities in Russia. */
const OFAC_FAQ_1054 = ev(
  'OFAC Frequently Asked Question 1054: new investment prohibitions of E.O. 14066, 14068 and 14071 and securities issued by entities in the Russian Federation',
  'U.S. Department of the Treasury, Office of Foreign Assets Control',
  'https://ofac.treasury.gov/faqs/1054',
  '2023-01-17',
);

/** Willkie Farr & Gallagher on OFAC's FAQs of 2022-06-06 (the date FAQ 1054 was first issued). */
const WILLKIE_OFAC_FAQS_2022 = ev(
  'OFAC issues new and amended FAQs to clarify the Russia-related new investment prohibitions of EOs 14066, 14068, and 14071',
  'Willkie Farr & Gallagher (summarising the Office of Foreign Assets Control)',
  'https://complianceconcourse.willkie.com/articles/news-alerts-2022-06-june-20220607-ofac-issues-new-and-amended-faqs/',
  '2022-06-07',
);

/** The summary avoids the country's name so that the card's one-line takeaway does not read it as a foreign firm's business there. */
const usInvestmentBan = (company: string): Factor =>
  risk(
    'regulatory-action',
    0.2, // closes US investors as buyers of its shares and bonds
    `Since June 2022 US persons may not buy shares or bonds of ${company} or of any other company in its home country, under the US ban on new investment there; they may keep or sell what they already held. In force; status not rechecked since 2023-01-17.`,
    [OFAC_FAQ_1054, WILLKIE_OFAC_FAQS_2022],
    { since: '2022-06-06' },
  );

/** ANTA's statement of 2021-03-24 on leaving the Better Cotton Initiative and using Xinjiang cotton, as Global Times reported it (BHRRC archive). */
const ANTA_XINJIANG_COTTON_2021 = ev(
  'Chinese company Anta to quit BCI, will continue to use cotton from Xinjiang (Global Times, archived by the Business & Human Rights Resource Centre)',
  'ANTA Sports Products Limited (statement), reported by Global Times',
  'https://business-humanrights.org/my/%E1%80%9E%E1%80%90%E1%80%84/chinese-company-anta-to-quit-bci-will-continue-to-use-cotton-from-xinjiang',
  '2021-03-24',
);

/** AAEI's summary of the Uyghur Forced Labor Prevention Act: the rebuttable presumption from 2022-06-21, quoting the law. The page's own date was not read; the date given is the presumption's. */
const AAEI_UFLPA = ev(
  'Biden makes imports from region of China banned by law (summary of the Uyghur Forced Labor Prevention Act)',
  'American Association of Exporters and Importers (summarising the Uyghur Forced Labor Prevention Act, Pub. L. 117-78)',
  'https://aaei.org/biden-makes-imports-from-region-of-china-banned-by-law/',
  '2022-06-21',
);

/** China Daily of 2021-07-09: Li-Ning puts "made of Xinjiang cotton" on its price tags. */
const CHINADAILY_LINING_XINJIANG = ev(
  'Why Western mudslinging has failed to dampen Xinjiang cotton (China Daily, page 2)',
  'China Daily',
  'https://www.chinadaily.com.cn/a/202107/09/WS60e7de6aa310efa1bd660d94_2.html',
  '2021-07-09',
);

const rareEarthLicences = (what: string): Factor =>
  risk(
    'trade-exposure',
    0.1, // a licence requirement on named products; the share of its sales abroad was not read
    `Since 4 April 2025 exports from China of seven medium and heavy rare earths (samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium), ${what}, need a licence from the Commerce Ministry. In force; status not rechecked since 2025-04-04.`,
    [MOFCOM_2025_18_RARE_EARTHS, MOFCOM_2025_18_SNAPSHOT, MOFCOM_2025_18_SPOKESPERSON],
    { since: '2025-04-04' },
  );

/** Factors to add, by the id of a company curated elsewhere. */
export const DEPTH_CHINA_RUSSIA: Readonly<Record<string, Factor[]>> = {
  geely: [
    risk(
      'trade-exposure',
      0.2, // a measure in force on a product line that matters (its electric cars into the EU)
      'Battery electric cars of the Geely Group exported from China to the European Union pay an 18.8% countervailing duty, in force from 30 October 2024 for five years.',
      [EU_BEV_CVD],
      { since: '2024-10-30' },
    ),
  ],
  phosagro: [
    risk(
      'trade-exposure',
      0.2, // a measure in force on its product (fertiliser) into a market that matters
      'Since 1 July 2025 the European Union has charged a 6.5% duty plus a levy of about 40 to 45 euros a tonne on nitrogen-based and some compound fertilisers from Russia, rising each year to 315 or 430 euros a tonne by 2028, which falls on Russian fertiliser makers such as PhosAgro.',
      [EU_RUSSIA_FERTILISER_DUTIES, EP_OEIL_FERTILISER_SUMMARY],
      { since: '2025-07-01' },
    ),
    usInvestmentBan('PhosAgro'),
  ],
  nlmk: [
    risk(
      'trade-exposure',
      0.3, // a measure in force on its main products (steel) into what was a main market
      "The European Union bans imports of Russian iron and steel products, so NLMK's Russian mills cannot ship finished steel there; semi-finished slabs still enter under a quota that the EU extended to September 2028.",
      [EU_833_ART3G_STEEL, EURLEX_RUSSIA_MEASURES_SUMMARY, STEELORBIS_SLAB_QUOTA],
    ),
    usInvestmentBan('NLMK'),
  ],
  sany: [
    risk(
      'regulatory-action',
      0.05, // binds one 2012 project, none of today's business
      'A US presidential order of September 2012 made Ralls Corporation, owned by two Sany executives, give up four Oregon wind farm projects, finding that Ralls and the Sany Group, including Sany Heavy Industry, might threaten US national security. It binds only that deal; status not rechecked since 2012-10-03.',
      [ORDER_RALLS_SANY],
      { since: '2012-09-28' },
    ),
  ],
  wanhua: [
    risk(
      'trade-exposure',
      0.2, // a named product (MDI) into the US, provisional rate of 376.12%
      'In September 2025 the US Commerce Department found in a preliminary ruling that MDI, a polyurethane raw material, from China was dumped in the United States, and set a 376.12% deposit rate on Wanhua Chemical Group. The final ruling was due in November 2025; status not rechecked since 2025-09-16.',
      [ITA_MDI_PRELIM, FR_MDI_PRELIM],
      { status: 'proposed', since: '2025-09-16' },
    ),
  ],
  'china-rare-earth': [rareEarthLicences('with their oxides, alloys and compounds')],
  shenghe: [rareEarthLicences('with their oxides, alloys and compounds')],
  'jl-mag': [rareEarthLicences('and neodymium-iron-boron magnets that contain terbium or dysprosium')],
  longi: [solarOrders('LONGi')],
  tongwei: [solarOrders('Tongwei')],
  'hua-hong': [
    risk(
      'trade-exposure',
      0.1, // names its products (chips made in China); its US sales were not read
      'Chips made in China already pay a 50% US tariff, and in December 2025 the US trade representative found that China targets the mature-node chip industry, where foundries such as Hua Hong work, and added a further tariff that starts at 0% and rises on 23 June 2027.',
      [FR_USTR_301_SEMIS_INITIATION, USTR_301_SEMIS_ACTION],
      { since: '2025-12-23' },
    ),
  ],
  'great-wall-motor': [
    risk(
      'trade-exposure',
      0.1, // names its product (electric cars from China); its EU sales were not read
      "Battery electric cars exported from China to the European Union pay countervailing duties of 17.0% to 35.3%, depending on the exporter, in force from 30 October 2024 for five years; Great Wall Motor, which sells its electric Ora cars in Europe, answered the EU's subsidy probe in October 2023.",
      [EU_BEV_CVD, ANE_GWM_EU_PROBE],
      { since: '2024-10-30' },
    ),
  ],
  petrochina: [
    risk(
      'state-military-ties',
      0.3, // controlled by the Chinese central state through CNPC, per its own annual report
      'Its state-owned parent, China National Petroleum Corporation, held 147.1 billion of its 183.0 billion shares (about 80%) at the end of 2022, by its last annual report to the US SEC; it delisted its US shares from the NYSE in September 2022.',
      [PETROCHINA_20F_FY2022, PETROCHINA_20F_FY2022_COPY],
    ),
  ],
  'china-life': [
    risk(
      'state-military-ties',
      0.3, // controlled by a Chinese state-owned insurance group, per its own annual report
      'China Life Insurance (Group) Company, a state-owned insurer, is its controlling shareholder, by its own annual report (2018, as filed with the US SEC).',
      [CHINA_LIFE_AR_2018],
    ),
  ],
  'agricultural-bank': [
    risk(
      'regulatory-action',
      0.1, // settled penalty for past conduct
      "In November 2016 New York's financial regulator fined Agricultural Bank of China $215 million and imposed an independent monitor for anti-money-laundering failures at its New York branch. The penalty is settled; status not rechecked since 2016-11-07.",
      [NYDFS_ABC_CONSENT_ORDER, WK_ABC_PENALTY],
      { since: '2016-11-04' },
    ),
  ],
  'bank-of-china': [
    risk(
      'regulatory-action',
      0.1, // settled penalty, with a compliance order on its New York branch
      "In April 2018 the US bank regulator (OCC) fined Bank of China's New York branch $12.5 million and ordered it to fix its anti-money-laundering and sanctions compliance, replacing a 2015 agreement. The penalty is settled; status not rechecked since 2018-06-15.",
      [OCC_BOC_FORMAL_AGREEMENT, SPG_BOC_OCC_2018],
      { since: '2018-04-24' },
    ),
  ],
  ccb: [
    risk(
      'regulatory-action',
      0.1, // a supervisory order without a fine
      "In July 2015 the Federal Reserve ordered China Construction Bank to overhaul anti-money-laundering controls at its New York branch, its first such action against one of China's four largest state banks; no fine was imposed. Status not rechecked since 2015-07-21.",
      [REUTERS_CCB_FED_ORDER],
      { since: '2015-07-21' },
    ),
  ],
  umc: [
    risk(
      'regulatory-action',
      0.05, // settled; the three-year probation from October 2020 has run out
      "In October 2020 UMC pleaded guilty in a US court to stealing Micron's memory-chip trade secrets for Fujian Jinhua, a Chinese state-owned chipmaker, paid a $60 million fine and accepted three years of probation. No longer in force: the probation ran out in 2023.",
      [DOJ_UMC_PLEA],
      { since: '2020-10-28' },
    ),
  ],
  kuaishou: [
    risk(
      'regulatory-action',
      0.1, // a settled penalty with an order to fix its platform
      "In February 2026 Beijing's cyberspace regulator warned Kuaishou and fined it 119.1 million yuan for failing to stop a wave of pornographic livestreams and to fix security flaws, and ordered it to put things right within a deadline. The fine is settled; status not rechecked since 2026-02-07.",
      [BJ_CAC_KUAISHOU_PENALTY, SINGTAO_KUAISHOU_PENALTY],
      { since: '2026-02-06' },
    ),
  ],
  tatneft: [
    risk(
      'trade-exposure',
      0.3, // a measure in force on its main product (oil) into what was a main market
      'The European Union has banned imports of Russian crude oil since 5 December 2022 and of Russian oil products since 5 February 2023, and lets EU firms ship or insure Russian oil for others only below a price cap, which shuts Russian oil producers such as Tatneft out of the EU market.',
      [EU_2022_879_OIL_EMBARGO, EU_833_ART3M_OIL, EU_2022_2367_PRICE_CAP],
      { since: '2022-12-05' },
    ),
    usInvestmentBan('Tatneft'),
  ],
  ganfeng: [lithiumTechLicences('Ganfeng')],
  tianqi: [lithiumTechLicences('Tianqi')],
  'horizon-robotics': [
    risk(
      'trade-exposure',
      0.1, // names its kind of product (driving-automation software from China); its US sales were not read
      'A US rule in force since 17 March 2025 bars carmakers from selling connected cars in the United States from model year 2027 if they contain automated-driving software from Chinese or Russian suppliers, the kind of system Horizon Robotics sells to carmakers.',
      [FR_BIS_CONNECTED_VEHICLES, BAKER_CONNECTED_VEHICLES],
      { since: '2025-03-17' },
    ),
  ],
  moutai: [
    risk(
      'regulatory-action',
      0.05, // a settled fine of 2013 that binds none of today's business
      "In February 2013 Guizhou's price regulator fined Moutai's sales company 247 million yuan for setting the lowest prices its distributors could charge, a breach of China's anti-monopoly law. The fine is settled and no longer in force.",
      [XINHUA_MOUTAI_FINE_2013, XINMIN_MOUTAI_FINE_2013],
      { since: '2013-02-22' },
    ),
  ],
  magnit: [usInvestmentBan('Magnit')],
  x5: [usInvestmentBan('X5')],
  mts: [usInvestmentBan('MTS')],
  'yandex-mkpao': [usInvestmentBan('Yandex')],
  ozon: [usInvestmentBan('Ozon')],
  anta: [
    risk(
      'supply-chain',
      0.1, // a named input from a high-risk region; the share of its cotton from Xinjiang was not read
      'In March 2021 ANTA said it had always bought and used Chinese cotton, including cotton from Xinjiang, and would keep doing so; since June 2022 US law presumes goods made wholly or partly in Xinjiang to involve forced labour and bars them from entering the United States.',
      [ANTA_XINJIANG_COTTON_2021, AAEI_UFLPA],
      { since: '2021-03-24' },
    ),
  ],
  'li-ning': [
    risk(
      'supply-chain',
      0.1, // a named input from a high-risk region; the share of its cotton from Xinjiang was not read
      'Li-Ning labels clothes as made of Xinjiang cotton, as China Daily reported in July 2021; since June 2022 US law presumes goods made wholly or partly in Xinjiang to involve forced labour and bars them from entering the United States.',
      [CHINADAILY_LINING_XINJIANG, AAEI_UFLPA],
      { since: '2021-07-09' },
    ),
  ],
};
