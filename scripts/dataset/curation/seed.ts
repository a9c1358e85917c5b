/**
 * The first 48 companies (the seed story, the demo page and the first cut of the dataset). Their ids are used by the
 * demo and the E2E tests: keep them stable.
 */

import { CITE } from './citations';
import {
  ams,
  asx,
  type Curated,
  ev,
  hkex,
  nasdaq,
  nyse,
  nyseAmerican,
  otc,
  primary,
  risk,
  sse,
  szse,
  tsx,
  twse,
} from './dsl';
import { hfcaaDormant } from './shared-factors';

export const SEED: Curated[] = [
  {
    id: 'alibaba',
    name: 'Alibaba Group Holding Limited',
    aliases: ['Alibaba', 'Alibaba Group', 'Alibaba Group Holding', '阿里巴巴', '阿里巴巴集团'],
    listings: [nyse('BABA', primary), hkex('9988')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Internet, e-commerce and cloud',
    cik: 1577552,
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Alibaba Group Holding Limited',
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Hangzhou, mainland China; the listed holding company is incorporated in the Cayman Islands and runs its PRC businesses through subsidiaries and VIE contracts, so holders are exposed to PRC law, regulators and capital controls.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Alibaba Group Holding Ltd (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001577552',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.8,
        status: 'alleged',
        direction: 'risk',
        summary:
          'A White House national-security memo reported by the Financial Times on 2025-11-15 alleges Alibaba gave the PLA access to customer data (IP addresses, Wi-Fi information, payment records) and AI services; the FT could not verify it and Alibaba denies the claims as false.',
        evidence: [
          {
            title:
              "Alibaba fires back at allegations of assisting Chinese military, labels it 'malicious PR operation'",
            publisher: 'Mint (reporting the Financial Times memo story, with AFP)',
            url: 'https://www.livemint.com/companies/news/alibaba-fires-back-at-allegations-of-assisting-chinese-military-labels-it-malicious-pr-operation-11763191420757.html',
            date: '2025-11-15',
          },
          {
            title: 'Alibaba rejects report it aided Chinese military in targeting the US',
            publisher: 'TRT World (AFP)',
            url: 'https://www.trtworld.com/article/0040c6278aa7',
            date: '2025-11-15',
          },
        ],
      },
      hfcaaDormant(0.1),
    ],
  },
  {
    id: 'mp-materials',
    name: 'MP Materials Corp.',
    aliases: ['MP Materials', 'MP Materials Corp'],
    listings: [nyse('MP', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Rare earths and magnets',
    cik: 1801368,
    lists: [
      {
        list: 'cn-export-control',
        entry: 'MP Materials Corp.',
        since: '2026-06-22',
        note: "MP's feedstock comes from its own Mountain Pass mine. Status not rechecked since 2026-06-22.",
        evidence: [CITE.mofcomExportControl2026],
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Las Vegas, Nevada (Mountain Pass mine in California), United States; incorporated in Delaware.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: MP Materials Corp. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001801368',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'national-security-tailwind',
        severity: 0.8,
        status: 'confirmed',
        direction: 'tailwind',
        summary:
          "DoD partnership announced 2025-07-10: $400M of convertible preferred stock making DoD the largest shareholder, a 10-year $110/kg NdPr price floor, a 10-year commitment that 100% of the planned 10X magnet plant's output is bought, a $150M DoD loan, and $1B of financing committed by JPMorgan Chase and Goldman Sachs.",
        evidence: [
          {
            title:
              'MP Materials Announces Transformational Public-Private Partnership with the Department of Defense to Accelerate U.S. Rare Earth Magnet Independence',
            publisher: 'MP Materials (Business Wire)',
            url: 'https://www.businesswire.com/news/home/20250710526348/en/MP-Materials-Announces-Transformational-Public-Private-Partnership-with-the-Department-of-Defense-to-Accelerate-U.S.-Rare-Earth-Magnet-Independence',
            date: '2025-07-10',
          },
          CITE.fasMpPartnership,
        ],
      },
      {
        kind: 'supply-chain',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "China processes about 91% of the world's rare earths and added export licensing for seven medium and heavy rare earths in April 2025, so prices and downstream inputs remain exposed to Chinese policy.",
        evidence: [CITE.fasMpPartnership],
      },
    ],
  },
  {
    id: 'jpmorgan',
    name: 'JPMorgan Chase & Co.',
    aliases: ['JPMorgan Chase', 'JPMorgan', 'JP Morgan', 'J.P. Morgan', 'JPMorgan Chase & Co'],
    listings: [nyse('JPM', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Banking and financial services',
    cik: 19617,
    jurisdiction: {
      note: 'Headquartered in New York, New York, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: JPMorgan Chase & Co. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000019617',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'national-security-tailwind',
        severity: 0.2,
        status: 'confirmed',
        direction: 'tailwind',
        summary:
          "With Goldman Sachs, committed $1B of financing for MP Materials' 10X magnet plant as part of the July 2025 DoD rare-earth partnership.",
        evidence: [
          {
            title:
              'MP Materials Announces Transformational Public-Private Partnership with the Department of Defense to Accelerate U.S. Rare Earth Magnet Independence',
            publisher: 'MP Materials (Business Wire)',
            url: 'https://www.businesswire.com/news/home/20250710526348/en/MP-Materials-Announces-Transformational-Public-Private-Partnership-with-the-Department-of-Defense-to-Accelerate-U.S.-Rare-Earth-Magnet-Independence',
            date: '2025-07-10',
          },
        ],
      },
    ],
  },
  {
    id: 'metrostar',
    name: 'MetroStar Systems, Inc.',
    aliases: ['MetroStar', 'MetroStar Systems'],
    private: true,
    hq: 'US',
    inc: 'US',
    sector: 'Government IT services',
    jurisdiction: {
      note: 'Privately held US federal IT contractor based in Reston, Virginia; no foreign-state exposure identified.',
      evidence: [
        {
          title: 'MetroStar Systems, Inc., B-416377.5, B-416377.8 (bid protest decision)',
          publisher: 'U.S. Government Accountability Office',
          url: 'https://www.gao.gov/products/B-416377.5,B-416377.8',
          date: '2020-04-02',
        },
      ],
    },
  },
  {
    id: 'veritas-capital',
    name: 'Veritas Capital Fund Management, L.L.C.',
    aliases: ['Veritas Capital'],
    private: true,
    hq: 'US',
    inc: 'US',
    sector: 'Private equity (government and defense technology)',
    jurisdiction: {
      note: 'Privately held New York private-equity firm investing in technology companies that serve government, defense and healthcare customers; US jurisdiction.',
      evidence: [
        {
          title: 'Veritas Capital',
          publisher: 'Veritas Capital',
          url: 'https://www.veritascapital.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'tencent',
    name: 'Tencent Holdings Limited',
    aliases: ['Tencent', 'Tencent Holdings', '腾讯', '腾讯控股'],
    listings: [
      hkex('700', primary),
      // Its sponsored ADR, quoted over the counter.
      otc('TCEHY'),
    ],
    hq: 'CN',
    inc: 'KY',
    sector: 'Internet, games and social media',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Tencent Holdings Limited',
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Shenzhen, mainland China; the listed holding company is incorporated in the Cayman Islands and runs its PRC businesses through subsidiaries and VIE contracts, so holders are exposed to PRC law, regulators and capital controls.',
      evidence: [
        {
          title: 'Tencent investor relations',
          publisher: 'Tencent Holdings Limited',
          url: 'https://www.tencent.com/en-us/investors.html',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'baidu',
    name: 'Baidu, Inc.',
    aliases: ['Baidu', '百度'],
    listings: [nasdaq('BIDU', primary), hkex('9888')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Internet search and AI',
    cik: 1329099,
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Baidu, Inc.',
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Beijing, mainland China; the listed holding company is incorporated in the Cayman Islands and runs its PRC businesses through subsidiaries and VIE contracts, so holders are exposed to PRC law, regulators and capital controls.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: Baidu, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001329099',
          date: '2026-11-20',
        },
      ],
    },
    factors: [hfcaaDormant(0.1)],
  },
  {
    id: 'jd',
    name: 'JD.com, Inc.',
    aliases: ['JD.com', '京东', 'Jingdong'],
    listings: [nasdaq('JD', primary), hkex('9618')],
    hq: 'CN',
    inc: 'KY',
    sector: 'E-commerce and logistics',
    cik: 1549802,
    jurisdiction: {
      note: 'Headquartered in Beijing, mainland China; the listed holding company is incorporated in the Cayman Islands and runs its PRC businesses through subsidiaries and VIE contracts, so holders are exposed to PRC law, regulators and capital controls.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: JD.com, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001549802',
          date: '2026-11-20',
        },
      ],
    },
    factors: [hfcaaDormant(0.1)],
  },
  {
    id: 'pdd',
    name: 'PDD Holdings Inc.',
    aliases: ['PDD Holdings', 'Pinduoduo', '拼多多'],
    listings: [nasdaq('PDD', primary)],
    // Scored as China, where the business is: the Dublin office its filings name since 2023 holds none of it.
    hq: 'CN',
    inc: 'KY',
    sector: 'E-commerce (Pinduoduo, Temu)',
    cik: 1737806,
    jurisdiction: {
      note: 'Scored as a Chinese company: its main business, Pinduoduo, is run in mainland China through PRC subsidiaries and VIE contracts, although its filings have named a principal office in Dublin, Ireland since 2023 and the holding company is incorporated in the Cayman Islands.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: PDD Holdings Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001737806',
          date: '2026-11-20',
        },
      ],
    },
    factors: [hfcaaDormant(0.1)],
  },
  {
    id: 'netease',
    name: 'NetEase, Inc.',
    aliases: ['NetEase', '网易'],
    listings: [nasdaq('NTES', primary), hkex('9999')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Online games and internet services',
    cik: 1110646,
    jurisdiction: {
      note: 'Headquartered in Hangzhou, mainland China; the listed holding company is incorporated in the Cayman Islands and runs its PRC businesses through subsidiaries and VIE contracts, so holders are exposed to PRC law, regulators and capital controls.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: NetEase, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001110646',
          date: '2026-11-20',
        },
      ],
    },
    factors: [hfcaaDormant(0.1)],
  },
  {
    id: 'nio',
    name: 'NIO Inc.',
    aliases: ['NIO Inc', 'Nio', '蔚来'],
    listings: [nyse('NIO', primary), hkex('9866')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Electric vehicles',
    cik: 1736541,
    lists: [
      {
        list: 'dod-1260h',
        entry: 'NIO, Inc.',
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Shanghai, mainland China; the listed holding company is incorporated in the Cayman Islands and operates through PRC subsidiaries, so holders are exposed to PRC law, regulators and capital controls.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: NIO Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001736541',
          date: '2026-11-20',
        },
      ],
    },
    factors: [hfcaaDormant(0.1)],
  },
  {
    id: 'byd',
    name: 'BYD Company Limited',
    aliases: ['BYD', 'BYD Company', 'BYD Co', '比亚迪'],
    listings: [hkex('1211', primary), szse('002594'), otc('BYDDF')],
    hq: 'CN',
    inc: 'CN',
    sector: 'Electric vehicles and batteries',
    cik: 1445162,
    lists: [
      {
        list: 'dod-1260h',
        entry: 'BYD Company Limited',
      },
      {
        list: 'ndaa-procurement',
        entry: 'BYD Company, Limited',
        note: 'The Defense Department may not buy batteries it produces from October 1, 2027 (FY2024 NDAA §154). Enacted, but not in force until then.',
        evidence: [CITE.ndaa2024],
      },
    ],
    jurisdiction: {
      note: 'Headquartered and incorporated in Shenzhen, mainland China; H shares in Hong Kong and A shares in Shenzhen.',
      evidence: [
        {
          title: 'BYD corporate website',
          publisher: 'BYD Company Limited',
          url: 'https://www.bydglobal.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'catl',
    name: 'Contemporary Amperex Technology Co., Limited',
    aliases: ['CATL', 'Contemporary Amperex', 'Contemporary Amperex Technology', '宁德时代'],
    listings: [szse('300750', primary), hkex('3750'), otc('CYATY')],
    hq: 'CN',
    inc: 'CN',
    sector: 'EV batteries and energy storage',
    cik: 2070829,
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Contemporary Amperex Technology Co., Ltd.',
      },
      {
        list: 'ndaa-procurement',
        entry: 'Contemporary Amperex Technology Company, Limited',
        note: 'The Defense Department may not buy batteries it produces from October 1, 2027 (FY2024 NDAA §154). Enacted, but not in force until then.',
        evidence: [CITE.ndaa2024],
      },
    ],
    jurisdiction: {
      note: 'Headquartered and incorporated in Ningde, Fujian, mainland China; A shares in Shenzhen, H shares in Hong Kong since 2025.',
      evidence: [
        {
          title: 'CATL corporate website',
          publisher: 'Contemporary Amperex Technology Co., Limited',
          url: 'https://www.catl.com/en/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'smic',
    name: 'Semiconductor Manufacturing International Corporation',
    aliases: ['SMIC', 'Semiconductor Manufacturing International', '中芯国际', '中芯'],
    listings: [hkex('981', primary), sse('688981')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Semiconductors (foundry)',
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Semiconductor Manufacturing International Corporation',
      },
      {
        list: 'dod-1260h',
        entry: 'Semiconductor Manufacturing International Corporation',
      },
      {
        list: 'bis-entity-list',
        entry: 'Semiconductor Manufacturing International Corporation (SMIC)',
      },
      {
        list: 'ndaa-procurement',
        entry: 'Semiconductor Manufacturing International Corporation',
        note: 'Federal agencies may not buy products or services containing its semiconductors from December 23, 2027 (FY2023 NDAA §5949). Enacted, but not in force until then.',
        evidence: [CITE.ndaa2023],
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Shanghai, mainland China; the listed company is incorporated in the Cayman Islands.',
      evidence: [
        {
          title: 'SMIC corporate website',
          publisher: 'Semiconductor Manufacturing International Corporation',
          url: 'https://www.smics.com/en/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'xiaomi',
    name: 'Xiaomi Corporation',
    aliases: ['Xiaomi', 'Xiaomi Corp', '小米', '小米集团'],
    listings: [hkex('1810', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Smartphones, consumer electronics and EVs',
    jurisdiction: {
      note: 'Headquartered in Beijing, mainland China; the listed company is incorporated in the Cayman Islands and operates in China through PRC subsidiaries and contractual arrangements. Not on the current 1260H list.',
      evidence: [
        {
          title: 'Xiaomi investor relations',
          publisher: 'Xiaomi Corporation',
          url: 'https://ir.mi.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'lenovo',
    name: 'Lenovo Group Limited',
    aliases: ['Lenovo', 'Lenovo Group', '联想', '联想集团'],
    listings: [hkex('992', primary)],
    hq: 'HK',
    inc: 'HK',
    sector: 'PCs, servers and devices',
    jurisdiction: {
      note: 'Incorporated and listed in Hong Kong, with main operating centres in Beijing and Morrisville, North Carolina; Lenovo Group Limited itself is not on any US restricted-party list checked.',
      evidence: [
        {
          title: 'Lenovo investor relations',
          publisher: 'Lenovo Group Limited',
          url: 'https://investor.lenovo.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'hikvision',
    name: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
    aliases: ['Hikvision', 'Hangzhou Hikvision', '海康威视'],
    listings: [szse('002415', primary)],
    hq: 'CN',
    inc: 'CN',
    sector: 'Video surveillance equipment',
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
      },
      {
        list: 'dod-1260h',
        entry: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
      },
      {
        list: 'bis-entity-list',
        entry: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
      },
      {
        list: 'fcc-covered',
        entry: 'Hangzhou Hikvision Digital Technology Company',
      },
      {
        list: 'ndaa-procurement',
        entry: 'Hangzhou Hikvision Digital Technology Company',
        note: 'Federal agencies, and companies that contract with them, may not use its video-surveillance equipment (FY2019 NDAA §889). In force since August 2020.',
        evidence: [CITE.ndaa2019],
      },
    ],
    jurisdiction: {
      note: 'Headquartered and incorporated in Hangzhou, mainland China; controlled by the state-owned China Electronics Technology Group (CETC).',
      evidence: [
        {
          title: 'Hikvision corporate website',
          publisher: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
          url: 'https://www.hikvision.com/en/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'huawei',
    name: 'Huawei Technologies Co., Ltd.',
    aliases: ['Huawei', 'Huawei Technologies', '华为', '华为技术'],
    private: true,
    hq: 'CN',
    inc: 'CN',
    sector: 'Telecom equipment, devices and cloud',
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Huawei Technologies Co., Ltd.',
      },
      {
        list: 'dod-1260h',
        entry: 'Huawei Technologies Co., Ltd. (Huawei)',
      },
      {
        list: 'bis-entity-list',
        entry: 'Huawei Technologies Co., Ltd.',
      },
      {
        list: 'fcc-covered',
        entry: 'Huawei Technologies Company',
      },
      {
        list: 'ndaa-procurement',
        entry: 'Huawei Technologies Company',
        note: 'Federal agencies, and companies that contract with them, may not use its telecom equipment (FY2019 NDAA §889). In force since August 2020.',
        evidence: [CITE.ndaa2019],
      },
    ],
    jurisdiction: {
      note: 'Privately held company headquartered and incorporated in Shenzhen, mainland China.',
      evidence: [
        {
          title: 'Huawei corporate website',
          publisher: 'Huawei Technologies Co., Ltd.',
          url: 'https://www.huawei.com/en/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'dji',
    name: 'SZ DJI Technology Co., Ltd.',
    aliases: ['DJI', 'Shenzhen DJI Technology', 'Da-Jiang Innovations', '大疆', '大疆创新'],
    private: true,
    hq: 'CN',
    inc: 'CN',
    sector: 'Drones and imaging',
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'SZ DJI Technology Co., Ltd.',
      },
      {
        list: 'dod-1260h',
        entry: 'Shenzhen DJI Technology Co., Ltd.',
      },
      {
        list: 'bis-entity-list',
        entry: 'DJI',
        partial: true,
      },
    ],
    jurisdiction: {
      note: 'Privately held company headquartered and incorporated in Shenzhen, mainland China.',
      evidence: [
        {
          title: 'DJI corporate website',
          publisher: 'SZ DJI Technology Co., Ltd.',
          url: 'https://www.dji.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.4,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "On 2025-12-22 the FCC added uncrewed aircraft systems and critical components produced in a foreign country to its Covered List, which blocks new US authorisations for DJI's drones (DJI is not named individually). In force: the category is on the FCC's Covered List as extracted on 2026-07-09.",
        evidence: [
          {
            title: 'List of Equipment and Services Covered by Section 2 of the Secure Networks Act',
            publisher: 'Federal Communications Commission',
            url: 'https://www.fcc.gov/supplychain/coveredlist',
            date: '2025-12-22',
          },
        ],
      },
      risk(
        'regulatory-action',
        0.2,
        "Commerce is weighing rules to restrict drones and drone parts from suppliers tied to China and other adversary states, a class that takes in DJI's products; it asked for comments in January 2025. Proposed, not in force; status not rechecked since 2025-03-04, when comments closed.",
        [
          ev(
            'Securing the Information and Communications Technology and Services Supply Chain: Unmanned Aircraft Systems (advance notice of proposed rulemaking, 90 FR 271)',
            'Federal Register (U.S. Commerce Department, BIS)',
            'https://www.govinfo.gov/content/pkg/FR-2025-01-03/html/2024-30209.htm',
            '2025-01-03',
          ),
        ],
        { status: 'proposed', since: '2025-01-03' },
      ),
    ],
  },
  {
    id: 'wuxi-apptec',
    name: 'WuXi AppTec Co., Ltd.',
    aliases: ['WuXi AppTec', '药明康德'],
    listings: [sse('603259', primary), hkex('2359')],
    hq: 'CN',
    inc: 'CN',
    sector: 'Pharmaceutical contract research and manufacturing',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'WuXi AppTec Co., Ltd.',
      },
    ],
    jurisdiction: {
      note: 'Headquartered and incorporated in Shanghai, mainland China; A shares in Shanghai, H shares in Hong Kong.',
      evidence: [
        {
          title: 'WuXi AppTec corporate website',
          publisher: 'WuXi AppTec Co., Ltd.',
          url: 'https://www.wuxiapptec.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'zte',
    name: 'ZTE Corporation',
    aliases: ['ZTE', 'ZTE Corp', '中兴通讯'],
    listings: [szse('000063', primary), hkex('763')],
    hq: 'CN',
    inc: 'CN',
    sector: 'Telecom equipment',
    lists: [
      {
        list: 'fcc-covered',
        entry: 'ZTE Corporation',
      },
      {
        list: 'ndaa-procurement',
        entry: 'ZTE Corporation',
        note: 'Federal agencies, and companies that contract with them, may not use its telecom equipment (FY2019 NDAA §889). In force since August 2020.',
        evidence: [CITE.ndaa2019],
      },
    ],
    jurisdiction: {
      note: 'Headquartered and incorporated in Shenzhen, mainland China; A shares in Shenzhen, H shares in Hong Kong.',
      evidence: [
        {
          title: 'ZTE corporate website',
          publisher: 'ZTE Corporation',
          url: 'https://www.zte.com.cn/global/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'china-mobile',
    name: 'China Mobile Limited',
    aliases: ['China Mobile', '中国移动'],
    listings: [hkex('941', primary), sse('600941')],
    hq: 'HK',
    inc: 'HK',
    sector: 'Telecommunications',
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Mobile Limited',
      },
      {
        list: 'dod-1260h',
        entry: 'China Mobile Limited (China Mobile)',
      },
    ],
    jurisdiction: {
      note: 'Listed company incorporated in Hong Kong; its operations are in mainland China and it is controlled by the state-owned China Mobile Communications Group.',
      evidence: [
        {
          title: 'China Mobile Limited investor relations',
          publisher: 'China Mobile Limited',
          url: 'https://www.chinamobileltd.com/en/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "Its US subsidiary China Mobile International USA Inc. is on the FCC Covered List (added 2022-03-25); China Mobile Limited itself is not named there. In force: the subsidiary is on the FCC's Covered List as extracted on 2026-07-09.",
        evidence: [
          {
            title: 'List of Equipment and Services Covered by Section 2 of the Secure Networks Act',
            publisher: 'Federal Communications Commission',
            url: 'https://www.fcc.gov/supplychain/coveredlist',
            date: '2022-03-25',
          },
        ],
      },
    ],
  },
  {
    id: 'dahua',
    name: 'Zhejiang Dahua Technology Co., Ltd.',
    aliases: ['Dahua', 'Dahua Technology', '大华股份'],
    listings: [szse('002236', primary)],
    hq: 'CN',
    inc: 'CN',
    sector: 'Video surveillance equipment',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Zhejiang Dahua Technology Co., Ltd.',
      },
      {
        list: 'bis-entity-list',
        entry: 'Dahua Technology',
      },
      {
        list: 'fcc-covered',
        entry: 'Dahua Technology Company',
      },
      {
        list: 'ndaa-procurement',
        entry: 'Dahua Technology Company',
        note: 'Federal agencies, and companies that contract with them, may not use its video-surveillance equipment (FY2019 NDAA §889). In force since August 2020.',
        evidence: [CITE.ndaa2019],
      },
    ],
    jurisdiction: {
      note: 'Headquartered and incorporated in Hangzhou, mainland China.',
      evidence: [
        {
          title: 'Dahua corporate website',
          publisher: 'Zhejiang Dahua Technology Co., Ltd.',
          url: 'https://www.dahuasecurity.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'hesai',
    name: 'Hesai Group',
    aliases: ['Hesai', 'Hesai Technology', '禾赛科技'],
    listings: [nasdaq('HSAI', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Lidar sensors',
    cik: 1861737,
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Hesai Group',
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Shanghai, mainland China; the listed holding company is incorporated in the Cayman Islands and operates through PRC subsidiaries, so holders are exposed to PRC law, regulators and capital controls.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: Hesai Group (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001861737',
          date: '2026-11-20',
        },
      ],
    },
    factors: [hfcaaDormant(0.1)],
  },
  {
    id: 'china-northern-rare-earth',
    name: 'China Northern Rare Earth (Group) High-Tech Co., Ltd.',
    aliases: ['China Northern Rare Earth', 'Northern Rare Earth', '北方稀土'],
    listings: [sse('600111', primary)],
    hq: 'CN',
    inc: 'CN',
    sector: 'Rare earths',
    jurisdiction: {
      note: 'Headquartered and incorporated in Baotou, Inner Mongolia, mainland China; A shares in Shanghai.',
      evidence: [
        {
          title: 'China Northern Rare Earth corporate website',
          publisher: 'China Northern Rare Earth (Group) High-Tech Co., Ltd.',
          url: 'https://www.reht.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "Controlled by the state-owned Baotou Iron & Steel (Baogang) group of Inner Mongolia and run within China's state rare-earth quota system; formerly named Inner Mongolia Baotou Steel Rare-Earth.",
        evidence: [
          {
            title: 'China Northern Rare Earth corporate website',
            publisher: 'China Northern Rare Earth (Group) High-Tech Co., Ltd.',
            url: 'https://www.reht.com/',
            date: '2026-11-20',
          },
        ],
      },
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "China's April 2025 export licensing for seven medium and heavy rare earths applies to its exports, and its sales depend on Beijing's quota and export policy. Status not rechecked since 2025-07-15.",
        evidence: [CITE.fasMpPartnership],
      },
    ],
  },
  {
    id: 'nvidia',
    name: 'NVIDIA Corporation',
    // 英伟达 in mainland China, 輝達 in Taiwan.
    aliases: ['Nvidia', 'Nvidia Corp', '英伟达', '輝達'],
    listings: [nasdaq('NVDA', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductors (GPUs and AI accelerators)',
    cik: 1045810,
    jurisdiction: {
      note: 'Headquartered in Santa Clara, California, United States; incorporated in Delaware.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: NVIDIA Corporation (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "US export rules since October 2022 require licences to ship NVIDIA's most advanced data-centre GPUs to China; a licence requirement placed on the China-specific H20 in April 2025 led to multi-billion-dollar charges. Status not rechecked since 2025.",
        evidence: [CITE.bisAdvancedComputing2022],
      },
      {
        kind: 'revenue-exposure',
        severity: 0.25,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'China including Hong Kong accounted for about 13% of fiscal-2025 revenue ($17.1B of $130.5B, by customer billing location).',
        revenue: {
          share: 0.13,
          region: 'China (including Hong Kong)',
          basis: 'reported',
          fiscalYear: 'FY2025',
        },
        evidence: [
          {
            title: 'NVIDIA Corporation annual report on Form 10-K, fiscal year ended 2025-01-26',
            publisher: 'U.S. Securities and Exchange Commission (EDGAR)',
            url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=10-K&dateb=&owner=include&count=40',
            date: '2025-02-26',
          },
        ],
      },
      {
        kind: 'supply-chain',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Fabless: its leading-edge chips are manufactured mainly by TSMC in Taiwan, so a cross-Strait disruption would hit supply.',
        evidence: [
          {
            title: 'NVIDIA Corporation annual report on Form 10-K, fiscal year ended 2025-01-26',
            publisher: 'U.S. Securities and Exchange Commission (EDGAR)',
            url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=10-K&dateb=&owner=include&count=40',
            date: '2025-02-26',
          },
        ],
      },
    ],
  },
  {
    id: 'amd',
    name: 'Advanced Micro Devices, Inc.',
    aliases: ['Advanced Micro Devices'],
    listings: [nasdaq('AMD', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductors (CPUs, GPUs)',
    cik: 2488,
    jurisdiction: {
      note: 'Headquartered in Santa Clara, California, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Advanced Micro Devices, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000002488',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.2,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "US export rules since October 2022 restrict sales of AMD's advanced AI accelerators to China; a licence requirement on the MI308 in April 2025 led AMD to flag up to about $800M of charges. Status not rechecked since 2025.",
        evidence: [CITE.bisAdvancedComputing2022],
      },
      {
        kind: 'supply-chain',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Fabless: its leading-edge chips are manufactured mainly by TSMC in Taiwan, so a cross-Strait disruption would hit supply.',
        evidence: [
          {
            title:
              'SEC EDGAR company record and filings: Advanced Micro Devices, Inc. (business address, place of incorporation)',
            publisher: 'U.S. Securities and Exchange Commission',
            url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000002488',
            date: '2026-11-20',
          },
        ],
      },
    ],
  },
  {
    id: 'intel',
    name: 'Intel Corporation',
    aliases: ['Intel', 'Intel Corp'],
    listings: [nasdaq('INTC', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductors (CPUs, foundry)',
    cik: 50863,
    jurisdiction: {
      note: 'Headquartered in Santa Clara, California, United States; incorporated in Delaware.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: Intel Corporation (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000050863',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'revenue-exposure',
        severity: 0.35,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'China accounted for about 27% of 2023 revenue (by customer billing location), per the 2023 Form 10-K.',
        revenue: {
          share: 0.27,
          region: 'China',
          basis: 'reported',
          fiscalYear: 'FY2023',
        },
        evidence: [
          {
            title: 'Intel Corporation Form 10-K, fiscal year ended 2023-12-30',
            publisher: 'U.S. Securities and Exchange Commission (EDGAR)',
            url: 'https://www.sec.gov/Archives/edgar/data/50863/000005086324000010/intc-20231230.htm',
            date: '2024-01-26',
          },
        ],
      },
      {
        kind: 'national-security-tailwind',
        severity: 0.6,
        status: 'confirmed',
        direction: 'tailwind',
        summary:
          'In August 2025 the US government agreed to take a 9.9% equity stake (433.3M shares at $20.47, about $8.9B), funded by converting CHIPS Act and Secure Enclave grants.',
        evidence: [
          {
            title: 'US Govt To Buy Nearly 10% Stake In Intel',
            publisher: 'Nasdaq (RTTNews)',
            url: 'https://www.nasdaq.com/articles/us-govt-buy-nearly-10-stake-intel',
            date: '2025-08-22',
          },
          {
            title: 'Trump White House takes a $10B stake in Intel',
            publisher: 'Politico Europe',
            url: 'https://www.politico.eu/article/trump-white-house-takes-a-10b-stake-in-intel/',
            date: '2025-08-23',
          },
        ],
      },
    ],
  },
  {
    id: 'qualcomm',
    name: 'QUALCOMM Incorporated',
    aliases: ['Qualcomm', '高通'],
    listings: [nasdaq('QCOM', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductors (mobile chips and licensing)',
    cik: 804328,
    jurisdiction: {
      note: 'Headquartered in San Diego, California, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: QUALCOMM Incorporated (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000804328',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'revenue-exposure',
        severity: 0.45,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'China including Hong Kong accounted for about 46% of fiscal-2024 revenue, largely chips delivered to handset makers assembling there (Form 10-K, fiscal year ended 2024-09-29).',
        revenue: {
          share: 0.46,
          region: 'China (including Hong Kong)',
          basis: 'reported',
          fiscalYear: 'FY2024',
        },
        evidence: [
          {
            title: 'QUALCOMM Incorporated Form 10-K, fiscal year ended 2024-09-29',
            publisher: 'U.S. Securities and Exchange Commission (EDGAR)',
            url: 'https://www.sec.gov/Archives/edgar/data/804328/000080432824000075/',
            date: '2024-11-06',
          },
        ],
      },
      {
        kind: 'supply-chain',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Fabless: relies on outside foundries, chiefly TSMC in Taiwan and Samsung in South Korea, for its chips.',
        evidence: [
          {
            title:
              'SEC EDGAR company record and filings: QUALCOMM Incorporated (business address, place of incorporation)',
            publisher: 'U.S. Securities and Exchange Commission',
            url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000804328',
            date: '2026-11-20',
          },
        ],
      },
    ],
  },
  {
    id: 'micron',
    name: 'Micron Technology, Inc.',
    aliases: ['Micron', 'Micron Technology'],
    listings: [nasdaq('MU', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductors (memory)',
    cik: 723125,
    jurisdiction: {
      note: 'Headquartered in Boise, Idaho, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Micron Technology, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000723125',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'On 2023-05-21 the Cyberspace Administration of China said Micron failed a cybersecurity review and told operators of critical information infrastructure in China to stop buying its products. Status not rechecked since 2023-05-22.',
        evidence: [
          {
            title: 'China fails Micron in security review',
            publisher: 'Asia Times',
            url: 'https://asiatimes.com/2023/05/china-fails-micron-in-security-review/',
            date: '2023-05-22',
          },
          {
            title: 'China bars US chipmaker Micron from key infrastructure projects',
            publisher: 'TechNode',
            url: 'https://technode.com/2023/05/22/china-bars-us-chipmaker-micron-from-key-infrastructure-projects/',
            date: '2023-05-22',
          },
        ],
      },
    ],
  },
  {
    id: 'applied-materials',
    name: 'Applied Materials, Inc.',
    aliases: ['Applied Materials'],
    listings: [nasdaq('AMAT', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductor equipment',
    cik: 6951,
    jurisdiction: {
      note: 'Headquartered in Santa Clara, California, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Applied Materials, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000006951',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'US export controls on semiconductor manufacturing equipment (October 2022, expanded October 2023 and later) require licences for many sales of its tools to Chinese fabs, historically one of its largest markets. Status not rechecked since 2023-10-25.',
        evidence: [CITE.bisAdvancedComputing2022, CITE.bisChipTools2023],
      },
    ],
  },
  {
    id: 'lam-research',
    name: 'Lam Research Corporation',
    aliases: ['Lam Research'],
    listings: [nasdaq('LRCX', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductor equipment',
    cik: 707549,
    jurisdiction: {
      note: 'Headquartered in Fremont, California, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Lam Research Corporation (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000707549',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'US export controls on semiconductor manufacturing equipment (October 2022, expanded October 2023 and later) require licences for many sales of its tools to Chinese fabs, historically one of its largest markets. Status not rechecked since 2023-10-25.',
        evidence: [CITE.bisAdvancedComputing2022, CITE.bisChipTools2023],
      },
    ],
  },
  {
    id: 'kla',
    name: 'KLA Corporation',
    aliases: ['KLA', 'KLA Corp', 'KLA-Tencor'],
    listings: [nasdaq('KLAC', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductor equipment (process control)',
    cik: 319201,
    jurisdiction: {
      note: 'Headquartered in Milpitas, California, United States; incorporated in Delaware.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: KLA Corporation (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000319201',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'US export controls on semiconductor manufacturing equipment (October 2022, expanded October 2023 and later) require licences for many sales of its tools to Chinese fabs, historically one of its largest markets. Status not rechecked since 2023-10-25.',
        evidence: [CITE.bisAdvancedComputing2022, CITE.bisChipTools2023],
      },
    ],
  },
  {
    id: 'apple',
    name: 'Apple Inc.',
    aliases: ['Apple Inc'],
    ambiguous: ['Apple'],
    listings: [nasdaq('AAPL', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Consumer electronics',
    cik: 320193,
    jurisdiction: {
      note: 'Headquartered in Cupertino, California, United States; incorporated in California.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: Apple Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'revenue-exposure',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'The Greater China segment (mainland China, Hong Kong, Taiwan) had $67.0B of fiscal-2024 net sales, about 17% of the $391.0B total.',
        revenue: {
          share: 0.17,
          region: 'Greater China (mainland China, Hong Kong, Taiwan)',
          basis: 'reported',
          fiscalYear: 'FY2024',
        },
        evidence: [
          {
            title: 'Apple Inc. Form 10-K, fiscal year ended 2024-09-28',
            publisher: 'U.S. Securities and Exchange Commission (EDGAR)',
            url: 'https://www.sec.gov/Archives/edgar/data/320193/000032019324000123/aapl-20240928.htm',
            date: '2024-11-01',
          },
        ],
      },
      {
        kind: 'supply-chain',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Substantially all manufacturing is done by outsourcing partners in Asia, with much final assembly in mainland China.',
        evidence: [
          {
            title: 'Apple Inc. Form 10-K, fiscal year ended 2024-09-28',
            publisher: 'U.S. Securities and Exchange Commission (EDGAR)',
            url: 'https://www.sec.gov/Archives/edgar/data/320193/000032019324000123/aapl-20240928.htm',
            date: '2024-11-01',
          },
        ],
      },
    ],
  },
  {
    id: 'tsmc',
    name: 'Taiwan Semiconductor Manufacturing Company Limited',
    aliases: ['TSMC', 'Taiwan Semiconductor', 'Taiwan Semiconductor Manufacturing', '台積電', '台灣積體電路製造'],
    listings: [twse('2330', primary), nyse('TSM')],
    hq: 'TW',
    inc: 'TW',
    sector: 'Semiconductors (foundry)',
    cik: 1046179,
    jurisdiction: {
      note: 'Headquartered and incorporated in Hsinchu, Taiwan, where most of its leading-edge capacity sits; exposed to cross-Strait military or blockade risk.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Taiwan Semiconductor Manufacturing Co Ltd (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001046179',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.2,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'US export rules on advanced-computing chips (since October 2022, tightened since) limit which advanced chips it may make for Chinese customers. Status not rechecked since 2022-10-13.',
        evidence: [CITE.bisAdvancedComputing2022],
      },
    ],
  },
  {
    id: 'asml',
    name: 'ASML Holding N.V.',
    aliases: ['ASML Holding'],
    listings: [ams('ASML', primary), nasdaq('ASML')],
    hq: 'NL',
    inc: 'NL',
    sector: 'Semiconductor equipment (lithography)',
    cik: 937966,
    jurisdiction: {
      note: 'Headquartered and incorporated in Veldhoven, the Netherlands.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: ASML Holding N.V. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000937966',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'US rules on semiconductor manufacturing equipment (October 2022, expanded October 2023) and parallel Dutch licensing restrict its lithography sales to China; EUV systems cannot be shipped there. Status not rechecked since 2023-10-25.',
        evidence: [CITE.bisAdvancedComputing2022, CITE.bisChipTools2023],
      },
    ],
  },
  {
    id: 'lockheed-martin',
    name: 'Lockheed Martin Corporation',
    aliases: ['Lockheed Martin', 'Lockheed'],
    listings: [nyse('LMT', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aerospace and defense',
    cik: 936468,
    lists: [
      {
        list: 'cn-unreliable-entity',
        entry: 'Lockheed Martin Corporation',
        since: '2023-02-16',
        note: 'Named over US arms sales to Taiwan. Status not rechecked since 2025-01-02.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2023-02-16)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/article/zwgk/gkzcfb/202302/20230203391289.shtml',
            '2023-02-16',
          ),
        ],
      },
      {
        list: 'cn-export-control',
        entry: 'Lockheed Martin Corporation',
        since: '2025-01-02',
        note: 'Beijing also imposed foreign-ministry countermeasures on Lockheed units such as Lockheed Martin Aeronautics (2024-05-22), over US arms sales to Taiwan. Status not rechecked since 2025-01-02.',
        evidence: [CITE.mofcomExportControl28, CITE.mfaCountermeasures20240522],
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Bethesda, Maryland, United States; incorporated in Maryland.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Lockheed Martin Corporation (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000936468',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'rtx',
    name: 'RTX Corporation',
    aliases: ['RTX Corp', 'Raytheon Technologies', 'Raytheon'],
    listings: [nyse('RTX', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aerospace and defense',
    cik: 101829,
    jurisdiction: {
      note: 'Headquartered in Arlington, Virginia, United States; incorporated in Delaware.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: RTX Corporation (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000101829',
          date: '2026-11-20',
        },
      ],
    },
    // China's lists name RTX units, never RTX Corporation: subsidiary listings (half the list's severity).
    lists: [
      {
        list: 'cn-unreliable-entity',
        entry: 'Raytheon Missiles & Defense',
        since: '2023-02-16',
        subsidiary: true,
        note: 'Named over US arms sales to Taiwan. Status not rechecked since 2025-01-02.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2023-02-16)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/article/zwgk/gkzcfb/202302/20230203391289.shtml',
            '2023-02-16',
          ),
        ],
      },
      {
        list: 'cn-export-control',
        entry: 'Raytheon Missiles & Defense',
        since: '2025-01-02',
        subsidiary: true,
        note: 'The same announcement lists Raytheon Missile Systems and the Raytheon/Lockheed Martin Javelin Joint Venture. Status not rechecked since 2025-01-02.',
        evidence: [CITE.mofcomExportControl28],
      },
      {
        list: 'cn-countermeasures',
        entry: 'Raytheon Missile Systems',
        since: '2024-05-22',
        subsidiary: true,
        note: 'Beijing extended countermeasures to Raytheon Canada and Raytheon Australia on 2024-12-27. Status not rechecked since 2024-12-27.',
        evidence: [
          CITE.mfaCountermeasures20240522,
          ev(
            'Foreign ministry decision on countermeasures against U.S. military-industrial companies (2024-12-27)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.mfa.gov.cn/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/202412/t20241227_11520050.shtml',
            '2024-12-27',
          ),
        ],
      },
    ],
  },
  {
    id: 'northrop-grumman',
    name: 'Northrop Grumman Corporation',
    aliases: ['Northrop Grumman', 'Northrop'],
    listings: [nyse('NOC', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aerospace and defense',
    cik: 1133421,
    lists: [
      {
        list: 'cn-countermeasures',
        entry: 'Northrop Grumman',
        since: '2023-09-15',
        note: 'Beijing extended countermeasures to Northrop Grumman Systems Corporation on 2025-12-26. Status not rechecked since 2025-12-26.',
        evidence: [
          ev(
            'Foreign ministry decision on countermeasures against U.S. defense companies (2023-09-15)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.mfa.gov.cn/eng/xwfw_665399/s2510_665401/202309/t20230915_11143584.html',
            '2023-09-15',
          ),
          ev(
            'Foreign ministry decision on countermeasures against U.S. military-industrial companies and executives (2025-12-26)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.mfa.gov.cn/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/202512/t20251226_11787617.shtml',
            '2025-12-26',
          ),
        ],
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Falls Church, Virginia, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Northrop Grumman Corporation (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001133421',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'general-dynamics',
    name: 'General Dynamics Corporation',
    aliases: ['General Dynamics'],
    listings: [nyse('GD', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aerospace and defense',
    cik: 40533,
    lists: [
      {
        list: 'cn-export-control',
        entry: 'General Dynamics',
        since: '2025-01-02',
        note: 'MOFCOM also listed its Land Systems, Mission Systems, Information Technology and Ordnance and Tactical Systems units (2025-01-02 and 2025-03-04); those units also face foreign-ministry countermeasures (2024). Status not rechecked since 2025-01-02.',
        evidence: [CITE.mofcomExportControl28, CITE.mfaCountermeasures20240522],
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Reston, Virginia, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: General Dynamics Corporation (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000040533',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'l3harris',
    name: 'L3Harris Technologies, Inc.',
    aliases: ['L3 Harris Technologies', 'L3Harris', 'L3Harris Technologies'],
    listings: [nyse('LHX', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aerospace and defense',
    cik: 202058,
    lists: [
      {
        list: 'cn-export-control',
        entry: 'L3 Harris Technologies',
        since: '2025-01-02',
        note: 'Beijing named the parent itself; it later added the subsidiary L3Harris Maritime Services to its countermeasure list (2025-12-26) and export-control list (2026-06-22).',
        evidence: [
          ev(
            'MOFCOM announcement adding U.S. defence companies to the export-control list (2025-01-02)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025nswbgg/art/2025/art_9b966e20a6934cc6b4fa2cf777626854.html',
            '2025-01-02',
          ),
        ],
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Melbourne, Florida, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: L3Harris Technologies, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000202058',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'palantir',
    name: 'Palantir Technologies Inc.',
    aliases: ['Palantir', 'Palantir Technologies'],
    listings: [nasdaq('PLTR', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Software (defense and government analytics)',
    cik: 1321655,
    jurisdiction: {
      note: 'Headquartered in Denver, Colorado, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Palantir Technologies Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001321655',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'huntington-ingalls',
    name: 'Huntington Ingalls Industries, Inc.',
    aliases: ['Huntington Ingalls', 'Huntington Ingalls Industries'],
    listings: [nyse('HII', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Shipbuilding and defense',
    cik: 1501585,
    lists: [
      {
        list: 'cn-countermeasures',
        entry: 'Huntington Ingalls Industries Inc.',
        since: '2024-10-10',
        note: 'Status not rechecked since 2025-09-25.',
        evidence: [
          ev(
            'Foreign ministry decision on countermeasures against U.S. military-industrial companies and senior managers (2024-10-10)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.mfa.gov.cn/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/202410/t20241010_11504846.shtml',
            '2024-10-10',
          ),
        ],
      },
      {
        list: 'cn-unreliable-entity',
        entry: 'Huntington Ingalls Industries Inc.',
        since: '2025-03-04',
        note: 'Status not rechecked since 2025-09-25.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2025-03-04)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_fe1f402f866f4216b1e835770df96f8c.html',
            '2025-03-04',
          ),
        ],
      },
      {
        list: 'cn-export-control',
        entry: 'Huntington Ingalls Industries, Inc.',
        since: '2025-09-25',
        note: 'Status not rechecked since 2025-09-25.',
        evidence: [
          ev(
            'MOFCOM announcement adding U.S. entities to the export-control list (2025-09-25)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_250b2a4fdbd04ed19f626a5ce931492c.html',
            '2025-09-25',
          ),
        ],
      },
    ],
    jurisdiction: {
      note: 'Headquartered in Newport News, Virginia, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: Huntington Ingalls Industries, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001501585',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'boeing',
    name: 'The Boeing Company',
    aliases: ['Boeing'],
    listings: [nyse('BA', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aerospace and defense',
    cik: 12927,
    jurisdiction: {
      note: 'Headquartered in Arlington, Virginia, United States; incorporated in Delaware.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: The Boeing Company (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000012927',
          date: '2026-11-20',
        },
      ],
    },
    // China's lists name Boeing units, never The Boeing Company: subsidiary listings (half the list's severity).
    lists: [
      {
        list: 'cn-unreliable-entity',
        entry: 'Boeing Defense, Space & Security',
        since: '2024-05-20',
        subsidiary: true,
        note: 'Named over US arms sales to Taiwan. Status not rechecked since 2025-01-02.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2024-05-20)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/article/zwgk/gkzcfb/202405/20240503510684.shtml',
            '2024-05-20',
          ),
        ],
      },
      {
        list: 'cn-export-control',
        entry: 'Boeing Defense, Space & Security',
        since: '2025-01-02',
        subsidiary: true,
        note: 'Status not rechecked since 2025-01-02.',
        evidence: [CITE.mofcomExportControl28],
      },
      {
        list: 'cn-countermeasures',
        entry: 'Boeing in St. Louis',
        since: '2025-12-26',
        subsidiary: true,
        note: 'Status not rechecked since 2025-12-26.',
        evidence: [
          ev(
            'Foreign ministry decision on countermeasures against U.S. military-industrial companies (2025-12-26)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.mfa.gov.cn/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/202512/t20251226_11787617.shtml',
            '2025-12-26',
          ),
        ],
      },
    ],
  },
  {
    id: 'goldman-sachs',
    name: 'The Goldman Sachs Group, Inc.',
    aliases: ['Goldman Sachs', 'Goldman Sachs Group'],
    listings: [nyse('GS', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Investment banking',
    cik: 886982,
    jurisdiction: {
      note: 'Headquartered in New York, New York, United States; incorporated in Delaware.',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: The Goldman Sachs Group, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000886982',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'national-security-tailwind',
        severity: 0.2,
        status: 'confirmed',
        direction: 'tailwind',
        summary:
          "With JPMorgan Chase, committed $1B of financing for MP Materials' 10X magnet plant as part of the July 2025 DoD rare-earth partnership.",
        evidence: [
          {
            title:
              'MP Materials Announces Transformational Public-Private Partnership with the Department of Defense to Accelerate U.S. Rare Earth Magnet Independence',
            publisher: 'MP Materials (Business Wire)',
            url: 'https://www.businesswire.com/news/home/20250710526348/en/MP-Materials-Announces-Transformational-Public-Private-Partnership-with-the-Department-of-Defense-to-Accelerate-U.S.-Rare-Earth-Magnet-Independence',
            date: '2025-07-10',
          },
        ],
      },
    ],
  },
  {
    id: 'lynas',
    name: 'Lynas Rare Earths Limited',
    aliases: ['Lynas', 'Lynas Rare Earths'],
    listings: [asx('LYC', primary)],
    hq: 'AU',
    inc: 'AU',
    sector: 'Rare earths',
    jurisdiction: {
      note: 'Australian company mining at Mount Weld, Western Australia, with processing in Kalgoorlie and in Kuantan, Malaysia.',
      evidence: [
        {
          title: 'Lynas Rare Earths corporate website',
          publisher: 'Lynas Rare Earths Limited',
          url: 'https://lynasrareearths.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'supply-chain',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'The largest rare-earth producer outside China, selling into a market where China processes about 91% of supply and has used export licensing (April 2025), which drives prices and competition.',
        evidence: [CITE.fasMpPartnership],
      },
    ],
  },
  {
    id: 'usa-rare-earth',
    name: 'USA Rare Earth, Inc.',
    aliases: ['USA Rare Earth'],
    listings: [nasdaq('USAR', primary)],
    hq: 'US',
    sector: 'Rare earths and magnets',
    cik: 1970622,
    lists: [
      {
        list: 'cn-export-control',
        entry: 'USA Rare Earth, Inc.',
        since: '2026-06-22',
        note: 'Status not rechecked since 2026-06-22.',
        evidence: [CITE.mofcomExportControl2026],
      },
    ],
    jurisdiction: {
      note: 'US rare-earth magnet developer (magnet plant in Stillwater, Oklahoma; Round Top deposit in Texas).',
      evidence: [
        {
          title:
            'SEC EDGAR company record and filings: USA Rare Earth, Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001970622',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'supply-chain',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "China processes about 91% of the world's rare earths and added export licensing for seven medium and heavy rare earths in April 2025, so prices and some inputs remain exposed to Chinese policy.",
        evidence: [CITE.fasMpPartnership],
      },
    ],
  },
  {
    id: 'energy-fuels',
    name: 'Energy Fuels Inc.',
    aliases: ['Energy Fuels'],
    listings: [nyseAmerican('UUUU', primary), tsx('EFR')],
    hq: 'US',
    inc: 'CA',
    sector: 'Uranium and rare earths',
    cik: 1385849,
    jurisdiction: {
      note: 'Headquartered in Lakewood, Colorado, United States (White Mesa Mill in Utah); incorporated in Ontario, Canada.',
      evidence: [
        {
          title: 'SEC EDGAR company record and filings: Energy Fuels Inc. (business address, place of incorporation)',
          publisher: 'U.S. Securities and Exchange Commission',
          url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001385849',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'supply-chain',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "China processes about 91% of the world's rare earths and added export licensing for seven medium and heavy rare earths in April 2025, so prices and some inputs remain exposed to Chinese policy.",
        evidence: [CITE.fasMpPartnership],
      },
    ],
  },
];
