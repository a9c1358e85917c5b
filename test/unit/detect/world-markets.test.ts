/**
 * General rules found by the fresh world-markets batch (fresh-markets.cases.ts, 2026-12-05), each tested on text of
 * our own with a negative control: legal forms of more markets, a company's own code next to its name.
 */
import { describe, expect, it } from 'vitest';
import { stripLegalForm } from '@/utils/detect/dictionary';
import { compileMatcher, createMatchContext } from '@/utils/detect/matcher';
import { secNameVariants } from '@/utils/detect/sec-listings';
import type { DictionaryEntry } from '@/utils/detect/types';

function matcherOf(entries: DictionaryEntry[]) {
  const m = compileMatcher(entries);
  const find = (text: string) => m.find(text, { context: createMatchContext() });
  return {
    surfaces: (text: string) => find(text).map((x) => x.surface),
    ids: (text: string) => find(text).map((x) => x.entityId),
  };
}

describe('legal forms of more markets', () => {
  const { surfaces } = matcherOf([
    { entityId: 'bca', names: ['Bank Central Asia'], tickers: [{ symbol: 'BBCA', exchange: 'IDX' }] },
    { entityId: 'gazprom', names: ['Gazprom'], tickers: [] },
    { entityId: 'fmc', names: ['Fresenius Medical Care'], tickers: [] },
    { entityId: 'maybank', names: ['Malayan Banking'], tickers: [] },
    { entityId: 'pt-symbol', names: [], tickers: [{ symbol: 'PT', exchange: 'NASDAQ' }] },
  ]);

  it('Indonesia\'s "PT … Tbk" and Russia\'s "PJSC …" are part of the mention, before and after the name', () => {
    expect(surfaces('Shares of PT Bank Central Asia Tbk (BBCA) fell.')).toEqual(['PT Bank Central Asia Tbk', 'BBCA']);
    expect(surfaces('Shares of PT. Bank Central Asia Tbk fell.')).toEqual(['PT. Bank Central Asia Tbk']);
    expect(surfaces('PJSC Gazprom said exports fell.')).toEqual(['PJSC Gazprom']);
    expect(surfaces('Bank Central Asia Persero Tbk PT (JK:BBCA) added 0.35%')).toEqual([
      'Bank Central Asia Persero Tbk PT',
      'BBCA',
    ]);
    // Negative control: "PT" after a name without "Tbk" is a price target.
    expect(surfaces('Jefferies raises Bank Central Asia PT to 11,000')).toEqual(['Bank Central Asia']);
    expect(surfaces('PT Bank Central Asia (Persero) Tbk (BBCA) fell.')).toEqual([
      'PT Bank Central Asia (Persero) Tbk',
      'BBCA',
    ]);
    // Negative controls: the letters inside a word, or the name printed without its form.
    expect(surfaces('An APT Bank Central Asia report')).toEqual(['Bank Central Asia']);
    expect(surfaces('Bank Central Asia rose.')).toEqual(['Bank Central Asia']);
  });

  it('Malaysia\'s "Bhd"/"Berhad" and a KGaA printed in capitals follow the name like "Ltd"', () => {
    expect(surfaces('Malayan Banking Bhd and Malayan Banking Berhad')).toEqual([
      'Malayan Banking Bhd',
      'Malayan Banking Berhad',
    ]);
    expect(surfaces('Fresenius Medical Care KGAA ST (DE:FMEG) was down')).toEqual(['Fresenius Medical Care KGAA']);
  });
});

describe("a company's own code next to its name, with no market printed", () => {
  const { surfaces, ids } = matcherOf([
    { entityId: 'fast-retailing', names: ['Fast Retailing'], tickers: [{ symbol: '9983', exchange: 'TYO' }] },
    { entityId: 'tel', names: ['Tokyo Electron'], tickers: [{ symbol: '8035', exchange: 'TYO' }] },
    {
      entityId: 'petrobras',
      names: ['Petrobras'],
      tickers: [
        { symbol: 'PETR3', exchange: 'B3' },
        { symbol: 'PETR4', exchange: 'B3' },
      ],
    },
    { entityId: 'vale', names: ['Vale'], tickers: [{ symbol: 'VALE3', exchange: 'B3' }] },
    { entityId: 'western-midstream', names: ['Western Midstream'], tickers: [{ symbol: 'WES', exchange: 'NYSE' }] },
    { entityId: 'wesfarmers', names: ['Wesfarmers'], tickers: [{ symbol: 'WES', exchange: 'ASX' }] },
  ]);

  it('a number right after the name, on the same line or the next, that is its code (Reuters copy on portals)', () => {
    expect(surfaces('Fast Retailing 9983 tanked 6.93% on Friday.')).toEqual(['Fast Retailing', '9983']);
    expect(surfaces('Chip-related Tokyo Electron\n8035 rose 0.9%.')).toEqual(['Tokyo Electron', '8035']);
    // Negative controls: a number that is not the company's code, and a code with no name before it.
    expect(surfaces('Fast Retailing 2024 results beat; Tokyo Electron 9983 shares')).toEqual([
      'Fast Retailing',
      'Tokyo Electron',
    ]);
    expect(surfaces('Some 9983 shares changed hands.')).toEqual([]);
  });

  it('codes with digits in the parentheses after the name, one or a list (B3: "PETR3;PETR4")', () => {
    expect(surfaces('quedas de Petrobras (PETR3;PETR4) e Vale (VALE3), as duas')).toEqual([
      'Petrobras',
      'PETR3',
      'PETR4',
      'Vale',
      'VALE3',
    ]);
    expect(surfaces('Petrobras (PETR3/PETR4) subiu')).toEqual(['Petrobras', 'PETR3', 'PETR4']);
    // Negative controls: another company's code after a name, and codes with no name before them.
    expect(surfaces('Petrobras (VALE3) caiu')).toEqual(['Petrobras']);
    expect(surfaces('Os papéis (PETR3;PETR4) caíram')).toEqual([]);
  });

  it('a symbol two companies share is the one of the company named right before it', () => {
    expect(ids('Wesfarmers (WES) dropped 1.2%.')).toEqual(['wesfarmers', 'wesfarmers']);
    expect(ids('Western Midstream (WES) rose 2%.')).toEqual(['western-midstream', 'western-midstream']);
  });
});

describe("Investing.com's market codes: the suffix before a colon, then the RIC's root", () => {
  const { surfaces, ids } = matcherOf([
    { entityId: 'allianz', names: ['Allianz'], tickers: [{ symbol: 'ALV', exchange: 'XETRA' }] },
    { entityId: 'siemens', names: ['Siemens'], tickers: [{ symbol: 'SIE', exchange: 'XETRA' }] },
    { entityId: 'mandiri', names: ['Bank Mandiri'], tickers: [{ symbol: 'BMRI', exchange: 'IDX' }] },
    { entityId: 'alv-us', names: [], tickers: [{ symbol: 'ALVG', exchange: 'NASDAQ' }] },
  ]);

  it('reads "(DE:ALVG)", "(DE:SIEGn)", "(JK:BMRI)" as listings of the market the suffix names', () => {
    expect(surfaces('Allianz SE VNA O.N. (DE:ALVG), which rose 4.96%')).toEqual(['Allianz SE', 'ALVG']);
    expect(ids('Meanwhile, Siemens AG Class N (DE:SIEGn) added 4.48%')).toEqual(['siemens', 'siemens']);
    expect(surfaces('Bank Mandiri Persero Tbk PT (JK:BMRI) added 0.35%')).toEqual([
      'Bank Mandiri Persero Tbk PT',
      'BMRI',
    ]);
  });

  it('needs the parentheses and a listing on that market', () => {
    // Negative controls: no parentheses (a ratio, a label), a symbol not listed on that market.
    expect(surfaces('Ratio DE:ALVG was 3')).toEqual([]);
    expect(surfaces('(DE:BMRI) fell')).toEqual([]);
    expect(surfaces('(JK:ALVG) fell')).toEqual([]);
  });
});

describe('words of market news that are not companies', () => {
  const { surfaces } = matcherOf([
    { entityId: 'ase', names: ['ASE Technology'], tickers: [{ symbol: 'ASX', exchange: 'NYSE' }] },
    { entityId: 'bhp', names: ['BHP Group'], tickers: [{ symbol: 'BHP', exchange: 'ASX' }] },
    { entityId: 'dmarket', names: [], tickers: [{ symbol: 'HEPS', exchange: 'NASDAQ' }] },
    { entityId: 'skycorp', names: [], tickers: [{ symbol: 'PN', exchange: 'NASDAQ' }] },
    { entityId: 'kerry', names: [], cautiousNames: ['Kerry'], tickers: [] },
    { entityId: 'petrobras', names: ['Petrobras'], tickers: [] },
  ]);

  it("an exchange's acronym is the market, even where it is also a company's symbol", () => {
    expect(surfaces('the rampaging run ASX shares have been on, and TSX rose 1%')).toEqual([]);
    // Positive controls: the symbol qualified or as a cashtag, and a symbol that is no exchange's.
    expect(surfaces('ASE Technology (NYSE: ASX) and $ASX rose; BHP shares fell')).toEqual([
      'ASE Technology',
      'ASX',
      '$ASX',
      'BHP',
    ]);
  });

  it('an abbreviation the text defines for words in lower case is those words: "headline earnings per share (HEPS)"', () => {
    expect(surfaces('a rise in headline earnings per share (HEPS). HEPS rose 19% on the year')).toEqual([]);
    // Positive control: the same symbol with a price move and no definition.
    expect(surfaces('Movers: HEPS rose 19% on the year')).toEqual(['HEPS']);
  });

  it('Brazil\'s share classes are words: "Petrobras (ON +5,23%, PN +3,98%)"', () => {
    expect(surfaces('Petrobras (ON +5,23%, PN +3,98%) subiu')).toEqual(['Petrobras']);
  });

  it('a one-word company name between a title and a capitalised word is a first name', () => {
    expect(surfaces('said Concord Securities analyst Kerry Huang on Friday')).toEqual([]);
    // Positive controls: the same word with no title before it, or no name after it.
    expect(surfaces('Kerry Huang said; shares of Kerry rose')).toEqual(['Kerry', 'Kerry']);
  });
});

describe('names as English-language copy prints them', () => {
  const { surfaces, ids } = matcherOf([
    { entityId: 'socgen', names: ['Société Générale'], tickers: [] },
    { entityId: 'nestle', names: ['Nestlé'], tickers: [] },
    { entityId: 'lg-chem', names: ['LG화학'], tickers: [] },
  ]);

  it('a name with accents is also read without them ("Societe Generale", "Nestle")', () => {
    expect(ids('Societe Generale and Nestle rose; Société Générale and Nestlé too')).toEqual([
      'socgen',
      'nestle',
      'socgen',
      'nestle',
    ]);
    // Negative control: only accents are dropped, not letters or case ("Societe generale" is no proper noun).
    expect(surfaces('Societe generale des eaux; Nestl rose')).toEqual([]);
    // Other scripts are left as they are (Hangul decomposes under NFD).
    expect(surfaces('LG화학 주가')).toEqual(['LG화학']);
  });

  it('French partnerships limited by shares and a Societe anonyme are legal forms', () => {
    expect(stripLegalForm('Hermes International Societe en commandite par actions')).toBe('Hermes International');
    expect(stripLegalForm('EssilorLuxottica Societe anonyme')).toBe('EssilorLuxottica');
    expect(stripLegalForm('PT Bank Central Asia Tbk')).toBe('PT Bank Central Asia');
    expect(stripLegalForm('Malayan Banking Berhad')).toBe('Malayan Banking');
  });
});

describe('support for an ambiguous name in market reports', () => {
  const { surfaces } = matcherOf([
    { entityId: 'discovery', names: [], contextualNames: ['Discovery'], tickers: [{ symbol: 'DSY', exchange: 'JSE' }] },
    { entityId: 'sanlam', names: ['Sanlam'], tickers: [] },
    { entityId: 'unit', names: [], contextualNames: ['Unit'], tickers: [] },
    { entityId: 'santander', names: ['Santander'], tickers: [] },
    { entityId: 'vale', names: [], contextualNames: ['Vale'], tickers: [{ symbol: 'VALE3', exchange: 'B3' }] },
    { entityId: 'thales', names: [], contextualNames: ['Thales'], tickers: [] },
    { entityId: 'essilor', names: ['EssilorLuxottica'], tickers: [] },
  ]);

  it('a percentage right after it: "Discovery 1.45% to R148.55" (not a word inside parentheses)', () => {
    expect(surfaces('Old Mutual 1.69% to R35.44 and Discovery 1.45% to R148.55')).toEqual(['Discovery']);
    expect(surfaces('para Santander (Unit +3,63%). Na ponta')).toEqual(['Santander']);
    // Negative control: the word with no figure after it.
    expect(surfaces('Old Mutual rose on the Discovery of gold.')).toEqual([]);
  });

  it('its own code in parentheses confirms it for the rest of the text: "A Vale fechou em queda"', () => {
    expect(surfaces('quedas de Vale (VALE3). A Vale fechou em queda de 1,3%.')).toEqual(['Vale', 'VALE3', 'Vale']);
    // Negative control: without the code, the determiner makes it a word.
    expect(surfaces('Chuva no vale. A Vale fechou em queda.')).toEqual([]);
  });

  it('a comma list with items the dictionary does not know: "Euronext, Thales, Unibail Rodamco and EssilorLuxottica"', () => {
    expect(surfaces('Meanwhile, Euronext, Thales, Unibail Rodamco and EssilorLuxottica are down.')).toEqual([
      'Thales',
      'EssilorLuxottica',
    ]);
    // Negative control: an and-chain of a sentence is no list.
    expect(surfaces('Thales and Temu and EssilorLuxottica grew.')).toEqual(['EssilorLuxottica']);
    expect(surfaces('Thales, Temu and EssilorLuxottica grew.')).toEqual(['Thales', 'EssilorLuxottica']);
  });
});

describe('ticker forms of more vendors', () => {
  const { surfaces, ids } = matcherOf([
    { entityId: 'toyota', names: ['Toyota Motor'], tickers: [{ symbol: '7203', exchange: 'TYO' }] },
    { entityId: 'tsmc', names: ['TSMC'], tickers: [{ symbol: '2330', exchange: 'TWSE' }] },
    { entityId: 'bp', names: ['BP'], tickers: [{ symbol: 'BP', exchange: 'LSE' }] },
    { entityId: 'bmw', names: [], contextualNames: ['BMW'], tickers: [{ symbol: 'BMW', exchange: 'XETRA' }] },
    { entityId: 'novo', names: ['Novo Nordisk'], tickers: [{ symbol: 'NOVO-B', exchange: 'NASDAQ COPENHAGEN' }] },
    { entityId: 'brk', names: ['Berkshire Hathaway'], tickers: [{ symbol: 'BRK.A', exchange: 'NYSE' }] },
    {
      entityId: 'itau',
      names: [],
      looseNames: ['ITAU UNIBANCO HOLDING'],
      tickers: [{ symbol: 'ITUB4', exchange: 'B3' }],
    },
  ]);

  it('Google Finance\'s reversed "7203:TYO", "2330:TPE", "BP:LON": the symbol before the market', () => {
    expect(ids('Toyota Motor (7203:TYO) and TSMC (2330:TPE) rose; BP:LON fell')).toEqual([
      'toyota',
      'toyota',
      'tsmc',
      'tsmc',
      'bp',
    ]);
    expect(surfaces('Toyota Motor (7203:TYO)')).toEqual(['Toyota Motor', '7203']);
    // Negative controls: a time, a ratio, a symbol not listed on that market.
    expect(surfaces('At 7203:TYOX and 10:30 the ratio 2330:TYO held.')).toEqual([]);
  });

  it('Reuters RIC roots after a suffix: "BMWG.DE", "NOVOb.CO", "BRKa.N"', () => {
    expect(surfaces('BMW (BMWG.DE) and Novo Nordisk (NOVOb.CO) rose; Berkshire Hathaway (BRKa.N) fell')).toEqual([
      'BMW',
      'BMWG.DE',
      'Novo Nordisk',
      'NOVOb.CO',
      'Berkshire Hathaway',
      'BRKa.N',
    ]);
    // Negative control: a "G" is the Xetra venue's mark only on Xetra; a class letter must name a listed class.
    expect(surfaces('BMWG.L and NOVOc.CO and BRKz.N')).toEqual([]);
  });

  it('a name filed in capitals also finds its accented spelling: "Itaú Unibanco Holding"', () => {
    expect(surfaces('Itaú Unibanco Holding (ITUB4) caiu; ITAU UNIBANCO HOLDING')).toEqual([
      'Itaú Unibanco Holding',
      'ITUB4',
      'ITAU UNIBANCO HOLDING',
    ]);
    // Negative control: still a proper noun phrase, capitalised.
    expect(surfaces('itaú unibanco holding')).toEqual([]);
  });
});

describe('names French groups go by', () => {
  it('"Compagnie de Saint-Gobain" is also "Saint-Gobain", "Compagnie Générale des Établissements Michelin" "Michelin"', () => {
    const all = (legal: string) => {
      const v = secNameVariants(legal);
      return [...(v.looseNames ?? []), ...(v.cautiousNames ?? []), ...(v.contextualNames ?? [])];
    };
    expect(all('Compagnie de Saint-Gobain S.A.')).toContain('Saint-Gobain');
    expect(all('Compagnie Generale des Etablissements Michelin Societe en commandite par actions')).toContain(
      'Michelin',
    );
    // Negative controls: what follows must still be a name, not a plain word; other names are left alone.
    expect(all('Compagnie des Mines SA')).not.toContain('Mines');
    expect(all('Compagnie Financiere Richemont SA')).not.toContain('Richemont SA');
  });
});

describe('Bloomberg codes in a ticker strip', () => {
  const { surfaces } = matcherOf([
    { entityId: 'bmw', names: [], tickers: [{ symbol: 'BMW', exchange: 'XETRA' }] },
    { entityId: 'amd', names: [], tickers: [{ symbol: 'AMD', exchange: 'NASDAQ' }] },
    { entityId: 'bp', names: [], tickers: [{ symbol: 'BP', exchange: 'LSE' }] },
  ]);

  it('a venue code that is no word, followed by a price move or a market verb: "BMW GY fell 2%", "BP LN +1.2%"', () => {
    expect(surfaces('Movers: BMW GY fell 2%, BP LN +1.2%')).toEqual(['BMW GY', 'BP LN']);
    // Negative controls: a code that is a word or an abbreviation, and a plain venue code with nothing after it.
    expect(surfaces('AMD US rose on the news')).toEqual([]);
    expect(surfaces('The BMW GY plant and BP LN office')).toEqual([]);
  });
});

describe('group words in other languages', () => {
  it('"Unipol Gruppo S.p.A." goes by "Unipol", "Julius Bär Gruppe AG" by "Julius Bär", like "… Group"', () => {
    const all = (legal: string) => {
      const v = secNameVariants(legal);
      return [...(v.looseNames ?? []), ...(v.cautiousNames ?? []), ...(v.contextualNames ?? [])];
    };
    expect(all('Unipol Gruppo S.p.A.')).toContain('Unipol');
    expect(all('Julius Bär Gruppe AG')).toContain('Julius Bär');
    // Negative control: a plain word left over is no name ("Media Gruppo" → "Media" is dropped).
    expect(all('Media Gruppo S.p.A.')).not.toContain('Media');
  });
});

describe('three-letter company names', () => {
  const all = (legal: string) => {
    const v = secNameVariants(legal);
    return { contextual: v.contextualNames ?? [], other: [...(v.looseNames ?? []), ...(v.cautiousNames ?? [])] };
  };

  it('a legal name of three letters and a form is kept, with support only: "Kia Corporation", "Eni S.p.A."', () => {
    expect(all('Kia Corporation').contextual).toContain('Kia');
    expect(all('Eni S.p.A.').contextual).toContain('Eni');
    // Indonesia's state companies: "PT Bank Mandiri (Persero) Tbk" goes by "Bank Mandiri".
    expect(all('PT Bank Mandiri (Persero) Tbk').other).toContain('Bank Mandiri');
    const { surfaces } = matcherOf([{ entityId: 'kia', names: [], contextualNames: ['Kia'], tickers: [] }]);
    expect(surfaces('sister automaker Kia Corp gained 3.02%, and Kia said sales rose')).toEqual(['Kia Corp', 'Kia']);
    // Negative controls: words ("Box Inc."), an index ("Dow Inc."), acronyms ("AMC Networks") are not kept.
    expect(all('Box, Inc.').contextual).not.toContain('Box');
    expect(all('Dow Inc.').contextual).not.toContain('Dow');
    expect([...all('AMC Inc.').contextual, ...all('AMC Inc.').other]).not.toContain('Amc');
  });
});
