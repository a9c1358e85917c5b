/**
 * Entity resolution: which company of the merged view a list entry is about (docs/entity-resolution.md).
 *
 * 1. Identifiers first: ISIN, then CIK, then ticker on the entry's market (OFAC's "Equity Ticker 0728 HK").
 * 2. Then names, strictly: a normalised name of the entry (./names.ts) must *equal* a normalised name of the
 *    company — resemblance never counts ("Alphabet Inc." is not "Alphabet International DMCC") — the name must be
 *    distinctive (two words or more, or one word that is not an ordinary word), both sides must name a country and
 *    the countries must agree, and exactly one company may carry it. A company with no known country (an SEC
 *    listing) therefore resolves only through its identifiers.
 * 3. A parent's listing reaches a subsidiary only where the list's own rules say so (OFAC's 50 % rule, EU and UK
 *    ownership rules, the FCC Covered List's "subsidiaries and affiliates"), through the curated `ownership.parentId`.
 */
import { isCommonWord } from '../detect/words';
import type { Listing, RestrictedList } from '../exposure/schema';
import { nameKeys } from './names';
import type { ListRecord } from './types';

/** What resolution needs of a company. */
export interface ResolvableEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Names that are ordinary words ("Apple"): never used to resolve. */
  ambiguousNames?: readonly string[];
  hq?: string;
  incorporated?: string;
  listings: readonly Pick<Listing, 'ticker' | 'exchange' | 'isin'>[];
  cik?: number;
  ownership?: { parentId?: string };
}

export type LinkMethod = 'isin' | 'cik' | 'ticker' | 'name' | 'parent';

export interface Link {
  entityId: string;
  record: ListRecord;
  method: LinkMethod;
  /** The identifier or normalised name that linked them; for `parent`, the listed parent's id. */
  via: string;
}

/**
 * Lists whose legal effect reaches companies the listed one owns or controls, so a subsidiary is flagged through its
 * parent. OFAC SDN: the 50 % rule (blocked property). EU and UK asset freezes: owned or controlled entities are
 * frozen too. FCC Covered List: entries name the company "and its subsidiaries and affiliates". Not NS-CMIC (OFAC
 * FAQ 899: only listed entities), not 1260H, the Entity List (BIS's 2025 affiliates rule is suspended), MEU or UFLPA.
 */
export const REACHES_SUBSIDIARIES: Readonly<Record<RestrictedList, boolean>> = {
  'ofac-sdn': true,
  'eu-sanctions': true,
  'uk-sanctions': true,
  'fcc-covered': true,
  'ofac-ns-cmic': false,
  'dod-1260h': false,
  'bis-entity-list': false,
  'bis-meu': false,
  'dhs-uflpa': false,
  // Directive entries reach entities owned 50% or more by the listed one (OFAC's 50% rule applies to directives).
  'ofac-directive': true,
  // §889 and §5949 extend to "any subsidiary or affiliate" of the companies they name.
  'ndaa-procurement': true,
  // An order names the goods of the producer it lists; a parent's order does not reach a sister company.
  'cbp-wro': false,
  // MOFCOM's and the MFA's announcements name legal entities; none extends to owned companies.
  'cn-export-control': false,
  'cn-unreliable-entity': false,
  'cn-countermeasures': false,
};

/** Bloomberg market codes in OFAC's remarks → the exchanges GeoLens's data uses. */
export const MARKET_EXCHANGES: Readonly<Record<string, readonly string[]>> = {
  US: ['NYSE', 'NASDAQ', 'CBOE', 'OTC', 'US', 'NYSE AMERICAN', 'AMEX'],
  HK: ['HKEX'],
  CH: ['SSE', 'SZSE'],
  CN: ['SSE', 'SZSE'],
  C1: ['SSE'],
  C2: ['SZSE'],
  TT: ['TWSE', 'TPEX'],
  JP: ['TYO'],
  JT: ['TYO'],
  LN: ['LSE'],
  RM: ['MOEX'],
};

/** One spelling of a symbol: "BRK-B" = "BRK.B"; numeric codes lose leading zeros ("0728" = "728"). */
export function symbolKey(symbol: string): string {
  const upper = symbol.trim().toUpperCase().replace(/[-/]/g, '.');
  return /^\d+$/.test(upper) ? String(Number(upper)) : upper;
}

/** A name is distinctive enough to resolve on when it has two words, or one word that is not an ordinary word. */
export function isDistinctive(key: string): boolean {
  const words = key.split(' ');
  if (words.length >= 2) return key.length >= 6;
  return key.length >= 4 && !isCommonWord(key) && !/^\d+$/.test(key);
}

export interface Resolver {
  /** The companies this entry is about (empty when none, or when a name is ambiguous). */
  resolve(record: ListRecord): Link[];
  /** Adds the subsidiaries the lists' ownership rules reach. */
  withSubsidiaries(links: readonly Link[]): Link[];
}

export interface ResolutionStats {
  byMethod: Record<LinkMethod, number>;
  /** Entries whose name matched more than one company: not linked. */
  ambiguous: number;
  /** Name matches refused because the countries disagree. */
  countryConflicts: number;
}

export function createResolver(entities: readonly ResolvableEntity[], stats?: ResolutionStats): Resolver {
  const byIsin = new Map<string, string[]>();
  const byCik = new Map<number, string[]>();
  const byTicker = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const byId = new Map<string, ResolvableEntity>();
  const children = new Map<string, string[]>();
  const push = <K>(m: Map<K, string[]>, k: K, id: string) => {
    const list = m.get(k);
    if (!list) m.set(k, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const e of entities) {
    byId.set(e.id, e);
    if (e.cik !== undefined) push(byCik, e.cik, e.id);
    for (const l of e.listings) {
      if (l.isin) push(byIsin, l.isin, e.id);
      push(byTicker, `${l.exchange.toUpperCase()}:${symbolKey(l.ticker)}`, e.id);
    }
    const ambiguous = new Set(e.ambiguousNames ?? []);
    for (const key of nameKeys(e.name, ...e.aliases.filter((a) => !ambiguous.has(a)))) {
      if (isDistinctive(key)) push(byName, key, e.id);
    }
    if (e.ownership?.parentId) push(children, e.ownership.parentId, e.id);
  }

  const hasWords = (e: ResolvableEntity, words: string) =>
    [...nameKeys(e.name, ...e.aliases)].some((k) => ` ${k} `.includes(` ${words} `));
  const countriesOf = (e: ResolvableEntity) => [e.hq, e.incorporated].filter((c): c is string => !!c);

  const link = (ids: readonly string[], record: ListRecord, method: LinkMethod, via: string): Link[] =>
    ids.map((entityId) => ({ entityId, record, method, via }));

  return {
    resolve(record) {
      for (const isin of record.isins ?? []) {
        const ids = byIsin.get(isin);
        if (ids) return link(ids, record, 'isin', isin);
      }
      if (record.cik !== undefined) {
        const ids = byCik.get(record.cik);
        if (ids) return link(ids, record, 'cik', String(record.cik));
      }
      const keys = nameKeys(record.name, ...record.aliases);
      for (const t of record.tickers ?? []) {
        for (const ex of Object.hasOwn(MARKET_EXCHANGES, t.market) ? MARKET_EXCHANGES[t.market]! : []) {
          const ids = byTicker.get(`${ex}:${symbolKey(t.symbol)}`);
          if (!ids) continue;
          // Tickers are reused after a delisting (OFAC's remarks keep old ADR symbols): the company must also share
          // the first word of one of the entry's names, and agree on the country when it has one.
          const ok = ids.filter((id) => {
            const e = byId.get(id)!;
            const own = [...nameKeys(e.name, ...e.aliases)].map((k) => k.split(' ')[0]);
            const theirs = [...keys].map((k) => k.split(' ')[0]);
            const cs = countriesOf(e);
            const countryOk =
              cs.length === 0 || record.countries.length === 0 || cs.some((c) => record.countries.includes(c));
            return countryOk && own.some((w) => theirs.includes(w));
          });
          if (ok.length) return link(ok, record, 'ticker', `${t.symbol} ${t.market}`);
        }
      }
      const found = new Map<string, string>();
      let conflicts = 0;
      const primary = nameKeys(record.name);
      for (const key of keys) {
        if (!isDistinctive(key)) continue;
        // An alias that is the entry's own name without its first word ("Yantai iRay Technology" → "iRay
        // Technology") is how Chinese firms drop their city; another firm may carry exactly that shorter name, so
        // the company must also carry the dropped word somewhere in its names.
        const dropped = [...primary]
          .map((p) => (p !== key && p.endsWith(` ${key}`) ? p.slice(0, -key.length - 1) : undefined))
          .find(Boolean);
        for (const id of byName.get(key) ?? []) {
          // Names resolve only when both sides name a country and they agree: the measured false links were all
          // names without a country on one side (an SDN "Crown Resorts Co Ltd" is not the Australian casino).
          const cs = countriesOf(byId.get(id)!);
          if (cs.length === 0 || record.countries.length === 0) continue;
          if (!cs.some((c) => record.countries.includes(c))) {
            conflicts++;
            continue;
          }
          if (dropped && !hasWords(byId.get(id)!, dropped)) continue;
          if (!found.has(id)) found.set(id, key);
        }
      }
      if (stats) stats.countryConflicts += found.size === 0 && conflicts > 0 ? 1 : 0;
      if (found.size > 1) {
        if (stats) stats.ambiguous++;
        return [];
      }
      return [...found].map(([entityId, key]) => ({ entityId, record, method: 'name' as const, via: key }));
    },
    withSubsidiaries(links) {
      const out = [...links];
      const seen = new Set(links.map((l) => `${l.entityId}|${l.record.list}`));
      const queue = links.filter((l) => REACHES_SUBSIDIARIES[l.record.list]);
      while (queue.length) {
        const l = queue.shift()!;
        for (const child of children.get(l.entityId) ?? []) {
          const key = `${child}|${l.record.list}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const derived: Link = { entityId: child, record: l.record, method: 'parent', via: l.entityId };
          out.push(derived);
          queue.push(derived);
        }
      }
      return out;
    },
  };
}

export function emptyStats(): ResolutionStats {
  return { byMethod: { isin: 0, cik: 0, ticker: 0, name: 0, parent: 0 }, ambiguous: 0, countryConflicts: 0 };
}

/** Resolves every entry; counts methods into `stats`. */
export function resolveRecords(
  entities: readonly ResolvableEntity[],
  records: readonly ListRecord[],
  stats: ResolutionStats = emptyStats(),
): Link[] {
  const resolver = createResolver(entities, stats);
  const direct = records.flatMap((r) => resolver.resolve(r));
  const all = resolver.withSubsidiaries(direct);
  for (const l of all) stats.byMethod[l.method]++;
  return all;
}
