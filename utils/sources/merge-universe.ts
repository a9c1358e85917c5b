/**
 * The listed universe in the merged view (after the feeds, before the SEC source). Each company either joins a
 * curated or feed entity — same id, same CIK, or a listing on the same market — adding its missing listings and its
 * names to detection (curated names and factors win), or becomes an entity of its own with `coverage: 'listing'`:
 * its country and the official lists it is on, nothing more (./universe-factors.ts).
 */
import { isWordSymbol } from '../detect/dictionary';
import type { DictionaryEntry } from '../detect/types';
import type { Listing } from '../exposure/schema';
import type { MergedEntity } from './merged-dataset';
import { symbolKey } from './resolution';
import { createUniverseFactors } from './universe-factors';
import { splitListing, type Universe, type UniverseCompany } from './universe-format';
import { type NameSets, nameSetsOf, sharedShortNames, withoutNames } from './universe-names';

/** US venues stand in for each other (SEC's exchange field lags moves), as in detection. */
const US_VENUES: ReadonlySet<string> = new Set(['NYSE', 'NASDAQ', 'CBOE', 'OTC', 'US']);

function listingKey(exchange: string, ticker: string): string {
  const market = exchange.toUpperCase();
  return `${US_VENUES.has(market) ? 'US' : market}:${symbolKey(ticker)}`;
}

/** The key of a universe listing (`MARKET:SYMBOL`). */
function keyOf(value: string): string {
  const { exchange, ticker } = splitListing(value);
  return listingKey(exchange, ticker);
}

/** Shared by every universe entity: nothing in the merge adds to it (feeds replace arrays, never push). */
const NO_NAMES: string[] = Object.freeze([]) as unknown as string[];

export interface UniverseJoin {
  /** Universe rows that joined a curated or feed entity, with that entity's id. */
  joined: { row: UniverseCompany; entityId: string }[];
  /** Universe rows that became entities of their own (same ids). */
  added: UniverseCompany[];
}

function indexKnown(entities: readonly MergedEntity[]) {
  const byCik = new Map<number, MergedEntity>();
  const byListing = new Map<string, MergedEntity>();
  for (const e of entities) {
    if (e.cik && !byCik.has(e.cik)) byCik.set(e.cik, e);
    for (const l of e.listings) {
      const key = listingKey(l.exchange, l.ticker);
      if (!byListing.has(key)) byListing.set(key, e);
    }
  }
  return { byCik, byListing };
}

/**
 * How many companies the embedded snapshot holds: the curated ones and the universe rows that join none of them (the
 * same test as {@link joinUniverse}, without building anything), for the source status options and the popup show.
 */
export function snapshotCompanyCount(curated: readonly MergedEntity[], universe: Universe | undefined): number {
  if (!universe) return curated.length;
  const byId = new Set(curated.map((e) => e.id));
  const { byCik, byListing } = indexKnown(curated);
  let added = 0;
  for (const [id, , , , , listings, , cik] of universe.companies) {
    const known = byId.has(id) || (cik ? byCik.has(cik) : false) || listings.some((l) => byListing.has(keyOf(l)));
    if (!known) added++;
  }
  return curated.length + added;
}

function addListings(e: MergedEntity, listings: readonly string[]) {
  const have = new Set(e.listings.map((l) => listingKey(l.exchange, l.ticker)));
  const more: Listing[] = listings.filter((l) => !have.has(keyOf(l))).map(splitListing);
  if (more.length) e.listings = [...e.listings, ...more];
}

/**
 * Joins or adds every universe company (mutating `entities` and `byId`); `addSource` records the universe source on
 * the entities it joined.
 */
export function joinUniverse(
  universe: Universe,
  entities: MergedEntity[],
  byId: Map<string, MergedEntity>,
  addSource: (e: MergedEntity, name: string) => void,
): UniverseJoin {
  const { byCik, byListing } = indexKnown(entities);
  const factors = createUniverseFactors(universe.sources, universe.asOf);
  // One `sources` array per universe source: entities share it until another source copies it (merge.ts addSource).
  const sourceNames = universe.sources.map((s) => [s.name]);
  const out: UniverseJoin = { joined: [], added: [] };
  for (const row of universe.companies) {
    const [id, name, hq, sector, source, listings, names, cik] = row;
    const known =
      byId.get(id) ?? (cik ? byCik.get(cik) : undefined) ?? listings.map((l) => byListing.get(keyOf(l))).find(Boolean);
    if (known) {
      addListings(known, listings);
      if (cik) known.cik ??= cik;
      addSource(known, universe.sources[source]!.name);
      out.joined.push({ row, entityId: known.id });
      continue;
    }
    const e: MergedEntity = {
      id,
      name,
      aliases: names,
      ambiguousNames: NO_NAMES,
      ...(hq ? { hq } : {}),
      ...(sector ? { sector } : {}),
      listings: listings.map((l, i) => ({ ...splitListing(l), ...(i === 0 ? { primary: true } : {}) })),
      ...(cik ? { cik } : {}),
      factors: factors.of(row),
      sources: sourceNames[source]!,
      coverage: 'listing',
    };
    entities.push(e);
    byId.set(id, e);
    out.added.push(row);
  }
  return out;
}

const nameKeysOf = (d: DictionaryEntry) =>
  [...d.names, ...(d.looseNames ?? []), ...(d.cautiousNames ?? []), ...(d.contextualNames ?? [])].map((n) =>
    n.toLowerCase(),
  );

function tickersOf(listings: readonly string[]): DictionaryEntry['tickers'] {
  return listings.map((l) => {
    const { exchange, ticker } = splitListing(l);
    return { symbol: ticker, exchange, ...(isWordSymbol(ticker) ? { bare: false } : {}) };
  });
}

function withNames(entry: DictionaryEntry, sets: Pick<NameSets, 'loose' | 'cautious' | 'contextual'>): DictionaryEntry {
  const add = (into: string[] | undefined, more: string[]) => (more.length ? [...(into ?? []), ...more] : into);
  const looseNames = add(entry.looseNames, sets.loose);
  const cautiousNames = add(entry.cautiousNames, sets.cautious);
  const contextualNames = add(entry.contextualNames, sets.contextual);
  return {
    ...entry,
    ...(looseNames ? { looseNames } : {}),
    ...(cautiousNames ? { cautiousNames } : {}),
    ...(contextualNames ? { contextualNames } : {}),
  };
}

/**
 * The dictionary with the universe: the curated and feed entries (those the universe joined gain its names), then
 * one entry per universe-only company. A name any curated entry has stays that entry's; a shortened name two
 * universe companies derive is nobody's (./universe-names.ts).
 */
export function withUniverseEntries(curated: readonly DictionaryEntry[], join: UniverseJoin): DictionaryEntry[] {
  const sets = new Map<UniverseCompany, NameSets>();
  for (const { row } of join.joined) sets.set(row, nameSetsOf(row));
  for (const row of join.added) sets.set(row, nameSetsOf(row));
  const shortNames = sharedShortNames([...sets.values()]);
  const curatedNames = new Set(curated.flatMap(nameKeysOf));

  const out = [...curated];
  const index = new Map(curated.map((d, i) => [d.entityId, i]));
  for (const { row, entityId } of join.joined) {
    const at = index.get(entityId);
    if (at === undefined) continue;
    // The curated entry's own names keep their classes ("Shell" stays contextual); other curated names stay theirs.
    out[at] = withNames(out[at]!, withoutNames(sets.get(row)!, shortNames, curatedNames));
  }
  for (const row of join.added) {
    const names = withoutNames(sets.get(row)!, shortNames, curatedNames);
    out.push(withNames({ entityId: row[0], names: [], tickers: tickersOf(row[5]) }, names));
  }
  return out;
}
