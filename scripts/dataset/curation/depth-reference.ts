/**
 * Depth (issue 14) for the thin cards among the 40 reference companies of docs/coverage.md (two factors or fewer):
 * what acts on them beyond their country — a foreign government's probe, fine or seizure, a trade measure their own
 * results name, a forced exit — merged by id through `withExposure` like ./depth-targets.ts, on the curator scales
 * (scripts/dataset/lib/severity-scales.ts). No revenue shares here (./revenue/ has them).
 *
 * US acts are cited in the Federal Register. Where the official page is not stored (India's Enforcement Directorate,
 * the European Commission's press corner, Russian courts and decrees, some companies' releases), the fact was read in
 * an outlet that quotes the official act or the company's statement or filing, and the evidence names both the
 * official source and the copy read ("as reported by …"). Where a copy carries no date, the date is explained beside
 * the citation.
 */
import type { Factor } from '../../../utils/exposure/schema';
import { ev, risk } from './dsl';

// ── Citations, each written once ──

/** India's Enforcement Directorate release of 2022-04-30 on the Xiaomi India seizure, quoted at length by NetIndian. */
const ED_XIAOMI_SEIZURE = ev(
  'ED seizes Rs 5,551.27 crore of Xiaomi Technology India under FEMA for alleged illegal remittances',
  'Directorate of Enforcement, Government of India (press release quoted by NetIndian)',
  'https://www.netindian.in/news/business-economy/telecom/ed-seizes-rs-5551-crore-of-xiaomi-technology-india-under-fema-for-alleged-illegal-remittances',
  '2022-04-30',
);

/** The FEMA competent authority's confirmation of the seizure order (first issued 2022-04-29), as Odisha Diary reported it. */
const FEMA_AUTHORITY_XIAOMI = ev(
  "FEMA authority confirms ED's seizure order of 5,551 crore rupees against Xiaomi",
  'Competent authority under the Foreign Exchange Management Act, Government of India (as reported by Odisha Diary)',
  'https://orissadiary.com/fema-authority-confirms-eds-seizure-order-of-5551-crore-rupees-against-xiaomi/',
  '2022-10-01',
);

/** The Enforcement Directorate's statement of 2023-06-09 on its show-cause notices, as the Financial Express reported it. */
const ED_XIAOMI_NOTICES = ev(
  'FEMA violation of Rs 5,551 crore: ED issues show-cause notices to Xiaomi, two senior executives, three foreign banks',
  'Directorate of Enforcement, Government of India (statement reported by The Financial Express)',
  'https://www.financialexpress.com/life/technology-fema-violation-of-rs-5551-cr-ed-issues-show-cause-notices-to-xiaomi-2-senior-executives-3-foreign-banks-3120540/',
  '2023-06-09',
);

/**
 * Xiaomi's annual results announcement for 2024, quoted by Fortune India (INR 47,042,193,000 restricted at 2024-12-31,
 * cases in hearing). Neither the announcement's nor the article's date was read, so the date is the end of the year
 * the announcement reports.
 */
const XIAOMI_FY2024_RESULTS = ev(
  'Xiaomi Corporation: annual results announcement for the year ended 31 December 2024 (Xiaomi India proceedings)',
  'Xiaomi Corporation (results announcement quoted by Fortune India)',
  'https://www.fortuneindia.com/amp/story/business-news/xiaomi-weighs-settlement-to-recover-470421-cr-frozen-assets-in-india/121290',
  '2024-12-31',
);

/** Reuters' report of the Russian decree of 2022-10-07 creating a new operator for Sakhalin-1 (Malay Mail copy). */
const RUSSIA_SAKHALIN1_DECREE = ev(
  'Putin orders seizure of Exxon-led Sakhalin-1 oil and gas project',
  'President of the Russian Federation, decree of 7 October 2022, as reported by Reuters (Malay Mail copy)',
  'https://www.malaymail.com/news/money/2022/10/08/putin-orders-seizure-of-exxon-led-sakhalin-1-oil-and-gas-project/32419',
  '2022-10-08',
);

/** Exxon's statement of 2022-10-17 that it had exited Russia after the expropriation, carried by dpa-AFX. */
const EXXON_RUSSIA_EXIT = ev(
  'Exxon Mobil completely exits Russia after assets seized',
  'Exxon Mobil Corporation (spokesperson statement carried by dpa-AFX, finanznachrichten.de copy)',
  'https://www.finanznachrichten.de/nachrichten-2022-10/57335978-exxon-mobil-completely-exits-russia-after-assets-seized-020.htm',
  '2022-10-18',
);

/** Exxon's first-quarter 2022 financial report on the Sakhalin-1 charge, as Interfax quoted it. */
const EXXON_Q1_2022_SAKHALIN = ev(
  'Exxon estimates losses from planned Sakhalin-1 exit at $3.4 bln',
  'Exxon Mobil Corporation, first-quarter 2022 financial report (quoted by Interfax)',
  'https://interfax.com/newsroom/top-stories/78819/',
  '2022-04-29',
);

/** Meta's own statement of 2025-04-23 on the Commission's Digital Markets Act decision. */
const META_DMA_STATEMENT = ev(
  "Meta's statement in response to the European Commission's decision on the Digital Markets Act",
  'Meta Platforms, Inc.',
  'https://about.fb.com/news/2025/04/metas-statement-in-response-to-the-european-commissions-decision-on-the-digital-markets-act/',
  '2025-04-23',
);

/** The Commission's warning of 2025-06-27 on possible daily penalties, as Reuters reported it (Devdiscourse copy). */
const COMMISSION_META_PENALTIES = ev(
  "EU intensifies scrutiny on Meta's compliance with antitrust order",
  'European Commission, as reported by Reuters (Devdiscourse copy)',
  'https://www.devdiscourse.com/article/technology/3484121-eu-intensifies-scrutiny-on-metas-compliance-with-antitrust-order',
  '2025-06-27',
);

/** The Commission's adtech decision of 2025-09-05 against Google, as Business Today reported it. */
const COMMISSION_GOOGLE_ADTECH = ev(
  'EU hits Google with record €2.95B fine for abusing dominance in advertising',
  'European Commission, as reported by Business Today',
  'https://www.businesstoday.in/tech-today/news/story/eu-hits-google-with-record-eu295b-fine-for-abusing-dominance-in-advertising-492841-2025-09-05',
  '2025-09-05',
);

/** UNN's report of the Commission's statement on the same decision (the conduct "at least since 2014"). */
const COMMISSION_GOOGLE_ADTECH_UNN = ev(
  'European Commission fined Google almost 3 billion euros: the reason named',
  'European Commission press service, as reported by UNN',
  'https://unn.ua/en/news/european-commission-fined-google-almost-3-billion-euros-the-reason-named',
  '2025-09-06',
);

/** Courthouse News' account of the same decision, carried by Today's General Counsel (the divestiture warning). */
const COMMISSION_GOOGLE_ADTECH_TGC = ev(
  'EU Fines Google €2.95 Billion Over Ad Tech Antitrust Violations',
  "European Commission, as reported by Courthouse News (Today's General Counsel copy)",
  'https://todaysgeneralcounsel.com/eu-fines-google-e2-95-billion-over-ad-tech-antitrust-violations',
  '2025-09-18',
);

/**
 * Executive Order 14259 of 2025-04-08 raising the reciprocal tariff on goods from China (Federal Register of 2025-04-14):
 * the official act behind the China tariffs that Amazon and Walmart named.
 */
const EO_14259_CHINA_TARIFFS = ev(
  "Executive Order 14259: Amendment to Reciprocal Tariffs and Updated Duties as Applied to Low-Value Imports From the People's Republic of China",
  'Federal Register (The President)',
  'https://www.govinfo.gov/content/pkg/FR-2025-04-14/html/2025-06378.htm',
  '2025-04-14',
);

/** Proclamation 10896 of 2025-02-10 on steel imports (Federal Register of 2025-02-18): the US steel tariff of 2025. */
const PROCLAMATION_10896_STEEL = ev(
  'Proclamation 10896: Adjusting Imports of Steel Into the United States',
  'Federal Register (The President)',
  'https://www.govinfo.gov/content/pkg/FR-2025-02-18/html/2025-02833.htm',
  '2025-02-18',
);

/** Amazon's first-quarter 2025 results and outlook, as ChannelNews reported them. */
const AMAZON_Q1_2025_OUTLOOK = ev(
  'Tariff turmoil comes home to roost with Amazon predicting weaker results',
  'Amazon.com, Inc. (first-quarter 2025 results, as reported by ChannelNews)',
  'https://www.channelnews.com.au/tariff-turmoil-comes-home-to-roost-with-amazon-predicting-weaker-results/',
  '2025-05-02',
);

/** Walmart's first-quarter earnings call of 2025-05-15, as CBS News reported it. */
const WALMART_Q1_FY2026_CALL = ev(
  'CBS News report on Walmart’s first-quarter fiscal 2026 earnings call (tariffs and prices)',
  'Walmart Inc. (first-quarter fiscal 2026 earnings call, as reported by CBS News)',
  'https://www.cbsnews.com/sanfrancisco/news/walmart-tariffs-price-hikes/',
  '2025-05-15',
);

/** Walmart's second-quarter earnings call of 2025-08-21, as TradeAlgo reported it. */
const WALMART_Q2_FY2026_CALL = ev(
  "Tariffs Are Raising Walmart's Costs, but It is Trying to Avoid Price Increases - for Now",
  'Walmart Inc. (second-quarter fiscal 2026 earnings call, as reported by TradeAlgo)',
  'https://tradealgo-news-home-cms.webflow.io/news/tariffs-are-raising-walmarts-costs-but-it-is-trying-to-avoid-price-increases---for-now',
  '2025-08-21',
);

/** JEMA's London Stock Exchange announcement of 2024-12-13 on the VTB judgment of 2024-10-16 (Investing.com report). */
const JEMA_VTB_2024_12 = ev(
  'JPMorgan faces appeal in Russian court over VTB lawsuit',
  'JPMorgan Emerging Europe, Middle East & Africa Securities plc (London Stock Exchange announcement, as reported by Investing.com)',
  'https://uk.investing.com/news/company-news/jpmorgan-faces-appeal-in-russian-court-over-vtb-lawsuit-93CH-3836227',
  '2024-12-13',
);

/** JEMA's announcement of 2025-08-14 (RNS 4034V): the dividend offset order of 2025-07-23 and the appeal set for 2025-09-10. */
const JEMA_VTB_2025_08 = ev(
  'JPMorgan Emerging EMEA Securities: Russian Court Order - Update (RNS 4034V)',
  'JPMorgan Emerging Europe, Middle East & Africa Securities plc (London Stock Exchange announcement, Stockopedia copy)',
  'https://www.stockopedia.com/share-prices/jp-morgan-emerging-europe-middle-east-africa-securities-LON:JEMA/news/reg-jp-morgan-emerg-emea-russian-court-order-update-urn:newsml:reuters.com:20250814:nRSN4034Va',
  '2025-08-14',
);

/**
 * Alliance News on the appeal ruling (MoneyAM copy). The copy is undated: it reports the trust's announcement of a
 * Thursday after a hearing on "Wednesday this week"; the appeal was set for Wednesday 2025-09-10 (RNS above), so the
 * article is dated the Friday, 2025-09-12.
 */
const ALLIANCE_JEMA_APPEAL = ev(
  "Alliance News report on the Russian appeal ruling in VTB's $439 million claim against J.P. Morgan entities",
  'Russian appeal court ruling, as reported by Alliance News (MoneyAM copy)',
  'https://old.moneyam.com/action/news/showArticle?id=7372207',
  '2025-09-12',
);

/** Bloomberg's report of the presidential decree of 2025-01-31 on Goldman's Russian unit (Kyiv Independent copy). */
const DECREE_GOLDMAN_UNIT = ev(
  "Putin clears Goldman Sachs' exit from Russia with sale to Armenia-based firm",
  'President of the Russian Federation, decree of 31 January 2025, as reported by Bloomberg (Kyiv Independent copy)',
  'https://kyivindependent.com/putin-clears-goldman-sachs-exit-from-russia-with-sale-to-armenia-based-firm/',
  '2025-01-31',
);

/** The Moscow Times on the presidential decree of 2025-04-02 covering Goldman's stakes in nine Russian companies. */
const DECREE_GOLDMAN_SHARES = ev(
  "Putin authorizes Armenian investment fund to buy Goldman Sachs' shares in Russian companies",
  'President of the Russian Federation, decree of 2 April 2025, as reported by The Moscow Times',
  'https://www.themoscowtimes.com/2025/04/02/putin-authorizes-armenian-investment-fund-to-buy-goldman-sachs-shares-in-russian-companies-a88584',
  '2025-04-02',
);

/**
 * Intel's Form 8-K of Wednesday 2024-05-08 on the licence revocation, read in the quotation Silicon UK and Reuters
 * carried; the copy of the filing itself was not stored, so the citation is Intel's list of 8-K filings on EDGAR.
 */
const INTEL_8K_2024_05_08 = ev(
  'Intel Corporation: current report on Form 8-K of 2024-05-08 (revocation of licences for exports to a customer in China)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000050863&type=8-K&dateb=&owner=include&count=40',
  '2024-05-08',
);

/** Business Times' report of the same 8-K, which names the Commerce Department's decision and quotes the guidance. */
const INTEL_LICENCE_REPORT = ev(
  "Intel's second-quarter revenue faces hit as Commerce Department bars chip sales to Chinese customer",
  'Intel Corporation and U.S. Department of Commerce, as reported by Business Times',
  'https://www.btimesonline.com/articles/166065/20240508/intels-second-quarter-revenue-faces-hit-as-commerce-department-bars-chip-sales-to-chinese-customer.htm',
  '2024-05-08',
);

/** The Federal Register notice of 2025-04-16 (FR Doc. 2025-06591) on the chip-import investigation begun 2025-04-01. */
const FR_SEMICONDUCTOR_232 = ev(
  'Notice of Request for Public Comments on Section 232 National Security Investigation of Imports of Semiconductors and Semiconductor Manufacturing Equipment',
  'Federal Register (U.S. Department of Commerce, Bureau of Industry and Security)',
  'https://govinfo.gov/content/pkg/FR-2025-04-16/html/2025-06591.htm',
  '2025-04-16',
);

/** The proclamation of 2026-01-14 adjusting chip imports, in the full text American Focus republished from the White House. */
const PROCLAMATION_SEMICONDUCTORS = ev(
  'Adjusting Imports of Semiconductors, Semiconductor Manufacturing Equipment, and Their Derivative Products into the United States (proclamation)',
  'The White House (proclamation text republished by American Focus)',
  'https://americanfocus.online/adjusting-imports-of-semiconductors-semiconductor-manufacturing-equipment-and-their-derivative-products-into-the-united-states-the-white-house',
  '2026-01-14',
);

/** Cassidy Levy Kent's summary of the same proclamation: a tariff on a limited group of chips from 2026-01-15, more left to talks. */
const CLK_SEMICONDUCTOR_TARIFF = ev(
  'Initial Section 232 Actions on Semiconductors, Critical Minerals Announced',
  'Cassidy Levy Kent LLP (trade alert on the proclamation of 14 January 2026)',
  'https://www.cassidylevy.com/?p=2886',
  '2026-01-15',
);

/** Mondaq's trade alert of 2026-01-16 on the same proclamation: the 25% duty from 2026-01-15 and its exemptions. */
const MONDAQ_SEMICONDUCTOR_TARIFF = ev(
  'Trade Alert: White House Proclamation On Import Duties On Semiconductors',
  'Mondaq (trade alert on the proclamation of 14 January 2026)',
  'https://www.mondaq.com/unitedstates/international-trade-investment/1732382/trade-alert-white-house-proclamation-on-import-duties-on-semiconductors',
  '2026-01-16',
);

/** Nippon Steel's results release of 2025-05-09 on the US tariffs, as Reuters quoted it (TheNews.sg copy). */
const NIPPON_STEEL_FY2024_RESULTS = ev(
  'Nippon Steel sees 43% profit fall, says it is cooperating with review of US Steel bid',
  'Nippon Steel Corporation (earnings release quoted by Reuters, TheNews.sg copy)',
  'https://thenews.sg/nippon-steel-sees-43-profit-fall-says-it-is-cooperating-with-review-of-us-steel-bid',
  '2025-05-09',
);

/** Jiji Press on the same results and press conference (The Japan News copy): the profit effect of the tariffs. */
const NIPPON_STEEL_JIJI = ev(
  'Jiji Press report on Nippon Steel’s results for the year to March 2025 and its forecast (The Japan News)',
  'Nippon Steel Corporation (results press conference, as reported by Jiji Press in The Japan News)',
  'https://japannews.yomiuri.co.jp/business/companies/20250510-253555',
  '2025-05-10',
);

/** BIS final rule of 2025-09-02 (FR Doc. 2025-16735), effective 2025-12-31: Samsung China Semiconductor leaves the VEU list. */
const FR_VEU_REVOCATION = ev(
  "Revocation of Validated End-User Authorizations in the People's Republic of China (final rule)",
  'Federal Register (U.S. Department of Commerce, Bureau of Industry and Security)',
  'https://www.govinfo.gov/content/pkg/FR-2025-09-02/html/2025-16735.htm',
  '2025-09-02',
);

/** Export Compliance Daily on the same rule: BIS will license running the existing fabs, not expanding or upgrading them. */
const ECD_VEU_POLICY = ev(
  "BIS Says VEU Program Is 'Loophole'; Plans to Delist Samsung, SK Hynix Factories",
  'U.S. Department of Commerce, Bureau of Industry and Security, as reported by Export Compliance Daily',
  'https://exportcompliancedaily.com/article/2025/09/02/bis-says-veu-program-is-loophole-plans-to-delist-samsung-sk-hynix-factories-2508290006',
  '2025-09-02',
);

/** Factors to add, by the id of a company curated elsewhere. */
export const DEPTH_REFERENCE: Readonly<Record<string, Factor[]>> = {
  xiaomi: [
    risk(
      'regulatory-action',
      0.1, // a foreign government's open case with funds frozen; it does not close the Indian market
      "India's financial-crime agency froze about ₹55.5 billion in Xiaomi India's bank accounts in April 2022, saying royalties sent abroad broke its foreign-exchange law; Xiaomi's 2024 results say Indian authorities still held ₹47.0 billion of Xiaomi India's funds at the end of 2024, with the cases still being heard. In force at the end of 2024.",
      [ED_XIAOMI_SEIZURE, FEMA_AUTHORITY_XIAOMI, ED_XIAOMI_NOTICES, XIAOMI_FY2024_RESULTS],
      { since: '2022-04-29' },
    ),
  ],
  exxonmobil: [
    risk(
      'regulatory-action',
      0.05, // the loss is booked and it has no business left in Russia: kept so the card can say so
      'A Russian decree of October 2022 handed the Sakhalin-1 oil project, where Exxon held the operating 30% stake, to a new Russian operator; Exxon, which had taken a $3.4B after-tax charge on leaving, called it an expropriation and left Russia. No measure is in force on its business today.',
      [RUSSIA_SAKHALIN1_DECREE, EXXON_RUSSIA_EXIT, EXXON_Q1_2022_SAKHALIN],
      { since: '2022-10-07' },
    ),
  ],
  meta: [
    risk(
      'regulatory-action',
      0.1, // a fine with continuing compliance obligations under review
      "In April 2025 the European Commission fined Meta €200 million for breaking the EU's digital-markets law with its pay-or-consent choice on Facebook and Instagram, and it was still weighing daily penalties in June 2025; Meta called the decision a multi-billion-dollar tariff. In force.",
      [META_DMA_STATEMENT, COMMISSION_META_PENALTIES],
      { since: '2025-04-23' },
    ),
  ],
  alphabet: [
    risk(
      'regulatory-action',
      0.1, // a fine with an order to end the conduct; a forced sale is threatened, not ordered
      'In September 2025 the European Commission fined Google €2.95 billion for favouring its own advertising-technology services since 2014 and ordered it to end the conflict of interest, warning that a sale of part of the business may follow; Google said it would appeal. In force.',
      [COMMISSION_GOOGLE_ADTECH, COMMISSION_GOOGLE_ADTECH_UNN, COMMISSION_GOOGLE_ADTECH_TGC],
      { since: '2025-09-05' },
    ),
  ],
  amazon: [
    risk(
      'trade-exposure',
      0.1, // named as a risk to its outlook; no figure given
      'In its first-quarter 2025 results Amazon named tariff and trade policies, with recession fears, among the concerns behind an outlook below analysts’ expectations, and put no figure on their cost.',
      [AMAZON_Q1_2025_OUTLOOK, EO_14259_CHINA_TARIFFS],
      { since: '2025-05-01' },
    ),
  ],
  walmart: [
    risk(
      'trade-exposure',
      0.1, // named as a rising cost; no total figure given
      'Walmart said in May 2025 that US tariffs, heaviest on goods from China such as electronics and toys, would force it to raise some prices, and in August that its tariff costs were still rising each week; neither statement put a figure on the cost.',
      [WALMART_Q1_FY2026_CALL, WALMART_Q2_FY2026_CALL, EO_14259_CHINA_TARIFFS],
      { since: '2025-05-15' },
    ),
  ],
  jpmorgan: [
    risk(
      'regulatory-action',
      0.1, // a court award against its assets in one market it is leaving; no main market closed
      "A Russian court ordered JPMorgan entities in October 2024 to pay Russia's VTB Bank $439.5 million, the sum frozen in New York under US sanctions, and an appeal court upheld the award in September 2025, so VTB may collect from JPMorgan's assets in Russia. In force; the defendants said they would appeal further.",
      [JEMA_VTB_2024_12, JEMA_VTB_2025_08, ALLIANCE_JEMA_APPEAL],
      { since: '2024-10-16' },
    ),
  ],
  'goldman-sachs': [
    risk(
      'regulatory-action',
      0.05, // the Kremlin's consent to its exit was given in 2025: kept so the card can say so
      "Goldman exited Russia with the Kremlin's consent, which Russian rules require: a decree of January 2025 let it sell its Russian bank to Armenia's Balchug Capital, and one of April 2025 let the buyer take its stakes in nine Russian listed companies. Status not rechecked since 2025.",
      [DECREE_GOLDMAN_UNIT, DECREE_GOLDMAN_SHARES],
      { since: '2025-01-31' },
    ),
  ],
  intel: [
    risk(
      'regulatory-action',
      0.2, // closes sales to one customer in China, a main market (about 27% of its 2023 revenue)
      'In May 2024 the US Commerce Department revoked Intel’s licences to sell consumer chips to a customer in China, reported to be Huawei, with immediate effect; Intel said its second-quarter revenue would fall below the middle of its forecast. Status not rechecked since 2024.',
      [INTEL_8K_2024_05_08, INTEL_LICENCE_REPORT],
      { since: '2024-05-07' },
    ),
  ],
  tsmc: [
    risk(
      'trade-exposure',
      0.1, // wider chip tariffs are pending; the tariff in force covers a narrow band of chips
      'The US opened a national-security review of chip imports in April 2025. Since January 2026 a 25% tariff applies to a limited group of advanced chips, except those imported for US data centres and other listed uses; wider tariffs on chips such as TSMC’s wait on trade talks.',
      [FR_SEMICONDUCTOR_232, PROCLAMATION_SEMICONDUCTORS, CLK_SEMICONDUCTOR_TARIFF, MONDAQ_SEMICONDUCTOR_TARIFF],
      { status: 'proposed', since: '2025-04-01' },
    ),
  ],
  'x-tyo-5401': [
    risk(
      'trade-exposure',
      0.1, // named in its results; the direct effect on its small US exports is called limited
      'In May 2025 Nippon Steel said the new US tariffs would touch its small direct steel exports to the US only a little, but could cut demand at home through lower car exports, trimming its operating profit by tens of billions of yen in the year to March 2026.',
      [NIPPON_STEEL_FY2024_RESULTS, NIPPON_STEEL_JIJI, PROCLAMATION_10896_STEEL],
      { since: '2025-05-09' },
    ),
  ],
  'samsung-electronics': [
    risk(
      'regulatory-action',
      0.1, // a licence requirement in force that lets its China fab run but not grow; it closes no market or product today
      'From 31 December 2025 the US ended the standing export authorisation for Samsung’s chip plant in China, so US tools and parts for it need licences; the Commerce Department said it planned to license running the plant but not expanding or upgrading it. In force.',
      [FR_VEU_REVOCATION, ECD_VEU_POLICY],
      { since: '2025-12-31' },
    ),
  ],
};
