/**
 * Issuers on the DoD 1260H list (2026-06-08 edition) or the OFAC NS-CMIC list that have listed equity, and listed subsidiaries named under a 1260H group. List entries are written exactly as each list prints them.
 */
import { type Curated, ev, hkex, primary, sse, szse } from './dsl';

export const CHINESE_MILITARY: Curated[] = [
  {
    id: 'qihoo-360',
    name: '360 Security Technology Inc.',
    aliases: ['Qihoo 360', '360 Security Technology', '三六零'],
    listings: [sse('601360', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Cybersecurity and internet services',
    lists: [
      {
        list: 'dod-1260h',
        entry: '360 Security Technology, Inc.',
        note: "DoD's stated reason: the company is directly and indirectly affiliated with the industry ministry (MIIT) and the Ministry of State Security.",
      },
    ],
  },
  {
    id: 'aerospace-ch-uav',
    name: 'Aerospace CH UAV Co., Ltd.',
    aliases: ['Aerospace CH UAV', 'CH UAV'],
    listings: [szse('002389', { primary: true, isin: 'CNE100000N20', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Military drones (CH-series UAVs)',
    ownership: {
      parent: 'China Aerospace Science and Technology Corporation',
      parentId: 'casc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Aerospace CH UAV Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is directly affiliated with the People's Liberation Army.",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Aerospace CH UAV Co Ltd',
      },
    ],
  },
  {
    id: 'aerosun',
    name: 'Aerosun Corporation',
    aliases: ['Aerosun'],
    listings: [sse('600501', { primary: true, isin: 'CNE000001857', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Aerospace and industrial components',
    ownership: {
      parent: 'China Aerospace Science and Industry Corporation',
      parentId: 'casic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Aerosun Corporation',
      },
      {
        list: 'dod-1260h',
        entry: 'Aerosun Corporation',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and indirectly affiliated with it.",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Aerosun Corporation',
      },
    ],
  },
  {
    id: 'autel-intelligent',
    name: 'Autel Intelligent Technology Corp., Ltd.',
    aliases: ['Autel Intelligent Technology', 'Autel Technology'],
    listings: [sse('688208', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Automotive diagnostics and EV chargers',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Autel Intelligent Technology Corp., Ltd.',
        note: "DoD names it a contributor to China's military-civil fusion: it knowingly received Chinese government support for science, technology or industrial work.",
      },
    ],
  },
  {
    id: 'boe',
    name: 'BOE Technology Group Co., Ltd.',
    aliases: ['BOE Technology', 'BOE Technology Group', '京东方'],
    listings: [szse('000725', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Display panels',
    ownership: {
      stateOwned: true,
      stateOwner: 'Beijing municipal state-owned investment companies',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'BOE Technology Group Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'calb',
    name: 'CALB Group Co., Ltd.',
    aliases: ['CALB', 'CALB Group', '中创新航'],
    listings: [hkex('3931', { primary: true, security: 'h-shares' })],
    hq: 'CN',
    sector: 'EV batteries',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'CALB Group Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and directly and indirectly affiliated with it.",
      },
    ],
  },
  {
    id: 'cetc-cyberspace-security',
    name: 'CETC Cyberspace Security Technology Co., Ltd.',
    aliases: ['CETC Cyberspace Security', 'Westone Information Industry'],
    listings: [szse('002268', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Cryptography and network security equipment',
    ownership: {
      parent: 'China Electronics Technology Group Corporation',
      parentId: 'cetc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'CETC Cyberspace Security Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is directly affiliated with the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'cetc-digital',
    name: 'CETC Digital Technology Co., Ltd.',
    aliases: ['CETC Digital Technology', 'Shanghai East China Computer'],
    listings: [sse('600850', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'IT services and computers',
    ownership: {
      parent: 'China Electronics Technology Group Corporation',
      parentId: 'cetc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'CETC Digital Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'cetc-potevio',
    name: 'CETC Potevio Science & Technology Co., Ltd.',
    aliases: ['CETC Potevio', 'GCI Science & Technology'],
    listings: [szse('002544', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Telecom network services',
    ownership: {
      parent: 'China Electronics Technology Group Corporation',
      parentId: 'cetc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'CETC Potevio Science & Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'jouav',
    name: 'Chengdu JOUAV Automation Tech Co., Ltd.',
    aliases: ['JOUAV', 'Chengdu JOUAV', 'Chengdu Zongheng Automation Technology'],
    listings: [sse('688070', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Industrial and military drones',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Chengdu Zongheng Automation Technology Co., Ltd.',
      },
      {
        list: 'dod-1260h',
        entry: 'Chengdu JOUAV Automation Tech Co., Ltd.',
        note: "DoD's stated reason: the company is directly affiliated with the industry ministry (MIIT) and the People's Liberation Army.",
      },
    ],
  },
  {
    id: 'cimc',
    name: 'China International Marine Containers (Group) Co., Ltd.',
    aliases: ['CIMC', 'China International Marine Containers', '中集集团'],
    listings: [szse('000039', { primary: true, security: 'a-shares' }), hkex('2039', { security: 'h-shares' })],
    hq: 'CN',
    sector: 'Shipping containers and logistics equipment',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
      parent: 'China Merchants Group (largest shareholder)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China International Marine Containers (Group) Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is indirectly affiliated with the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'china-spacesat',
    name: 'China Spacesat Co., Ltd.',
    aliases: ['China Spacesat', 'China SpaceSat'],
    listings: [sse('600118', { primary: true, isin: 'CNE000000SM3', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Small satellites and space equipment',
    ownership: {
      parent: 'China Aerospace Science and Technology Corporation',
      parentId: 'casc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China SpaceSat Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is indirectly affiliated with the People's Liberation Army.",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Spacesat Co., Ltd.',
      },
    ],
  },
  {
    id: 'cscec',
    name: 'China State Construction Engineering Corporation Limited',
    aliases: ['China State Construction', 'CSCEC', '中国建筑'],
    listings: [sse('601668', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Construction and real estate',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China State Construction Engineering Corporation Limited',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'cloudwalk',
    name: 'CloudWalk Technology Co., Ltd.',
    aliases: ['CloudWalk', 'CloudWalk Technology', '云从科技'],
    listings: [sse('688327', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Facial recognition and AI',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'CloudWalk Technology',
      },
      {
        list: 'dod-1260h',
        entry: 'CloudWalk Technology Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by and indirectly affiliated with China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Cloudwalk Technology Co., Ltd.',
      },
    ],
  },
  {
    id: 'crrc',
    name: 'CRRC Corporation Limited',
    aliases: ['CRRC', 'CRRC Corp', '中国中车'],
    listings: [
      sse('601766', { primary: true, isin: 'CNE100000BG0', security: 'a-shares' }),
      hkex('1766', { security: 'h-shares' }),
    ],
    hq: 'CN',
    sector: 'Rolling stock and rail equipment',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'CRRC Corporation Limited',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'comec',
    name: 'CSSC Offshore & Marine Engineering (Group) Company Limited',
    aliases: ['COMEC', 'CSSC Offshore & Marine Engineering', 'Guangzhou Shipyard International'],
    listings: [
      sse('600685', { primary: true, isin: 'CNE100000395', security: 'a-shares' }),
      hkex('317', { security: 'h-shares' }),
    ],
    hq: 'CN',
    sector: 'Shipbuilding (naval and commercial)',
    ownership: {
      parent: 'China State Shipbuilding Corporation',
      parentId: 'cssc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'CSSC Offshore & Marine Engineering (Group) Company Limited',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is directly affiliated with the People's Liberation Army.",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'CSSC Offshore & Marine Engineering (Group) Company Limited',
      },
    ],
  },
  {
    id: 'sugon',
    name: 'Dawning Information Industry Co., Ltd.',
    aliases: ['Sugon', 'Dawning Information Industry', '中科曙光'],
    listings: [sse('603019', { primary: true, isin: 'CNE100001TW7', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Servers and high-performance computing',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Dawning Information Industry Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with the industry ministry (MIIT), China's state-asset regulator (SASAC), and the People's Liberation Army.",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Dawning Information Industry Co., Ltd',
      },
      {
        list: 'bis-entity-list',
        entry: 'Sugon',
      },
    ],
  },
  {
    id: 'eve-energy',
    name: 'EVE Energy Co., Ltd.',
    aliases: ['EVE Energy', '亿纬锂能'],
    listings: [szse('300014', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Lithium batteries',
    lists: [
      {
        list: 'ndaa-procurement',
        entry: 'EVE Energy Company, Limited',
        note: 'The Defense Department may not buy batteries it produces from October 1, 2027 (FY2024 NDAA §154).',
        evidence: [
          ev(
            'National Defense Authorization Act for Fiscal Year 2024 (Pub. L. 118-31), Section 154',
            'U.S. Congress (congress.gov)',
            'https://www.congress.gov/bill/118th-congress/house-bill/2670/text',
            '2023-12-22',
          ),
        ],
      },
      {
        list: 'dod-1260h',
        entry: 'EVE Energy Co., Ltd.',
        note: "DoD's stated reason: the company is directly and indirectly affiliated with China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'guizhou-aviation-tech',
    name: 'Guizhou Aviation Technical Development Co., Ltd.',
    aliases: ['Guizhou Aviation Tech', 'Guizhou Aviation Technical Development'],
    listings: [sse('688239', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Aero-engine forgings',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Guizhou Aviation Technical Development Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'ja-solar',
    name: 'JA Solar Technology Co., Ltd.',
    aliases: ['JA Solar', 'JA Solar Technology', '晶澳科技'],
    listings: [szse('002459', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Solar modules',
    lists: [
      {
        list: 'dhs-uflpa',
        entry: 'Donghai JA Solar Technology Co., Ltd',
        subsidiary: true,
      },
      {
        list: 'dod-1260h',
        entry: 'JA Solar Technology Co., Ltd.',
        note: "DoD names it a contributor to China's military-civil fusion: it knowingly received Chinese government support for science, technology or industrial work.",
      },
    ],
  },
  {
    id: 'mgi-tech',
    name: 'MGI Tech Co., Ltd.',
    aliases: ['MGI Tech', '华大智造'],
    listings: [sse('688114', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Gene sequencers',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'MGI Tech Co., Ltd.',
        note: "DoD's stated reason: the company is directly affiliated with the industry ministry (MIIT) and indirectly affiliated with the defence-industry agency (SASTIND) and the People's Liberation Army.",
      },
    ],
  },
  {
    id: 'netposa',
    name: 'NetPosa Technologies, Ltd.',
    aliases: ['NetPosa', 'NetPosa Technologies'],
    listings: [szse('300367', { primary: true, isin: 'CNE100001S40', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Video surveillance software',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'NetPosa',
      },
      {
        list: 'dod-1260h',
        entry: 'NetPosa Technologies, Ltd.',
        note: "DoD's stated reason: the company is directly and indirectly affiliated with the Chinese security forces and is indirectly affiliated with the industry ministry (MIIT).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'NetPosa Technologies, Ltd.',
      },
    ],
  },
  {
    id: 'novogene',
    name: 'Novogene Co., Ltd.',
    aliases: ['Novogene'],
    listings: [sse('688315', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Genomic sequencing services',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Novogene Company Limited',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and is indirectly affiliated with the industry ministry (MIIT) and the People's Liberation Army.",
      },
    ],
  },
  {
    id: 'phenix-optical',
    name: 'Phenix Optical Company Limited',
    aliases: ['Phenix Optical', 'Phoenix Optics'],
    listings: [sse('600071', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Optical components',
    ownership: {
      parent: 'China Electronics Technology Group Corporation',
      parentId: 'cetc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Phenix Optical Company Limited',
        note: "DoD's stated reason: the company is directly controlled and indirectly owned by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'quectel',
    name: 'Quectel Wireless Solutions Co., Ltd.',
    aliases: ['Quectel', 'Quectel Wireless Solutions', '移远通信'],
    listings: [sse('603236', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'IoT cellular modules',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Quectel Wireless Solutions Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'robosense',
    name: 'RoboSense Technology Co., Ltd.',
    aliases: ['RoboSense', '速腾聚创'],
    listings: [hkex('2498', primary)],
    hq: 'CN',
    sector: 'Automotive lidar',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'RoboSense Technology Co., Ltd.',
        note: "DoD names it a contributor to China's military-civil fusion because it is affiliated with the People's Liberation Army.",
      },
    ],
  },
  {
    id: 'sdic-intelligence',
    name: 'SDIC Intelligence (Xiamen) Information Co., Ltd.',
    aliases: ['SDIC Intelligence', 'Meiya Pico', 'Xiamen Meiya Pico Information'],
    listings: [szse('300188', { primary: true, isin: 'CNE100001120', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Digital forensics',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
      parent: 'State Development & Investment Corporation (SDIC)',
    },
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Xiamen Meiya Pico Information Co. Ltd.',
      },
      {
        list: 'dod-1260h',
        entry: 'SDIC Intelligence (Xiamen) Information Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned and controlled by China's state-asset regulator (SASAC) and is indirectly affiliated with Chinese security forces, Chinese law enforcement, and the industry ministry (MIIT).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Xiamen Meiya Pico Information Co., Ltd.',
      },
    ],
  },
  {
    id: 'sensetime',
    name: 'SenseTime Group Inc.',
    aliases: ['SenseTime', 'SenseTime Group', '商汤'],
    listings: [hkex('20', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Computer vision and AI',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Beijing Sensetime Technology Development Co., Ltd.',
        subsidiary: true,
      },
      {
        list: 'dod-1260h',
        entry: 'SenseTime Group, Inc.',
        note: "DoD's stated reason: the company is indirectly affiliated with China's state-asset regulator (SASAC).",
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Sensetime Group Limited',
      },
    ],
  },
  {
    id: 'tianma',
    name: 'Tianma Microelectronics Co., Ltd.',
    aliases: ['Tianma', 'Tianma Microelectronics', '天马微电子'],
    listings: [szse('000050', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Display panels',
    ownership: {
      parent: 'Aviation Industry Corporation of China (AVIC)',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Tianma Microelectronics Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'trina-solar',
    name: 'Trina Solar Co., Ltd.',
    aliases: ['Trina Solar', 'Trinasolar', '天合光能'],
    listings: [sse('688599', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Solar modules',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Trina Solar Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly affiliated with China's state-asset regulator (SASAC).",
      },
    ],
  },
  {
    id: 'innolight',
    name: 'Zhongji Innolight Co., Ltd.',
    aliases: ['Innolight', 'Zhongji Innolight', '中际旭创'],
    listings: [szse('300308', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Optical transceivers for data centres',
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Zhongji Innolight Co., Ltd.',
        note: "DoD's stated reason: the company is indirectly owned by China's state-asset regulator (SASAC) and directly affiliated with the industry ministry (MIIT).",
      },
    ],
  },
  {
    id: 'avicopter',
    name: 'Avicopter PLC',
    aliases: ['Hafei Aviation Industry Co., Ltd.', 'Avicopter', '中直股份'],
    listings: [sse('600038', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Helicopters',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'bis-meu',
        entry: 'Hafei Aviation Industry Co., Ltd. (HAFEI)',
        since: '2020-12-23',
        note: "The MEU entry uses the company's former name, Hafei Aviation Industry.",
      },
      {
        list: 'dod-1260h',
        entry: 'Avicopter PLC',
        note: 'Listed as part of the AVIC group.',
      },
    ],
  },
  {
    id: 'avic-hi-tech',
    name: 'AVIC Aviation High-Technology Company Limited',
    aliases: ['AVIC Aviation Hi-Tech', 'AVIC Hi-Tech'],
    listings: [sse('600862', { primary: true, isin: 'CNE000000GZ0', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Aerospace composites',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'AVIC Aviation High-Technology Company Limited (AVIC Aviation Hi-Tech)',
        note: 'Listed as part of the AVIC group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'AVIC Aviation High-Technology Company Limited',
      },
    ],
  },
  {
    id: 'avic-chengdu',
    name: 'AVIC Chengdu Aircraft Co., Ltd.',
    aliases: ['AVIC Chengdu Aircraft', 'Zhonghang Electronic Measuring Instruments', 'ZEMIC'],
    listings: [szse('300114', { primary: true, isin: 'CNE100000T08', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Military aircraft (J-10, J-20)',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'bis-meu',
        entry: 'AVIC Chengdu Aircraft Industrial (GROUP) Co., Ltd.',
        since: '2020-12-23',
        subsidiary: true,
      },
      {
        list: 'dod-1260h',
        entry: 'AVIC Chengdu Aircraft Co., Ltd. (formerly Zhonghang Electronic Measuring Instruments Company Limited)',
        note: 'Listed as part of the AVIC group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Zhonghang Electronic Measuring Instruments Co., Ltd',
      },
    ],
  },
  {
    id: 'avic-heavy-machinery',
    name: 'AVIC Heavy Machinery Company Limited',
    aliases: ['AVIC Heavy Machinery'],
    listings: [sse('600765', { primary: true, isin: 'CNE000000N22', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Aerospace forgings and hydraulics',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'AVIC Heavy Machinery Company Limited (AVIC Heavy Machinery)',
        note: 'Listed as part of the AVIC group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'AVIC Heavy Machinery Company Limited',
      },
    ],
  },
  {
    id: 'avic-jonhon',
    name: 'AVIC Jonhon Optronic Technology Co., Ltd.',
    aliases: ['AVIC Jonhon', 'Jonhon', '中航光电'],
    listings: [szse('002179', { primary: true, isin: 'CNE1000007T5', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Connectors and optoelectronics',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'AVIC JONHON Optronic Technology Co., Ltd. (AVIC Jonhon)',
        note: 'Listed as part of the AVIC group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'AVIC Jonhon Optronic Technology Co., Ltd.',
      },
    ],
  },
  {
    id: 'avic-shenyang',
    name: 'AVIC Shenyang Aircraft Company Limited',
    aliases: ['AVIC Shenyang', 'AVIC Shenyang Aircraft', '中航沈飞'],
    listings: [sse('600760', { primary: true, isin: 'CNE000000MH6', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Military aircraft (J-15, J-35)',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'bis-meu',
        entry: 'Shenyang Aircraft Corporation',
        since: '2020-12-23',
        subsidiary: true,
      },
      {
        list: 'dod-1260h',
        entry: 'AVIC Shenyang Aircraft Company Limited (AVIC Shenyang)',
        note: 'Listed as part of the AVIC group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'AVIC Shenyang Aircraft Company Limited',
      },
    ],
  },
  {
    id: 'avic-xian',
    name: "AVIC Xi'an Aircraft Industry Group Company Ltd.",
    aliases: ['AVIC Aircraft Co., Ltd.', "AVIC Xi'an Aircraft", 'AVIC Xian Aircraft', '中航西飞'],
    listings: [szse('000768', { primary: true, isin: 'CNE000000RF9', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Military and transport aircraft',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'bis-meu',
        entry: 'AVIC Aircraft Co. Ltd.',
        since: '2020-12-23',
        note: "The MEU entry uses the company's former name, AVIC Aircraft.",
      },
      {
        list: 'dod-1260h',
        entry: 'AVIC Xi’an Aircraft Industry Group Company Ltd. (formerly Xi’an Aircraft Industry Group Company Ltd.)',
        note: 'Listed as part of the AVIC group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: "AVIC Xi'an Aircraft Industry Group Company Ltd.",
      },
    ],
  },
  {
    id: 'hongdu-aviation',
    name: 'Jiangxi Hongdu Aviation Industry Co., Ltd.',
    aliases: ['Hongdu Aviation', 'Jiangxi Hongdu Aviation', '洪都航空'],
    listings: [sse('600316', { primary: true, isin: 'CNE0000015N3', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Trainer and light attack aircraft',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Jiangxi Hongdu Aviation Industry Co., Ltd. (Hongdu Aviation)',
        note: 'Listed as part of the AVIC group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Jiangxi Hongdu Aviation Industry Co., Ltd.',
      },
    ],
  },
  {
    id: 'china-avionics',
    name: 'China Avionics Systems Company Limited',
    aliases: ['China Avionics Systems', 'AVIC Avionics'],
    listings: [sse('600372', { primary: true, isin: 'CNE0000018C0', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Avionics and airborne systems',
    ownership: {
      parent: 'Aviation Industry Corporation of China',
      parentId: 'avic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Avionics Systems Company Limited',
      },
    ],
  },
  {
    id: 'bgi-genomics',
    name: 'BGI Genomics Co., Ltd.',
    aliases: ['BGI Genomics', '华大基因'],
    listings: [szse('300676', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Genetic testing',
    ownership: {
      parent: 'BGI Group',
      parentId: 'bgi-group',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'BGI Genomics Co., Ltd. (BGI)',
        note: 'Listed as part of BGI Group.',
      },
    ],
  },
  {
    id: 'addsino',
    name: 'Addsino Co., Ltd.',
    aliases: ['Addsino'],
    listings: [szse('000547', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'IT services and satellite applications',
    ownership: {
      parent: 'China Aerospace Science and Industry Corporation',
      parentId: 'casic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Addsino Co., Ltd.',
        note: 'Listed as part of the CASIC group.',
      },
    ],
  },
  {
    id: 'aisino',
    name: 'Aisino Corporation',
    aliases: ['Aisino', '航天信息'],
    listings: [sse('600271', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Tax-control and payment IT systems',
    ownership: {
      parent: 'China Aerospace Science and Industry Corporation',
      parentId: 'casic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Aisino Corporation',
        note: 'Listed as part of the CASIC group.',
      },
    ],
  },
  {
    id: 'cccc',
    name: 'China Communications Construction Company Limited',
    aliases: ['CCCC', 'China Communications Construction', '中国交建'],
    listings: [sse('601800', { primary: true, security: 'a-shares' }), hkex('1800', { security: 'h-shares' })],
    hq: 'CN',
    sector: 'Infrastructure construction and dredging',
    ownership: {
      parent: 'China Communications Construction Group',
      parentId: 'cccg',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'China Communications Construction Company Ltd.',
      },
      {
        list: 'dod-1260h',
        entry: 'China Communications Construction Company Limited (CCCC)',
        note: 'Listed as part of China Communications Construction Group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Communications Construction Co. Ltd',
      },
    ],
  },
  {
    id: 'china-bluechemical',
    name: 'China BlueChemical Ltd.',
    aliases: ['China BlueChemical', '中海石油化学'],
    listings: [hkex('3983', { primary: true, isin: 'CNE1000002D0', security: 'h-shares' })],
    hq: 'CN',
    sector: 'Fertilisers and chemicals',
    ownership: {
      parent: 'China National Offshore Oil Corporation',
      parentId: 'cnooc-group',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China BlueChemical Limited',
        note: 'Listed as part of the CNOOC group.',
      },
    ],
  },
  {
    id: 'inner-mongolia-first-machinery',
    name: 'Inner Mongolia First Machinery Group Co., Ltd.',
    aliases: ['Inner Mongolia First Machinery', '内蒙一机'],
    listings: [sse('600967', { primary: true, isin: 'CNE000001HP7', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Armoured vehicles and railway wagons',
    ownership: {
      parent: 'China North Industries Group Corporation (Norinco)',
      parentId: 'norinco',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Inner Mongolia First Machinery Group Co., Ltd.',
      },
      {
        list: 'dod-1260h',
        entry: 'Inner Mongolia First Machinery Group Co., Ltd.',
        note: 'Listed as part of the Norinco group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Inner Mongolia First Machinery Group Co., Ltd.',
      },
    ],
  },
  {
    id: 'baobian-electric',
    name: 'Baoding Tianwei Baobian Electric Co., Ltd.',
    aliases: ['Baoding Tianwei Baobian', 'Baobian Electric'],
    listings: [sse('600550', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Power transformers',
    ownership: {
      parent: 'China South Industries Group Corporation',
      parentId: 'csgc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'Baoding Tianwei Baobian Electric Co., Ltd.',
        note: 'Listed as part of China South Industries Group.',
      },
    ],
  },
  {
    id: 'china-telecom',
    name: 'China Telecom Corporation Limited',
    aliases: ['China Telecom Corp', 'China Telecom Corporation', '中国电信'],
    listings: [sse('601728', { primary: true, security: 'a-shares' }), hkex('728', { security: 'h-shares' })],
    hq: 'CN',
    sector: 'Telecommunications',
    ownership: {
      parent: 'China Telecommunications Corporation',
      parentId: 'china-telecom-group',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'fcc-covered',
        entry: 'China Telecom (Americas) Corp.',
        since: '2022-03-25',
        subsidiary: true,
        note: 'The listing covers the US subsidiary’s telecommunications services.',
      },
      {
        list: 'dod-1260h',
        entry: 'China Telecom Corporation Limited',
        note: 'Listed as part of the China Telecom group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Telecom Corporation Limited',
      },
    ],
  },
  {
    id: 'china-unicom-hk',
    name: 'China Unicom (Hong Kong) Limited',
    aliases: ['China Unicom (Hong Kong)', 'China Unicom Hong Kong', '中国联通'],
    listings: [hkex('762', { primary: true, isin: 'HK0000049939' })],
    hq: 'CN',
    inc: 'HK',
    sector: 'Telecommunications',
    ownership: {
      parent: 'China United Network Communications Group',
      parentId: 'china-unicom-group',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'fcc-covered',
        entry: 'China Unicom (Americas) Operations Limited',
        since: '2022-09-20',
        subsidiary: true,
        note: 'The listing covers the US subsidiary’s international telecommunications services.',
      },
      {
        list: 'dod-1260h',
        entry: 'China Unicom (Hong Kong) Limited',
        note: 'Listed as part of the China Unicom group.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'China Unicom (Hong Kong) Limited',
      },
    ],
  },
  {
    id: 'china-united-network',
    name: 'China United Network Communications Co., Ltd.',
    aliases: ['China United Network Communications'],
    listings: [sse('600050', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Telecommunications (A-share holding company)',
    ownership: {
      parent: 'China United Network Communications Group',
      parentId: 'china-unicom-group',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'dod-1260h',
        entry: 'China United Network Communications Co., Ltd.',
        note: 'Listed as part of the China Unicom group.',
      },
    ],
  },
  {
    id: 'aerospace-communications',
    name: 'Aerospace Communications Holdings Group Company Limited',
    aliases: ['Aerospace Communications Holdings', 'Aerocom'],
    listings: [sse('600677', { primary: true, isin: 'CNE000000BS6', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Communications equipment and auto parts',
    ownership: {
      parent: 'China Aerospace Science and Industry Corporation',
      parentId: 'casic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Aerospace Communications Holdings Group Company Limited',
      },
    ],
  },
  {
    id: 'greatwall-military',
    name: 'Anhui Greatwall Military Industry Co., Ltd.',
    aliases: ['Anhui Greatwall Military Industry', 'Greatwall Military'],
    listings: [sse('601606', { primary: true, isin: 'CNE1000036L1', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Ammunition and military products',
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Anhui Greatwall Military Industry Co., Ltd',
      },
    ],
  },
  {
    id: 'north-navigation',
    name: 'North Navigation Control Technology Co., Ltd.',
    aliases: ['North Navigation Control Technology', 'Beijing North Phenix'],
    listings: [sse('600435', { primary: true, isin: 'CNE000001F88', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Guidance and fire-control systems',
    ownership: {
      parent: 'China North Industries Group Corporation (Norinco)',
      parentId: 'norinco',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'North Navigation Control Technology Co., Ltd.',
      },
    ],
  },
  {
    id: 'china-marine-info',
    name: 'China Marine Information Electronics Company Limited',
    aliases: ['China Marine Information Electronics'],
    listings: [sse('600764', { primary: true, isin: 'CNE000000N30', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Naval electronics',
    ownership: {
      parent: 'China State Shipbuilding Corporation',
      parentId: 'cssc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Marine Information Electronics Company Limited',
      },
    ],
  },
  {
    id: 'jingjia-micro',
    name: 'Changsha Jingjia Microelectronics Co., Ltd.',
    aliases: ['Jingjia Micro', 'Changsha Jingjia Microelectronics', '景嘉微'],
    listings: [szse('300474', { primary: true, isin: 'CNE100002664', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Graphics processors for military displays',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Changsha Jingjia Microelectronics Co., Ltd.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Changsha Jingjia Microelectronics Co., Ltd.',
      },
    ],
  },
  {
    id: 'aerospace-times-electronics',
    name: 'China Aerospace Times Electronics Co., Ltd',
    aliases: ['China Aerospace Times Electronics', 'CATEC'],
    listings: [sse('600879', { primary: true, isin: 'CNE000000J93', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Missile and satellite electronics',
    ownership: {
      parent: 'China Aerospace Science and Technology Corporation',
      parentId: 'casc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Aerospace Times Electronics Co., Ltd',
      },
    ],
  },
  {
    id: 'china-nuclear-engineering',
    name: 'China Nuclear Engineering & Construction Corporation Limited',
    aliases: ['China Nuclear Engineering', 'CNEC'],
    listings: [sse('601611', { primary: true, isin: 'CNE100002896', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Nuclear and military construction',
    ownership: {
      parent: 'China National Nuclear Corporation',
      parentId: 'cnnc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China National Engineering & Construction Corporation Limited',
      },
    ],
  },
  {
    id: 'crcc',
    name: 'China Railway Construction Corporation Limited',
    aliases: ['China Railway Construction', 'CRCC', '中国铁建'],
    listings: [
      sse('601186', { primary: true, isin: 'CNE1000009T1', security: 'a-shares' }),
      hkex('1186', { security: 'h-shares' }),
    ],
    hq: 'CN',
    sector: 'Railway and infrastructure construction',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Railway Construction Corporation Limited',
      },
    ],
  },
  {
    id: 'china-satcom',
    name: 'China Satellite Communications Co., Ltd.',
    aliases: ['China Satcom', 'China Satellite Communications', '中国卫通'],
    listings: [sse('601698', { primary: true, isin: 'CNE100003PX9', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Satellite communications',
    ownership: {
      parent: 'China Aerospace Science and Technology Corporation',
      parentId: 'casc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Satellite Communications Co., Ltd.',
      },
    ],
  },
  {
    id: 'csic-power',
    name: 'China Shipbuilding Industry Group Power Company Limited',
    aliases: ['CSIC Power', 'China Shipbuilding Industry Group Power', 'China CSSC Power'],
    listings: [sse('600482', { primary: true, isin: 'CNE000001KB1', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Marine engines and power systems',
    ownership: {
      parent: 'China State Shipbuilding Corporation',
      parentId: 'cssc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'China Shipbuilding Industry Group Power Company Limited',
      },
    ],
  },
  {
    id: 'costar-group',
    name: 'Costar Group Co., Ltd.',
    aliases: ['Costar Group', 'Lida Optical & Electronic'],
    listings: [szse('002189', { primary: true, isin: 'CNE100000882', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Optics and night-vision equipment',
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Costar Group Co., Ltd.',
      },
    ],
  },
  {
    id: 'torch-electron',
    name: 'Fujian Torch Electron Technology Co., Ltd',
    aliases: ['Torch Electron', 'Fujian Torch Electron Technology'],
    listings: [sse('603678', { primary: true, isin: 'CNE100001TY3', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Capacitors and electronic components',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Fujian Torch Electron Technology Co., Ltd.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Fujian Torch Electron Technology Co., Ltd',
      },
    ],
  },
  {
    id: 'guizhou-space-appliance',
    name: 'Guizhou Space Appliance Co., Ltd',
    aliases: ['Guizhou Space Appliance'],
    listings: [szse('002025', { primary: true, isin: 'CNE000001KG0', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Connectors and micro-motors for aerospace',
    ownership: {
      parent: 'China Aerospace Science and Industry Corporation',
      parentId: 'casic',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Guizhou Space Appliance Co., Ltd',
      },
    ],
  },
  {
    id: 'nanjing-panda',
    name: 'Nanjing Panda Electronics Company Limited',
    aliases: ['Nanjing Panda', 'Nanjing Panda Electronics'],
    listings: [
      sse('600775', { primary: true, isin: 'CNE000000NB7', security: 'a-shares' }),
      hkex('553', { security: 'h-shares' }),
    ],
    hq: 'CN',
    sector: 'Electronics manufacturing',
    ownership: {
      parent: 'China Electronics Corporation (CEC)',
      parentId: 'cec',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Nanjing Panda Electronics Company Limited',
      },
    ],
  },
  {
    id: 'leon-technology',
    name: 'Leon Technology Co., Ltd.',
    aliases: ['Leon Technology'],
    listings: [szse('300603', { primary: true, isin: 'CNE100002Q17', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Public-security IT systems',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Leon Technology Co., Ltd.',
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'Leon Technology Co., Ltd.',
      },
    ],
  },
  {
    id: 'zhongtian-rocket',
    name: 'Shaanxi Zhongtian Rocket Technology Co., Ltd',
    aliases: ['Shaanxi Zhongtian Rocket Technology', 'Zhongtian Rocket'],
    listings: [szse('003009', { primary: true, isin: 'CNE1000046W7', security: 'a-shares' })],
    hq: 'CN',
    sector: 'Rockets and carbon-composite materials',
    ownership: {
      parent: 'China Aerospace Science and Technology Corporation',
      parentId: 'casc',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'ofac-ns-cmic',
        entry: 'Shaanxi Zhongtian Rocket Technology Co., Ltd',
      },
    ],
  },
  {
    id: 'cnooc-ltd',
    name: 'CNOOC Limited',
    aliases: ['CNOOC Ltd', 'CNOOC Limited', '中国海洋石油'],
    listings: [hkex('883', { primary: true, isin: 'HK0883013259' }), sse('600938', { security: 'a-shares' })],
    hq: 'CN',
    inc: 'HK',
    sector: 'Offshore oil and gas',
    ownership: {
      parent: 'China National Offshore Oil Corporation',
      parentId: 'cnooc-group',
      stateOwned: true,
      stateOwner: 'SASAC (State-owned Assets Supervision and Administration Commission)',
    },
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'CNOOC Limited (a subsidiary of China National Offshore Oil Corporation)',
        partial: true,
      },
      {
        list: 'ofac-ns-cmic',
        entry: 'CNOOC Limited',
      },
    ],
  },
];
