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
const NISSAN = 'x-tyo-7201';
const MUFG = 'sec-67088';
const RELIANCE_INDUSTRIES = 'x-nse-reliance';
const WINGTECH = 'x-sse-600745';

beforeEach(() => fakeBrowser.reset());

describe('watchlist with universe companies', () => {
  it('adds a universe company with its home ticker and a score from its country; removes it', async () => {
    const service = watchlistServiceOver(() => cache);
    await service.add(NISSAN);
    const [entry] = (await readWatchlist()).entries;
    expect(entry).toMatchObject({ entityId: NISSAN, ticker: '7201', scoreAtAdd: cache.score(NISSAN) });
    expect(entry?.name).toBe('Nissan Motor');
    const [row] = await service.rows();
    expect(row).toMatchObject({ entityId: NISSAN, known: true, ticker: '7201', exchange: 'TYO' });
    // Scored on its country: not the "Not assessed" row of a company known only as a listing.
    expect(row?.assessed).not.toBe(false);
    expect(row?.score).toBeGreaterThan(0);
    await service.remove(NISSAN);
    expect((await readWatchlist()).entries).toEqual([]);
  });

  it('imports rows by ticker and exchange to the company listed there, not a namesake elsewhere', async () => {
    const service = watchlistServiceOver(() => cache);
    const outcome = await service.import([
      { line: 2, ticker: 'RELIANCE', exchange: 'NSE' },
      { line: 3, ticker: '7201', exchange: 'TYO' },
      { line: 4, ticker: '600745', exchange: 'SSE' },
      { line: 5, ticker: '8306', exchange: 'TYO' },
    ]);
    expect(outcome.results.map((r) => [r.line, r.status, r.entityId])).toEqual([
      [2, 'added', RELIANCE_INDUSTRIES],
      [3, 'added', NISSAN],
      [4, 'added', WINGTECH],
      [5, 'added', MUFG],
    ]);
    // Reliance, Inc. (NYSE: RS), the US metals company, is another company.
    expect(RELIANCE_INDUSTRIES).not.toBe(index.resolveTicker('RS', 'NYSE'));
    const again = await service.import([{ line: 2, ticker: '7201', exchange: 'TYO' }]);
    expect(again.results[0]).toMatchObject({ status: 'already', entityId: NISSAN });
    expect((await readWatchlist()).entries.map((e) => e.entityId)).toEqual([
      RELIANCE_INDUSTRIES,
      NISSAN,
      WINGTECH,
      MUFG,
    ]);
  });
});

describe('page summary with universe companies', () => {
  it('lists a universe company with its ticker and score, and badges one on an official list', async () => {
    const pages = createPageSummaries(Promise.resolve(cache));
    await pages.report(11, 0, [MUFG, WINGTECH, 'alibaba']);
    const summary = await pages.summary(11);
    expect(summary.entities.map((e) => e.entityId).sort()).toEqual(['alibaba', MUFG, WINGTECH].sort());
    const mufg = summary.entities.find((e) => e.entityId === MUFG);
    expect(mufg).toMatchObject({
      shortName: 'Mitsubishi UFJ Financial Group',
      name: 'Mitsubishi UFJ Financial Group, Inc.',
      ticker: '8306',
    });
    expect(mufg?.score).toBe(cache.score(MUFG));
    // Wingtech is on the BIS Entity List (resolved at build time): High or Severe like Alibaba, so both badge.
    expect(cache.band(WINGTECH)).toMatch(/High|Severe/);
    expect(summary.highRisk).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe('2');
  });
});

describe('search-to-add over the universe', () => {
  it('finds Sony by name (curated under its universe id) and Toyota and Nissan by their Tokyo codes', () => {
    expect(index.search('Sony', 5)[0]?.entityId).toBe('sec-313838');
    expect(index.search('7203', 3)[0]).toMatchObject({ entityId: 'toyota', rank: 'ticker' });
    expect(index.search('7201', 3)[0]).toMatchObject({ entityId: NISSAN, rank: 'ticker' });
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
    const card = await manager.card(NISSAN, async () => false);
    expect(lookupsDone).toBe(1);
    expect(card).toMatchObject({ entityId: NISSAN, coverage: 'listing', assessed: true, hq: 'JP' });
    expect(card?.risks.map((f) => f.kind)).toEqual(['jurisdiction']);
    expect(card?.risks[0]?.summary).toMatch(/headquartered in Japan/);
    expect(card?.screenedOffline?.length).toBeGreaterThan(0);
    // The same numbers as the warm path gives.
    const warm = createEntityCache(stored);
    expect(card?.score).toBe(warm.score(NISSAN));
  });
});
