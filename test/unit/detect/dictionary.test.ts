import { describe, expect, it } from 'vitest';
import { buildDictionary, isWordSymbol } from '@/utils/detect/dictionary';
import { compileMatcher, compilePackedMatcher } from '@/utils/detect/matcher';
import { packDictionary, prepareDictionary, unpackDictionary } from '@/utils/detect/prepare';
import { parseSecFile, secNameVariants, withSecEntries } from '@/utils/detect/sec-listings';
import { parseDataset } from '@/utils/exposure/schema';
import { readRepoJson } from '../support/fixtures';

const curated = buildDictionary(parseDataset(readRepoJson('test/fixtures/datasets/small.json')).entities);

const secFile = {
  fields: ['cik', 'name', 'ticker', 'exchange'],
  data: [
    [1577552, 'Alibaba Group Holding Ltd', 'BABA', 'NYSE'],
    [1045810, 'NVIDIA CORP', 'NVDA', 'Nasdaq'],
    [1067983, 'BERKSHIRE HATHAWAY INC', 'BRK-B', 'NYSE'],
    [1067983, 'BERKSHIRE HATHAWAY INC', 'BRK-A', 'NYSE'],
    [27419, 'TARGET CORP', 'TGT', 'NYSE'],
    [1373715, 'ServiceNow, Inc.', 'NOW', 'NYSE'],
    [313807, 'BP PLC', 'BP', 'NYSE'],
    [1018724, 'AMAZON COM INC', 'AMZN', 'Nasdaq'],
    [1094517, 'TOYOTA MOTOR CORP/', 'TM', 'NYSE'],
    [5272, 'AMERICAN INTERNATIONAL GROUP, INC.', 'AIG', 'NYSE'],
    [1120193, 'NASDAQ, INC.', 'NDAQ', 'Nasdaq'],
    [1, 'NO TICKER INC', '', null],
  ],
};

describe('SEC rows as dictionary entries', () => {
  const rows = parseSecFile(secFile);
  const all = withSecEntries(curated, rows);
  const byId = new Map(all.map((e) => [e.entityId, e]));

  it('parses the file and rejects other shapes with a clear error', () => {
    expect(rows).toHaveLength(11);
    expect(rows[1]).toEqual({ cik: 1045810, name: 'NVIDIA CORP', ticker: 'NVDA', exchange: 'NASDAQ' });
    expect(() => parseSecFile({ data: [] })).toThrow(/expected \{ fields, data \}/);
    expect(() => parseSecFile({ fields: ['cik'], data: [] })).toThrow(/no "name" field/);
  });

  it('links rows to curated entities by ticker and makes sec-<cik> entries for the rest', () => {
    expect(byId.get('alibaba')?.looseNames).toContain('Alibaba Group Holding');
    expect(byId.has('sec-1577552')).toBe(false);
    expect(byId.get('berkshire')?.tickers.map((t) => t.symbol)).toEqual(['BRK.B', 'BRK.A']);
    expect(byId.get('sec-1045810')).toMatchObject({
      looseNames: ['NVIDIA'],
      tickers: [{ symbol: 'NVDA', exchange: 'NASDAQ' }],
    });
  });

  it('sorts names by how they may match', () => {
    expect(secNameVariants('TARGET CORP')).toEqual({ contextualNames: ['Target'] });
    expect(secNameVariants('AMAZON COM INC')).toEqual({ looseNames: ['AMAZON.com'], cautiousNames: ['Amazon'] });
    expect(secNameVariants('TOYOTA MOTOR CORP/')).toEqual({ looseNames: ['TOYOTA MOTOR'], cautiousNames: ['Toyota'] });
    expect(secNameVariants('BP PLC', ['BP'])).toEqual({ contextualNames: ['BP'] });
    expect(secNameVariants('AMERICAN INTERNATIONAL GROUP, INC.').looseNames).not.toContain('AMERICAN');
    expect(secNameVariants('NASDAQ, INC.')).toEqual({});
  });

  it('flags symbols that are words as never bare', () => {
    expect(isWordSymbol('NOW')).toBe(true);
    expect(isWordSymbol('NVDA')).toBe(false);
    expect(byId.get('sec-1373715')?.tickers).toEqual([{ symbol: 'NOW', exchange: 'NYSE', bare: false }]);
  });
});

describe('packed dictionary (what each tab receives)', () => {
  const entries = withSecEntries(curated, parseSecFile(secFile));
  const text = 'NVIDIA (NASDAQ: NVDA) and Alibaba Group Holding Ltd (NYSE: BABA); $BRK.B; Target Corp. 阿里巴巴';

  it('round-trips and matches exactly like the entries it came from', () => {
    const packed = packDictionary(prepareDictionary(entries));
    const wire = JSON.parse(JSON.stringify(packed));
    expect(compilePackedMatcher(wire).find(text)).toEqual(compileMatcher(entries).find(text));
    expect(unpackDictionary(wire).entityIds).toEqual(entries.map((e) => e.entityId));
  });

  it('keeps 64 exchanges apart and refuses a 65th rather than alias it to the first', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        entityId: `e${i}`,
        names: [],
        tickers: [{ symbol: `S${i}X`, exchange: `MARKET${i}` }],
      }));
    const back = unpackDictionary(packDictionary(prepareDictionary(many(64))));
    expect(back.listExchange).toEqual(many(64).map((e) => e.tickers[0]!.exchange));
    expect(() => packDictionary(prepareDictionary(many(65)))).toThrow(/65 exchanges/);
  });

  it('refuses parts that disagree in length', () => {
    const packed = packDictionary(prepareDictionary(entries));
    expect(() => unpackDictionary({ ...packed, nameFlags: packed.nameFlags.slice(1) })).toThrow(/differ in length/);
  });
});
