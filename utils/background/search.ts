/**
 * Search-to-add and import resolution over the merged dataset: a ticker or the start of a name finds the company.
 * Built once per dataset (names and tickers do not change with the weights). Pure: no browser APIs.
 */

import { MATCH_RANKS, type MatchRank, type SearchResult } from '../messaging/views';
import type { MergedEntity as Entity } from '../sources/merged-dataset';
import { type EntityCache, shortNameOf } from './entity-cache';

export interface SearchHit {
  entityId: string;
  rank: MatchRank;
  /** The ticker or name that matched, as the dataset writes it. */
  matched: string;
}

export interface SearchIndex {
  /** Best hits first, at most `limit`. An empty or blank query finds nothing. */
  search(query: string, limit: number): SearchHit[];
  /** The company trading under a symbol; with an exchange, the listing there wins. */
  resolveTicker(symbol: string, exchange?: string): string | undefined;
  /** The company with exactly this name or alias (case and accents ignored). */
  resolveName(name: string): string | undefined;
}

/** Lower case, accents removed, spaces collapsed: "Nestlé  SA" → "nestle sa". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One spelling of a symbol: "BRK-B", "brk/b" and "BRK.B" are one; Hong Kong codes lose leading zeros. */
export function foldSymbol(symbol: string): string {
  const upper = symbol.trim().toUpperCase().replace(/[-/]/g, '.');
  return /^\d+$/.test(upper) ? String(Number(upper)) : upper;
}

/** What people type before a symbol: "$BABA", "NYSE: BABA", "9988.HK" is left alone. */
function stripTickerDecoration(query: string): string {
  return query
    .trim()
    .replace(/^\$/, '')
    .replace(/^[A-Za-z ]{2,12}:\s*/, '');
}

interface Named {
  entityId: string;
  /** Folded name, and the folded words after the first. */
  folded: string;
  words: string[];
  original: string;
}

interface Listed {
  entityId: string;
  symbol: string;
  exchange: string;
  original: string;
  primary: boolean;
}

export function createSearchIndex(entities: readonly Entity[]): SearchIndex {
  const names: Named[] = [];
  const listings: Listed[] = [];
  const byName = new Map<string, string>();
  const bySymbol = new Map<string, Listed[]>();
  const order = new Map<string, { length: number; label: string }>();

  for (const entity of entities) {
    const label = shortNameOf(entity);
    order.set(entity.id, { length: label.length, label });
    const seen = new Set<string>();
    for (const name of [entity.name, ...entity.aliases]) {
      const folded = fold(name);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      names.push({ entityId: entity.id, folded, words: folded.split(/[\s\-–&.,()/]+/).slice(1), original: name });
      if (!byName.has(folded)) byName.set(folded, entity.id);
    }
    entity.listings.forEach((l, i) => {
      const listed = {
        entityId: entity.id,
        symbol: foldSymbol(l.ticker),
        exchange: l.exchange.toUpperCase(),
        original: l.ticker,
        primary: l.primary ?? i === 0,
      };
      listings.push(listed);
      const list = bySymbol.get(listed.symbol) ?? [];
      list.push(listed);
      // The primary listing first, so a bare symbol resolves to the company it belongs to.
      list.sort((a, b) => Number(b.primary) - Number(a.primary));
      bySymbol.set(listed.symbol, list);
    });
  }

  return {
    search(query, limit) {
      const q = fold(query);
      if (!q || limit <= 0) return [];
      const symbol = foldSymbol(stripTickerDecoration(query));
      const best = new Map<string, SearchHit>();
      const offer = (entityId: string, rank: MatchRank, matched: string) => {
        const had = best.get(entityId);
        if (!had || MATCH_RANKS.indexOf(rank) < MATCH_RANKS.indexOf(had.rank))
          best.set(entityId, { entityId, rank, matched });
      };
      if (symbol && /^[A-Z0-9.]{1,12}$/.test(symbol)) {
        for (const l of listings) {
          if (l.symbol === symbol) offer(l.entityId, 'ticker', l.original);
          else if (l.symbol.startsWith(symbol)) offer(l.entityId, 'ticker-prefix', l.original);
        }
      }
      for (const n of names) {
        if (n.folded === q) offer(n.entityId, 'name', n.original);
        else if (n.folded.startsWith(q)) offer(n.entityId, 'name-prefix', n.original);
        else if (q.length >= 2 && n.words.some((w) => w.startsWith(q))) offer(n.entityId, 'word-prefix', n.original);
      }
      return [...best.values()]
        .sort((a, b) => {
          const byRank = MATCH_RANKS.indexOf(a.rank) - MATCH_RANKS.indexOf(b.rank);
          if (byRank) return byRank;
          const oa = order.get(a.entityId);
          const ob = order.get(b.entityId);
          return (oa?.length ?? 0) - (ob?.length ?? 0) || (oa?.label ?? '').localeCompare(ob?.label ?? '');
        })
        .slice(0, limit);
    },
    resolveTicker(symbol, exchange) {
      const hits = bySymbol.get(foldSymbol(stripTickerDecoration(symbol)));
      if (!hits?.length) return undefined;
      const ex = exchange?.trim().toUpperCase();
      return (ex ? hits.find((h) => h.exchange === ex) : undefined)?.entityId ?? hits[0]?.entityId;
    },
    resolveName: (name) => byName.get(fold(name)),
  };
}

/** One search index per dataset, built on first use (names and tickers do not change with the weights). */
export function createSearchIndexes(): (cache: EntityCache) => SearchIndex {
  const indexes = new WeakMap<EntityCache['dataset'], SearchIndex>();
  return (c) => {
    let index = indexes.get(c.dataset);
    if (!index) {
      index = createSearchIndex(c.dataset.entities);
      indexes.set(c.dataset, index);
    }
    return index;
  };
}

/** Search hits as the popup shows them: scored, banded, with the primary listing and the watchlist flag. */
export function searchResults(
  c: EntityCache,
  index: SearchIndex,
  query: string,
  limit: number,
  watched: ReadonlySet<string>,
): SearchResult[] {
  return index.search(query, limit).flatMap((hit) => {
    const entity = c.get(hit.entityId);
    const score = c.score(hit.entityId);
    const band = c.band(hit.entityId);
    if (!entity || score === undefined || !band) return [];
    const listing = c.primaryListing(hit.entityId);
    return [
      {
        entityId: hit.entityId,
        name: entity.name,
        shortName: shortNameOf(entity),
        ...(listing ? { ticker: listing.ticker, exchange: listing.exchange } : {}),
        score,
        band,
        ...(c.assessed(hit.entityId) === false ? { assessed: false } : {}),
        inWatchlist: watched.has(hit.entityId),
        matched: hit.matched,
        rank: hit.rank,
      },
    ];
  });
}
