/**
 * Defense primes, intelligence and AI contractors, in the US and allied countries. Chinese countermeasures against them come from the MFA and MOFCOM announcements (see ../shared/data/sanctions/opensanctions_cn_countersanctions.csv).
 */

import { CITE } from './citations';
import { type Curated, ev, krx, lse, mil, nasdaq, nyse, par, primary, sto, tase, xetra } from './dsl';

export const DEFENSE: Curated[] = [
  {
    id: 'booz-allen',
    name: 'Booz Allen Hamilton Holding Corporation',
    aliases: ['Booz Allen Hamilton', 'Booz Allen'],
    listings: [nyse('BAH', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Defense and intelligence IT consulting',
    cik: 1443646,
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.05,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Most revenue comes from US defense, intelligence and civil agencies: a home-government dependence (budget and contract risk), not a foreign-state link.',
        evidence: [
          {
            title: 'Booz Allen Hamilton Holding Corporation: annual report on Form 10-K (fiscal year ended 2025-03-31)',
            publisher: 'U.S. Securities and Exchange Commission (EDGAR)',
            url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001443646&type=10-K&dateb=&owner=include&count=40',
            date: '2025-05-23',
          },
        ],
      },
    ],
  },
  {
    id: 'caci',
    name: 'CACI International Inc',
    aliases: ['CACI International'],
    listings: [nyse('CACI', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Defense and intelligence IT',
    cik: 16058,
  },
  {
    id: 'saic',
    name: 'Science Applications International Corporation',
    aliases: ['Science Applications International'],
    listings: [nasdaq('SAIC', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Government IT services',
    cik: 1571123,
  },
  {
    id: 'leidos',
    name: 'Leidos Holdings, Inc.',
    aliases: ['Leidos'],
    listings: [nyse('LDOS', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Defense, intelligence and health IT',
    cik: 1336920,
    lists: [
      {
        list: 'cn-export-control',
        entry: 'Leidos',
        since: '2025-03-04',
        note: 'Status not rechecked since 2025-03-04.',
        evidence: [CITE.mofcomExportControl15],
      },
    ],
    factors: [],
  },
  {
    id: 'textron',
    name: 'Textron Inc.',
    aliases: ['Textron'],
    listings: [nyse('TXT', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aircraft, helicopters (Bell) and defense systems',
    cik: 217346,
  },
  {
    id: 'transdigm',
    name: 'TransDigm Group Incorporated',
    aliases: ['TransDigm'],
    listings: [nyse('TDG', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aerospace components',
    cik: 1260221,
  },
  {
    id: 'kratos',
    name: 'Kratos Defense & Security Solutions, Inc.',
    takeaway: 'Its drone unit is on three Chinese lists',
    aliases: ['Kratos', 'Kratos Defense'],
    listings: [nasdaq('KTOS', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Drones and defense systems',
    cik: 1069258,
    lists: [
      {
        list: 'cn-countermeasures',
        entry: 'Kratos Unmanned Aerial Systems, Inc.',
        since: '2024-12-05',
        subsidiary: true,
        note: 'Status not rechecked since 2025-04-10.',
        evidence: [
          ev(
            'Foreign ministry decision on countermeasures against U.S. military-industrial companies (2024-12-05)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.fmprc.gov.cn/mfa_eng/xw/wjbxw/202412/t20241205_11539192.html',
            '2024-12-05',
          ),
        ],
      },
      {
        list: 'cn-unreliable-entity',
        entry: 'Kratos Unmanned Aerial Systems, Inc.',
        since: '2025-04-04',
        subsidiary: true,
        note: 'Status not rechecked since 2025-04-10.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2025-04-04)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_e4f474d3aeba4672913db1042d845d78.html',
            '2025-04-04',
          ),
        ],
      },
      {
        list: 'cn-export-control',
        entry: 'Kratos Unmanned Aerial Systems, Inc.',
        since: '2025-04-10',
        subsidiary: true,
        note: 'Status not rechecked since 2025-04-10.',
        evidence: [
          ev(
            'MOFCOM announcement adding U.S. entities to the export-control list (2025-04-10)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_a3535a90814b4d33bf9dc2878c65c9e0.html',
            '2025-04-10',
          ),
        ],
      },
    ],
    factors: [],
  },
  {
    id: 'aerovironment',
    name: 'AeroVironment, Inc.',
    aliases: ['AeroVironment'],
    listings: [nasdaq('AVAV', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Small drones and loitering munitions',
    cik: 1368622,
    lists: [
      {
        list: 'cn-countermeasures',
        entry: 'AeroVironment, Inc.',
        since: '2024-01-07',
        note: 'Imposed over US arms sales to Taiwan. Status not rechecked since 2025-10-09.',
        evidence: [
          ev(
            'Foreign Ministry decision on countermeasures (2024-01-07)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.mfa.gov.cn/eng/xwfw_665399/s2510_665401/2535_665405/202401/t20240107_11219409.html',
            '2024-01-07',
          ),
        ],
      },
      {
        list: 'cn-unreliable-entity',
        entry: 'AeroVironment, Inc.',
        since: '2025-10-09',
        note: 'Status not rechecked since 2025-10-09.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2025-10-09)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_fa5c991e926144e8a13de34fe1b8e00a.html',
            '2025-10-09',
          ),
        ],
      },
    ],
    factors: [],
  },
  {
    id: 'parsons',
    name: 'Parsons Corporation',
    aliases: ['Parsons Corp'],
    ambiguous: ['Parsons'],
    listings: [nyse('PSN', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Defense, intelligence and infrastructure engineering',
    cik: 275880,
  },
  {
    id: 'bwx-technologies',
    name: 'BWX Technologies, Inc.',
    aliases: ['BWX Technologies'],
    listings: [nyse('BWXT', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Naval nuclear reactors and fuel',
    cik: 1486957,
  },
  {
    id: 'mercury-systems',
    name: 'Mercury Systems, Inc.',
    aliases: ['Mercury Systems'],
    ambiguous: ['Mercury'],
    listings: [nasdaq('MRCY', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Defense electronics',
    cik: 1049521,
  },
  {
    id: 'kbr',
    name: 'KBR, Inc.',
    aliases: ['KBR Inc'],
    listings: [nyse('KBR', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Government services and engineering',
    cik: 1357615,
  },
  {
    id: 'amentum',
    name: 'Amentum Holdings, Inc.',
    aliases: ['Amentum'],
    listings: [nyse('AMTM', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Government engineering and technical services',
    cik: 2011286,
  },
  {
    id: 'heico',
    name: 'HEICO Corporation',
    aliases: ['HEICO'],
    listings: [nyse('HEI', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Aerospace parts and defense electronics',
    cik: 46619,
  },
  {
    id: 'curtiss-wright',
    name: 'Curtiss-Wright Corporation',
    aliases: ['Curtiss-Wright'],
    listings: [nyse('CW', primary)],
    hq: 'US',
    inc: 'US',
    sector: 'Defense and nuclear components',
    cik: 26324,
  },
  {
    id: 'anduril',
    name: 'Anduril Industries, Inc.',
    aliases: ['Anduril', 'Anduril Industries'],
    private: true,
    hq: 'US',
    inc: 'US',
    sector: 'Autonomous weapons and defense software',
    lists: [
      {
        list: 'cn-countermeasures',
        entry: 'Anduril Industries',
        since: '2024-07-12',
        note: 'Imposed over US arms sales to Taiwan. Status not rechecked since 2025-01-02.',
        evidence: [
          ev(
            'Foreign ministry decision on countermeasures against Anduril Industries and others (2024-07-12)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.mfa.gov.cn/wjbxw_new/202407/t20240712_11453049.shtml',
            '2024-07-12',
          ),
        ],
      },
      {
        list: 'cn-export-control',
        entry: 'Anduril Industries',
        since: '2025-01-02',
        note: 'Status not rechecked since 2025-01-02.',
        evidence: [CITE.mofcomExportControl28],
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Anduril Industries: corporate website (company profile and investor relations)',
          publisher: 'Anduril Industries',
          url: 'https://www.anduril.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'spacex',
    name: 'Space Exploration Technologies Corp.',
    aliases: ['SpaceX', 'Space Exploration Technologies'],
    private: true,
    hq: 'US',
    inc: 'US',
    sector: 'Launch services and satellite internet (Starlink)',
    jurisdiction: {
      evidence: [
        {
          title: 'SpaceX: corporate website (company profile and investor relations)',
          publisher: 'SpaceX',
          url: 'https://www.spacex.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'shield-ai',
    name: 'Shield AI, Inc.',
    aliases: ['Shield AI'],
    private: true,
    hq: 'US',
    inc: 'US',
    sector: 'AI pilots and military drones',
    lists: [
      {
        list: 'cn-countermeasures',
        entry: 'Shield AI, Inc.',
        since: '2024-12-05',
        note: 'Status not rechecked since 2025-04-10.',
        evidence: [
          ev(
            'Foreign ministry decision on countermeasures against U.S. military-industrial companies (2024-12-05)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.fmprc.gov.cn/mfa_eng/xw/wjbxw/202412/t20241205_11539192.html',
            '2024-12-05',
          ),
        ],
      },
      {
        list: 'cn-export-control',
        entry: 'Shield AI, Inc.',
        since: '2025-03-04',
        note: 'Status not rechecked since 2025-04-10.',
        evidence: [CITE.mofcomExportControl15],
      },
      {
        list: 'cn-unreliable-entity',
        entry: 'Shield AI, Inc.',
        since: '2025-04-10',
        note: 'Status not rechecked since 2025-04-10.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List working mechanism decision (2025-04-10)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://aqygzj.mofcom.gov.cn/flzc/gzjgfxwj/art/2025/art_81fd0e00d5aa4be39db90f2c183c809a.html',
            '2025-04-10',
          ),
        ],
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Shield AI: corporate website (company profile and investor relations)',
          publisher: 'Shield AI',
          url: 'https://shield.ai/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'skydio',
    name: 'Skydio, Inc.',
    aliases: ['Skydio'],
    private: true,
    hq: 'US',
    inc: 'US',
    sector: 'Drones',
    lists: [
      {
        list: 'cn-countermeasures',
        entry: 'Skydio Inc.',
        since: '2024-10-10',
        note: 'The measures cut off its battery supplier. Status not rechecked since 2025-04-04.',
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
        list: 'cn-export-control',
        entry: 'Skydio, Inc.',
        since: '2025-03-04',
        note: 'Status not rechecked since 2025-04-04.',
        evidence: [CITE.mofcomExportControl15],
      },
      {
        list: 'cn-unreliable-entity',
        entry: 'Skydio Inc.',
        since: '2025-04-04',
        note: 'Status not rechecked since 2025-04-04.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2025-04-04)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_e4f474d3aeba4672913db1042d845d78.html',
            '2025-04-04',
          ),
        ],
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Skydio: corporate website (company profile and investor relations)',
          publisher: 'Skydio',
          url: 'https://www.skydio.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'bae-systems',
    name: 'BAE Systems plc',
    aliases: ['BAE Systems'],
    listings: [lse('BA.', { primary: true, isin: 'GB0002634946' })],
    hq: 'GB',
    inc: 'GB',
    sector: 'Defense prime (aircraft, ships, munitions)',
    lists: [
      {
        list: 'cn-unreliable-entity',
        entry: 'BAE Systems, Inc.',
        since: '2025-10-09',
        subsidiary: true,
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2025-10-09)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_fa5c991e926144e8a13de34fe1b8e00a.html',
            '2025-10-09',
          ),
        ],
      },
      {
        list: 'cn-countermeasures',
        entry: 'BAE Systems Land and Armaments',
        since: '2024-01-07',
        subsidiary: true,
        evidence: [
          ev(
            'Foreign Ministry decision on countermeasures (2024-01-07)',
            'Ministry of Foreign Affairs of the People’s Republic of China',
            'https://www.mfa.gov.cn/eng/xwfw_665399/s2510_665401/2535_665405/202401/t20240107_11219409.html',
            '2024-01-07',
          ),
        ],
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'BAE Systems: corporate website (company profile and investor relations)',
          publisher: 'BAE Systems',
          url: 'https://www.baesystems.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'rheinmetall',
    name: 'Rheinmetall AG',
    aliases: ['Rheinmetall'],
    listings: [xetra('RHM', { primary: true, isin: 'DE0007030009' })],
    hq: 'DE',
    inc: 'DE',
    sector: 'Defense (ammunition, armoured vehicles)',
    lists: [
      {
        list: 'cn-export-control',
        entry: 'Rheinmetall AG',
        since: '2026-07-24',
        evidence: [
          ev(
            'MOFCOM announcement adding entities to the export-control list (2026-07-24)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zcfb/blgg/gg/2026/art/2026/art_452eed7fd22c431fbd3d7a8b9fad6d93.html',
            '2026-07-24',
          ),
        ],
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Rheinmetall: corporate website (company profile and investor relations)',
          publisher: 'Rheinmetall',
          url: 'https://www.rheinmetall.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'thales',
    name: 'Thales S.A.',
    aliases: ['Thales Group'],
    ambiguous: ['Thales'],
    listings: [par('HO', { primary: true, isin: 'FR0000121329' })],
    hq: 'FR',
    inc: 'FR',
    sector: 'Defense and aerospace electronics',
    ownership: {
      governmentStake: 'French state about 26%',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'Thales: corporate website (company profile and investor relations)',
          publisher: 'Thales',
          url: 'https://www.thalesgroup.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'leonardo',
    name: 'Leonardo S.p.A.',
    aliases: ['Leonardo SpA', 'Leonardo S.p.A.'],
    ambiguous: ['Leonardo'],
    listings: [mil('LDO', { primary: true, isin: 'IT0003856405' })],
    hq: 'IT',
    inc: 'IT',
    sector: 'Defense, helicopters and aerospace',
    ownership: {
      governmentStake: 'Italian Ministry of Economy and Finance about 30%',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'Leonardo: corporate website (company profile and investor relations)',
          publisher: 'Leonardo',
          url: 'https://www.leonardo.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'saab',
    name: 'Saab AB',
    aliases: ['Saab AB'],
    ambiguous: ['Saab'],
    listings: [sto('SAAB B', { primary: true, isin: 'SE0021921269' })],
    hq: 'SE',
    inc: 'SE',
    sector: 'Defense (fighters, missiles, sensors)',
    jurisdiction: {
      evidence: [
        {
          title: 'Saab: corporate website (company profile and investor relations)',
          publisher: 'Saab',
          url: 'https://www.saab.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'airbus',
    name: 'Airbus SE',
    aliases: ['Airbus'],
    listings: [par('AIR', { primary: true, isin: 'NL0000235190' })],
    hq: 'NL',
    inc: 'NL',
    sector: 'Commercial aircraft, defense and space',
    jurisdiction: {
      evidence: [
        {
          title: 'Airbus: corporate website (company profile and investor relations)',
          publisher: 'Airbus',
          url: 'https://www.airbus.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'safran',
    name: 'Safran S.A.',
    aliases: ['Safran'],
    listings: [par('SAF', { primary: true, isin: 'FR0000073272' })],
    hq: 'FR',
    inc: 'FR',
    sector: 'Aircraft engines and equipment',
    jurisdiction: {
      evidence: [
        {
          title: 'Safran: corporate website (company profile and investor relations)',
          publisher: 'Safran',
          url: 'https://www.safran-group.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'hanwha-aerospace',
    name: 'Hanwha Aerospace Co., Ltd.',
    aliases: ['Hanwha Aerospace'],
    listings: [krx('012450', primary)],
    hq: 'KR',
    inc: 'KR',
    sector: 'Artillery, engines and space',
    jurisdiction: {
      evidence: [
        {
          title: 'Hanwha Aerospace: corporate website (company profile and investor relations)',
          publisher: 'Hanwha Aerospace',
          url: 'https://www.hanwhaaerospace.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'elbit',
    name: 'Elbit Systems Ltd.',
    takeaway: 'Its US arm is on China’s Unreliable Entity List',
    aliases: ['Elbit Systems', 'Elbit'],
    listings: [nasdaq('ESLT', primary), tase('ESLT')],
    hq: 'IL',
    inc: 'IL',
    sector: 'Defense electronics and drones',
    cik: 1027664,
    lists: [
      {
        list: 'cn-unreliable-entity',
        entry: 'Elbit Systems of America, LLC',
        since: '2025-10-09',
        subsidiary: true,
        note: 'Its US arm. Status not rechecked since 2025-10-09.',
        evidence: [
          ev(
            'MOFCOM Unreliable Entity List announcement (2025-10-09)',
            'Ministry of Commerce of the People’s Republic of China',
            'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_fa5c991e926144e8a13de34fe1b8e00a.html',
            '2025-10-09',
          ),
        ],
      },
    ],
    factors: [],
  },
  {
    id: 'kongsberg',
    name: 'Kongsberg Gruppen ASA',
    aliases: ['Kongsberg Gruppen', 'Kongsberg'],
    listings: [
      {
        ticker: 'KOG',
        exchange: 'Oslo',
        mic: 'XOSL',
        primary: true,
        isin: 'NO0003043309',
      },
    ],
    hq: 'NO',
    inc: 'NO',
    sector: 'Defense (missiles, remote weapons) and maritime',
    ownership: {
      governmentStake: 'Norwegian state 50%',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'Kongsberg Gruppen: corporate website (company profile and investor relations)',
          publisher: 'Kongsberg Gruppen',
          url: 'https://www.kongsberg.com/',
          date: '2026-11-20',
        },
      ],
    },
  },
];
