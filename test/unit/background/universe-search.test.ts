/** Search-to-add and import over the merged view with the real listed universe (public/data/universe.json). */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '@/utils/background/search';
import { parseUniverse } from '@/utils/sources/universe-format';
import { mergeDefault } from '../support/universe';

const universe = parseUniverse(JSON.parse(readFileSync('public/data/universe.json', 'utf8')));
const { dataset } = mergeDefault({}, universe);
const index = createSearchIndex(dataset.entities);

describe('search over the listed universe', () => {
  it('finds a Japanese company by its Tokyo code and by name', () => {
    expect(index.search('7203', 3)[0]).toMatchObject({ entityId: 'toyota', rank: 'ticker' });
    expect(index.search('6758', 3)[0]!.entityId).toBe('sec-313838');
    expect(index.search('Sony Group', 3)[0]!.entityId).toBe('sec-313838');
  });

  it('resolves an import row by ticker and exchange to the company listed there', () => {
    expect(index.resolveTicker('RELIANCE', 'NSE')).toBe('x-nse-reliance');
    expect(index.resolveTicker('005930', 'KRX')).toBe('samsung-electronics');
  });

  it('has every universe company (joined or its own)', () => {
    expect(dataset.entities.length).toBeGreaterThan(10_000);
  });
});
