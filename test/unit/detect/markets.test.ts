/**
 * The wire services' and brokers' ticker forms (issue 13): Reuters RICs, Yahoo suffixes, Bloomberg codes and exchange
 * prefixes of every major market, each recognised only for a listing on the market it names (utils/detect/markets.ts).
 * The dictionary's exchange ids are spelled as the embedded dataset spells them ("Euronext Paris", "Nasdaq Stockholm").
 */
import { describe, expect, it } from 'vitest';
import { MARKET_FORMS } from '@/utils/detect/markets';
import { compileMatcher } from '@/utils/detect/matcher';
import type { DictionaryEntry } from '@/utils/detect/types';

const entity = (entityId: string, names: string[], tickers: [string, string][]): DictionaryEntry => ({
  entityId,
  names,
  tickers: tickers.map(([symbol, exchange]) => ({ symbol, exchange })),
});

const entries: DictionaryEntry[] = [
  entity('nvidia', ['Nvidia'], [['NVDA', 'NASDAQ']]),
  entity('exxon', ['Exxon', 'Exxon Mobil'], [['XOM', 'NYSE']]),
  entity('chevron', ['Chevron'], [['CVX', 'NYSE']]),
  entity(
    'alibaba',
    ['Alibaba'],
    [
      ['BABA', 'NYSE'],
      ['9988', 'HKEX'],
    ],
  ),
  entity(
    'tencent',
    ['Tencent'],
    [
      ['700', 'HKEX'],
      ['TCEHY', 'OTC'],
    ],
  ),
  {
    ...entity(
      'toyota',
      [],
      [
        ['TM', 'NYSE'],
        ['7203', 'TYO'],
      ],
    ),
    cautiousNames: ['Toyota'],
  },
  entity('samsung', ['Samsung Electronics'], [['005930', 'KRX']]),
  entity('ecopro', ['EcoPro BM'], [['247540', 'KOSDAQ']]),
  entity(
    'reliance',
    ['Reliance Industries'],
    [
      ['RELIANCE', 'NSE'],
      ['500325', 'BSE'],
    ],
  ),
  entity(
    'sap',
    ['SAP'],
    [
      ['SAP', 'XETRA'],
      ['SAP', 'NYSE'],
    ],
  ),
  entity(
    'shell',
    ['Shell plc'],
    [
      ['SHEL', 'LSE'],
      ['SHEL', 'NYSE'],
    ],
  ),
  entity('lvmh', ['LVMH'], [['MC', 'Euronext Paris']]),
  entity(
    'asml',
    ['ASML'],
    [
      ['ASML', 'Euronext Amsterdam'],
      ['ASML', 'NASDAQ'],
    ],
  ),
  entity('leonardo', ['Leonardo'], [['LDO', 'Euronext Milan']]),
  entity(
    'bhp',
    ['BHP'],
    [
      ['BHP', 'ASX'],
      ['BHP', 'NYSE'],
    ],
  ),
  entity(
    'rbc',
    ['Royal Bank of Canada'],
    [
      ['RY', 'TSX'],
      ['RY', 'NYSE'],
    ],
  ),
  entity('nestle', ['Nestlé'], [['NESN', 'SIX']]),
  entity('novo', ['Novo Nordisk'], [['NOVO-B', 'Nasdaq Copenhagen']]),
  entity('kongsberg', ['Kongsberg'], [['KOG', 'Oslo']]),
  entity('aramco', ['Saudi Aramco'], [['2222', 'Tadawul']]),
  entity('petrobras', ['Petrobras'], [['PETR4', 'B3']]),
  entity('dbs', ['DBS Group'], [['D05', 'SGX']]),
  entity('naspers', ['Naspers'], [['NPN', 'JSE']]),
  entity('tsmc', ['TSMC'], [['2330', 'TWSE']]),
  entity('moutai', ['Kweichow Moutai'], [['600519', 'SSE']]),
  entity('catl', ['CATL'], [['300750', 'SZSE']]),
  // Single letters and share classes, to show what the suffix forms leave alone.
  entity('jacobs', [], [['J', 'NYSE']]),
  entity('agilent', [], [['A', 'NYSE']]),
  entity(
    'berkshire',
    ['Berkshire Hathaway'],
    [
      ['BRK.A', 'NYSE'],
      ['BRK.B', 'NYSE'],
    ],
  ),
  entity('amd', ['Advanced Micro Devices'], [['AMD', 'NASDAQ']]),
  entity('enbridge', ['Enbridge'], [['ENB', 'TSX']]),
  entity(
    'teck',
    ['Teck Resources'],
    [
      ['TECK-A', 'TSX'],
      ['TECK-B', 'TSX'],
    ],
  ),
  entity('venture', [], [['VLC', 'TSXV']]),
];

const matcher = compileMatcher(entries);
type Row = [surface: string, entityId: string, tier: string];
const find = (text: string): Row[] => matcher.find(text).map((m) => [m.surface, m.entityId, m.tier]);
const exchangeOnly = (text: string): Row[] => find(text).filter(([, , tier]) => tier === 'exchange');

describe('Reuters RICs', () => {
  it('marks US venue suffixes in the forms Reuters prints them', () => {
    expect(find('Nvidia (NVDA.O) rose while Exxon (XOM.N) and Chevron (CVX.N) fell.')).toEqual([
      ['Nvidia', 'nvidia', 'name'],
      ['NVDA.O', 'nvidia', 'exchange'],
      ['Exxon', 'exxon', 'name'],
      ['XOM.N', 'exxon', 'exchange'],
      ['Chevron', 'chevron', 'name'],
      ['CVX.N', 'chevron', 'exchange'],
    ]);
    expect(exchangeOnly('shares of <NVDA.O> and NVDA.OQ; oil majors (XOM.N, CVX.N)')).toEqual([
      ['NVDA.O', 'nvidia', 'exchange'],
      ['NVDA.OQ', 'nvidia', 'exchange'],
      ['XOM.N', 'exxon', 'exchange'],
      ['CVX.N', 'chevron', 'exchange'],
    ]);
  });

  it.each<[string, string]>([
    ['Alibaba <BABA.K> said', 'alibaba'],
    ['an Arca listing (XOM.P)', 'exxon'],
    ['on NYSE American (CVX.A)', 'chevron'],
    ['Toyota Motor <7203.T>', 'toyota'],
    ['Samsung Electronics <005930.KS>', 'samsung'],
    ['EcoPro BM <247540.KQ>', 'ecopro'],
    ['Reliance <RELIANCE.NS> and <RELIANCE.BO>', 'reliance'],
    ['Shell <SHEL.L>', 'shell'],
    ['SAP <SAP.DE> and <SAP.F>', 'sap'],
    ['LVMH <MC.PA>', 'lvmh'],
    ['ASML <ASML.AS>', 'asml'],
    ['Leonardo <LDO.MI>', 'leonardo'],
    ['Nestle <NESN.S> (NESN.SW on Yahoo)', 'nestle'],
    ['Kongsberg <KOG.OL>', 'kongsberg'],
    ['BHP <BHP.AX>', 'bhp'],
    ['RBC <RY.TO>', 'rbc'],
    ['Aramco <2222.SE> (2222.SR)', 'aramco'],
    ['Petrobras <PETR4.SA>', 'petrobras'],
    ['DBS <D05.SI>', 'dbs'],
    ['Naspers <NPNJ.J> <NPN.J> <NPN.JO>', 'naspers'],
    ['TSMC <2330.TW>', 'tsmc'],
    ['Moutai <600519.SS>', 'moutai'],
    ['CATL <300750.SZ>', 'catl'],
  ])('%s → %s', (text, id) => {
    const found = exchangeOnly(text);
    expect(found.length).toBeGreaterThan(0);
    for (const [surface, entityId] of found) {
      expect(entityId).toBe(id);
      expect(surface).toMatch(/\.[A-Z]{1,3}$/);
    }
  });

  it.each([
    'Tokyo <XOM.T>', // Exxon is not a Tokyo listing
    'Nvidia <NVDA.HK>',
    '<7203.O>', // 7203 is Tokyo's, not Nasdaq's
    '<BABA.L>',
    '<SAP.PA>',
    '<RELIANCE.T>',
  ])('leaves %s alone: the symbol is not a listing on that market', (text) => {
    expect(exchangeOnly(text)).toEqual([]);
  });

  it('reads initials and share classes as themselves', () => {
    expect(find('J.P. Morgan and A.P. Moller said U.S. demand')).toEqual([]);
    expect(exchangeOnly('Berkshire Hathaway (BRK.A)')).toEqual([]);
    expect(exchangeOnly('sold by XOM.A new buyer')).toEqual([]); // a missing space before "A"
    expect(exchangeOnly('<CVX.A> rose; also CVX.A.')).toEqual([
      ['CVX.A', 'chevron', 'exchange'],
      ['CVX.A', 'chevron', 'exchange'],
    ]);
  });
});

describe('Bloomberg codes', () => {
  it.each<[string, Row[]]>([
    [
      'Toyota 7203 JP rose',
      [
        ['Toyota', 'toyota', 'name'],
        ['7203 JP', 'toyota', 'exchange'],
      ],
    ],
    ['7203 JP Equity', [['7203 JP', 'toyota', 'exchange']]],
    ['BABA US Equity', [['BABA US', 'alibaba', 'exchange']]],
    [
      'Tencent (700 HK) fell',
      [
        ['Tencent', 'tencent', 'name'],
        ['700 HK', 'tencent', 'exchange'],
      ],
    ],
    ['(005930 KS)', [['005930 KS', 'samsung', 'exchange']]],
    [
      'Reliance Industries RELIANCE IN',
      [
        ['Reliance Industries', 'reliance', 'name'],
        ['RELIANCE IN', 'reliance', 'exchange'],
      ],
    ],
    ['SAP GY Equity', [['SAP GY', 'sap', 'exchange']]],
    [
      'Shell plc (SHEL LN)',
      [
        ['Shell plc', 'shell', 'name'],
        ['SHEL LN', 'shell', 'exchange'],
      ],
    ],
    [
      'LVMH MC FP',
      [
        ['LVMH', 'lvmh', 'name'],
        ['MC FP', 'lvmh', 'exchange'],
      ],
    ],
    ['[BHP AU Equity]', [['BHP AU', 'bhp', 'exchange']]],
    ['RY CN Equity', [['RY CN', 'rbc', 'exchange']]],
    ['ASML NA Equity', [['ASML NA', 'asml', 'exchange']]],
    [
      '(NVDA UW, XOM UN)',
      [
        ['NVDA UW', 'nvidia', 'exchange'],
        ['XOM UN', 'exxon', 'exchange'],
      ],
    ],
    [
      '(XOM US, CVX US)',
      [
        ['XOM US', 'exxon', 'exchange'],
        ['CVX US', 'chevron', 'exchange'],
      ],
    ],
    ['2222 AB Equity', [['2222 AB', 'aramco', 'exchange']]],
    ['600519 CH Equity', [['600519 CH', 'moutai', 'exchange']]],
    ['2330 TT Equity', [['2330 TT', 'tsmc', 'exchange']]],
  ])('%s', (text, rows) => {
    expect(find(text)).toEqual(rows);
  });

  it.each([
    'IN', // codes alone
    'US',
    'JP',
    'He flew IN from the US and JP.',
    'AMD US sales rose', // a listing, but "US" is English here
    'Shell plc US unit',
    'Toyota 1234 JP rose', // 1234 is no Tokyo listing
    'Toyota 9988 JP', // 9988 is Hong Kong's
    '7203 US Equity', // 7203 is not a US listing
    'NVDA JP Equity',
    'BABA us Equity', // the code is upper case
    'Nvidia 7203 JP', // the name before it is another company's
  ])('leaves %s alone', (text) => {
    expect(exchangeOnly(text)).toEqual([]);
  });
});

describe('exchange prefixes of every major market', () => {
  it.each<[string, string, string]>([
    ['(TSE: 7203)', '7203', 'toyota'],
    ['KRX: 005930', '005930', 'samsung'],
    ['KOSDAQ: 247540', '247540', 'ecopro'],
    ['NSE: RELIANCE', 'RELIANCE', 'reliance'],
    ['BSE: 500325', '500325', 'reliance'],
    ['ETR: SAP', 'SAP', 'sap'],
    ['XETRA: SAP', 'SAP', 'sap'],
    ['FRA: SAP', 'SAP', 'sap'],
    ['EPA: MC', 'MC', 'lvmh'],
    ['Euronext: MC', 'MC', 'lvmh'],
    ['LON: SHEL', 'SHEL', 'shell'],
    ['SIX: NESN', 'NESN', 'nestle'],
    ['SWX: NESN', 'NESN', 'nestle'],
    ['CPH: NOVO-B', 'NOVO-B', 'novo'],
    ['OSL: KOG', 'KOG', 'kongsberg'],
    ['AMS: ASML', 'ASML', 'asml'],
    ['BIT: LDO', 'LDO', 'leonardo'],
    ['ASX: BHP', 'BHP', 'bhp'],
    ['TSX: RY', 'RY', 'rbc'],
    ['HKEX: 700', '700', 'tencent'],
    ['SEHK: 9988', '9988', 'alibaba'],
    ['SSE: 600519', '600519', 'moutai'],
    ['SZSE: 300750', '300750', 'catl'],
    ['TWSE: 2330', '2330', 'tsmc'],
    ['SGX: D05', 'D05', 'dbs'],
    ['B3: PETR4', 'PETR4', 'petrobras'],
    ['BVMF: PETR4', 'PETR4', 'petrobras'],
    ['JSE: NPN', 'NPN', 'naspers'],
    ['TADAWUL: 2222', '2222', 'aramco'],
    ['Tadawul: 2222', '2222', 'aramco'],
  ])('%s', (text, surface, id) => {
    expect(find(text)).toEqual([[surface, id, 'exchange']]);
  });

  it.each(['EPA: SHEL', 'SIX: BHP', 'B3: 7203', 'TADAWUL: 2330', 'KOSDAQ: 2330', 'JSE: RY'])(
    'leaves %s alone: not a listing on that market',
    (text) => {
      expect(exchangeOnly(text)).toEqual([]);
    },
  );
});

describe('the market table', () => {
  it('names every form once per kind, and every market id in upper case as the dictionary stores them', () => {
    for (const row of MARKET_FORMS) for (const id of row.markets) expect(id).toBe(id.toUpperCase());
    // Building the maps throws on a form that appears twice; importing the module did that already.
    expect(MARKET_FORMS.length).toBeGreaterThan(40);
  });
});

describe('The Globe and Mail dash forms (TSX "-T", TSX Venture "-X")', () => {
  it('marks a symbol and a share class followed by the market letter, only where the listing is on that market', () => {
    expect(exchangeOnly('Pipeline operator Enbridge Inc. ENB-T gained while Teck TECK-B-T slid.')).toEqual([
      ['ENB-T', 'enbridge', 'exchange'],
      ['TECK-B-T', 'teck', 'exchange'],
    ]);
    expect(exchangeOnly('Shares of the junior miner VLC-X doubled.')).toEqual([['VLC-X', 'venture', 'exchange']]);
    // Not on the TSX, or a word after the dash: nothing.
    expect(exchangeOnly('Nvidia NVDA-T and the ENB-Transit line')).toEqual([]);
  });
});
