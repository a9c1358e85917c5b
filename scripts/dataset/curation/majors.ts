/**
 * Companies a reader of world markets news meets daily, or that the official lists in ../shared/data name, that were
 * listing-only before (issue 14). Where the company is in the listed universe it keeps its universe id, so that
 * watchlist entries made while it was listing-only stay valid.
 */
import type { Evidence, RestrictedList } from '../../../utils/exposure/schema';
import { CITE } from './citations';
import { type Curated, ev, type ListRef, lse, nasdaq, nyse, otc, primary, szse, tyo, xetra } from './dsl';

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
    id: 'x-tyo-7011',
    name: 'Mitsubishi Heavy Industries, Ltd.',
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
    factors: [],
  },
  {
    id: 'x-tyo-7012',
    name: 'Kawasaki Heavy Industries, Ltd.',
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
    listings: [tyo('6702', primary)],
    hq: 'JP',
    inc: 'JP',
    sector: 'IT services and defense systems',
    lists: [ec0224('Fujitsu Defense & National Security, Ltd.')],
    factors: [],
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
    factors: [],
  },
  {
    id: 'sec-775158',
    name: 'Oshkosh Corporation',
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
        evidence: [MOFCOM_UEL_2025_02_04],
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
        evidence: [MOFCOM_UEL_2025_02_04],
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
];

/** Referenced until their factors are written. */
void MOFCOM_WATCH_2026_02_24;
void MOFCOM_WATCH_2026_06_29;
