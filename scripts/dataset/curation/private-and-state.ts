/**
 * Privately held companies and state groups without listed equity of their own: notable private names, and the parents on the 1260H and NS-CMIC lists (their listed subsidiaries are in chinese-military.ts).
 */
import { type Curated, ev } from './dsl';

export const PRIVATE_AND_STATE: Curated[] = [
  {
    id: 'bytedance',
    name: 'ByteDance Ltd.',
    aliases: ['ByteDance', '字节跳动', 'TikTok'],
    aliasEvidence: {
      TikTok: [
        {
          title:
            'H.R. 7521, Protecting Americans from Foreign Adversary Controlled Applications Act (referred in Senate): "TikTok and any successor application or service … developed or provided by ByteDance Ltd."',
          publisher: 'U.S. Government Publishing Office',
          url: 'https://www.govinfo.gov/content/pkg/BILLS-118hr7521rfs/html/BILLS-118hr7521rfs.htm',
          date: '2024-03-14',
        },
      ],
    },
    private: true,
    takeaway: 'Made by US law to give up control of TikTok US; keeps 19.9% of the new venture',
    hq: 'CN',
    inc: 'KY',
    sector: 'Social media (TikTok, Douyin)',
    jurisdiction: {
      evidence: [
        {
          title: 'ByteDance: corporate website (company profile and investor relations)',
          publisher: 'ByteDance',
          url: 'https://www.bytedance.com/',
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
          "A 2024 US law forced it to divest TikTok's US business; in December 2025 it agreed to keep only 19.9% of a new US joint venture run by Oracle, Silver Lake and MGX, and it remains subject to US data-security scrutiny. Status not rechecked since 2025-12-19.",
        evidence: [
          {
            title: 'TikTok says it signed agreements for new US joint venture',
            publisher: 'NDTV Profit (Bloomberg)',
            url: 'https://www.ndtvprofit.com/business/tiktok-says-it-signed-agreements-for-new-us-joint-venture-2',
            date: '2025-12-19',
          },
        ],
      },
    ],
  },
  {
    id: 'shein',
    name: 'Shein Group Ltd.',
    aliases: ['Shein', 'SHEIN'],
    private: true,
    hq: 'SG',
    inc: 'SG',
    sector: 'Fast-fashion e-commerce',
    jurisdiction: {
      evidence: [
        {
          title: 'Shein: corporate website (company profile and investor relations)',
          publisher: 'Shein',
          url: 'https://www.sheingroup.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'supply-chain',
        severity: 0.3,
        status: 'alleged',
        direction: 'risk',
        summary:
          'Most of its goods are made by suppliers in southern China; US lawmakers and NGOs have questioned whether Xinjiang cotton enters its supply chain, which it says it bans.',
        evidence: [
          {
            title: 'Shein: corporate website (company profile and investor relations)',
            publisher: 'Shein',
            url: 'https://www.sheingroup.com/',
            date: '2026-11-20',
          },
        ],
      },
      {
        kind: 'regulatory-action',
        severity: 0.2,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'The end of the US de minimis duty exemption for Chinese parcels in 2025 removed the tariff-free route its US business relied on. Status not rechecked since 2026-11-20.',
        evidence: [
          {
            title: 'Shein: corporate website (company profile and investor relations)',
            publisher: 'Shein',
            url: 'https://www.sheingroup.com/',
            date: '2026-11-20',
          },
        ],
      },
    ],
  },
  {
    id: 'unitree',
    name: 'Hangzhou Yushu Technology Co., Ltd.',
    aliases: ['Unitree', 'Unitree Robotics', '宇树科技'],
    private: true,
    hq: 'CN',
    sector: 'Robots (quadrupeds and humanoids)',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Hangzhou Yushu Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by and indirectly affiliated with China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'ymtc',
    name: 'Yangtze Memory Technologies Co., Ltd.',
    aliases: ['YMTC', 'Yangtze Memory Technologies', '长江存储'],
    private: true,
    hq: 'CN',
    sector: 'NAND flash memory',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'ndaa-procurement',
        entry: 'Yangtze Memory Technologies Corp',
        note: 'Federal agencies may not buy products or services containing its semiconductors from December 23, 2027 (FY2023 NDAA §5949).',
        evidence: [
          ev(
            'James M. Inhofe National Defense Authorization Act for Fiscal Year 2023 (Pub. L. 117-263), Section 5949',
            'U.S. Congress (congress.gov)',
            'https://www.congress.gov/117/bills/hr7776/BILLS-117hr7776enr.pdf',
            '2022-12-23',
          ),
        ],
      },
      {
        list: 'dod-1260h',
        entry: 'Yangtze Memory Technologies Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is indirectly affiliated with the industry ministry (MIIT) and the defence-industry agency (SASTIND).",
      },
      {
        list: 'bis-entity-list',
        entry: 'Yangtze Memory Technologies Co., Ltd.',
      },
    ],
  },
  {
    id: 'cxmt',
    name: 'ChangXin Memory Technologies, Inc.',
    aliases: ['CXMT', 'ChangXin Memory', '长鑫存储'],
    private: true,
    hq: 'CN',
    sector: 'DRAM memory',
    lists: [
      {
        list: 'ndaa-procurement',
        entry: 'ChangXin Memory Technologies',
        note: 'Federal agencies may not buy products or services containing its semiconductors from December 23, 2027 (FY2023 NDAA §5949).',
        evidence: [
          ev(
            'James M. Inhofe National Defense Authorization Act for Fiscal Year 2023 (Pub. L. 117-263), Section 5949',
            'U.S. Congress (congress.gov)',
            'https://www.congress.gov/117/bills/hr7776/BILLS-117hr7776enr.pdf',
            '2022-12-23',
          ),
        ],
      },
      {
        list: 'dod-1260h',
        entry: 'ChangXin Memory Technologies, Inc.',
        note: "DoD's stated reason: the company is directly affiliated with the industry ministry (MIIT) and indirectly affiliated with China's state-asset regulator (SASAC) and MIIT.",
      },
    ],
  },
  {
    id: 'tp-link',
    name: 'TP-Link Technologies Co., Ltd.',
    aliases: ['TP-Link', 'TP-Link Technologies'],
    private: true,
    hq: 'CN',
    sector: 'Networking equipment',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'TP-Link Technologies Co., Ltd.',
        note: "DoD's stated reason: the company is directly affiliated with the People's Liberation Army.",
      },
    ],
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.4,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'On 2026-03-23 the FCC added routers produced in a foreign country to its Covered List (unless granted a conditional approval by the Defense or Homeland Security department), which blocks new US authorisations for TP-Link’s routers (TP-Link is not named individually). In force since 2026-03-23.',
        since: '2026-03-23',
        evidence: [
          ev(
            'List of Equipment and Services Covered by Section 2 of the Secure Networks Act',
            'Federal Communications Commission',
            'https://www.fcc.gov/supplychain/coveredlist',
            '2026-07-07',
          ),
        ],
      },
    ],
  },
  {
    id: 'autel-robotics',
    name: 'Autel Robotics Co., Ltd.',
    aliases: ['Autel Robotics'],
    private: true,
    hq: 'CN',
    sector: 'Drones',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Shenzhen Daotong Intelligent Aviation Technology Co., Ltd.',
        note: 'The entry names Autel Robotics as an alias.',
      },
      {
        list: 'dod-1260h',
        entry: 'Autel Robotics Co., Ltd.',
        note: "DoD names it a contributor to China's military-civil fusion: it knowingly received Chinese government support for science, technology or industrial work.",
      },
    ],
  },
  {
    id: 'baicells',
    name: 'Baicells Technologies Co., Ltd.',
    aliases: ['Baicells'],
    private: true,
    hq: 'CN',
    sector: 'Wireless base stations',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Baicells Technologies Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with China's state-asset regulator (SASAC) and the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'knownsec',
    name: 'Beijing Zhidao Chuangyu Information Technology Co., Ltd.',
    aliases: ['Knownsec'],
    private: true,
    hq: 'CN',
    sector: 'Cybersecurity',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Beijing Zhidao Chuangyu Information Technology Co., Ltd.',
        note: "DoD's stated reason: the company is directly affiliated with the industry ministry (MIIT) and indirectly affiliated with China's state-asset regulator (SASAC) and MIIT.",
      },
    ],
  },
  {
    id: 'gtcom',
    name: 'Global Tone Communication Technology Co., Ltd.',
    aliases: ['GTCOM', 'Global Tone Communication'],
    private: true,
    hq: 'CN',
    sector: 'Machine translation and data mining',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Global Tone Communication Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with China's state-asset regulator (SASAC) and the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'yitu',
    name: 'Shanghai Yitu Network Technology Co., Ltd.',
    aliases: ['Yitu', 'Yitu Technology', '依图科技'],
    private: true,
    hq: 'CN',
    sector: 'Facial recognition',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Shanghai Yitu Network Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is indirectly affiliated with the industry ministry (MIIT), SASAC, the defence-industry agency (SASTIND), and the People's Liberation Army.",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Yitu Limited',
      },
    ],
  },
  {
    id: 'megvii',
    name: 'Megvii Technology Limited',
    aliases: ['Megvii', 'Face++', '旷视科技'],
    private: true,
    hq: 'CN',
    sector: 'Facial recognition and AI',
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Megvii Technology Limited',
      },
      {
        list: 'bis-entity-list',
        entry: 'Megvii Technology',
      },
    ],
  },
  {
    id: 'inspur-group',
    name: 'Inspur Group Co., Ltd.',
    aliases: ['Inspur Group', 'Inspur'],
    private: true,
    hq: 'CN',
    sector: 'Servers and IT (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'Shandong provincial SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Inspur Group Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with the industry ministry (MIIT) and the defence-industry agency (SASTIND).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Inspur Group Co., Ltd.',
      },
      {
        list: 'bis-entity-list',
        entry: 'Inspur Group Co., Ltd.',
      },
    ],
  },
  {
    id: 'huawei-holding',
    name: 'Huawei Investment & Holding Co., Ltd.',
    aliases: ['Huawei Investment & Holding', 'Huawei Holding'],
    private: true,
    hq: 'CN',
    sector: 'Holding company of the Huawei group',
    ownership: {
      parent: 'Owned by an employee union and founder Ren Zhengfei',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Huawei Investment & Holding Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with China's state-asset regulator (SASAC) and is directly affiliated with the industry ministry (MIIT).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Huawei Investment & Holding Co., Ltd.',
      },
    ],
  },
  {
    id: 'avic',
    name: 'Aviation Industry Corporation of China, Ltd.',
    aliases: ['AVIC', 'Aviation Industry Corporation of China', '中国航空工业集团'],
    private: true,
    hq: 'CN',
    sector: 'Military and civil aircraft (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Aviation Industry Corporation of China, Ltd.',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Aviation Industry Corporation of China, Ltd',
      },
    ],
  },
  {
    id: 'casc',
    name: 'China Aerospace Science and Technology Corporation',
    aliases: ['CASC', 'China Aerospace Science and Technology', '中国航天科技集团'],
    private: true,
    hq: 'CN',
    sector: 'Rockets, satellites and missiles (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Aerospace Science and Technology Corporation',
      },
    ],
  },
  {
    id: 'casic',
    name: 'China Aerospace Science and Industry Corporation Limited',
    aliases: ['CASIC', 'China Aerospace Science and Industry', '中国航天科工集团'],
    private: true,
    hq: 'CN',
    sector: 'Missiles and aerospace (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China Aerospace Science and Industry Corporation Limited',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Aerospace Science and Industry Corporation Limited',
      },
    ],
  },
  {
    id: 'cetc',
    name: 'China Electronics Technology Group Corporation',
    aliases: ['CETC', 'China Electronics Technology Group', '中国电科'],
    private: true,
    hq: 'CN',
    sector: 'Defense electronics (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Southwest Research Institute of Electronics Technology',
        subsidiary: true,
        note: "The entry is CETC's 10th Research Institute.",
      },
      {
        list: 'dod-1260h',
        entry: 'China Electronics Technology Group Corporation',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC), is directly affiliated with the industry ministry (MIIT) and the defence-industry agency (SASTIND), and it is indirectly affiliated with MIIT and the People's Liberation Army.",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Electronics Technology Group Corporation',
      },
    ],
  },
  {
    id: 'cec',
    name: 'China Electronics Corporation',
    aliases: ['China Electronics Corporation', '中国电子'],
    private: true,
    hq: 'CN',
    sector: 'Electronics and IT (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China Electronics Corporation',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Electronics Corporation',
      },
    ],
  },
  {
    id: 'norinco',
    name: 'China North Industries Group Corporation Limited',
    aliases: ['Norinco', 'Norinco Group', 'China North Industries Group'],
    private: true,
    hq: 'CN',
    sector: 'Land weapons and vehicles (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China North Industries Group Corporation Limited',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC) and is directly affiliated with the defence-industry agency (SASTIND) and the People's Liberation Army.",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China North Industries Group Corporation Limited',
      },
    ],
  },
  {
    id: 'csgc',
    name: 'China South Industries Group Corporation',
    aliases: ['China South Industries Group', 'CSGC'],
    private: true,
    hq: 'CN',
    sector: 'Weapons and vehicles (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China South Industries Group Corporation',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China South Industries Group Co., Ltd.',
      },
    ],
  },
  {
    id: 'cssc',
    name: 'China State Shipbuilding Corporation Limited',
    aliases: ['CSSC', 'China State Shipbuilding Corporation', '中国船舶集团'],
    private: true,
    hq: 'CN',
    sector: 'Naval and commercial shipbuilding (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China State Shipbuilding Corporation Limited',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China State Shipbuilding Corporation',
      },
    ],
  },
  {
    id: 'cosco-group',
    name: 'China COSCO SHIPPING Corporation Limited',
    aliases: ['China COSCO Shipping', 'COSCO SHIPPING', '中远海运集团'],
    private: true,
    hq: 'CN',
    sector: 'Shipping and ports (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China COSCO SHIPPING Corporation Limited',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC); it officially acts on behalf of the People's Liberation Army; and it is indirectly affiliated with the defence-industry agency (SASTIND).",
      },
    ],
  },
  {
    id: 'cnnc',
    name: 'China National Nuclear Corporation',
    aliases: ['CNNC', 'China National Nuclear', '中核集团'],
    private: true,
    hq: 'CN',
    sector: 'Nuclear power and weapons programme (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China National Nuclear Corporation',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC) and is affiliated with the People's Liberation Army and the defence-industry agency (SASTIND).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China National Nuclear Corporation',
      },
    ],
  },
  {
    id: 'cgn',
    name: 'China General Nuclear Power Corporation',
    aliases: ['CGN', 'China General Nuclear', '中广核'],
    private: true,
    hq: 'CN',
    sector: 'Nuclear power (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'China General Nuclear Power Corporation (CGNPC)',
        since: '2019-08-14',
      },
      {
        list: 'dod-1260h',
        entry: 'China General Nuclear Power Corporation',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China General Nuclear Power Corporation',
      },
    ],
  },
  {
    id: 'ctg',
    name: 'China Three Gorges Corporation',
    aliases: ['China Three Gorges', 'Three Gorges Corporation', '中国三峡集团'],
    private: true,
    hq: 'CN',
    sector: 'Hydropower (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China Three Gorges Corporation',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'chemchina',
    name: 'China National Chemical Corporation Ltd.',
    aliases: ['ChemChina', 'China National Chemical'],
    private: true,
    hq: 'CN',
    sector: 'Chemicals (group, now part of Sinochem Holdings)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China National Chemical Corporation Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'cncec',
    name: 'China National Chemical Engineering Group Corporation',
    aliases: ['CNCEC', 'China National Chemical Engineering'],
    private: true,
    hq: 'CN',
    sector: 'Chemical engineering and construction (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China National Chemical Engineering Group Corporation',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'cnooc-group',
    name: 'China National Offshore Oil Corporation',
    aliases: ['China National Offshore Oil', 'CNOOC Group'],
    private: true,
    hq: 'CN',
    sector: 'Offshore oil and gas (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China National Offshore Oil Corporation',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China National Offshore Oil Corporation',
      },
    ],
  },
  {
    id: 'china-mobile-group',
    name: 'China Mobile Communications Group Co., Ltd.',
    aliases: ['China Mobile Communications Group', 'China Mobile Group'],
    private: true,
    hq: 'CN',
    sector: 'Telecommunications (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China Mobile Communications Group Co., Ltd.',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Mobile Communications Group Co., Ltd.',
      },
    ],
  },
  {
    id: 'china-telecom-group',
    name: 'China Telecommunications Corporation',
    aliases: ['China Telecommunications Corporation', 'China Telecom Group'],
    private: true,
    hq: 'CN',
    sector: 'Telecommunications (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China Telecom Group Co., Ltd.',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Telecommunications Corporation',
      },
    ],
  },
  {
    id: 'china-unicom-group',
    name: 'China United Network Communications Group Co., Ltd.',
    aliases: ['China Unicom Group', 'China United Network Communications Group'],
    private: true,
    hq: 'CN',
    sector: 'Telecommunications (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China United Network Communications Group Co., Ltd.',
        note: "DoD's stated reason: the company is directly controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China United Network Communications Group Company Limited',
      },
    ],
  },
  {
    id: 'cccg',
    name: 'China Communications Construction Group (Limited)',
    aliases: ['CCCG', 'China Communications Construction Group'],
    private: true,
    hq: 'CN',
    sector: 'Infrastructure construction (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China Communications Construction Group (Limited)',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Communications Construction Group (Limited)',
      },
    ],
  },
  {
    id: 'comac',
    name: 'Commercial Aircraft Corporation of China, Ltd.',
    aliases: ['COMAC', 'Commercial Aircraft Corporation of China', '中国商飞'],
    private: true,
    hq: 'CN',
    sector: 'Commercial jets (C919)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Commercial Aircraft Corporation of China Limited',
        note: "DoD's stated reason: the company is directly owned and controlled by China's state-asset regulator (SASAC) and is directly affiliated with the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'aecc',
    name: 'Aero Engine Corporation of China',
    aliases: ['AECC', 'Aero Engine Corporation of China', '中国航发'],
    private: true,
    hq: 'CN',
    sector: 'Aircraft engines (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Aviation Engine Group Co., Ltd',
      },
    ],
  },
  {
    id: 'calt',
    name: 'China Academy of Launch Vehicle Technology',
    aliases: ['CALT', 'China Academy of Launch Vehicle Technology'],
    private: true,
    hq: 'CN',
    sector: 'Launch vehicles and missiles',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China Aerospace Science and Technology Corporation',
      parentId: 'casc',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Academy of Launch Vehicle Technology',
      },
    ],
  },
  {
    id: 'bgi-group',
    name: 'BGI Group',
    aliases: ['BGI Group', '华大集团'],
    private: true,
    hq: 'CN',
    sector: 'Genomics (group)',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'BGI Group',
        note: "DoD's stated reason: the company is directly and indirectly affiliated with the People's Liberation Army and indirectly affiliated with the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'sinotrans-csc',
    name: 'Sinotrans & CSC Holdings Co., Ltd.',
    aliases: ['Sinotrans & CSC', 'Sinotrans & CSC Holdings'],
    private: true,
    hq: 'CN',
    sector: 'Logistics and shipping (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China Merchants Group',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Sinotrans & CSC Holdings Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is directly affiliated with the People's Liberation Army.",
      },
    ],
  },
  {
    id: 'panda-group',
    name: 'Panda Electronics Group Co., Ltd.',
    aliases: ['Panda Electronics Group'],
    private: true,
    hq: 'CN',
    sector: 'Electronics (group)',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China Electronics Corporation',
      parentId: 'cec',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Panda Electronics Group Co., Ltd.',
      },
    ],
  },
  {
    id: 'cctc',
    name: 'China Construction Technology Co., Ltd.',
    aliases: ['China Construction Technology', 'CCTC'],
    private: true,
    hq: 'CN',
    sector: 'Construction technology',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China Construction Technology Co. Ltd.',
        note: "DoD's stated reason: the company is directly controlled by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'china-cargo-airlines',
    name: 'China Cargo Airlines Co., Ltd.',
    aliases: ['China Cargo Airlines'],
    private: true,
    hq: 'CN',
    sector: 'Air cargo',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China Eastern Air Holding',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China Cargo Airlines Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and indirectly affiliated with it.",
      },
    ],
  },
  {
    id: 'origincell',
    name: 'Origincell Technology Co., Ltd.',
    aliases: ['Origincell'],
    private: true,
    hq: 'CN',
    sector: 'Biotechnology (stem-cell therapy)',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Origincell Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with the industry ministry (MIIT), China's state-asset regulator (SASAC), the defence-industry agency (SASTIND), and the People's Liberation Army.",
      },
    ],
  },
  {
    id: 'geosun',
    name: 'Wuhan Geosun Navigation Technology Co., Ltd.',
    aliases: ['Geosun', 'Geosun Navigation'],
    private: true,
    hq: 'CN',
    sector: 'Surveying and navigation equipment',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Wuhan Geosun Navigation Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with China's state-asset regulator (SASAC), the defence-industry agency (SASTIND), and the People's Liberation Army.",
      },
    ],
  },
  {
    id: 'm-and-s-electronics',
    name: 'Chengdu Mengsheng Electronic Technology Co., Ltd.',
    aliases: ['M&S Electronics', 'Chengdu M&S Electronics'],
    private: true,
    hq: 'CN',
    sector: 'Electronic components',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Chengdu Mengsheng Electronic Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with China's state-asset regulator (SASAC) and the defence-industry agency (SASTIND).",
      },
    ],
  },
];
