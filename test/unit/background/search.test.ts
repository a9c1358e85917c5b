import { describe, expect, it } from 'vitest';
import { createSearchIndex, fold, foldSymbol } from '@/utils/background/search';
import { parseDataset } from '@/utils/exposure/schema';
import { readRepoJson } from '../support/fixtures';
import { smallDataset } from '../support/services';

const small = createSearchIndex(smallDataset.entities);
const embedded = createSearchIndex(parseDataset(readRepoJson('public/data/dataset.json')).entities);
const ids = (hits: { entityId: string }[]) => hits.map((h) => h.entityId);

describe('search', () => {
  it('finds by exact ticker first, then ticker and name prefixes', () => {
    expect(small.search('BABA', 5)).toEqual([{ entityId: 'alibaba', rank: 'ticker', matched: 'BABA' }]);
    expect(small.search('baba', 5)[0]?.rank).toBe('ticker');
    expect(small.search('$BABA', 5)[0]?.entityId).toBe('alibaba');
    expect(small.search('NYSE: TME', 5)[0]?.entityId).toBe('tme');
    expect(small.search('9988', 5)[0]).toMatchObject({ entityId: 'alibaba', rank: 'ticker' });
    expect(small.search('09988', 5)[0]).toMatchObject({ entityId: 'alibaba', rank: 'ticker' });
    expect(small.search('brk-b', 5)[0]).toMatchObject({ entityId: 'berkshire', rank: 'ticker' });
    expect(small.search('EVE', 5)).toEqual([expect.objectContaining({ entityId: 'evolve', rank: 'ticker-prefix' })]);
  });

  it('finds by the start of a name or alias, or of a later word, ignoring case and accents', () => {
    expect(small.search('alib', 5)).toEqual([
      { entityId: 'alibaba', rank: 'name-prefix', matched: 'Alibaba Group Holding Limited' },
    ]);
    expect(small.search('Tencent mus', 5)[0]?.entityId).toBe('tme');
    expect(small.search('music', 5)).toEqual([expect.objectContaining({ entityId: 'tme', rank: 'word-prefix' })]);
    expect(small.search('HATHAWAY', 5)[0]?.entityId).toBe('berkshire');
    expect(small.search('阿里', 5)[0]?.entityId).toBe('alibaba');
    expect(fold('  Nestlé   SA ')).toBe('nestle sa');
  });

  it('finds nothing for blank queries, and respects the limit', () => {
    expect(small.search('', 5)).toEqual([]);
    expect(small.search('   ', 5)).toEqual([]);
    expect(small.search('zzzzzz', 5)).toEqual([]);
    expect(embedded.search('a', 3)).toHaveLength(3);
  });

  it('ranks the well-known companies first in the embedded data', () => {
    expect(ids(embedded.search('NVDA', 3))[0]).toBe('nvidia');
    expect(ids(embedded.search('nvid', 3))[0]).toBe('nvidia');
    expect(ids(embedded.search('TSM', 3))[0]).toBe('tsmc');
    expect(ids(embedded.search('taiwan semi', 3))[0]).toBe('tsmc');
    expect(ids(embedded.search('jpm', 3))[0]).toBe('jpmorgan');
    expect(ids(embedded.search('mp materials', 3))[0]).toBe('mp-materials');
  });
});

describe('resolution for imports', () => {
  it('resolves tickers with or without an exchange, and exact names', () => {
    expect(small.resolveTicker('BABA')).toBe('alibaba');
    expect(small.resolveTicker('9988', 'HKEX')).toBe('alibaba');
    expect(small.resolveTicker('BRK/B')).toBe('berkshire');
    expect(small.resolveTicker('NOPE')).toBeUndefined();
    expect(small.resolveName('alibaba group')).toBe('alibaba');
    expect(small.resolveName('Alibaba Gr')).toBeUndefined();
    expect(foldSymbol(' 0700 ')).toBe('700');
  });
});
