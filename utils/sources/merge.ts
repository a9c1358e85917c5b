/**
 * The merged view: the embedded snapshot plus every enabled live source, as one dataset the entity cache, the
 * lookups and the detection dictionary come from. Rebuilt whenever a source's stored data changes
 * (./refresh.ts → the cache manager's `setDataset`).
 *
 * - Custom feeds add companies, or add factors and names to a company with the same id.
 * - SEC rows add every US listing to detection through utils/detect/sec-listings.ts (names and tickers); a row whose ticker
 *   is a known company's listing joins that company, every other company becomes `sec-<cik>`.
 * - List entries become `restricted-listing` factors on the company entity resolution (./resolution.ts) links them
 *   to; a company already carrying a factor for that list keeps its own (curated evidence is richer).
 * - OpenSanctions match hits become factors only where a name of the company equals a name of the hit.
 */

import { buildDictionary } from '../detect/dictionary';
import { compilePackedMatcher } from '../detect/matcher';
import { type PackedDictionary, packDictionary, prepareDictionary } from '../detect/prepare';
import type { SecRow } from '../detect/sec-listings';
import { listSeverity, RESTRICTED_LIST_META } from '../exposure/restricted-lists';
import type { Dataset, Evidence, Factor, RestrictedList } from '../exposure/schema';
import { SourceError } from './http';
import { isDetectableAlias, MAX_PACKED_CHARS } from './limits';
import { mergeSec } from './merge-sec';
import { joinUniverse, withUniverseEntries } from './merge-universe';
import type { MergedDataset, MergedEntity } from './merged-dataset';
import { nameKeys } from './names';
import { emptyStats, type Link, type ResolutionStats, resolveRecords } from './resolution';
import type { ListRecord, MatchHit } from './types';
import { UNIVERSE_SCREENED_LISTS } from './universe-factors';
import type { Universe } from './universe-format';

export interface SourceInfo {
  id: string;
  /** Shown on cards ("Sources") and in options. */
  name: string;
  publisher: string;
  /** Where the data was downloaded from; used as evidence when it is an https URL. */
  url: string;
  /** YYYY-MM-DD of the stored data. */
  asOf: string;
}

export interface MergeInput {
  embedded: Dataset;
  feeds: (SourceInfo & { dataset: Dataset })[];
  /** The listed universe, part of the embedded snapshot (./universe.ts); absent in a build without the file. */
  universe?: Universe;
  sec?: SourceInfo & { rows: SecRow[] };
  lists: (SourceInfo & { records: ListRecord[] })[];
  matches: (SourceInfo & { hits: MatchHit[] })[];
}

export interface MergeReport {
  /** Per source: companies it put a factor on (directly or through a parent) and factors it added. */
  perSource: Record<string, { flagged: number; factors: number }>;
  resolution: ResolutionStats;
  entities: number;
  ms: number;
}

function evidenceFor(source: SourceInfo, list: RestrictedList): Evidence {
  const official = RESTRICTED_LIST_META[list].official;
  // Evidence links open in the user's browser: only https. A local test server or yente over http falls back to
  // the list's official page.
  const https = /^https:\/\/[^\s]+$/.test(source.url);
  return {
    title: `${official.title} (via ${source.name})`,
    publisher: source.publisher,
    url: https ? source.url : official.url,
    date: source.asOf,
  };
}

function factorFor(link: Link, source: SourceInfo, parentName?: string): Factor {
  const meta = RESTRICTED_LIST_META[link.record.list];
  const entry = link.record.name;
  const direct = link.method !== 'parent';
  const scope = link.record.partial ? ' (an entry limited to some items or uses)' : '';
  return {
    kind: 'restricted-listing',
    severity: listSeverity(link.record.list, { partial: link.record.partial }),
    // Through a parent the list's ownership rule applies, but the ownership share is not checked here.
    status: direct ? 'confirmed' : 'proposed',
    direction: 'risk',
    summary: direct
      ? `On the ${meta.label} as “${entry}” (${source.name})${scope}: ${meta.effect}.`
      : `Owned by ${parentName ?? 'a company'} (on the ${meta.label} as “${entry}”${scope}); the list’s ownership rule reaches companies it controls: ${meta.effect}.`,
    list: link.record.list,
    listEntry: entry,
    ...(link.record.since ? { since: link.record.since } : {}),
    evidence: [evidenceFor(source, link.record.list)],
  };
}

/** Copy-on-write: universe and SEC entities share one `sources` array per source. */
function addSource(e: MergedEntity, name: string) {
  if (!e.sources) e.sources = [name];
  else if (!e.sources.includes(name)) e.sources = [...e.sources, name];
}

/** A stable short hash (FNV-1a) for version strings. */
export function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Characters of a packed dictionary (what each tab receives). */
export function packedSize(p: PackedDictionary): number {
  let n = 0;
  for (const v of Object.values(p)) if (typeof v === 'string') n += v.length;
  return n;
}

/**
 * Packs the dictionary, then reads it back and compiles it as a tab does (`compilePackedMatcher`): a view whose
 * dictionary no tab could use is never built. Throws a {@link SourceError} naming what failed.
 */
function packedAndChecked(entries: Parameters<typeof prepareDictionary>[0]): PackedDictionary {
  let packed: PackedDictionary;
  try {
    const prepared = prepareDictionary(entries);
    packed = packDictionary(prepared);
    const size = packedSize(packed);
    if (size > MAX_PACKED_CHARS)
      throw new SourceError(
        'oversize',
        `The detection dictionary would be ${size.toLocaleString('en')} characters, over the ${MAX_PACKED_CHARS.toLocaleString('en')} limit`,
      );
    const matcher = compilePackedMatcher(packed);
    // The names and symbols a tab reads back must be the ones packed (a line break inside one shifts them all).
    const back = unpackCounts(packed);
    if (
      back.names !== prepared.patText.length ||
      back.symbols !== prepared.listSymbol.length ||
      back.exchanges !== new Set(prepared.listExchange).size ||
      !matcher
    )
      throw new Error('the packed dictionary does not read back as written');
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError('malformed', `The detection dictionary could not be built: ${(err as Error).message}`);
  }
  return packed;
}

function unpackCounts(p: PackedDictionary): { names: number; symbols: number; exchanges: number } {
  const lines = (s: string) => (s ? s.split('\n').length : 0);
  return { names: lines(p.names), symbols: lines(p.symbols), exchanges: lines(p.exchanges) };
}

/** Adds a feed's companies and factors to the merged ones; answers what it contributed. */
function mergeFeed(
  feed: MergeInput['feeds'][number],
  entities: MergedEntity[],
  byId: Map<string, MergedEntity>,
): MergeReport['perSource'][string] {
  let factors = 0;
  const flagged = new Set<string>();
  for (const raw of feed.dataset.entities) {
    // A feed's alias "The" or "AB" must not become a company on every page: too short or one common word, it is
    // not a name to detect (the same word filter as SEC names).
    const fe = {
      ...raw,
      aliases: raw.aliases.filter(isDetectableAlias),
      // A name that is one common word ("Target") is detected only with a cue nearby, like a curated one.
      ambiguousNames:
        isDetectableAlias(raw.name) || raw.ambiguousNames.includes(raw.name)
          ? raw.ambiguousNames
          : [...raw.ambiguousNames, raw.name],
    };
    const known = byId.get(fe.id);
    if (!known) {
      const e: MergedEntity = { ...fe, factors: [...fe.factors], sources: [feed.name] };
      entities.push(e);
      byId.set(e.id, e);
      factors += fe.factors.length;
      if (fe.factors.length) flagged.add(fe.id);
      continue;
    }
    addSource(known, feed.name);
    known.aliases = [...new Set([...known.aliases, ...fe.aliases])];
    const listings = new Set(known.listings.map((l) => `${l.exchange}:${l.ticker}`));
    known.listings = [...known.listings, ...fe.listings.filter((l) => !listings.has(`${l.exchange}:${l.ticker}`))];
    const have = new Set(known.factors.map((f) => `${f.kind}|${f.list ?? ''}|${f.summary}`));
    for (const f of fe.factors) {
      if (have.has(`${f.kind}|${f.list ?? ''}|${f.summary}`)) continue;
      known.factors.push(f);
      factors++;
      flagged.add(fe.id);
    }
  }
  return { flagged: flagged.size, factors };
}

export function mergeSources(input: MergeInput, version: string): { dataset: MergedDataset; report: MergeReport } {
  const started = performance.now();
  const embeddedName = input.embedded.source.name;
  const entities: MergedEntity[] = input.embedded.entities.map((e) => ({
    ...e,
    factors: [...e.factors],
    sources: [embeddedName],
  }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const perSource: MergeReport['perSource'] = {};

  for (const feed of input.feeds) perSource[feed.id] = mergeFeed(feed, entities, byId);

  // The universe joins or adds its companies before the dictionary is built, so joined ones detect by its listings.
  const curatedCount = entities.length;
  const universe = input.universe ? joinUniverse(input.universe, entities, byId, addSource) : undefined;
  // Detection: curated and feed companies by their names, the universe's by the SEC naming rules, then every SEC
  // listing (utils/detect/sec-listings.ts).
  let dictionaryEntries = buildDictionary(entities.slice(0, curatedCount));
  if (universe) dictionaryEntries = withUniverseEntries(dictionaryEntries, universe);
  if (input.sec) dictionaryEntries = mergeSec(input.sec, dictionaryEntries, entities, byId, addSource);

  const resolution = emptyStats();
  for (const source of input.lists) {
    const links = resolveRecords(entities, source.records, resolution);
    let factors = 0;
    const flagged = new Set<string>();
    for (const link of links) {
      const e = byId.get(link.entityId)!;
      if (e.factors.some((f) => f.kind === 'restricted-listing' && f.list === link.record.list)) continue;
      e.factors.push(factorFor(link, source, link.method === 'parent' ? byId.get(link.via)?.name : undefined));
      addSource(e, source.name);
      factors++;
      flagged.add(e.id);
    }
    perSource[source.id] = { flagged: flagged.size, factors };
  }

  for (const source of input.matches) {
    let factors = 0;
    const flagged = new Set<string>();
    for (const hit of source.hits) {
      const e = byId.get(hit.entityId);
      if (!e) continue;
      // The API's score is not enough: one of the company's own names must equal one of the hit's names, and the
      // countries must agree when both are known.
      const own = nameKeys(e.name, ...e.aliases.filter((a) => !e.ambiguousNames.includes(a)));
      if (![...nameKeys(...hit.names)].some((k) => own.has(k))) continue;
      const cs = [e.hq, e.incorporated].filter(Boolean);
      if (cs.length && hit.countries.length && !cs.some((c) => hit.countries.includes(c!))) continue;
      if (e.factors.some((f) => f.kind === 'restricted-listing' && f.list === hit.list)) continue;
      const record: ListRecord = {
        list: hit.list,
        name: hit.names[0] ?? e.name,
        aliases: [],
        countries: hit.countries,
      };
      e.factors.push(factorFor({ entityId: e.id, record, method: 'name', via: hit.ref }, source));
      addSource(e, source.name);
      factors++;
      flagged.add(e.id);
    }
    perSource[source.id] = { flagged: flagged.size, factors };
  }

  const asOf = [
    input.embedded.asOf,
    ...[...input.feeds, ...input.lists, ...input.matches].map((s) => s.asOf),
    input.sec?.asOf,
    input.universe?.asOf,
  ]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)!;
  const dataset: MergedDataset = {
    schemaVersion: 2,
    asOf,
    source: {
      ...input.embedded.source,
      name: input.embedded.source.name,
    },
    entities,
    version,
    packed: packedAndChecked(dictionaryEntries),
    // Whole lists are resolved against every company, SEC-only ones included. The match API is not named: it screens
    // only curated companies, at most MAX_SCREENED of them (merged-view.ts `screened()`).
    screened: [...new Set(input.lists.map((s) => s.name))],
    ...(input.universe ? { screenedOffline: UNIVERSE_SCREENED_LISTS.map((l) => RESTRICTED_LIST_META[l].label) } : {}),
  };
  return {
    dataset,
    report: { perSource, resolution, entities: entities.length, ms: Math.round(performance.now() - started) },
  };
}
