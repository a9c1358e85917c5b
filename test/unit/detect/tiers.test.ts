/**
 * Every tier with real-world text (most sentences are quoted from the corpus' sources), on a hand-made dictionary
 * shaped like the one the background builds (curated names, SEC legal names, word-like symbols).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createMatchContext } from '@/utils/detect/matcher';
import type { DictionaryEntry } from '@/utils/detect/types';

const entries: DictionaryEntry[] = [
  {
    entityId: 'alibaba',
    names: [
      'Alibaba Group Holding Limited',
      'Alibaba',
      'Alibaba Group',
      'Alibaba Group Holding',
      '阿里巴巴',
      '阿里巴巴集团',
    ],
    tickers: [
      { symbol: 'BABA', exchange: 'NYSE' },
      { symbol: '9988', exchange: 'HKEX' },
    ],
  },
  {
    entityId: 'tme',
    names: ['Tencent Music Entertainment Group', 'Tencent Music'],
    tickers: [
      { symbol: 'TME', exchange: 'NYSE' },
      { symbol: '1698', exchange: 'HKEX' },
    ],
  },
  {
    entityId: 'tencent',
    names: ['Tencent', 'Tencent Holdings', '腾讯'],
    tickers: [
      { symbol: '700', exchange: 'HKEX' },
      { symbol: 'TCEHY', exchange: 'OTC' },
    ],
  },
  {
    entityId: 'eve',
    names: ['Eve Holding'],
    tickers: [
      { symbol: 'EVEX', exchange: 'NYSE' },
      { symbol: 'EVEXW', exchange: 'NYSE' },
    ],
  },
  { entityId: 'mp-materials', names: ['MP Materials'], tickers: [{ symbol: 'MP', exchange: 'NYSE' }] },
  { entityId: 'nvidia', names: ['Nvidia', 'NVIDIA'], tickers: [{ symbol: 'NVDA', exchange: 'NASDAQ' }] },
  { entityId: 'apple', names: [], cautiousNames: ['Apple'], tickers: [{ symbol: 'AAPL', exchange: 'NASDAQ' }] },
  { entityId: 'amazon', names: [], cautiousNames: ['Amazon'], tickers: [{ symbol: 'AMZN', exchange: 'NASDAQ' }] },
  { entityId: 'target', names: [], contextualNames: ['Target'], tickers: [{ symbol: 'TGT', exchange: 'NYSE' }] },
  { entityId: 'shell', names: [], contextualNames: ['Shell'], tickers: [{ symbol: 'SHEL', exchange: 'NYSE' }] },
  {
    entityId: 'bp',
    names: [],
    contextualNames: ['BP'],
    tickers: [
      { symbol: 'BP', exchange: 'NYSE' },
      { symbol: 'BP.', exchange: 'LSE' },
    ],
  },
  {
    entityId: 'toyota',
    names: [],
    looseNames: ['TOYOTA MOTOR'],
    cautiousNames: ['Toyota'],
    tickers: [
      { symbol: 'TM', exchange: 'NYSE' },
      { symbol: '7203', exchange: 'TYO' },
    ],
  },
  { entityId: 'berkshire', names: ['Berkshire Hathaway'], tickers: [{ symbol: 'BRK-B', exchange: 'NYSE' }] },
  {
    entityId: 'energy-fuels',
    names: ['Energy Fuels'],
    tickers: [
      { symbol: 'UUUU', exchange: 'NYSE' },
      { symbol: 'EFR', exchange: 'TSX' },
    ],
  },
  { entityId: 'servicenow', names: ['ServiceNow'], tickers: [{ symbol: 'NOW', exchange: 'NYSE', bare: false }] },
  { entityId: 'kla', names: ['KLA-Tencor'], tickers: [{ symbol: 'KLAC', exchange: 'NASDAQ' }] },
  { entityId: 'mcdonalds', names: ["McDonald's"], tickers: [{ symbol: 'MCD', exchange: 'NYSE' }] },
  { entityId: 'ebay', names: [], looseNames: ['EBAY'], tickers: [{ symbol: 'EBAY', exchange: 'NASDAQ' }] },
  { entityId: 'lockheed', names: ['Lockheed Martin'], tickers: [{ symbol: 'LMT', exchange: 'NYSE' }] },
  { entityId: 'rtx', names: ['RTX Corporation', 'RTX'], tickers: [{ symbol: 'RTX', exchange: 'NYSE' }] },
  { entityId: 'xiaomi', names: ['Xiaomi'], tickers: [{ symbol: '1810', exchange: 'HKEX' }] },
];

const matcher = compileMatcher(entries);
type Row = [surface: string, entityId: string, tier: string];
const find = (text: string, options?: Parameters<typeof matcher.find>[1]): Row[] =>
  matcher.find(text, options).map((m) => [m.surface, m.entityId, m.tier]);

describe('tier 1: exchange-qualified', () => {
  it.each<[string, Row[]]>([
    [
      'Alibaba Group Holding Ltd. (NYSE: BABA) fell',
      [
        ['Alibaba Group Holding Ltd.', 'alibaba', 'name'],
        ['BABA', 'alibaba', 'exchange'],
      ],
    ],
    [
      'MP Materials (NYSE:MP) saw its shares leap',
      [
        ['MP Materials', 'mp-materials', 'name'],
        ['MP', 'mp-materials', 'exchange'],
      ],
    ],
    ['(Nasdaq: NVDA)', [['NVDA', 'nvidia', 'exchange']]],
    [
      'HKEX: 9988 and 9988.HK and 09988.HK',
      [
        ['9988', 'alibaba', 'exchange'],
        ['9988.HK', 'alibaba', 'exchange'],
        ['09988.HK', 'alibaba', 'exchange'],
      ],
    ],
    [
      'TYO: 7203 and TYO:7203',
      [
        ['7203', 'toyota', 'exchange'],
        ['7203', 'toyota', 'exchange'],
      ],
    ],
    [
      'Shares of Toyota Motor Corp <7203.T> tumbled',
      [
        ['Toyota Motor Corp', 'toyota', 'name'],
        ['7203.T', 'toyota', 'exchange'],
      ],
    ],
    [
      '(LSE: BP.) and LSE: BP',
      [
        ['BP', 'bp', 'exchange'],
        ['BP', 'bp', 'exchange'],
      ],
    ],
    [
      'Tencent (OTC: TCEHY)',
      [
        ['Tencent', 'tencent', 'name'],
        ['TCEHY', 'tencent', 'exchange'],
      ],
    ],
    [
      'Berkshire (NYSE: BRK.B) and (NYSE: BRK-B)',
      [
        ['BRK.B', 'berkshire', 'exchange'],
        ['BRK-B', 'berkshire', 'exchange'],
      ],
    ],
    [
      '阿里巴巴 (BABA-US)(09988-HK)',
      [
        ['阿里巴巴', 'alibaba', 'name'],
        ['BABA-US', 'alibaba', 'exchange'],
        ['09988-HK', 'alibaba', 'exchange'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('reads dual listings, comma lists and qualified exchange names', () => {
    expect(find('Tencent Music (NYSE: TME and HKEX: 1698) said')).toEqual([
      ['Tencent Music', 'tme', 'name'],
      ['TME', 'tme', 'exchange'],
      ['1698', 'tme', 'exchange'],
    ]);
    expect(find('Eve Holding (NYSE: EVEX, EVEXW) priced')).toEqual([
      ['Eve Holding', 'eve', 'name'],
      ['EVEX', 'eve', 'exchange'],
      ['EVEXW', 'eve', 'exchange'],
    ]);
    expect(find('Energy Fuels Inc. (NYSE American: UUUU) (TSX: EFR) and (NYSEMKT:UUUU)')).toEqual([
      ['Energy Fuels Inc.', 'energy-fuels', 'name'],
      ['UUUU', 'energy-fuels', 'exchange'],
      ['EFR', 'energy-fuels', 'exchange'],
      ['UUUU', 'energy-fuels', 'exchange'],
    ]);
    expect(find('Toyota Motor Corp (NYSE: TM, TYO: 7203) dropped')).toEqual([
      ['Toyota Motor Corp', 'toyota', 'name'],
      ['TM', 'toyota', 'exchange'],
      ['7203', 'toyota', 'exchange'],
    ]);
  });

  it('ends a comma list where a name begins', () => {
    expect(find('Lockheed Martin NYSE: LMT, RTX Corporation NYSE: RTX, and others')).toEqual([
      ['Lockheed Martin', 'lockheed', 'name'],
      ['LMT', 'lockheed', 'exchange'],
      ['RTX Corporation', 'rtx', 'name'],
      ['RTX', 'rtx', 'exchange'],
    ]);
  });

  it('resolves only listings on that market (US venues stand in for each other)', () => {
    expect(find('(NASDAQ: BABA)')).toEqual([['BABA', 'alibaba', 'exchange']]);
    expect(find('(HKEX: BABA) (TYO: MP) (LSE: 9988) (NYSE: ZZZZ)')).toEqual([]);
  });

  it('reads a link-wrapped symbol with the text before it: (NYSE: <a>BABA</a>)', () => {
    // The DOM layer passes the text of the previous inline siblings as `before`.
    expect(matcher.find('BABA', { before: 'Alibaba (NYSE: ' })).toEqual([
      {
        start: 0,
        end: 4,
        surface: 'BABA',
        entityId: 'alibaba',
        entityIndex: expect.any(Number),
        ticker: 'BABA',
        tier: 'exchange',
      },
    ]);
    expect(find('EVEXW', { before: 'Eve (NYSE: EVEX, ' })).toEqual([['EVEXW', 'eve', 'exchange']]);
    expect(find(', EVEXW)', { before: '(NYSE: EVEX' })).toEqual([['EVEXW', 'eve', 'exchange']]);
    // Without the prefix a lone ALL-CAPS symbol has no support.
    expect(find('BABA')).toEqual([]);
  });
});

describe('tier 2: cashtags', () => {
  it('matches symbols in the dictionary, case-sensitively, word-like ones too', () => {
    expect(find('Loading up on $BABA and $MP today, also $BRK.B and $NOW')).toEqual([
      ['$BABA', 'alibaba', 'cashtag'],
      ['$MP', 'mp-materials', 'cashtag'],
      ['$BRK.B', 'berkshire', 'cashtag'],
      ['$NOW', 'servicenow', 'cashtag'],
    ]);
  });

  it.each(['$5', '$1.2bn', '$US', '$baba', 'US$BABA', '$$BABA', '$ZZZZ', '$BABAXYZ'])('ignores %s', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('tier 3: names', () => {
  it('prefers the longest name and takes legal forms that follow', () => {
    expect(find('Alibaba Group Holding Limited said')).toEqual([['Alibaba Group Holding Limited', 'alibaba', 'name']]);
    expect(find('Alibaba Group said')).toEqual([['Alibaba Group', 'alibaba', 'name']]);
    expect(find('Nvidia Corp. and NVIDIA Corporation')).toEqual([
      ['Nvidia Corp.', 'nvidia', 'name'],
      ['NVIDIA Corporation', 'nvidia', 'name'],
    ]);
    expect(find('Tencent Music said, and Tencent Holdings Ltd. too')).toEqual([
      ['Tencent Music', 'tme', 'name'],
      ['Tencent Holdings Ltd.', 'tencent', 'name'],
    ]);
  });

  it('matches possessives, hyphen, apostrophe and curly-quote variants, never inside longer words', () => {
    expect(find("Alibaba's cloud, Alibaba’s shares and Alibaba-backed startups")).toEqual([
      ['Alibaba', 'alibaba', 'name'],
      ['Alibaba', 'alibaba', 'name'],
      ['Alibaba', 'alibaba', 'name'],
    ]);
    expect(find("KLA–Tencor and KLA‑Tencor; McDonald’s and McDonald's")).toEqual([
      ['KLA–Tencor', 'kla', 'name'],
      ['KLA‑Tencor', 'kla', 'name'],
      ['McDonald’s', 'mcdonalds', 'name'],
      ["McDonald's", 'mcdonalds', 'name'],
    ]);
    expect(find('Alibabas and xAlibaba and alibaba')).toEqual([]);
  });

  it('matches names in their own script, longest first', () => {
    expect(find('阿里巴巴集团周一表示，腾讯也是')).toEqual([
      ['阿里巴巴集团', 'alibaba', 'name'],
      ['腾讯', 'tencent', 'name'],
    ]);
  });

  it('matches legal names as filed in any case, as proper noun phrases only', () => {
    expect(find('Toyota Motor fell; TOYOTA MOTOR CORP rose; eBay and EBAY')).toEqual([
      ['Toyota Motor', 'toyota', 'name'],
      ['TOYOTA MOTOR CORP', 'toyota', 'name'],
      ['eBay', 'ebay', 'name'],
      ['EBAY', 'ebay', 'name'],
    ]);
    expect(find('toyota motor')).toEqual([]);
  });

  it('takes a press release’s defined short name: Tencent Music Entertainment Group ("Tencent")', () => {
    expect(find('Tencent Music Entertainment Group ("Tencent" or the "Company") (NYSE:TME). Tencent said')).toEqual([
      ['Tencent Music Entertainment Group', 'tme', 'name'],
      ['Tencent', 'tme', 'name'],
      ['TME', 'tme', 'exchange'],
      ['Tencent', 'tme', 'name'],
    ]);
  });
});

describe('ambiguous names', () => {
  it('Amazon the river and Amazon the company: a determiner decides', () => {
    expect(find('Deforestation of the Amazon rainforest, in the Brazilian Amazon')).toEqual([]);
    expect(find('Quarterly sales at Amazon were up 11%.')).toEqual([['Amazon', 'amazon', 'name']]);
    expect(find('American partners like Apple, creating headwinds')).toEqual([['Apple', 'apple', 'name']]);
  });

  it('Target the word: needs a cue, a list, or to stand alone mid-sentence', () => {
    expect(find('Target shares are trading down more than 20%')).toEqual([['Target', 'target', 'name']]);
    expect(find('Target Corp. outdid big box rival')).toEqual([['Target Corp.', 'target', 'name']]);
    expect(find('spilling into Target stock, while rivals at Target fell')).toEqual([
      ['Target', 'target', 'name'],
      ['Target', 'target', 'name'],
    ]);
    expect(find('Target Price Raised On Retailer')).toEqual([]);
    expect(find('Analysts hit the target. Target is a word too.')).toEqual([]);
  });

  it('Shell and BP: a list of companies and isolated capitals', () => {
    expect(find('The bosses of Shell and BP face the same task')).toEqual([
      ['Shell', 'shell', 'name'],
      ['BP', 'bp', 'name'],
    ]);
    expect(find('an empty shell company, and a Shell Company Report')).toEqual([]);
  });
});

describe('tier 4: bare tickers', () => {
  it('needs a market cue, a list of tickers, or a strong mention of the same company', () => {
    expect(find('NVDA rose 3% and AAPL shares fell')).toEqual([
      ['NVDA', 'nvidia', 'ticker'],
      ['AAPL', 'apple', 'ticker'],
    ]);
    expect(find('AAPL, NVDA and AMZN')).toEqual([
      ['AAPL', 'apple', 'ticker'],
      ['NVDA', 'nvidia', 'ticker'],
      ['AMZN', 'amazon', 'ticker'],
    ]);
    expect(find('Alibaba Group Holding (BABA) shares dropped; BABA is cheap')).toEqual([
      ['Alibaba Group Holding', 'alibaba', 'name'],
      ['BABA', 'alibaba', 'ticker'],
      ['BABA', 'alibaba', 'ticker'],
    ]);
    expect(find('The BABA report')).toEqual([]);
  });

  it('remembers strong mentions across the text nodes of a page', () => {
    const context = createMatchContext();
    expect(matcher.find('Alibaba (NYSE: BABA) fell.', { context })).toHaveLength(2);
    expect(matcher.find('Later, BABA recovered.', { context }).map((m) => m.surface)).toEqual(['BABA']);
    expect(matcher.find('Later, BABA recovered.')).toEqual([]);
    // A context filled elsewhere (another frame's matcher, a caller) counts too.
    const primed = createMatchContext();
    primed.seen.add('alibaba');
    expect(matcher.find('The BABA report', { context: primed }).map((m) => m.surface)).toEqual(['BABA']);
    expect(matcher.find('The BABA report')).toEqual([]);
  });

  it('never matches word-like symbols bare, except right after their company in parentheses', () => {
    expect(find('NOW shares rose, OPEN, CAT, A, IT, AI, US, EU and the CEO')).toEqual([]);
    expect(find('ServiceNow (NOW) rose')).toEqual([
      ['ServiceNow', 'servicenow', 'name'],
      ['NOW', 'servicenow', 'ticker'],
    ]);
  });

  it('stays quiet in ALL-CAPS headlines', () => {
    expect(find('BREAKING: NVDA AND AAPL RALLY')).toEqual([]);
  });

  it('reads Hong Kong codes in parentheses after their company', () => {
    expect(find('阿里巴巴（9988）、腾讯控股（700）; Tencent (00700) and Alibaba-W (09988)')).toEqual([
      ['阿里巴巴', 'alibaba', 'name'],
      ['9988', 'alibaba', 'ticker'],
      // "控股" (Holdings) is part of the name, so the code in parentheses follows the name directly.
      ['腾讯控股', 'tencent', 'name'],
      ['700', 'tencent', 'ticker'],
      ['Tencent', 'tencent', 'name'],
      ['00700', 'tencent', 'ticker'],
      ['Alibaba', 'alibaba', 'name'],
      ['09988', 'alibaba', 'ticker'],
    ]);
  });
});

describe('HKEX short names', () => {
  it('reads the short name and its code: XIAOMI-W (01810), BABA-W (09988)', () => {
    // GMT Eight, 2025: "XIAOMI-W (01810) fell by 7.78% to HK$48; BABA-W (09988) fell by 5.2%".
    expect(find('XIAOMI-W (01810) fell by 7.78% to HK$48; BABA-W (09988) fell by 5.2%')).toEqual([
      ['XIAOMI', 'xiaomi', 'name'],
      ['01810', 'xiaomi', 'ticker'],
      ['BABA', 'alibaba', 'ticker'],
      ['09988', 'alibaba', 'ticker'],
    ]);
    expect(find('BIDU-SW (9888) and MEITUAN-W（3690）')).toEqual([]);
  });

  it('lets the code decide: a short name of another company is left alone, a non-HKEX code reads nothing', () => {
    expect(find('BABA-W (01810) and NEWCO-W (09988)')).toEqual([
      ['01810', 'xiaomi', 'ticker'],
      ['09988', 'alibaba', 'ticker'],
    ]);
    expect(find('TOYOTA-S (7203), XIAOMI-W (1234), XIAOMI-W and XIAOMI-Q (01810)')).toEqual([]);
  });
});

describe('never in URLs, e-mail addresses, handles or slugs', () => {
  it.each([
    'see https://www.alibaba.com/Alibaba/BABA for more',
    'write to Alibaba@example.com',
    'www.MP-Materials.com/NYSE:MP',
    'fileName-Alibaba-Shares-Fall-5-on-Expected-Addition',
    'follow @Alibaba and @NVDA',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('keeps datelines out: an upper-case place opening a line', () => {
    const withPlace = compileMatcher([{ entityId: 'panw', names: [], looseNames: ['PALO ALTO'], tickers: [] }]);
    expect(withPlace.find('PALO ALTO, Calif., Feb. 07, 2024 (GLOBE NEWSWIRE) --')).toEqual([]);
    expect(withPlace.find('shares of Palo Alto rose').map((m) => m.surface)).toEqual(['Palo Alto']);
  });
});

describe('strictness options', () => {
  it('names off: tickers only', () => {
    const m = compileMatcher(entries, { names: false });
    expect(m.find('Alibaba (NYSE: BABA), $NVDA').map((x) => x.surface)).toEqual(['BABA', '$NVDA']);
  });

  it('bare tickers off', () => {
    const m = compileMatcher(entries, { bareTickers: false });
    expect(m.find('NVDA rose 3% after $NVDA').map((x) => x.surface)).toEqual(['$NVDA']);
  });
});
