// @vitest-environment node
/**
 * The background's services over the default merged view with the real listed universe (public/data/universe.json):
 * the watchlist (add, remove, import by ticker + exchange), the page summary, search-to-add, and the cold lookup of
 * a universe company by a restarted service worker, from the stored view (ADR 0006).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCacheManager } from '@/utils/background/cache-manager';
import { createEntityCache } from '@/utils/background/entity-cache';
import { createPageSummaries } from '@/utils/background/page-summary';
import { createSearchIndex } from '@/utils/background/search';
import { parseUniverse } from '@/utils/sources/universe-format';
import { readWatchlist } from '@/utils/storage';
import { managerForTests } from '../sources/helpers';
import { watchlistServiceOver } from '../support/services';
import { mergeDefault } from '../support/universe';

const universe = parseUniverse(JSON.parse(readFileSync('public/data/universe.json', 'utf8')));
const { dataset } = mergeDefault({}, universe);
const cache = createEntityCache(dataset);
const index = createSearchIndex(dataset.entities);

/** Companies only the listed universe knows (no curated profile). */
const NIPPON_STEEL = 'x-tyo-5401';
const SONY = 'sec-313838';
const RELIANCE_INDUSTRIES = 'x-nse-reliance';
const WINGTECH = 'x-sse-600745';

beforeEach(() => fakeBrowser.reset());

describe('watchlist with universe companies', () => {
  it('adds a universe company with its home ticker and a score from its country; removes it', async () => {
    const service = watchlistServiceOver(() => cache);
    await service.add(NIPPON_STEEL);
    const [entry] = (await readWatchlist()).entries;
    expect(entry).toMatchObject({ entityId: NIPPON_STEEL, ticker: '5401', scoreAtAdd: cache.score(NIPPON_STEEL) });
    expect(entry?.name).toBe('Nippon Steel');
    const [row] = await service.rows();
    expect(row).toMatchObject({ entityId: NIPPON_STEEL, known: true, ticker: '5401', exchange: 'TYO' });
    // Scored on its country: not the "Not assessed" row of a company known only as a listing.
    expect(row?.assessed).not.toBe(false);
    expect(row?.score).toBeGreaterThan(0);
    await service.remove(NIPPON_STEEL);
    expect((await readWatchlist()).entries).toEqual([]);
  });

  it('imports rows by ticker and exchange to the company listed there, not a namesake elsewhere', async () => {
    const service = watchlistServiceOver(() => cache);
    const outcome = await service.import([
      { line: 2, ticker: 'RELIANCE', exchange: 'NSE' },
      { line: 3, ticker: '5401', exchange: 'TYO' },
      { line: 4, ticker: '600745', exchange: 'SSE' },
      { line: 5, ticker: '6758', exchange: 'TYO' },
    ]);
    expect(outcome.results.map((r) => [r.line, r.status, r.entityId])).toEqual([
      [2, 'added', RELIANCE_INDUSTRIES],
      [3, 'added', NIPPON_STEEL],
      [4, 'added', WINGTECH],
      [5, 'added', SONY],
    ]);
    // Reliance, Inc. (NYSE: RS), the US metals company, is another company.
    expect(RELIANCE_INDUSTRIES).not.toBe(index.resolveTicker('RS', 'NYSE'));
    const again = await service.import([{ line: 2, ticker: '5401', exchange: 'TYO' }]);
    expect(again.results[0]).toMatchObject({ status: 'already', entityId: NIPPON_STEEL });
    expect((await readWatchlist()).entries.map((e) => e.entityId)).toEqual([
      RELIANCE_INDUSTRIES,
      NIPPON_STEEL,
      WINGTECH,
      SONY,
    ]);
  });
});

describe('page summary with universe companies', () => {
  it('lists a universe company with its ticker and score, and badges one on an official list', async () => {
    const pages = createPageSummaries(Promise.resolve(cache));
    await pages.report(11, 0, [SONY, WINGTECH, 'alibaba']);
    const summary = await pages.summary(11);
    expect(summary.entities.map((e) => e.entityId).sort()).toEqual(['alibaba', SONY, WINGTECH].sort());
    const sony = summary.entities.find((e) => e.entityId === SONY);
    expect(sony).toMatchObject({ shortName: 'Sony Group', name: 'Sony Group Corporation', ticker: '6758' });
    expect(sony?.score).toBe(cache.score(SONY));
    // Wingtech is on the BIS Entity List (resolved at build time): High or Severe like Alibaba, so both badge.
    expect(cache.band(WINGTECH)).toMatch(/High|Severe/);
    expect(summary.highRisk).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe('2');
  });
});

describe('search-to-add over the universe', () => {
  it('finds Sony by name and Toyota by its Tokyo code', () => {
    expect(index.search('Sony', 5).map((s) => s.entityId)).toContain(SONY);
    expect(index.search('Sony', 5)[0]?.entityId).toBe(SONY);
    expect(index.search('7203', 3)[0]).toMatchObject({ entityId: 'toyota', rank: 'ticker' });
    expect(index.search('5401', 3)[0]).toMatchObject({ entityId: NIPPON_STEEL, rank: 'ticker' });
  });
});

describe('cold lookup of a universe company after a service-worker restart', () => {
  it('answers from the one stored entity, with its country factor and the listing-only coverage', async () => {
    // A first worker builds and stores the merged view with the universe.
    const first = managerForTests({ loadUniverse: async () => universe });
    const stored = await first.manager.loadMerged();
    // A restarted worker: a new manager over the same store, whose whole view never finishes loading here.
    const restarted = managerForTests({ store: first.store, loadUniverse: async () => universe });
    let lookupsDone = 0;
    const manager = createCacheManager(
      () => new Promise(() => undefined),
      async () => ({}),
      {
        storedEntity: (id) => restarted.manager.storedEntity(id),
        coldLookupDone: () => {
          lookupsDone++;
        },
      },
    );
    const card = await manager.card(NIPPON_STEEL, async () => false);
    expect(lookupsDone).toBe(1);
    expect(card).toMatchObject({ entityId: NIPPON_STEEL, coverage: 'listing', assessed: true, hq: 'JP' });
    expect(card?.risks.map((f) => f.kind)).toEqual(['jurisdiction']);
    expect(card?.risks[0]?.summary).toMatch(/headquartered in Japan/);
    expect(card?.screenedOffline?.length).toBeGreaterThan(0);
    // The same numbers as the warm path gives.
    const warm = createEntityCache(stored);
    expect(card?.score).toBe(warm.score(NIPPON_STEEL));
  });
});
