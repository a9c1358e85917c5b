/**
 * Russian issuers (MOEX) and Western companies with material Russian exposure. SDN and EU entries are written exactly as the lists print them.
 */

import { CITE } from './citations';
import { bud, type Curated, lse, mil, moex, nasdaq, nyse, par, primary, six, vie, xetra } from './dsl';

export const RUSSIA: Curated[] = [
  {
    id: 'sberbank',
    name: 'Sberbank of Russia',
    aliases: ['Sberbank', 'Sber', 'Сбербанк'],
    listings: [moex('SBER', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Banking',
    ownership: {
      stateOwned: true,
      stateOwner: 'Russian National Wealth Fund (Ministry of Finance)',
    },
    lists: [
      {
        list: 'ofac-directive',
        entry: 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA',
      },
      {
        list: 'ofac-sdn',
        entry: 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA',
      },
      {
        list: 'eu-sanctions',
        entry: 'Sberbank',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Sberbank of Russia: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=SBER',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'vtb',
    name: 'VTB Bank (PJSC)',
    aliases: ['VTB Bank', 'VTB', 'ВТБ'],
    listings: [moex('VTBR', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Banking',
    ownership: {
      stateOwned: true,
      stateOwner: 'Government of the Russian Federation',
    },
    lists: [
      {
        list: 'ofac-directive',
        entry: 'VTB BANK PUBLIC JOINT STOCK COMPANY',
      },
      {
        list: 'ofac-sdn',
        entry: 'VTB BANK PUBLIC JOINT STOCK COMPANY',
      },
      {
        list: 'eu-sanctions',
        entry: 'VTB Bank',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'VTB Bank (PJSC): security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=VTBR',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'gazprom',
    name: 'Gazprom PJSC',
    aliases: ['Gazprom', 'Газпром'],
    listings: [moex('GAZP', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Natural gas',
    ownership: {
      stateOwned: true,
      stateOwner: 'Government of the Russian Federation',
    },
    lists: [
      {
        list: 'ofac-directive',
        entry: 'PUBLIC JOINT STOCK COMPANY GAZPROM',
      },
      {
        list: 'bis-entity-list',
        entry: 'Gazprom, OAO (a.k.a. Open Joint Stock Company Gazprom',
        partial: true,
        note: 'The licence requirement covers items for deepwater, Arctic offshore or shale oil projects in Russia (EAR § 746.8).',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Gazprom PJSC: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=GAZP',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.6,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Under US sectoral sanctions (new long-term debt and deep-water, Arctic and shale projects barred) and EU restrictions; many subsidiaries, including Gazprom Neft, are blocked. Status not rechecked since 2025-10-23.',
        evidence: [
          {
            title: 'U.S. sanctions large Russian oil companies in first action under Trump',
            publisher: 'Davis Polk & Wardwell',
            url: 'https://www.davispolk.com/insights/client-update/us-sanctions-large-russian-oil-companies-first-action-under-trump',
            date: '2025-10-23',
          },
        ],
      },
    ],
  },
  {
    id: 'gazprom-neft',
    name: 'Gazprom Neft PJSC',
    aliases: ['Gazprom Neft', 'Газпром нефть'],
    listings: [moex('SIBN', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Oil',
    ownership: {
      parent: 'Gazprom PJSC',
      parentId: 'gazprom',
      stateOwned: true,
      stateOwner: 'Government of the Russian Federation (through Gazprom)',
    },
    lists: [
      {
        list: 'ofac-directive',
        entry: 'PUBLIC JOINT STOCK COMPANY GAZPROM NEFT',
      },
      {
        list: 'bis-entity-list',
        entry: 'Gazprom Neft (a.k.a. Gazprom Neft OAO',
        partial: true,
        note: 'The licence requirement covers items for deepwater, Arctic offshore or shale oil projects in Russia (EAR § 746.8).',
      },
      {
        list: 'ofac-sdn',
        entry: 'PUBLIC JOINT STOCK COMPANY GAZPROM NEFT',
      },
      {
        list: 'eu-sanctions',
        entry: 'GAZPROM NEFT',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Gazprom Neft PJSC: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=SIBN',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'rosneft',
    name: 'Rosneft Oil Company',
    aliases: ['Rosneft', 'Роснефть'],
    listings: [moex('ROSN', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Oil',
    ownership: {
      stateOwned: true,
      stateOwner: 'Rosneftegaz (Government of the Russian Federation)',
    },
    lists: [
      {
        list: 'ofac-directive',
        entry: 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY',
      },
      {
        list: 'bis-entity-list',
        entry: 'Rosneft (a.k.a. Open Joint-Stock Company Rosneft Oil Company',
        partial: true,
        note: 'The licence requirement covers items for deepwater, Arctic offshore or shale oil projects in Russia (EAR § 746.8).',
      },
      {
        list: 'ofac-sdn',
        entry: 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY',
        note: 'Blocked by OFAC on 2025-10-22 together with Lukoil.',
        since: '2025-10-22',
      },
      {
        list: 'eu-sanctions',
        entry: 'ROSNEFT',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Rosneft Oil Company: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=ROSN',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'lukoil',
    name: 'PJSC Lukoil',
    aliases: ['Lukoil', 'LUKOIL', 'Лукойл'],
    listings: [moex('LKOH', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Oil',
    lists: [
      {
        list: 'ofac-directive',
        entry: 'LUKOIL OAO',
      },
      {
        list: 'bis-entity-list',
        entry: 'Lukoil, OAO (a.k.a. Lukoil',
        partial: true,
        note: 'The licence requirement covers items for deepwater, Arctic offshore or shale oil projects in Russia (EAR § 746.8).',
      },
      {
        list: 'ofac-sdn',
        entry: 'LUKOIL OAO',
        note: 'Blocked by OFAC on 2025-10-22; the designation forced sales of its foreign assets.',
        since: '2025-10-22',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Lukoil: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=LKOH',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'novatek',
    name: 'PJSC Novatek',
    aliases: ['Novatek', 'Новатэк'],
    listings: [moex('NVTK', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Natural gas and LNG',
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Novatek: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=NVTK',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.6,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Under US sectoral sanctions since 2014, and its Arctic LNG 2 project and several subsidiaries are blocked by OFAC; EU bans on Russian LNG transshipment and imports hit its exports. Status not rechecked since 2026-08-20.',
        evidence: [
          {
            title: 'Specially Designated Nationals and Blocked Persons List (SDN), publication of 2026-08-20',
            publisher: 'U.S. Treasury, Office of Foreign Assets Control',
            url: 'https://sanctionssearch.ofac.treas.gov/',
            date: '2026-08-20',
          },
        ],
      },
    ],
  },
  {
    id: 'nornickel',
    name: 'PJSC MMC Norilsk Nickel',
    aliases: ['Nornickel', 'Norilsk Nickel'],
    listings: [moex('GMKN', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Nickel and palladium',
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'LIMITED LIABILITY COMPANY NORNICKEL SPUTNIK',
        subsidiary: true,
        note: 'OFAC also lists the group companies Norilsknickelremont, Norilsk Avia, Norilsk Industrial Transport and Norilsky Obespechivayushchy Kompleks; PJSC MMC Norilsk Nickel itself is not on the SDN list.',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC MMC Norilsk Nickel: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=GMKN',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'polyus',
    name: 'PJSC Polyus',
    aliases: ['Polyus', 'Полюс'],
    listings: [moex('PLZL', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Gold mining',
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'PUBLIC JOINT STOCK COMPANY POLYUS',
      },
      {
        list: 'eu-sanctions',
        entry: 'Public Joint Stock Company ‘Polyus’',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Polyus: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=PLZL',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'alrosa',
    name: 'PJSC Alrosa',
    aliases: ['Alrosa', 'ALROSA', 'Алроса'],
    listings: [moex('ALRS', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Diamond mining',
    ownership: {
      stateOwned: true,
      stateOwner: 'Government of the Russian Federation',
    },
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'PUBLIC JOINT STOCK COMPANY ALROSA',
      },
      {
        list: 'eu-sanctions',
        entry: 'PJSC Alrosa',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Alrosa: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=ALRS',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'magnit',
    name: 'PJSC Magnit',
    aliases: ['Magnit', 'Магнит'],
    listings: [moex('MGNT', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Food retail',
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Magnit: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=MGNT',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'x5',
    name: 'X5 Corporation',
    aliases: ['X5 Group', 'X5 Retail Group'],
    listings: [moex('X5', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Food retail',
    jurisdiction: {
      evidence: [
        {
          title: 'X5 Corporation: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=X5',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'mts',
    name: 'Mobile TeleSystems PJSC',
    aliases: ['Mobile TeleSystems', 'МТС'],
    listings: [moex('MTSS', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Telecommunications',
    ownership: {
      parent: 'Sistema PJSFC',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'Mobile TeleSystems PJSC: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=MTSS',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'rostelecom',
    name: 'PJSC Rostelecom',
    aliases: ['Rostelecom', 'Ростелеком'],
    listings: [moex('RTKM', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Telecommunications',
    ownership: {
      stateOwned: true,
      stateOwner: 'Government of the Russian Federation',
    },
    lists: [
      {
        list: 'ofac-directive',
        entry: 'PUBLIC JOINT STOCK COMPANY ROSTELECOM',
        since: '2022-03-26',
        note: 'Directive 3: no dealings in its new debt of more than 14 days or new equity issued from that date; existing shares may still be held and traded.',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Rostelecom: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=RTKM',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'aeroflot',
    name: 'PJSC Aeroflot',
    aliases: ['Aeroflot', 'Аэрофлот'],
    listings: [moex('AFLT', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Airline',
    ownership: {
      stateOwned: true,
      stateOwner: 'Government of the Russian Federation',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Aeroflot: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=AFLT',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.6,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Under a US Commerce temporary denial order since April 2022 for flying US-origin aircraft into Russia in breach of export rules, so no one may service or supply those aircraft with US items. Status not rechecked since 2022-04-07.',
        evidence: [
          {
            title: 'Orders temporarily denying export privileges: Aeroflot (Federal Register notices)',
            publisher: 'Federal Register (U.S. Commerce Department, BIS)',
            url: 'https://www.federalregister.gov/documents/search?conditions%5Bterm%5D=Aeroflot+temporary+denial+order',
            date: '2022-04-07',
          },
        ],
      },
    ],
  },
  {
    id: 'severstal',
    name: 'PJSC Severstal',
    aliases: ['Severstal', 'Северсталь'],
    listings: [moex('CHMF', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Steel',
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'PUBLIC JOINT STOCK COMPANY SEVERSTAL',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Severstal: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=CHMF',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'nlmk',
    name: 'NLMK',
    aliases: ['Novolipetsk Steel', 'НЛМК'],
    listings: [moex('NLMK', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Steel',
    jurisdiction: {
      evidence: [
        {
          title: 'NLMK: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=NLMK',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'surgutneftegas',
    name: 'Surgutneftegas PJSC',
    aliases: ['Surgutneftegas', 'Сургутнефтегаз'],
    listings: [moex('SNGS', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Oil',
    lists: [
      {
        list: 'ofac-directive',
        entry: 'SURGUTNEFTEGAS',
      },
      {
        list: 'bis-entity-list',
        entry: 'Surgutneftegas (a.k.a. Open Joint Stock Company Surgutneftegas',
        partial: true,
        note: 'The licence requirement covers items for deepwater, Arctic offshore or shale oil projects in Russia (EAR § 746.8).',
      },
      {
        list: 'ofac-sdn',
        entry: 'SURGUTNEFTEGAS',
        note: 'Blocked by OFAC in January 2025 with Gazprom Neft.',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Surgutneftegas PJSC: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=SNGS',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'tatneft',
    name: 'PJSC Tatneft',
    aliases: ['Tatneft', 'Татнефть'],
    listings: [moex('TATN', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Oil',
    ownership: {
      stateOwned: true,
      stateOwner: 'Republic of Tatarstan (golden share and holding company)',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC Tatneft: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=TATN',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'yandex-mkpao',
    name: 'MKPAO Yandex',
    aliases: ['Yandex', 'Яндекс'],
    listings: [moex('YDEX', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Internet search and services (Russia)',
    jurisdiction: {
      evidence: [
        {
          title: 'MKPAO Yandex: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=YDEX',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'ozon',
    name: 'Ozon Holdings',
    aliases: ['Ozon', 'Озон'],
    listings: [moex('OZON', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'E-commerce',
    jurisdiction: {
      evidence: [
        {
          title: 'Ozon Holdings: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=OZON',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'moscow-exchange',
    name: 'Moscow Exchange',
    aliases: ['Moscow Exchange', 'Московская биржа'],
    listings: [moex('MOEX', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Stock exchange',
    ownership: {
      stateOwned: true,
      stateOwner: 'Bank of Russia and state banks',
    },
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'MOSCOW EXCHANGE',
        note: 'Blocked by OFAC in June 2024 with its clearing house and depository.',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Moscow Exchange: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=MOEX',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'phosagro',
    name: 'PJSC PhosAgro',
    aliases: ['PhosAgro', 'ФосАгро'],
    listings: [moex('PHOR', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Fertilisers',
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC PhosAgro: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=PHOR',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'sovcomflot',
    name: 'PAO Sovcomflot',
    aliases: ['Sovcomflot', 'Совкомфлот'],
    listings: [moex('FLOT', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Tanker shipping',
    ownership: {
      stateOwned: true,
      stateOwner: 'Government of the Russian Federation',
    },
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'JOINT STOCK COMPANY SOVCOMFLOT',
      },
      {
        list: 'eu-sanctions',
        entry: 'Sovcomflot',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PAO Sovcomflot: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=FLOT',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'united-aircraft',
    name: 'PJSC United Aircraft Corporation',
    aliases: ['United Aircraft Corporation', 'ОАК'],
    listings: [moex('UNAC', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Military and civil aircraft',
    ownership: {
      stateOwned: true,
      stateOwner: 'Rostec State Corporation',
    },
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION',
      },
      {
        list: 'eu-sanctions',
        entry: 'PJSC United Aircraft Corporation',
      },
      {
        list: 'bis-entity-list',
        entry: 'Public Joint Stock Company United Aircraft Corporation',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PJSC United Aircraft Corporation: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=UNAC',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'pik',
    name: 'PIK Specialized Homebuilder PJSC',
    aliases: ['PIK Group', 'PIK Specialized Homebuilder', 'PIK-specialised developer'],
    listings: [moex('PIKK', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Homebuilding',
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'PUBLIC JOINT STOCK COMPANY PIK SPECIALIZED HOMEBUILDER',
      },
      {
        list: 'eu-sanctions',
        entry: 'PIK-specialised developer JSC',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'PIK Specialized Homebuilder PJSC: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=PIKK',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'mechel',
    name: 'Mechel PAO',
    aliases: ['Mechel', 'Мечел'],
    listings: [moex('MTLR', primary)],
    hq: 'RU',
    inc: 'RU',
    sector: 'Coal and steel',
    lists: [
      {
        list: 'ofac-sdn',
        entry: 'PUBLICHNOE AKTSIONERNOE OBSHCHESTVO MECHEL',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Mechel PAO: security profile on the Moscow Exchange',
          publisher: 'Moscow Exchange',
          url: 'https://www.moex.com/en/issue.aspx?code=MTLR',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'kaspersky',
    name: 'AO Kaspersky Lab',
    aliases: ['Kaspersky', 'Kaspersky Lab'],
    private: true,
    hq: 'RU',
    inc: 'RU',
    sector: 'Cybersecurity software',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'AO Kaspersky Lab',
      },
      {
        list: 'fcc-covered',
        entry: 'AO Kaspersky Lab',
      },
    ],
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.6,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'The Commerce Department banned sales of Kaspersky antivirus software to US customers from 2024 under its ICTS rules, and its updates stopped in September 2024. Status not rechecked since 2024-06-24.',
        evidence: [
          {
            title: 'Final determination on Kaspersky Lab software under the ICTS rules (Federal Register notices)',
            publisher: 'Federal Register (U.S. Commerce Department, BIS)',
            url: 'https://www.federalregister.gov/documents/search?conditions%5Bterm%5D=Kaspersky+final+determination',
            date: '2024-06-24',
          },
        ],
      },
    ],
  },
  {
    id: 'nebius',
    name: 'Nebius Group N.V.',
    aliases: ['Nebius', 'Nebius Group'],
    listings: [nasdaq('NBIS', primary)],
    hq: 'NL',
    inc: 'NL',
    sector: 'AI cloud infrastructure',
    cik: 1513845,
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.05,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Formed from Yandex N.V. after it sold all its Russian businesses in July 2024; the residual risk is legacy reputational and sanctions-screening exposure, not current Russian operations. Status not rechecked since 2025-04-30.',
        evidence: [
          {
            title: 'Nebius Group N.V.: annual report on Form 20-F (fiscal year 2024)',
            publisher: 'U.S. Securities and Exchange Commission (EDGAR)',
            url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001513845&type=20-F&dateb=&owner=include&count=40',
            date: '2025-04-30',
          },
        ],
      },
    ],
  },
  {
    id: 'raiffeisen',
    name: 'Raiffeisen Bank International AG',
    aliases: ['Raiffeisen Bank International', 'Raiffeisen'],
    listings: [vie('RBI', { primary: true, isin: 'AT0000606306' })],
    hq: 'AT',
    inc: 'AT',
    sector: 'Banking',
    jurisdiction: {
      evidence: [
        {
          title: 'Raiffeisen Bank International: corporate website (company profile and investor relations)',
          publisher: 'Raiffeisen Bank International',
          url: 'https://www.rbinternational.com/',
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
          'Its Russian subsidiary is one of the largest Western banks left in Russia; the ECB has pressed it to wind the business down and a Russian court ordered it to pay about EUR 2 billion in damages in 2024, so sanctions, seizure and write-off risks are material. Status not rechecked since 2024.',
        evidence: [CITE.yaleRussiaList],
      },
    ],
  },
  {
    id: 'unicredit',
    name: 'UniCredit S.p.A.',
    aliases: ['UniCredit'],
    listings: [mil('UCG', { primary: true, isin: 'IT0005239360' })],
    hq: 'IT',
    inc: 'IT',
    sector: 'Banking',
    jurisdiction: {
      evidence: [
        {
          title: 'UniCredit: corporate website (company profile and investor relations)',
          publisher: 'UniCredit',
          url: 'https://www.unicreditgroup.eu/',
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
          'Still runs a Russian banking subsidiary, which it has been shrinking since 2022; exposed to Russian counter-measures and to ECB and sanctions pressure. Status not rechecked since 2022-03-17.',
        evidence: [CITE.yaleRussiaList],
      },
    ],
  },
  {
    id: 'otp-bank',
    name: 'OTP Bank Nyrt.',
    aliases: ['OTP Bank'],
    listings: [bud('OTP', { primary: true, isin: 'HU0000061726' })],
    hq: 'HU',
    inc: 'HU',
    sector: 'Banking',
    jurisdiction: {
      evidence: [
        {
          title: 'OTP Bank: corporate website (company profile and investor relations)',
          publisher: 'OTP Bank',
          url: 'https://www.otpbank.hu/',
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
          'Keeps banking subsidiaries in Russia and a large one in Ukraine, exposing it to both sides of the war and to sanctions pressure. Status not rechecked since 2022-03-17.',
        evidence: [CITE.yaleRussiaList],
      },
    ],
  },
  {
    id: 'nestle',
    name: 'Nestlé S.A.',
    aliases: ['Nestlé', 'Nestle'],
    listings: [six('NESN', { primary: true, isin: 'CH0038863350' })],
    hq: 'CH',
    inc: 'CH',
    sector: 'Packaged food',
    jurisdiction: {
      evidence: [
        {
          title: 'Nestlé: corporate website (company profile and investor relations)',
          publisher: 'Nestlé',
          url: 'https://www.nestle.com/',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Still sells essential foods in Russia after suspending many brands in 2022, leaving it exposed to Russian counter-measures and reputational pressure. Status not rechecked since 2022-03-17.',
        evidence: [CITE.yaleRussiaList],
      },
    ],
  },
  {
    id: 'unilever',
    name: 'Unilever PLC',
    aliases: ['Unilever'],
    listings: [lse('ULVR', { primary: true, isin: 'GB00B10RZP78' }), nyse('UL', { security: 'adr' })],
    hq: 'GB',
    inc: 'GB',
    sector: 'Consumer goods',
    cik: 217410,
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.05,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Sold its Russian business in 2024 after two years of continued operation there; residual exposure is legacy and reputational. Status not rechecked since 2024.',
        evidence: [CITE.yaleRussiaList],
      },
    ],
  },
  {
    id: 'totalenergies',
    name: 'TotalEnergies SE',
    aliases: ['TotalEnergies'],
    listings: [par('TTE', { primary: true, isin: 'FR0000120271' }), nyse('TTE', { security: 'adr' })],
    hq: 'FR',
    inc: 'FR',
    sector: 'Integrated oil and gas',
    cik: 879764,
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Still holds about 19% of Novatek and stakes in Yamal LNG and Arctic LNG 2 (which it wrote down), so Russian LNG sanctions and counter-measures bear on its assets and supply contracts. Status not rechecked since 2022-03-17.',
        evidence: [CITE.yaleRussiaList],
      },
    ],
  },
  {
    id: 'bp',
    name: 'BP p.l.c.',
    aliases: ['BP plc'],
    listings: [lse('BP.', { primary: true, isin: 'GB0007980591' }), nyse('BP', { security: 'adr' })],
    hq: 'GB',
    inc: 'GB',
    sector: 'Integrated oil and gas',
    cik: 313807,
    factors: [
      {
        kind: 'regulatory-action',
        severity: 0.1,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Wrote off its 19.75% Rosneft stake in 2022 but still nominally holds it, because Russia bars its sale; a legacy exposure with no expected value. Status not rechecked since 2022-03-17.',
        evidence: [CITE.yaleRussiaList],
      },
    ],
  },
  {
    id: 'metro-ag',
    name: 'METRO AG',
    aliases: ['Metro AG', 'METRO AG'],
    listings: [xetra('B4B', { primary: true, isin: 'DE000BFB0019' })],
    hq: 'DE',
    inc: 'DE',
    sector: 'Wholesale',
    jurisdiction: {
      evidence: [
        {
          title: 'Metro AG: corporate website (company profile and investor relations)',
          publisher: 'Metro AG',
          url: 'https://www.metroag.de/',
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
          'Keeps running its cash-and-carry stores in Russia, one of its larger markets, exposing it to Russian counter-measures and to reputational pressure. Status not rechecked since 2022-03-17.',
        evidence: [CITE.yaleRussiaList],
      },
    ],
  },
];
