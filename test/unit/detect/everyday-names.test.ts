/**
 * Issue 13, everyday names and names in lists, on the embedded dataset as it ships: ambiguous names supported by a
 * list or a business role, companies named by their initials (AMD, IBM), and brands that name their company
 * (TikTok → ByteDance). Negatives are the common words and idioms these rules must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { buildDictionary, dictionaryEntryFor, initials, initialsSymbol } from '@/utils/detect/dictionary';
import { compileMatcher, createMatchContext } from '@/utils/detect/matcher';
import { secNameVariants } from '@/utils/detect/sec-listings';
import { parseDataset } from '@/utils/exposure/schema';
import { nameSetsOf } from '@/utils/sources/universe-names';
import { readRepoJson } from '../support/fixtures';

const dataset = parseDataset(readRepoJson('public/data/dataset.json'));
const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const matcher = compileMatcher(buildDictionary(dataset.entities));
/** Mentions as "surface:entity", one context per text as the content script keeps one per page. */
const find = (text: string): string[] =>
  matcher.find(text, { context: createMatchContext() }).map((m) => `${m.surface}:${m.entityId}`);

describe('names in lists', () => {
  it.each<[string, string[]]>([
    // The sentence: "Apple" leads a four-item list whose next item is an acronym; Nvidia and Intel support it.
    // Oracle stays unmarked: its only list partner, Temu, is not in the data yet.
    [
      'The chips are processors for Apple, AMD, Nvidia and Intel. Apple supplier Foxconn said Oracle and Temu and TikTok grew.',
      ['Apple:apple', 'AMD:amd', 'Nvidia:nvidia', 'Intel:intel', 'Apple:apple', 'Foxconn:hon-hai', 'TikTok:bytedance'],
    ],
    // Two ambiguous names in a row, supported by the third item.
    ['Oracle, Apple and Microsoft all bid for the contract.', ['Oracle:oracle', 'Apple:apple', 'Microsoft:microsoft']],
    ['Shares of Visa, Target or Nvidia may move.', ['Visa:visa', 'Target:target', 'Nvidia:nvidia']],
    ['Intel and AMD both gained.', ['Intel:intel', 'AMD:amd']],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    'Target, Gap and Block are common words.',
    'He bought an apple, a pear and a banana.',
    'Apple, Pear and Banana: A Cookbook',
  ])('leaves a list with no accepted company unmarked: %s', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('business roles', () => {
  it.each<[string, string[]]>([
    ['Apple supplier Foxconn cut jobs.', ['Apple:apple', 'Foxconn:hon-hai']],
    ['Oracle partner Nvidia said demand was strong.', ['Oracle:oracle', 'Nvidia:nvidia']],
    ['Foxconn, a big supplier to Apple, said sales rose.', ['Foxconn:hon-hai', 'Apple:apple']],
    ['Visa customers spent more.', ['Visa:visa']],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each(['She baked an apple pie.', 'Warren Buffett, the Oracle of Omaha, spoke.', 'The Target audience grew.'])(
    'leaves common words and idioms alone: %s',
    (text) => {
      expect(find(text)).toEqual([]);
    },
  );
});

describe('companies named by their initials', () => {
  it('takes the primary symbol that spells the name, and no other', () => {
    expect(initials('Advanced Micro Devices, Inc.')).toBe('AMD');
    expect(initials('Sociedad Química y Minera')).toBe('SQM');
    const symbol = (id: string) => initialsSymbol(byId.get(id)!);
    expect(symbol('amd')).toBe('AMD');
    expect(symbol('ibm')).toBe('IBM');
    expect(symbol('aig')).toBe('AIG');
    expect(symbol('apple')).toBeUndefined(); // AAPL
    expect(symbol('ups')).toBeUndefined(); // a word: never bare, never a name on its own
    expect(symbol('raiffeisen')).toBeUndefined(); // RBI: the Reserve Bank of India
    expect(dictionaryEntryFor(byId.get('amd')!).contextualNames).toEqual(['AMD']);
  });

  it.each<[string, string[]]>([
    ['AMD said on Tuesday it would cut prices.', ['AMD:amd']],
    ['AMD rose 3% after the report.', ['AMD:amd']],
    ["IBM's consulting arm grew.", ['IBM:ibm']],
    ['NVDA, AMD and INTC fell.', ['NVDA:nvidia', 'AMD:amd', 'INTC:intel']],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each(['The RBI kept rates on hold. RBI said inflation eased.', 'A NEW AMD CHIP IS COMING', 'the AMD unit'])(
    'needs support: %s',
    (text) => {
      expect(find(text)).toEqual([]);
    },
  );
});

describe('brands that name their company', () => {
  it('reads TikTok as ByteDance', () => {
    expect(find('TikTok grew in Europe.')).toEqual(['TikTok:bytedance']);
  });
});

describe('everyday names derived from legal names (secNameVariants, issue 13)', () => {
  const all = (legal: string) => {
    const v = secNameVariants(legal);
    return { loose: v.looseNames ?? [], cautious: v.cautiousNames ?? [], contextual: v.contextualNames ?? [] };
  };

  it.each<[string, string, 'loose' | 'cautious' | 'contextual']>([
    // "The … Companies": the brand left is a word, so it needs a cue (a listing, a legal form, a strong mention).
    ['The Travelers Companies, Inc.', 'Travelers', 'contextual'],
    ['TRAVELERS COMPANIES, INC.', 'Travelers', 'contextual'],
    ['ESTEE LAUDER COMPANIES INC', 'ESTEE LAUDER', 'loose'],
    ['The Boeing Company', 'Boeing', 'loose'],
    // "Financial Group" / "Financial".
    ['Jefferies Financial Group Inc.', 'Jefferies', 'loose'],
    // Legal forms of companies outside the US.
    ['Deutsche Bank Aktiengesellschaft', 'Deutsche Bank', 'loose'],
    ['Siemens Aktiengesellschaft', 'Siemens', 'loose'],
    ['Novo Nordisk A/S', 'Novo Nordisk', 'loose'],
    ['AB Volvo (publ)', 'Volvo', 'loose'],
    ['Equinor ASA', 'Equinor', 'loose'],
    ['Nokia Oyj', 'Nokia', 'loose'],
    ['Enel SpA', 'Enel', 'loose'],
    ['PT Bank Central Asia Tbk', 'Bank Central Asia', 'loose'],
    ['Public Bank Berhad', 'Public Bank', 'loose'],
    ['Sberbank of Russia PJSC', 'Sberbank of Russia', 'loose'],
    ['Fomento Economico Mexicano, S.A.B. de C.V.', 'Fomento Economico Mexicano', 'loose'],
    ['Samsung Electronics Co., Ltd.', 'Samsung Electronics', 'loose'],
    ['Nippon Steel Corporation', 'Nippon Steel', 'loose'],
    ['Industrial and Commercial Bank of China Limited', 'Industrial and Commercial Bank of China', 'loose'],
    // "Group", "Holdings", "Motor": the brand stays, cautious when it is a well-known proper word.
    ['Toyota Motor Corporation', 'Toyota Motor', 'loose'],
    ['Toyota Motor Corporation', 'Toyota', 'cautious'],
    ['SoftBank Group Corp.', 'SoftBank', 'loose'],
    ['Hyundai Motor Company', 'Hyundai', 'loose'],
    // Words and surnames are never plain names (real rows of the SEC and FinanceDatabase files).
    ['KEMPER Corp', 'Kemper', 'cautious'],
    ['Evolution AB', 'Evolution', 'contextual'],
    ['Crypto Co', 'Crypto', 'contextual'],
    ['Shell plc', 'Shell', 'contextual'],
  ])('%s → %s (%s)', (legal, name, tier) => {
    expect(all(legal)[tier]).toContain(name);
  });

  it.each([
    ['KEMPER Corp', 'Kemper'],
    ['Evolution AB', 'Evolution'],
    ['Evolution Gaming Group AB (publ)', 'Evolution'],
    ['EVOLUTION PETROLEUM CORP', 'Evolution'],
    ['Sentinel Holdings Ltd.', 'Sentinel'],
    ['Crypto Co', 'Crypto'],
    ['Deutsche Bank Aktiengesellschaft', 'Deutsche'],
    ['PRINCIPAL FINANCIAL GROUP INC', 'Principal'],
  ])('%s never gives the plain name %s', (legal, name) => {
    expect(all(legal).loose.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
  });

  // Cities, provinces and states are places, never a company on their own: "Shenzhen-listed", "Tokyo-based",
  // "a Texas plant" are not mentions of Shenzhen International, Tokyo Electron or Texas Instruments.
  it.each([
    ['Shenzhen International Holdings Limited', 'Shenzhen'],
    ['Tokyo Electron Limited', 'Tokyo'],
    ['Texas Instruments Incorporated', 'Texas'],
    ['Shanghai Electric Group Company Limited', 'Shanghai'],
    ['Hong Kong Exchanges and Clearing Limited', 'Hong Kong'],
    ['New York Holdings Inc', 'New York'],
  ])('%s never gives the place %s as a name of any tier', (legal, place) => {
    const sets = all(legal);
    const names = [...sets.loose, ...(sets.cautious ?? []), ...(sets.contextual ?? [])];
    expect(names).not.toContain(place);
    // Positive control: the company keeps its own longer name.
    expect(names.some((n) => n.startsWith(`${place} `))).toBe(true);
  });
});

describe('names from the universe tables (scripts/dataset/universe/aliases.ts)', () => {
  it('keeps an acronym the file names a company by, as a contextual name; former names are plain names', () => {
    const sets = nameSetsOf([
      'x-test-abc',
      'Atlantic Bank Corporation Limited',
      'CA',
      '',
      0,
      ['TSX:ATB'],
      ['ABC', 'Old Atlantic Trust', 'E.ON'],
    ]);
    expect(sets.contextual).toEqual(expect.arrayContaining(['ABC', 'E.ON']));
    expect(sets.loose).toContain('Old Atlantic Trust');
    expect(sets.loose).not.toContain('ABC');
  });

  it('never names a company by an exchange it runs, even when that is its ticker ("ASX", "Cboe")', () => {
    const v = secNameVariants('ASX Limited', ['ASX']);
    expect([...(v.looseNames ?? []), ...(v.cautiousNames ?? []), ...(v.contextualNames ?? [])]).toEqual([]);
  });

  it('drops the French "Groupe" as it drops "Group" ("Havas Groupe" → "Havas")', () => {
    expect(secNameVariants('Vallorin Groupe S.A.').looseNames).toEqual(expect.arrayContaining(['Vallorin']));
  });
});

describe('Hong Kong codes as the exchange prints them (issue 16: "Tencent 700")', () => {
  it('keeps four digits in the dataset and still finds the code written with or without its zeros', () => {
    const hk = dataset.entities.flatMap((e) => e.listings.filter((l) => l.exchange === 'HKEX'));
    expect(hk.length).toBeGreaterThan(50);
    for (const l of hk.filter((x) => /^\d+$/.test(x.ticker)))
      expect(l.ticker.length, l.ticker).toBeGreaterThanOrEqual(4);
    expect(byId.get('tencent')?.listings.find((l) => l.exchange === 'HKEX')?.ticker).toBe('0700');
    expect(find('Tencent (HKEX: 700) rose')).toContain('700:tencent');
    expect(find('Tencent (HKEX: 0700) rose')).toContain('0700:tencent');
    expect(find('Tencent (0700.HK) rose')).toContain('0700.HK:tencent');
  });
});
