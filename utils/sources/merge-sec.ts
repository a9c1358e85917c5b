/**
 * The SEC live source in the merged view. Rows join the entity with their CIK first — a curated company, or the
 * listed universe's `sec-<cik>` entity, whose tickers and names they refresh — so a reused or moved ticker never
 * attaches a row to the wrong company. Only rows whose CIK no entity carries are linked by ticker
 * (utils/detect/sec-listings.ts `withSecEntries`), and only to entities without a CIK; the rest become `sec-<cik>`.
 */
import { isWordSymbol } from '../detect/dictionary';
import { SEC_TAG, type SecRow, secNameVariants, withSecEntries } from '../detect/sec-listings';
import type { DictionaryEntry } from '../detect/types';
import { US_EXCHANGES } from '../detect/vocabulary';
import type { SourceInfo } from './merge';
import type { MergedEntity } from './merged-dataset';
import { symbolKey } from './resolution';

type AddSource = (e: MergedEntity, name: string) => void;

function byCikOf(rows: readonly SecRow[]): Map<number, SecRow[]> {
  const out = new Map<number, SecRow[]>();
  for (const r of rows) {
    const list = out.get(r.cik);
    if (list) list.push(r);
    else out.set(r.cik, [r]);
  }
  return out;
}

const lower = (names: string[] | undefined) => (names ?? []).map((n) => n.toLowerCase());

/** Refreshes an entity the rows share a CIK with: its listings, and its detection tickers and names. */
function refreshByCik(e: MergedEntity, entry: DictionaryEntry | undefined, rows: readonly SecRow[]) {
  const have = new Set(e.listings.map((l) => symbolKey(l.ticker)));
  const more = rows.filter((r) => !have.has(symbolKey(r.ticker)));
  // SEC gives no exchange for some rows: "US" (the US composite market) rather than a guess.
  if (more.length)
    e.listings = [...e.listings, ...more.map((r) => ({ ticker: r.ticker, exchange: r.exchange || 'US' }))];
  if (!entry) return;
  const symbols = new Set(entry.tickers.map((t) => symbolKey(t.symbol)));
  for (const r of rows)
    if (!symbols.has(symbolKey(r.ticker)))
      entry.tickers.push({
        symbol: r.ticker,
        exchange: r.exchange,
        ...(isWordSymbol(r.ticker) ? { bare: false } : {}),
      });
  const known = new Set([
    ...entry.names.map((n) => n.toLowerCase()),
    ...lower(entry.looseNames),
    ...lower(entry.cautiousNames),
    ...lower(entry.contextualNames),
  ]);
  const v = secNameVariants(
    rows[0]!.name,
    rows.map((r) => r.ticker.toUpperCase()),
  );
  const fresh = (names: string[] | undefined) => (names ?? []).filter((n) => !known.has(n.toLowerCase()));
  for (const [field, names] of [
    ['looseNames', fresh(v.looseNames)],
    ['cautiousNames', fresh(v.cautiousNames)],
    ['contextualNames', fresh(v.contextualNames)],
  ] as const)
    if (names.length) entry[field] = [...(entry[field] ?? []), ...names];
}

/** Merges the SEC rows into the entities and the dictionary; answers the dictionary. */
export function mergeSec(
  sec: SourceInfo & { rows: SecRow[] },
  entries: readonly DictionaryEntry[],
  entities: MergedEntity[],
  byId: Map<string, MergedEntity>,
  addSource: AddSource,
): DictionaryEntry[] {
  const out = entries.map((d) => ({ ...d, tickers: [...d.tickers] }));
  const at = new Map(out.map((d, i) => [d.entityId, i]));
  const withCik = new Map<number, MergedEntity>();
  for (const e of entities) if (e.cik && !withCik.has(e.cik)) withCik.set(e.cik, e);

  const rest: SecRow[] = [];
  for (const [cik, rows] of byCikOf(sec.rows)) {
    const e = withCik.get(cik) ?? byId.get(`sec-${cik}`);
    if (!e) {
      rest.push(...rows);
      continue;
    }
    const i = at.get(e.id);
    refreshByCik(e, i === undefined ? undefined : out[i], rows);
    addSource(e, sec.name);
  }

  // By ticker, only to entities without a CIK: one with a CIK is a different company from a row with another.
  const linkable = out.flatMap((d, i) => (byId.get(d.entityId)?.cik ? [] : [i]));
  const linked = withSecEntries(
    linkable.map((i) => out[i]!),
    rest,
  );
  linkable.forEach((i, k) => {
    out[i] = linked[k]!;
  });
  const added = linked.slice(linkable.length);
  addSecEntities(sec, rest, added, entities, byId, addSource);
  return [...out, ...added];
}

/** Entities for the new `sec-<cik>` entries, and the SEC as a source (and CIK) of those rows linked by ticker. */
function addSecEntities(
  sec: SourceInfo,
  rest: readonly SecRow[],
  added: readonly DictionaryEntry[],
  entities: MergedEntity[],
  byId: Map<string, MergedEntity>,
  addSource: AddSource,
) {
  const rows = byCikOf(rest);
  const sources = [sec.name];
  for (const d of added) {
    const cik = Number(d.entityId.slice(4));
    const list = rows.get(cik);
    if (!list || byId.has(d.entityId)) continue;
    rows.delete(cik);
    const e: MergedEntity = {
      id: d.entityId,
      name: list[0]!.name.replace(SEC_TAG, '').trim(),
      aliases: [],
      ambiguousNames: [],
      listings: list.map((r) => ({ ticker: r.ticker, exchange: r.exchange || 'US' })),
      cik,
      factors: [],
      sources,
      coverage: 'listing',
    };
    entities.push(e);
    byId.set(e.id, e);
  }
  // The rows left linked by ticker to an entity without a CIK: it gets the SEC as a source, and the CIK.
  const byTicker = new Map<string, MergedEntity>();
  for (const e of entities)
    if (!e.cik)
      for (const l of e.listings)
        if (US_EXCHANGES.has(l.exchange.toUpperCase()) || l.exchange === 'OTC') byTicker.set(symbolKey(l.ticker), e);
  for (const [cik, list] of rows) {
    const e = list.map((r) => byTicker.get(symbolKey(r.ticker))).find(Boolean);
    if (!e) continue;
    addSource(e, sec.name);
    e.cik ??= cik;
  }
}
