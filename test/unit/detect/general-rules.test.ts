/** General rules found by the corpus with the listed universe (issue 13): each with the real text that showed it. */
import { describe, expect, it } from 'vitest';
import { stripLegalForm } from '@/utils/detect/dictionary';
import { compileMatcher, createMatchContext } from '@/utils/detect/matcher';
import { secNameVariants } from '@/utils/detect/sec-listings';
import type { DictionaryEntry } from '@/utils/detect/types';
import type { UniverseCompany } from '@/utils/sources/universe-format';
import { nameSetsOf, sharedShortNames, withoutNames } from '@/utils/sources/universe-names';

const entries: DictionaryEntry[] = [
  { entityId: 'shenzhen-intl', names: [], looseNames: ['Shenzhen International', 'Shenzhen'], tickers: [] },
  { entityId: 'gpt', names: [], tickers: [{ symbol: 'GPT', exchange: 'ASX' }] },
  { entityId: 'nvidia', names: ['Nvidia'], tickers: [{ symbol: 'NVDA', exchange: 'NASDAQ' }] },
];
const find = (text: string) =>
  compileMatcher(entries)
    .find(text, { context: createMatchContext() })
    .map((m) => m.surface);

describe('general detection rules', () => {
  it('a one-word upper-case place opening a line before a region and a date is a dateline', () => {
    expect(find('SHENZHEN, China, March 22, 2022 /PRNewswire/ -- results')).toEqual([]);
    expect(find('Shares of Shenzhen rose.')).toEqual(['Shenzhen']);
  });

  it('a hyphen joined to a symbol is a model or an offset, not a price move, unless a percent follows', () => {
    expect(find('performance comparable to GPT-5.2 and Gemini 3 Pro')).toEqual([]);
    expect(find('Updated Jul 02, 2025 | 8:31 PM GMT-04')).toEqual([]);
    expect(find('Movers: NVDA -1.2%, GPT -0.5%')).toEqual(['NVDA', 'GPT']);
    expect(find('NVDA-1.2% today')).toEqual(['NVDA']);
  });

  it('continental legal forms are dropped like Inc. and plc', () => {
    expect(stripLegalForm('Deutsche Bank Aktiengesellschaft')).toBe('Deutsche Bank');
    expect(stripLegalForm('Nordea Bank Abp')).toBe('Nordea Bank');
    expect(stripLegalForm('Eni S.p.A.')).toBe('Eni');
    expect(stripLegalForm('Merck KGaA')).toBe('Merck');
  });

  it('a listing file\'s trailing "(The)" is a leading The: "Travelers Companies Inc. (The)" is Travelers', () => {
    expect(secNameVariants('Travelers Companies Inc. (The)')).toEqual(secNameVariants('The Travelers Companies, Inc.'));
    expect(secNameVariants('Travelers Companies Inc. (The)').contextualNames).toContain('Travelers');
  });

  it('a sentence adverb before a comma is not a company, even one named so, while the same name in a list is', () => {
    const adverbs: DictionaryEntry[] = [
      { entityId: 'also', names: [], contextualNames: ['Also'], tickers: [{ symbol: 'ALSN', exchange: 'SIX' }] },
      { entityId: 'still', names: [], contextualNames: ['Still'], tickers: [] },
      { entityId: 'sony', names: ['Sony'], tickers: [] },
      { entityId: 'logitech', names: ['Logitech'], tickers: [] },
    ];
    const m = compileMatcher(adverbs);
    const surfaces = (t: string) => m.find(t, { context: createMatchContext() }).map((x) => x.surface);
    expect(surfaces('Chip stocks fell. Also, Sony said demand was weak.')).toEqual(['Sony']);
    expect(surfaces('Still, Sony and Logitech gained.')).toEqual(['Sony', 'Logitech']);
    // Positive control: the same names as items of a list of companies.
    expect(surfaces('Sony, Also and Logitech fell.')).toEqual(['Sony', 'Also', 'Logitech']);
  });

  it('a cashtag is read as a US listing first ($AMC is AMC Entertainment, not the ASX line of Amcor)', () => {
    const amc: DictionaryEntry[] = [
      { entityId: 'amcor', names: ['Amcor'], tickers: [{ symbol: 'AMC', exchange: 'ASX' }] },
      { entityId: 'amc-ent', names: [], tickers: [{ symbol: 'AMC', exchange: 'NYSE' }] },
    ];
    const m = compileMatcher(amc);
    expect(m.find('$AMC squeezed again').map((x) => x.entityId)).toEqual(['amc-ent']);
    expect(m.find('Amcor (ASX: AMC) fell').map((x) => x.entityId)).toEqual(['amcor', 'amcor']);
  });

  it('a short name two companies derive goes to the one it is the group name of (Sony), else to neither (Tata)', () => {
    const row = (id: string, name: string, listing: string): UniverseCompany => [id, name, 'JP', '', 1, [listing], []];
    const rows = [
      row('sony-group', 'Sony Group Corporation', 'TYO:6758'),
      row('sony-fin', 'Sony Financial Group Inc.', 'TYO:8729'),
      row('tata-motors', 'Tata Motors Limited', 'NSE:TATAMOTORS'),
      row('tata-comm', 'Tata Communications Limited', 'NSE:TATACOMM'),
    ];
    const sets = rows.map(nameSetsOf);
    const rule = sharedShortNames(sets);
    const all = (i: number) => {
      const n = withoutNames(sets[i]!, rule, new Set());
      return [...n.loose, ...n.cautious, ...n.contextual];
    };
    expect(all(0)).toContain('Sony');
    expect(all(1)).not.toContain('Sony');
    expect(all(2)).not.toContain('Tata');
    expect(all(3)).not.toContain('Tata');
    // A word ("Also") never outranks another company, group name or not.
    const word = (groupLevel: string[]) => ({
      loose: [],
      cautious: [],
      contextual: ['Also'],
      own: new Set<string>(),
      shortened: new Set(['also']),
      groupLevel: new Set(groupLevel),
    });
    expect(sharedShortNames([word(['also']), word([])]).dropped).toEqual(new Set(['also']));
  });

  it("a symbol that is another company's name is that company when it stands alone (BYD, not Boyd Gaming)", () => {
    const byd: DictionaryEntry[] = [
      { entityId: 'byd', names: ['BYD'], tickers: [{ symbol: '1211', exchange: 'HKEX' }] },
      { entityId: 'boyd', names: [], looseNames: ['Boyd Gaming'], tickers: [{ symbol: 'BYD', exchange: 'NYSE' }] },
    ];
    const ids = (t: string, names = true) =>
      compileMatcher(byd, { names })
        .find(t, { context: createMatchContext() })
        .map((m) => m.entityId);
    expect(ids('Tencent and BYD shares slip')).toEqual(['byd']);
    expect(ids('Tencent and BYD shares slip', false)).toEqual([]);
    // The symbol itself is still read wherever it is marked as one.
    expect(ids('Boyd Gaming (NYSE: BYD) and $BYD', false)).toEqual(['boyd', 'boyd']);
  });

  it("a company's own name that another company derives as its short name needs support (SoftBank Corp. vs SoftBank Group)", () => {
    const row = (id: string, name: string, listing: string): UniverseCompany => [id, name, 'JP', '', 1, [listing], []];
    const corp = nameSetsOf(row('sb-corp', 'SoftBank Corp.', 'TYO:9434'));
    const group = nameSetsOf(row('sb-group', 'SoftBank Group Corp.', 'TYO:9984'));
    const rule = sharedShortNames([corp, group]);
    const mine = withoutNames(corp, rule, new Set());
    expect(mine.contextual).toContain('SoftBank');
    expect([...mine.loose, ...mine.cautious]).not.toContain('SoftBank');
    // The group does not get it either: two companies answer to the word.
    const theirs = withoutNames(group, rule, new Set());
    expect([...theirs.loose, ...theirs.cautious, ...theirs.contextual]).not.toContain('SoftBank');
  });
});

describe('general detection rules (fourth blind batch, 2026-12-05)', () => {
  const more: DictionaryEntry[] = [
    { entityId: 'xiaomi', names: ['小米', 'Xiaomi'], tickers: [] },
    { entityId: 'byd', names: ['比亚迪'], tickers: [] },
    { entityId: 'visa', names: ['Visa Inc.'], contextualNames: ['Visa'], tickers: [] },
  ];
  const spans = (text: string) =>
    compileMatcher(more)
      .find(text, { context: createMatchContext() })
      .map((m) => m.surface);

  it('a Chinese legal form after a name is part of the mention, as "Ltd." is in English', () => {
    expect(spans('小米公司周五表示，将采取法律行动。')).toEqual(['小米公司']);
    expect(spans('比亚迪股份有限公司公告称')).toEqual(['比亚迪股份有限公司']);
    expect(spans('小米集團股價上漲')).toEqual(['小米集團']);
    // Only after a name: "本公司" (this company) and a bare "集团" name nobody; the name alone stays as it is.
    expect(spans('本公司不受影响，集团业务正常。小米发布新机')).toEqual(['小米']);
  });

  it('a determiner before an ambiguous name is a common noun, unless the text already named the company strongly', () => {
    expect(spans('The Visa application was rejected.')).toEqual([]);
    expect(spans('Visa Inc. won approval. The Visa deal closes in May.')).toEqual(['Visa Inc.', 'Visa']);
  });
});

describe('an abbreviation the text defines is not a company (fifth blind batch, 2026-12-05)', () => {
  const abbreviations: DictionaryEntry[] = [
    { entityId: 'amp-ltd', names: [], contextualNames: ['AMP'], tickers: [{ symbol: 'AMP', exchange: 'ASX' }] },
    { entityId: 'amd', names: ['Advanced Micro Devices'], tickers: [{ symbol: 'AMD', exchange: 'NASDAQ' }] },
    { entityId: 'cat', names: ['Caterpillar'], tickers: [{ symbol: 'CAT', exchange: 'NYSE' }] },
  ];
  const matcher = compileMatcher(abbreviations);
  const surfaces = (texts: string[]) => {
    const context = createMatchContext();
    return texts.map((t) => matcher.find(t, { context }).map((m) => m.surface));
  };

  it('"Advanced Manufacturing Plan" (AMP) means the plan, here and later on the page, not AMP Ltd', () => {
    expect(
      surfaces([
        'The firm announced its "Advanced Manufacturing Plan" (AMP) on Monday.',
        'Suppliers joining AMP get a tariff break. AMP shares rose 2% in Sydney.',
      ]),
    ).toEqual([[], []]);
    // Positive control: without the definition, AMP before a price move is the company.
    expect(surfaces(['AMP shares rose 2% in Sydney.'])).toEqual([['AMP']]);
  });

  it('keeps the company when the words are its own name, and a qualified symbol always', () => {
    expect(surfaces(['Advanced Micro Devices (AMD) rose 3%.'])).toEqual([['Advanced Micro Devices', 'AMD']]);
    expect(surfaces(['The Central Asia Trade (CAT) corridor opened; Caterpillar (NYSE: CAT) fell.'])).toEqual([
      ['Caterpillar', 'CAT'],
    ]);
  });
});

describe('styled names and listings the data lacks (fifth blind batch, 2026-12-05)', () => {
  const styled: DictionaryEntry[] = [
    { entityId: 'blackberry', names: ['BlackBerry'], tickers: [{ symbol: 'BB', exchange: 'NYSE' }] },
    { entityId: 'cosco', names: ['COSCO SHIPPING Holdings'], tickers: [] },
    { entityId: 'thyssenkrupp', names: ['thyssenkrupp'], tickers: [] },
    { entityId: 'target', names: ['TARGET'], tickers: [] },
    { entityId: 'nissan', names: ['Nissan Motor'], tickers: [{ symbol: '7201', exchange: 'TYO' }] },
  ];
  const spans = (text: string) =>
    compileMatcher(styled)
      .find(text, { context: createMatchContext() })
      .map((m) => [m.surface, m.entityId]);

  it('a brand styled with inner capitals, capitals or lower case is also read written plainly, as a proper noun', () => {
    expect(spans('Blackberry shares rose; Cosco Shipping Holdings fell; ThyssenKrupp Marine won.')).toEqual([
      ['Blackberry', 'blackberry'],
      ['Cosco Shipping Holdings', 'cosco'],
      ['ThyssenKrupp', 'thyssenkrupp'],
    ]);
    // Proper nouns only (each word capitalised), and all-capital names keep their case: "a target" is a word.
    expect(spans('the cosco shipping holdings deal missed its target.')).toEqual([]);
    expect(spans('Cosco shipping holdings. Target Inc.')).toEqual([]);
  });

  it('a listing the data lacks, in the parentheses right after a company, is that company’s', () => {
    expect(spans('Nissan Motor Co. (OTC: NSANY, TYO: 7201) fell.')).toEqual([
      ['Nissan Motor Co.', 'nissan'],
      ['NSANY', 'nissan'],
      ['7201', 'nissan'],
    ]);
    // Not after other words, nor after a name that is not strong on its own.
    expect(spans('Shares traded (OTC: NSANY) lower.')).toEqual([]);
  });
});
