/**
 * Companies a reader of world markets news meets daily, or that the official lists in ../shared/data name, that were
 * listing-only before (issue 14). Where the company is in the listed universe it keeps its universe id, so that
 * watchlist entries made while it was listing-only stay valid.
 */
import type { Evidence, RestrictedList } from '../../../utils/exposure/schema';
import { CITE } from './citations';
import {
  ams,
  type Curated,
  ev,
  type ListRef,
  lse,
  mil,
  nasdaq,
  nyse,
  otc,
  primary,
  risk,
  szse,
  tailwind,
  tyo,
  xetra,
} from './dsl';

const MOFCOM = 'Ministry of Commerce of the People’s Republic of China';

// ── China's lists: the announcements that named these companies or their subsidiaries ──
const MOFCOM_EC_2026_02_24 = ev(
  'MOFCOM announcement No. 11 of 2026: 20 Japanese entities added to the export-control list',
  MOFCOM,
  'https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_b5159a773124428a9813884015d1b8b3.html',
  '2026-02-24',
);
const MOFCOM_WATCH_2026_02_24 = ev(
  'MOFCOM announcement: 20 Japanese entities added to the export-control watch list',
  MOFCOM,
  'https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_bac18400512d408a8d4c2f964e36ac11.html',
  '2026-02-24',
);
const MOFCOM_EC_2026_06_29 = ev(
  'MOFCOM announcement: 20 Japanese entities added to the export-control list (2026-06-29)',
  MOFCOM,
  'https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_df87be1437044874a35f85cf6e076f3d.html',
  '2026-06-29',
);
const MOFCOM_WATCH_2026_06_29 = ev(
  'MOFCOM announcement: 20 Japanese entities added to the export-control watch list (2026-06-29)',
  MOFCOM,
  'https://www.mofcom.gov.cn/zcfb/blgg/gg/2026/art/2026/art_1a0adf5de9b84cd091992669d59e10d4.html',
  '2026-06-29',
);
const MOFCOM_EC_2026_04_24 = ev(
  'MOFCOM announcement adding HENSOLDT AG to the export-control list (2026-04-24)',
  MOFCOM,
  'https://www.mofcom.gov.cn/zcfb/blgg/gg/2026/art/2026/art_d909592ea44b40148f244cb233773d4f.html',
  '2026-04-24',
);
const MOFCOM_UEL_2025_02_04 = ev(
  'MOFCOM Unreliable Entity List working mechanism announcement on PVH Group and Illumina (2025-02-04)',
  MOFCOM,
  'https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_ab15d2258dda4e93b8ad1ec4776d37c3.html',
  '2025-02-04',
);

// ── Other evidence, each written once ──
const FR = 'Office of the Federal Register (National Archives), via govinfo.gov';
const EDGAR = 'U.S. Securities and Exchange Commission (EDGAR)';

/** Proclamation 10908: Section 232 tariff on imported cars from 2025-04-03, on parts from May 2025. */
const SECTION_232_AUTOS = ev(
  'Proclamation 10908 of March 26, 2025: Adjusting Imports of Automobiles and Automobile Parts Into the United States (90 FR 14705)',
  FR,
  'https://www.govinfo.gov/content/pkg/FR-2025-04-03/html/2025-05930.htm',
  '2025-04-03',
);

/** The companies' joint release of 2025-06-13 (filed by U. S. Steel): the executive order, the NSA and the golden share. */
const USS_NSA_RELEASE = ev(
  'President Trump approves historic partnership between U. S. Steel and Nippon Steel (joint press release, Exhibit 99.1 to U. S. Steel Form 8-K)',
  EDGAR,
  'https://www.sec.gov/Archives/edgar/data/1163302/000110465925059596/tm2518073d1_ex99-1.htm',
  '2025-06-13',
);
/** U. S. Steel's charter after the merger: the matters that need the golden-share holder's consent. */
const USS_CHARTER_2025 = ev(
  'United States Steel Corporation: Fifth Amended and Restated Certificate of Incorporation (Exhibit 3.1)',
  EDGAR,
  'https://www.sec.gov/Archives/edgar/data/1163302/000110465925060674/tm2518197d1_ex3-1.htm',
  '2025-06-18',
);
const NIPPON_STEEL_USS_CLOSING = ev(
  'Nippon Steel Corporation and U. S. Steel finalize historic partnership',
  'Nippon Steel Corporation (via Business Wire)',
  'https://www.businesswire.com/news/home/20250617350553/en/Nippon-Steel-Corporation-and-U.-S.-Steel-Finalize-Historic-Partnership',
  '2025-06-18',
);

const VW_ANNUAL_REPORT_2024 = ev(
  'Volkswagen Group Annual Report 2024: About this report',
  'Volkswagen AG',
  'https://annualreport2024.volkswagen-group.com/additional-information/about-this-report.html',
  '2025-03-11',
);

/** Sony's results for the year to March 2025 with its forecast for the next year, furnished to the SEC. */
const SONY_6K_2025_05 = ev(
  'Sony Group Corporation: Form 6-K, consolidated financial summary for the fiscal year ended March 31, 2025 (with the forecast for the next year)',
  EDGAR,
  'https://www.sec.gov/Archives/edgar/data/313838/000110465925048017/tm2514462d2_6k.htm',
  '2025-05-14',
);
const SONY_FY2025_FORECAST = ev(
  'Sony Group projects 12.9 pct drop in FY 2025 net profit (Jiji Press)',
  'Nippon.com (Jiji Press)',
  'https://www.nippon.com/en/news/yjj2025051400615/sony-group-projects-12-9-pct-drop-in-fy-2025-net-profit.html',
  '2025-05-14',
);
const SONY_TARIFF_NOTE = ev(
  'Sony logs $7.7 bln annual net profit, issues cautious forecast (AFP)',
  'Hürriyet Daily News (AFP)',
  'https://www.hurriyetdailynews.com/sony-logs-7-7-bln-annual-net-profit-issues-cautious-forecast-209162',
  '2025-05-14',
);

const SHELL_RUSSIA_FAQ = ev(
  'War in Ukraine, Shell’s response: frequently asked questions (updated 3 July 2023)',
  'Shell plc',
  'https://www.shell.com/war-in-ukraine-shell-response/faq.html',
  '2023-07-03',
);

const SOFTBANK_ALIBABA_2024 = ev(
  'Recognition of gain on sale of investment securities following completion of settlement of Alibaba prepaid forward contracts',
  'SoftBank Group Corp.',
  'https://group.softbank/en/news/press/20241219_1',
  '2024-12-19',
);

const HENSOLDT_STAKE_DECISION = ev(
  'Federal Republic of Germany decides to invest in Hensoldt AG (German Ministry of Defence statement, unofficial translation)',
  'Defense-Aerospace.com (German Ministry of Defence release)',
  'https://www.defense-aerospace.com/articles-view/release/3/214905/germany-to-buy-25.1-blocking-stake-in-hensoldt-ag.html',
  '2020-12-17',
);
const HENSOLDT_STAKE_CLOSING = ev(
  'German government buys stake in defense supplier Hensoldt (AP)',
  'Federal News Network (Associated Press)',
  'https://federalnewsnetwork.com/government-news/2021/03/german-government-buys-stake-in-defense-supplier-hensoldt/',
  '2021-03-29',
);

const ILLUMINA_SEQUENCER_BAN = ev(
  'U.S. firm Illumina, Inc. banned from exporting gene sequencers to China (Xinhua)',
  'People’s Daily Online (Xinhua)',
  'https://en.people.cn/n3/2025/0304/c90000-20284320.html',
  '2025-03-04',
);
const PVH_PROBE = ev(
  'China to probe PVH Corp under unreliable entity list framework',
  'Shanghai Daily',
  'https://www.shine.cn/news/nation/2409240299/',
  '2024-09-24',
);

const MHI_NUCLEAR_FUEL = ev(
  'Japanese fuel fabrication plant to resume activity',
  'Nuclear Engineering International',
  'https://www.neimagazine.com/news/newsjapanese-fuel-fabrication-plant-to-resume-activity-9967005/',
  '2022-08-31',
);

/** A subsidiary's entry on one of China's lists, as the Chinese file prints it. */
const sub = (list: RestrictedList, entry: string, since: string, evidence: Evidence, note?: string): ListRef => ({
  list,
  entry,
  since,
  subsidiary: true,
  ...(note ? { note } : {}),
  evidence: [evidence],
});
const ec0224 = (entry: string, note?: string) =>
  sub('cn-export-control', entry, '2026-02-24', MOFCOM_EC_2026_02_24, note);
const ec0629 = (entry: string, note?: string) =>
  sub('cn-export-control', entry, '2026-06-29', MOFCOM_EC_2026_06_29, note);

export const MAJORS: Curated[] = [
  {
    id: 'sec-1306965',
    name: 'Shell plc',
    aliases: ['Royal Dutch Shell'],
    // "Shell" is also a word ("a shell company"): it needs support, as "Apple" and "Target" do.
    ambiguous: ['Shell'],
    takeaway: 'Left Russia in 2022 after about $4.2B of charges; UK country risk',
    listings: [lse('SHEL', primary), ams('SHELL'), xetra('R6C'), xetra('R6C3'), nyse('SHEL'), otc('RYDAF')],
    hq: 'GB',
    inc: 'GB',
    sector: 'Oil, gas and LNG',
    cik: 1306965,
    factors: [
      risk(
        'regulatory-action',
        0.05,
        'Shell left Russia after the 2022 invasion and booked about $4.2B of charges; a Russian government order moved the Sakhalin-2 LNG project to a new operator in which Shell holds no shares. The exposure is no longer in force: Shell says it no longer takes part in any joint venture operating in Russia.',
        [SHELL_RUSSIA_FAQ],
        { since: '2022-02-28' },
      ),
    ],
  },
  {
    id: 'sec-313838',
    name: 'Sony Group Corporation',
    takeaway: 'Expected US tariffs to cost about ¥100B of operating income in fiscal 2025',
    listings: [tyo('6758', primary), nyse('SONY'), otc('SNEJF')],
    hq: 'JP',
    inc: 'JP',
    sector: 'Games, music, films, image sensors and electronics',
    cik: 313838,
    factors: [
      risk(
        'trade-exposure',
        0.2,
        'Sony expected additional US tariffs to cut about ¥100B from its operating income in the year to March 2026, under 10% of its ¥1.28T forecast.',
        [SONY_6K_2025_05, SONY_FY2025_FORECAST, SONY_TARIFF_NOTE],
        { since: '2025-05-14' },
      ),
    ],
  },
  {
    id: 'x-tyo-9984',
    name: 'SoftBank Group Corp.',
    listings: [tyo('9984', primary)],
    hq: 'JP',
    inc: 'JP',
    sector: 'Technology investment holding (Arm, Vision Fund, SoftBank Corp.)',
    jurisdiction: { evidence: [SOFTBANK_ALIBABA_2024] },
    factors: [],
  },
  {
    id: 'x-tyo-5401',
    name: 'Nippon Steel Corporation',
    takeaway: 'Owns U. S. Steel under a US security agreement with a golden share',
    listings: [tyo('5401', primary)],
    hq: 'JP',
    inc: 'JP',
    sector: 'Steel (owner of U. S. Steel)',
    jurisdiction: { evidence: [NIPPON_STEEL_USS_CLOSING] },
    factors: [
      risk(
        'regulatory-action',
        0.1,
        'It bought U. S. Steel in June 2025 under a US national security agreement: it must invest about $11B there by 2028, and a golden share held for the US government must approve moving the head office or production abroad, closing plants or cutting that investment. In force since June 2025.',
        [USS_NSA_RELEASE, USS_CHARTER_2025, NIPPON_STEEL_USS_CLOSING],
        { since: '2025-06-18' },
      ),
    ],
  },
  {
    id: 'x-xetra-vow',
    name: 'Volkswagen AG',
    takeaway: 'Its cars shipped to the US pay the US car tariff since April 2025',
    listings: [
      xetra('VOW', primary),
      xetra('VOW3'),
      mil('VOW3'),
      { ticker: 'VWA', exchange: 'Euronext Brussels', mic: 'XBRU' },
      { ticker: 'VWAP', exchange: 'Euronext Brussels', mic: 'XBRU' },
    ],
    hq: 'DE',
    inc: 'DE',
    sector: 'Cars and commercial vehicles',
    jurisdiction: { evidence: [VW_ANNUAL_REPORT_2024] },
    factors: [
      risk(
        'trade-exposure',
        0.3,
        'Cars it ships into the United States, from Europe and Mexico, have paid an extra US tariff since 3 April 2025, and imported car parts since May 2025 (Section 232).',
        [SECTION_232_AUTOS],
        { since: '2025-04-03' },
      ),
    ],
  },
  {
    id: 'x-tyo-7270',
    name: 'Subaru Corporation',
    takeaway: 'On China’s export-control watch list; its cars shipped to the US pay the US car tariff',
    listings: [tyo('7270', primary)],
    hq: 'JP',
    inc: 'JP',
    sector: 'Cars and aircraft',
    jurisdiction: { evidence: [MOFCOM_WATCH_2026_02_24] },
    factors: [
      risk(
        'regulatory-action',
        0.1,
        'China’s commerce ministry put Subaru on its export-control watch list on 24 February 2026, saying it could not verify end users: Chinese exporters of dual-use items to it need a licence, a risk assessment and a pledge against military use. Status not rechecked since 2026-02-24.',
        [MOFCOM_WATCH_2026_02_24],
        { since: '2026-02-24' },
      ),
      risk(
        'trade-exposure',
        0.3,
        'Cars it ships from Japan into the United States, its largest market, have paid an extra US tariff since 3 April 2025, and imported car parts since May 2025 (Section 232).',
        [SECTION_232_AUTOS],
        { since: '2025-04-03' },
      ),
    ],
  },
  {
    id: 'sec-47710',
    name: 'Hitachi, Ltd.',
    takeaway: 'A subsidiary is on China’s export-control watch list',
    listings: [tyo('6501', primary), otc('HTHIY'), otc('HTHIF')],
    hq: 'JP',
    inc: 'JP',
    sector: 'Power grids, railways and IT services',
    cik: 47710,
    factors: [
      risk(
        'regulatory-action',
        0.1,
        'China’s commerce ministry put its subsidiary Hitachi Advanced Systems on its export-control watch list on 29 June 2026: Chinese exporters of dual-use items to it face a licence review and must file a risk assessment. Status not rechecked since 2026-06-29.',
        [MOFCOM_WATCH_2026_06_29],
        { since: '2026-06-29' },
      ),
    ],
  },
  {
    id: 'x-tyo-7011',
    name: 'Mitsubishi Heavy Industries, Ltd.',
    takeaway: 'Ten subsidiaries on China’s export-control list',
    listings: [tyo('7011', primary)],
    hq: 'JP',
    inc: 'JP',
    sector: 'Defense, aerospace, power and shipbuilding',
    lists: [
      ec0224('Mitsubishi Heavy Industries Shipbuilding Co.'),
      ec0224('Mitsubishi Heavy Industries Aero Engines, Ltd.'),
      ec0224('Mitsubishi Heavy Industries Marine Machinery & Equipment Co., Ltd.'),
      ec0224('Mitsubishi Heavy Industries Engine & Turbocharger, Ltd.'),
      ec0224('Mitsubishi Heavy Industries Maritime Systems, Ltd.'),
      ec0629('MHI Oceanincs Co., Ltd.'),
      ec0629('MHI Sagami High-tech, Ltd.'),
      ec0629('MHI Logitec Co., Ltd.'),
      ec0629('MHI Special Vehicles Parts Supply & Technical Service Co., Ltd.'),
      ec0629('MHI Maritech, Co., Ltd.'),
    ],
    factors: [
      risk(
        'regulatory-action',
        0.1,
        'China’s commerce ministry also put its nuclear fuel subsidiary Mitsubishi Nuclear Fuel on its export-control watch list on 29 June 2026: Chinese exporters of dual-use items to it face a licence review and must file a risk assessment. Status not rechecked since 2026-06-29.',
        [MOFCOM_WATCH_2026_06_29, MHI_NUCLEAR_FUEL],
        { since: '2026-06-29' },
      ),
    ],
  },
  {
    id: 'x-tyo-7012',
    name: 'Kawasaki Heavy Industries, Ltd.',
    takeaway: 'Aerospace units and subsidiaries on China’s export-control list',
    listings: [tyo('7012', primary)],
    hq: 'JP',
    inc: 'JP',
    sector: 'Aircraft, ships, motorcycles and industrial machinery',
    lists: [
      ec0224(
        'Kawasaki Heavy Industries Aerospace Systems Company',
        'The listed unit is Kawasaki’s own aerospace division, not a separate company.',
      ),
      ec0224('KAWAJU Gifu Engineering Co., Ltd.'),
      ec0629('Kawajyu Gifu Manufacturing Co., Ltd.'),
      {
        ...ec0629(
          'NIPPI Corporation',
          'NIPPI, an aircraft parts and maintenance maker, has been wholly owned since 2003.',
        ),
        evidence: [
          MOFCOM_EC_2026_06_29,
          ev(
            'NIPPI Corp. to become wholly owned subsidiary',
            'Kawasaki Heavy Industries',
            'https://global.kawasaki.com/en/corp/newsroom/news/detail/ba020827.html',
            '2002-08-27',
          ),
        ],
      },
    ],
    factors: [],
  },
  {
    id: 'sec-1567526',
    name: 'IHI Corporation',
    takeaway: 'Six aerospace and engine subsidiaries on China’s export-control list',
    listings: [tyo('7013', primary), otc('IHICF')],
    hq: 'JP',
    inc: 'JP',
    sector: 'Aircraft engines, rockets and heavy machinery',
    cik: 1567526,
    lists: [
      ec0224('IHI Power Systems Co., Ltd.'),
      ec0224('IHI Master Metal Co., Ltd.'),
      ec0224('IHI Jet Service Co., Ltd.'),
      ec0224('IHI Aerospace Co., Ltd.'),
      ec0224('IHI Aero Manufacturing Co., Ltd.'),
      ec0224('IHI Aerospace Engineering Co., Ltd.'),
    ],
    factors: [],
  },
  {
    id: 'x-lse-mel',
    name: 'Mitsubishi Electric Corporation',
    takeaway: 'Three defense and software subsidiaries on China’s export-control list',
    listings: [tyo('6503', primary), lse('MEL')],
    hq: 'JP',
    inc: 'JP',
    sector: 'Electrical equipment, factory automation and defense electronics',
    lists: [
      ec0629('Mitsubishi Electric Defense and Space Technologies Corporation'),
      ec0629('Mitsubishi Electric Software Corporation'),
      ec0629('Mitsubishi Electric Engineering Company, Limited'),
    ],
    factors: [],
  },
  {
    id: 'x-tyo-6701',
    name: 'NEC Corporation',
    takeaway: 'Two defense subsidiaries on China’s export-control list',
    listings: [tyo('6701', primary)],
    hq: 'JP',
    inc: 'JP',
    sector: 'IT services, networks and defense electronics',
    lists: [ec0224('NEC Network and Sensor Systems, Ltd.'), ec0224('NEC Aerospace Systems, Ltd.')],
    factors: [],
  },
  {
    id: 'x-tyo-6702',
    name: 'Fujitsu Limited',
    takeaway: 'Defense subsidiary on China’s export-control list; another on its watch list',
    listings: [tyo('6702', primary)],
    hq: 'JP',
    inc: 'JP',
    sector: 'IT services and defense systems',
    lists: [ec0224('Fujitsu Defense & National Security, Ltd.')],
    factors: [
      risk(
        'regulatory-action',
        0.1,
        'China’s commerce ministry also put its subsidiary Fujitsu Network Solutions on its export-control watch list on 29 June 2026: Chinese exporters of dual-use items to it face a licence review and must file a risk assessment. Status not rechecked since 2026-06-29.',
        [MOFCOM_WATCH_2026_06_29],
        { since: '2026-06-29' },
      ),
    ],
  },
  {
    id: 'sec-1856488',
    name: 'Hensoldt AG',
    listings: [xetra('HAG', { primary: true, isin: 'DE000HAG0005' }), otc('HNSDF')],
    hq: 'DE',
    inc: 'DE',
    sector: 'Defense sensors and radars',
    cik: 1856488,
    lists: [
      {
        list: 'cn-export-control',
        entry: 'HENSOLDT AG',
        since: '2026-04-24',
        evidence: [MOFCOM_EC_2026_04_24],
      },
    ],
    ownership: { governmentStake: 'German federal government 25.1%, held through KfW since 2021' },
    factors: [
      tailwind(
        0.6,
        'The German government bought a 25.1% blocking stake through the state bank KfW in 2021 to keep its military sensor and radar technology in German hands.',
        [HENSOLDT_STAKE_DECISION, HENSOLDT_STAKE_CLOSING],
        { since: '2021-03-29' },
      ),
    ],
  },
  {
    id: 'sec-775158',
    name: 'Oshkosh Corporation',
    takeaway: 'Its military-truck unit Oshkosh Defense is on China’s export-control list',
    listings: [nyse('OSK', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Military trucks, access equipment and specialty vehicles',
    cik: 775158,
    lists: [
      sub(
        'cn-export-control',
        'Oshkosh Defense, LLC',
        '2026-06-22',
        CITE.mofcomExportControl2026,
        'Its military-vehicle unit.',
      ),
    ],
    factors: [],
  },
  {
    id: 'sec-1110803',
    name: 'Illumina, Inc.',
    listings: [nasdaq('ILMN', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'DNA sequencing instruments',
    cik: 1110803,
    lists: [
      {
        list: 'cn-unreliable-entity',
        entry: 'Illumina, Inc.',
        since: '2025-02-04',
        note: 'On 4 March 2025 China also barred it from exporting gene sequencers to China. Status not rechecked since 2025-03-04.',
        evidence: [MOFCOM_UEL_2025_02_04, ILLUMINA_SEQUENCER_BAN],
      },
    ],
    factors: [],
  },
  {
    id: 'sec-78239',
    name: 'PVH Corp.',
    aliases: ['PVH Group'],
    listings: [nyse('PVH', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Apparel brands (Calvin Klein, Tommy Hilfiger)',
    cik: 78239,
    lists: [
      {
        list: 'cn-unreliable-entity',
        entry: 'PVH Group',
        since: '2025-02-04',
        note: 'Listed after a probe, opened in September 2024, into its avoidance of cotton from Xinjiang. Status not rechecked since 2025-02-04.',
        evidence: [MOFCOM_UEL_2025_02_04, PVH_PROBE],
      },
    ],
    factors: [],
  },
  {
    id: 'x-szse-002074',
    name: 'Gotion High-Tech Co., Ltd.',
    listings: [szse('002074', primary)],
    hq: 'CN',
    inc: 'CN',
    sector: 'EV batteries and energy storage',
    lists: [
      {
        list: 'ndaa-procurement',
        entry: 'Gotion High tech Company, Limited',
        note: 'The Defense Department may not buy batteries it produces from October 1, 2027 (FY2024 NDAA §154). Enacted, but not in force until then.',
        evidence: [CITE.ndaa2024],
      },
    ],
    factors: [],
  },
  {
    // Not in the listed universe (below the mid-cap line): curated for its US bans, under a slug id.
    id: 'hytera',
    name: 'Hytera Communications Corporation Limited',
    aliases: ['Hytera', 'Hytera Communications', '海能达'],
    listings: [szse('002583', primary)],
    hq: 'CN',
    inc: 'CN',
    sector: 'Two-way radios and public-safety communications',
    lists: [
      {
        list: 'fcc-covered',
        entry: 'Hytera Communications Corporation',
        since: '2021-03-12',
        note: 'The entry covers its video-surveillance and telecommunications equipment used for public safety, government-facility security and critical-infrastructure surveillance.',
      },
      {
        list: 'ndaa-procurement',
        entry: 'Hytera Communications Corporation',
        note: 'Federal agencies, and companies that contract with them, may not use its public-safety radio and surveillance equipment (FY2019 NDAA §889). In force since August 2020.',
        evidence: [CITE.ndaa2019],
      },
    ],
    factors: [],
  },
];
