import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/detect/dictionary';
import { compileMatcher } from '@/utils/detect/matcher';
import { parseDataset } from '@/utils/exposure/schema';
import { readRepoJson } from '../support/fixtures';

const matcher = compileMatcher(
  buildDictionary(parseDataset(readRepoJson('test/fixtures/datasets/small.json')).entities),
);
const find = (text: string) => matcher.find(text).map((m) => [m.surface, m.entityId, m.tier]);

describe('exchange-qualified tickers', () => {
  it.each([
    ['Alibaba Group Holding Ltd (NYSE: BABA) fell', ['BABA', 'alibaba', 'exchange']],
    ['Hong Kong (HKEX: 9988) closed lower', ['9988', 'alibaba', 'exchange']],
    ['listed as 9988.HK in Hong Kong', ['9988.HK', 'alibaba', 'exchange']],
    ['Berkshire (NYSE: BRK.B) rose', ['BRK.B', 'berkshire', 'exchange']],
  ])('%s', (text, expected) => {
    expect(find(text)).toContainEqual(expected);
  });

  it('reads dual listings and comma lists', () => {
    expect(find('Tencent Music (NYSE: TME and HKEX: 1698) said')).toEqual([
      ['Tencent Music', 'tme', 'name'],
      ['TME', 'tme', 'exchange'],
      ['1698', 'tme', 'exchange'],
    ]);
    expect(find('Eve (NYSE: EVEX, EVEXW) priced')).toEqual([
      ['EVEX', 'evolve', 'exchange'],
      ['EVEXW', 'evolve', 'exchange'],
    ]);
  });

  it('does not resolve a symbol listed on another market, but US venues stand in for each other', () => {
    // A US symbol names one security across NYSE, Nasdaq and Cboe, and SEC's exchange field lags moves.
    expect(find('(NASDAQ: BABA)')).toEqual([['BABA', 'alibaba', 'exchange']]);
    expect(find('(HKEX: BABA) (TYO: MP) (LSE: 9988)')).toEqual([]);
  });
});

describe('cashtags', () => {
  it('matches symbols in the dataset, case-sensitively', () => {
    expect(find('Loading up on $BABA and $MP today, also $BRK.B')).toEqual([
      ['$BABA', 'alibaba', 'cashtag'],
      ['$MP', 'mp-materials', 'cashtag'],
      ['$BRK.B', 'berkshire', 'cashtag'],
    ]);
  });

  it.each(['$5', '$1.2bn', '$US', '$baba', 'US$BABA', '$$BABA'])('ignores %s', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('names and aliases', () => {
  it('prefers the longest name and keeps legal suffixes optional', () => {
    expect(find('Alibaba Group Holding Ltd said')).toEqual([['Alibaba Group Holding Ltd', 'alibaba', 'name']]);
    expect(find('Alibaba Group Holding Limited said')).toEqual([['Alibaba Group Holding Limited', 'alibaba', 'name']]);
    expect(find('Alibaba Group said')).toEqual([['Alibaba Group', 'alibaba', 'name']]);
  });

  it('matches possessives but not longer words', () => {
    expect(find("Alibaba's cloud and Alibaba’s shares")).toEqual([
      ['Alibaba', 'alibaba', 'name'],
      ['Alibaba', 'alibaba', 'name'],
    ]);
    expect(find('Alibabas and MetroStarSystems')).toEqual([]);
  });

  it('is case-sensitive', () => {
    expect(find('alibaba and ALIBABA')).toEqual([]);
  });

  it('matches names in their own script', () => {
    // "集团" (Group) is a legal form: part of the mention, as in "Alibaba Group Holding Ltd.".
    expect(find('阿里巴巴集团周一表示')).toEqual([['阿里巴巴集团', 'alibaba', 'name']]);
  });
});

describe('never inside links', () => {
  it.each([
    'see https://www.alibaba.com/Alibaba/BABA for more',
    'write to Alibaba@example.com',
    'www.MP-Materials.com/NYSE:MP',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(..."Alibaba $BABA (NYSE: MP) 9988.HK, EVEX 阿里 @ https:// ’'s .-".split(''));
  const texts = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')),
  );

  it('never throws, offsets slice to the surface, no overlaps, deterministic', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const a = matcher.find(text);
        expect(matcher.find(text)).toEqual(a);
        let last = -1;
        for (const m of a) {
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
