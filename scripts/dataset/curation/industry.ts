/**
 * Semiconductors and chip equipment, Taiwan-exposed manufacturers, and rare earths and critical minerals.
 */

import { CITE } from './citations';
import type { Curated } from './dsl';

export const INDUSTRY: Curated[] = [
  {
    id: 'tokyo-electron',
    name: 'Tokyo Electron Limited',
    aliases: ['Tokyo Electron'],
    ambiguous: ['TEL'],
    listings: [
      {
        ticker: '8035',
        exchange: 'TYO',
        mic: 'XTKS',
        primary: true,
        isin: 'JP3571400005',
      },
    ],
    hq: 'JP',
    inc: 'JP',
    sector: 'Semiconductor equipment',
    jurisdiction: {
      evidence: [
        {
          title: 'Tokyo Electron: corporate website (company profile and investor relations)',
          publisher: 'Tokyo Electron',
          url: 'https://www.tel.com/',
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
          'Japan tightened export licensing for advanced chip-making tools in July 2023 in step with US rules, and China has been one of its largest markets, so further controls or Chinese retaliation hit sales. Status not rechecked since 2023-10-25.',
        evidence: [CITE.bisChipTools2023],
      },
    ],
  },
  {
    id: 'advantest',
    name: 'Advantest Corporation',
    aliases: ['Advantest'],
    listings: [
      {
        ticker: '6857',
        exchange: 'TYO',
        mic: 'XTKS',
        primary: true,
        isin: 'JP3122400009',
      },
    ],
    hq: 'JP',
    inc: 'JP',
    sector: 'Semiconductor test equipment',
    jurisdiction: {
      evidence: [
        {
          title: 'Advantest: corporate website (company profile and investor relations)',
          publisher: 'Advantest',
          url: 'https://www.advantest.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'lasertec',
    name: 'Lasertec Corporation',
    aliases: ['Lasertec'],
    listings: [
      {
        ticker: '6920',
        exchange: 'TYO',
        mic: 'XTKS',
        primary: true,
        isin: 'JP3979200007',
      },
    ],
    hq: 'JP',
    inc: 'JP',
    sector: 'Mask inspection equipment',
    jurisdiction: {
      evidence: [
        {
          title: 'Lasertec: corporate website (company profile and investor relations)',
          publisher: 'Lasertec',
          url: 'https://www.lasertec.co.jp/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'screen-holdings',
    name: 'SCREEN Holdings Co., Ltd.',
    aliases: ['SCREEN Holdings'],
    listings: [
      {
        ticker: '7735',
        exchange: 'TYO',
        mic: 'XTKS',
        primary: true,
        isin: 'JP3494600004',
      },
    ],
    hq: 'JP',
    inc: 'JP',
    sector: 'Wafer cleaning equipment',
    jurisdiction: {
      evidence: [
        {
          title: 'SCREEN Holdings: corporate website (company profile and investor relations)',
          publisher: 'SCREEN Holdings',
          url: 'https://www.screen.co.jp/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'asm-international',
    name: 'ASM International N.V.',
    aliases: ['ASM International', 'ASMI'],
    listings: [
      {
        ticker: 'ASM',
        exchange: 'Euronext Amsterdam',
        mic: 'XAMS',
        primary: true,
        isin: 'NL0000334118',
      },
    ],
    hq: 'NL',
    inc: 'NL',
    sector: 'Deposition equipment',
    jurisdiction: {
      evidence: [
        {
          title: 'ASM International: corporate website (company profile and investor relations)',
          publisher: 'ASM International',
          url: 'https://www.asm.com/',
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
          'Dutch export licensing (September 2023 onwards) covers its advanced deposition tools, and China has been a large share of its sales. Status not rechecked since 2023-10-25.',
        evidence: [CITE.bisChipTools2023],
      },
    ],
  },
  {
    id: 'besi',
    name: 'BE Semiconductor Industries N.V.',
    aliases: ['BE Semiconductor', 'Besi'],
    listings: [
      {
        ticker: 'BESI',
        exchange: 'Euronext Amsterdam',
        mic: 'XAMS',
        primary: true,
        isin: 'NL0012866412',
      },
    ],
    hq: 'NL',
    inc: 'NL',
    sector: 'Chip packaging equipment',
    jurisdiction: {
      evidence: [
        {
          title: 'BE Semiconductor: corporate website (company profile and investor relations)',
          publisher: 'BE Semiconductor',
          url: 'https://www.besi.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'aixtron',
    name: 'AIXTRON SE',
    aliases: ['Aixtron', 'AIXTRON'],
    listings: [
      {
        ticker: 'AIXA',
        exchange: 'XETRA',
        mic: 'XETR',
        primary: true,
        isin: 'DE000A0WMPJ6',
      },
    ],
    hq: 'DE',
    inc: 'DE',
    sector: 'Deposition equipment (compound semiconductors)',
    jurisdiction: {
      evidence: [
        {
          title: 'Aixtron: corporate website (company profile and investor relations)',
          publisher: 'Aixtron',
          url: 'https://www.aixtron.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'infineon',
    name: 'Infineon Technologies AG',
    aliases: ['Infineon', 'Infineon Technologies'],
    listings: [
      {
        ticker: 'IFX',
        exchange: 'XETRA',
        mic: 'XETR',
        primary: true,
        isin: 'DE0006231004',
      },
    ],
    hq: 'DE',
    inc: 'DE',
    sector: 'Power and automotive semiconductors',
    jurisdiction: {
      evidence: [
        {
          title: 'Infineon: corporate website (company profile and investor relations)',
          publisher: 'Infineon',
          url: 'https://www.infineon.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'stmicro',
    name: 'STMicroelectronics N.V.',
    aliases: ['STMicroelectronics', 'STMicro'],
    listings: [
      {
        ticker: 'STMPA',
        exchange: 'Euronext Paris',
        mic: 'XPAR',
        primary: true,
        isin: 'NL0000226223',
      },
      {
        ticker: 'STM',
        exchange: 'NYSE',
        mic: 'XNYS',
      },
    ],
    hq: 'CH',
    inc: 'NL',
    sector: 'Semiconductors',
    cik: 932787,
  },
  {
    id: 'nxp',
    name: 'NXP Semiconductors N.V.',
    aliases: ['NXP Semiconductors', 'NXP'],
    listings: [
      {
        ticker: 'NXPI',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'NL',
    inc: 'NL',
    sector: 'Automotive and industrial semiconductors',
    cik: 1413447,
  },
  {
    id: 'samsung-electronics',
    name: 'Samsung Electronics Co., Ltd.',
    aliases: ['Samsung Electronics', '삼성전자'],
    ambiguous: ['Samsung'],
    listings: [
      {
        ticker: '005930',
        exchange: 'KRX',
        mic: 'XKRX',
        primary: true,
        isin: 'KR7005930003',
      },
    ],
    hq: 'KR',
    inc: 'KR',
    sector: 'Memory chips, smartphones and foundry',
    jurisdiction: {
      evidence: [
        {
          title: 'Samsung Electronics: corporate website (company profile and investor relations)',
          publisher: 'Samsung Electronics',
          url: 'https://www.samsung.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'supply-chain',
        severity: 0.2,
        status: 'confirmed',
        direction: 'risk',
        summary:
          "Makes much of its NAND flash at its fab in Xi'an, China, so US export rules on tools for Chinese fabs and Chinese policy both bear on its output.",
        evidence: [CITE.bisAdvancedComputing2022],
      },
    ],
  },
  {
    id: 'sk-hynix',
    name: 'SK hynix Inc.',
    aliases: ['SK hynix', 'SK Hynix'],
    listings: [
      {
        ticker: '000660',
        exchange: 'KRX',
        mic: 'XKRX',
        primary: true,
        isin: 'KR7000660001',
      },
    ],
    hq: 'KR',
    inc: 'KR',
    sector: 'Memory chips (DRAM, HBM)',
    jurisdiction: {
      evidence: [
        {
          title: 'SK hynix: corporate website (company profile and investor relations)',
          publisher: 'SK hynix',
          url: 'https://www.skhynix.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'supply-chain',
        severity: 0.2,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Runs DRAM fabs in Wuxi and NAND fabs in Dalian, China, so US export rules on tools for Chinese fabs bear on its output.',
        evidence: [CITE.bisAdvancedComputing2022],
      },
    ],
  },
  {
    id: 'marvell',
    name: 'Marvell Technology, Inc.',
    aliases: ['Marvell', 'Marvell Technology'],
    listings: [
      {
        ticker: 'MRVL',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Data-infrastructure semiconductors',
    cik: 1835632,
  },
  {
    id: 'microchip',
    name: 'Microchip Technology Incorporated',
    aliases: ['Microchip Technology'],
    ambiguous: ['Microchip'],
    listings: [
      {
        ticker: 'MCHP',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Microcontrollers',
    cik: 827054,
  },
  {
    id: 'onsemi',
    name: 'ON Semiconductor Corporation',
    aliases: ['onsemi', 'ON Semiconductor'],
    listings: [
      {
        ticker: 'ON',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Power and sensing semiconductors',
    cik: 1097864,
  },
  {
    id: 'analog-devices',
    name: 'Analog Devices, Inc.',
    aliases: ['Analog Devices'],
    listings: [
      {
        ticker: 'ADI',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Analog semiconductors',
    cik: 6281,
  },
  {
    id: 'teradyne',
    name: 'Teradyne, Inc.',
    aliases: ['Teradyne'],
    listings: [
      {
        ticker: 'TER',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductor test and robots',
    cik: 97210,
  },
  {
    id: 'synopsys',
    name: 'Synopsys, Inc.',
    aliases: ['Synopsys'],
    listings: [
      {
        ticker: 'SNPS',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Chip-design software',
    cik: 883241,
  },
  {
    id: 'cadence',
    name: 'Cadence Design Systems, Inc.',
    aliases: ['Cadence Design Systems', 'Cadence Design'],
    ambiguous: ['Cadence'],
    listings: [
      {
        ticker: 'CDNS',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Chip-design software',
    cik: 813672,
  },
  {
    id: 'globalfoundries',
    name: 'GlobalFoundries Inc.',
    aliases: ['GlobalFoundries'],
    listings: [
      {
        ticker: 'GFS',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'KY',
    sector: 'Semiconductor foundry',
    cik: 1709048,
  },
  {
    id: 'coherent',
    name: 'Coherent Corp.',
    aliases: ['Coherent Corp'],
    ambiguous: ['Coherent'],
    listings: [
      {
        ticker: 'COHR',
        exchange: 'NYSE',
        mic: 'XNYS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Lasers and optical networking',
    cik: 820318,
  },
  {
    id: 'arm',
    name: 'Arm Holdings plc',
    aliases: ['Arm Holdings'],
    ambiguous: ['Arm'],
    listings: [
      {
        ticker: 'ARM',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'GB',
    inc: 'GB',
    sector: 'Chip architecture licensing',
    cik: 1973239,
  },
  {
    id: 'entegris',
    name: 'Entegris, Inc.',
    aliases: ['Entegris'],
    listings: [
      {
        ticker: 'ENTG',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Semiconductor materials',
    cik: 1101302,
  },
  {
    id: 'hon-hai',
    name: 'Hon Hai Precision Industry Co., Ltd.',
    aliases: ['Hon Hai', 'Foxconn', 'Hon Hai Precision', '鴻海'],
    listings: [
      {
        ticker: '2317',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Electronics manufacturing (Foxconn)',
    jurisdiction: {
      evidence: [
        {
          title: 'Hon Hai: corporate website (company profile and investor relations)',
          publisher: 'Hon Hai',
          url: 'https://www.honhai.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'supply-chain',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Much of its assembly capacity is in mainland China (including the Zhengzhou iPhone plant), so US-China tariffs, export rules and Chinese policy reach its operations.',
        evidence: [
          {
            title: 'Hon Hai Precision Industry (Foxconn): corporate website (company profile and investor relations)',
            publisher: 'Hon Hai Precision Industry (Foxconn)',
            url: 'https://www.honhai.com/',
            date: '2026-11-20',
          },
        ],
      },
    ],
  },
  {
    id: 'ase',
    name: 'ASE Technology Holding Co., Ltd.',
    aliases: ['ASE Technology', 'ASE Group', '日月光'],
    listings: [
      {
        ticker: '3711',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
      {
        ticker: 'ASX',
        exchange: 'NYSE',
        mic: 'XNYS',
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Chip packaging and testing',
    cik: 1122411,
  },
  {
    id: 'mediatek',
    name: 'MediaTek Inc.',
    aliases: ['MediaTek', '聯發科'],
    listings: [
      {
        ticker: '2454',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Fabless semiconductors',
    jurisdiction: {
      evidence: [
        {
          title: 'MediaTek: corporate website (company profile and investor relations)',
          publisher: 'MediaTek',
          url: 'https://www.mediatek.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'umc',
    name: 'United Microelectronics Corporation',
    aliases: ['United Microelectronics', '聯電'],
    listings: [
      {
        ticker: '2303',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
      {
        ticker: 'UMC',
        exchange: 'NYSE',
        mic: 'XNYS',
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Semiconductor foundry',
    cik: 1033767,
  },
  {
    id: 'quanta',
    name: 'Quanta Computer Inc.',
    aliases: ['Quanta Computer', '廣達'],
    listings: [
      {
        ticker: '2382',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'AI servers and notebooks',
    jurisdiction: {
      evidence: [
        {
          title: 'Quanta Computer: corporate website (company profile and investor relations)',
          publisher: 'Quanta Computer',
          url: 'https://www.quantatw.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'wistron',
    name: 'Wistron Corporation',
    aliases: ['Wistron', '緯創'],
    listings: [
      {
        ticker: '3231',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Electronics manufacturing',
    jurisdiction: {
      evidence: [
        {
          title: 'Wistron: corporate website (company profile and investor relations)',
          publisher: 'Wistron',
          url: 'https://www.wistron.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'delta-electronics',
    name: 'Delta Electronics, Inc.',
    aliases: ['Delta Electronics', '台達電'],
    listings: [
      {
        ticker: '2308',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Power supplies and electronics',
    jurisdiction: {
      evidence: [
        {
          title: 'Delta Electronics: corporate website (company profile and investor relations)',
          publisher: 'Delta Electronics',
          url: 'https://www.deltaww.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'pegatron',
    name: 'Pegatron Corporation',
    aliases: ['Pegatron', '和碩'],
    listings: [
      {
        ticker: '4938',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Electronics manufacturing',
    jurisdiction: {
      evidence: [
        {
          title: 'Pegatron: corporate website (company profile and investor relations)',
          publisher: 'Pegatron',
          url: 'https://www.pegatroncorp.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'largan',
    name: 'Largan Precision Co., Ltd.',
    aliases: ['Largan Precision', 'Largan', '大立光'],
    listings: [
      {
        ticker: '3008',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Smartphone camera lenses',
    jurisdiction: {
      evidence: [
        {
          title: 'Largan Precision: corporate website (company profile and investor relations)',
          publisher: 'Largan Precision',
          url: 'https://www.largan.com.tw/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'nanya-tech',
    name: 'Nanya Technology Corporation',
    aliases: ['Nanya Technology', '南亞科'],
    listings: [
      {
        ticker: '2408',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'DRAM',
    jurisdiction: {
      evidence: [
        {
          title: 'Nanya Technology: corporate website (company profile and investor relations)',
          publisher: 'Nanya Technology',
          url: 'https://www.nanya.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'chunghwa-telecom',
    name: 'Chunghwa Telecom Co., Ltd.',
    aliases: ['Chunghwa Telecom', '中華電信'],
    listings: [
      {
        ticker: '2412',
        exchange: 'TWSE',
        mic: 'XTAI',
        primary: true,
      },
      {
        ticker: 'CHT',
        exchange: 'NYSE',
        mic: 'XNYS',
      },
    ],
    hq: 'TW',
    inc: 'TW',
    sector: 'Telecommunications',
    cik: 1132924,
  },
  {
    id: 'iluka',
    name: 'Iluka Resources Limited',
    aliases: ['Iluka', 'Iluka Resources'],
    listings: [
      {
        ticker: 'ILU',
        exchange: 'ASX',
        mic: 'XASX',
        primary: true,
        isin: 'AU000000ILU1',
      },
    ],
    hq: 'AU',
    inc: 'AU',
    sector: 'Mineral sands and rare-earth refining',
    jurisdiction: {
      evidence: [
        {
          title: 'Iluka: corporate website (company profile and investor relations)',
          publisher: 'Iluka',
          url: 'https://iluka.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'national-security-tailwind',
        severity: 0.5,
        status: 'confirmed',
        direction: 'tailwind',
        summary:
          'The Australian government lends up to A$1.65 billion under its Critical Minerals Facility to build the Eneabba rare-earth refinery, a state-backed alternative to Chinese processing.',
        evidence: [
          {
            title: 'Iluka Resources: corporate website (company profile and investor relations)',
            publisher: 'Iluka Resources',
            url: 'https://iluka.com/',
            date: '2026-11-20',
          },
        ],
      },
    ],
  },
  {
    id: 'arafura',
    name: 'Arafura Rare Earths Limited',
    aliases: ['Arafura', 'Arafura Rare Earths'],
    listings: [
      {
        ticker: 'ARU',
        exchange: 'ASX',
        mic: 'XASX',
        primary: true,
      },
    ],
    hq: 'AU',
    inc: 'AU',
    sector: 'Rare-earth project (Nolans)',
    jurisdiction: {
      evidence: [
        {
          title: 'Arafura: corporate website (company profile and investor relations)',
          publisher: 'Arafura',
          url: 'https://www.arultd.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'neo-performance',
    name: 'Neo Performance Materials Inc.',
    aliases: ['Neo Performance Materials'],
    listings: [
      {
        ticker: 'NEO',
        exchange: 'TSX',
        mic: 'XTSE',
        primary: true,
      },
    ],
    hq: 'CA',
    inc: 'CA',
    sector: 'Rare-earth magnets and materials',
    jurisdiction: {
      evidence: [
        {
          title: 'Neo Performance Materials: corporate website (company profile and investor relations)',
          publisher: 'Neo Performance Materials',
          url: 'https://www.neomaterials.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'albemarle',
    name: 'Albemarle Corporation',
    aliases: ['Albemarle'],
    listings: [
      {
        ticker: 'ALB',
        exchange: 'NYSE',
        mic: 'XNYS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Lithium',
    cik: 915913,
  },
  {
    id: 'sqm',
    name: 'Sociedad Química y Minera de Chile S.A.',
    aliases: ['Sociedad Química y Minera', 'Sociedad Quimica y Minera'],
    listings: [
      {
        ticker: 'SQM',
        exchange: 'NYSE',
        mic: 'XNYS',
        primary: true,
      },
    ],
    hq: 'CL',
    inc: 'CL',
    sector: 'Lithium and specialty fertilisers',
    cik: 909037,
  },
  {
    id: 'lithium-americas',
    name: 'Lithium Americas Corp.',
    aliases: ['Lithium Americas'],
    listings: [
      {
        ticker: 'LAC',
        exchange: 'NYSE',
        mic: 'XNYS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'CA',
    sector: 'Lithium (Thacker Pass)',
    cik: 1966983,
    factors: [
      {
        kind: 'national-security-tailwind',
        severity: 0.6,
        status: 'confirmed',
        direction: 'tailwind',
        summary:
          'The US Department of Energy took 5% stakes in Lithium Americas and in its Thacker Pass joint venture with GM in October 2025, alongside a $2.26B federal loan, to build a domestic lithium supply.',
        evidence: [
          {
            title: "US DOE takes equity stake in Lithium Americas' Thacker Pass project",
            publisher: 'electrive',
            url: 'https://www.electrive.com/2025/10/01/us-doe-takes-equity-stake-in-lithium-americas-thacker-pass-project',
            date: '2025-10-01',
          },
        ],
      },
    ],
  },
  {
    id: 'niocorp',
    name: 'NioCorp Developments Ltd.',
    aliases: ['NioCorp'],
    listings: [
      {
        ticker: 'NB',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'CA',
    sector: 'Niobium, scandium and rare earths',
    cik: 1512228,
  },
  {
    id: 'perpetua',
    name: 'Perpetua Resources Corp.',
    aliases: ['Perpetua Resources'],
    listings: [
      {
        ticker: 'PPTA',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'CA',
    sector: 'Antimony and gold (Stibnite)',
    cik: 1526243,
  },
  {
    id: 'us-antimony',
    name: 'United States Antimony Corporation',
    aliases: ['United States Antimony', 'US Antimony'],
    listings: [
      {
        ticker: 'UAMY',
        exchange: 'NYSE',
        mic: 'XNYS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'US',
    sector: 'Antimony',
    cik: 101538,
  },
  {
    id: 'critical-metals',
    name: 'Critical Metals Corp.',
    aliases: ['Critical Metals'],
    listings: [
      {
        ticker: 'CRML',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'US',
    inc: 'VG',
    sector: 'Rare-earth project (Tanbreez, Greenland)',
    cik: 1951089,
  },
  {
    id: 'trilogy-metals',
    name: 'Trilogy Metals Inc.',
    aliases: ['Trilogy Metals'],
    listings: [
      {
        ticker: 'TMQ',
        exchange: 'NYSE',
        mic: 'XNYS',
        primary: true,
      },
    ],
    hq: 'CA',
    inc: 'CA',
    sector: 'Copper and critical minerals (Alaska)',
    cik: 1543418,
  },
  {
    id: 'tmc',
    name: 'TMC the metals company Inc.',
    aliases: ['The Metals Company', 'TMC the metals company'],
    listings: [
      {
        ticker: 'TMC',
        exchange: 'NASDAQ',
        mic: 'XNAS',
        primary: true,
      },
    ],
    hq: 'CA',
    inc: 'CA',
    sector: 'Deep-sea nodules',
    cik: 1798562,
  },
  {
    id: 'china-rare-earth',
    name: 'China Rare Earth Resources and Technology Co., Ltd.',
    aliases: ['China Rare Earth Resources and Technology', '中国稀土'],
    listings: [
      {
        ticker: '000831',
        exchange: 'SZSE',
        mic: 'XSHE',
        primary: true,
        security: 'a-shares',
      },
    ],
    hq: 'CN',
    sector: 'Rare earths',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China Rare Earth Group',
    },
    jurisdiction: {
      evidence: [
        {
          title:
            'China Rare Earth Resources and Technology Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'shenghe',
    name: 'Shenghe Resources Holding Co., Ltd.',
    aliases: ['Shenghe Resources', '盛和资源'],
    listings: [
      {
        ticker: '600392',
        exchange: 'SSE',
        mic: 'XSHG',
        primary: true,
        security: 'a-shares',
      },
    ],
    hq: 'CN',
    sector: 'Rare earths',
    jurisdiction: {
      evidence: [
        {
          title:
            'Shenghe Resources Holding Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'jl-mag',
    name: 'JL Mag Rare-Earth Co., Ltd.',
    aliases: ['JL Mag', 'JL Mag Rare-Earth', '金力永磁'],
    listings: [
      {
        ticker: '300748',
        exchange: 'SZSE',
        mic: 'XSHE',
        primary: true,
        security: 'a-shares',
      },
    ],
    hq: 'CN',
    sector: 'Rare-earth magnets',
    jurisdiction: {
      evidence: [
        {
          title:
            'JL Mag Rare-Earth Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'ganfeng',
    name: 'Ganfeng Lithium Group Co., Ltd.',
    aliases: ['Ganfeng Lithium', '赣锋锂业'],
    listings: [
      {
        ticker: '002460',
        exchange: 'SZSE',
        mic: 'XSHE',
        primary: true,
        security: 'a-shares',
      },
      {
        ticker: '1772',
        exchange: 'HKEX',
        mic: 'XHKG',
        security: 'h-shares',
      },
    ],
    hq: 'CN',
    sector: 'Lithium',
    jurisdiction: {
      evidence: [
        {
          title: 'Ganfeng Lithium Group Co., Ltd.: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1772&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'tianqi',
    name: 'Tianqi Lithium Corporation',
    aliases: ['Tianqi Lithium', '天齐锂业'],
    listings: [
      {
        ticker: '002466',
        exchange: 'SZSE',
        mic: 'XSHE',
        primary: true,
        security: 'a-shares',
      },
      {
        ticker: '9696',
        exchange: 'HKEX',
        mic: 'XHKG',
        security: 'h-shares',
      },
    ],
    hq: 'CN',
    sector: 'Lithium',
    jurisdiction: {
      evidence: [
        {
          title: 'Tianqi Lithium Corporation: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=9696&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
];
