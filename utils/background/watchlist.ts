/**
 * The watchlist service: the only writer of the watchlist. Writes are serialised, so two quick clicks (or a click
 * during an import) cannot lose an entry. It migrates the version 1 list on first read, repairs a corrupt stored
 * value (reporting what it set aside), keeps the score history, and turns entries into the rows the popup shows.
 */

import type { ImportOutcome, ImportRowInput, ImportRowResult, WatchlistRow } from '../messaging/views';
import {
  historyItem,
  loadHistory,
  MAX_WATCHLIST,
  onWatchlistChanged,
  previousScore,
  readWatchlist,
  removeLegacyWatchlist,
  repairAddedAt,
  reportStorageIssues,
  type ScoreHistory,
  SET_ASIDE_KEY,
  setAsideWatchlistValues,
  WatchlistConflictError,
  type WatchlistEntry,
  WatchlistReadOnlyError,
  type WatchlistStorageStatus,
  withPoints,
  writeWatchlist,
} from '../storage';
import { type EntityCache, shortNameOf } from './entity-cache';
import type { SearchIndex } from './search';

export interface WatchlistService {
  entries(): Promise<WatchlistEntry[]>;
  has(entityId: string): Promise<boolean>;
  rows(): Promise<WatchlistRow[]>;
  add(entityId: string): Promise<WatchlistRow[]>;
  remove(entityId: string): Promise<WatchlistRow[]>;
  /**
   * Undoes a removal made in the last {@link RESTORE_WINDOW_MS}: the entry goes back at its place with its date, score
   * at add and score history, as if never removed. Throws when there is nothing to restore (too late, or never).
   */
  restore(entityId: string): Promise<WatchlistRow[]>;
  import(rows: readonly ImportRowInput[]): Promise<ImportOutcome>;
  storage(): Promise<WatchlistStorageStatus>;
  /** Records a history point per watched company from this build (a no-op when it was recorded already). */
  recordHistory(cache: EntityCache): Promise<void>;
  dispose(): void;
}

export interface WatchlistDeps {
  cache(): Promise<EntityCache>;
  index(cache: EntityCache): SearchIndex;
  /** A company joined the watchlist (the alert baseline takes it in). */
  onAdded?(cache: EntityCache, entityId: string): Promise<void>;
  now?(): number;
}

/**
 * How long a removal can be undone. The popup offers "Undo" for a few seconds; the background keeps what it needs a
 * little longer, so a slow machine never turns a prompt click into "too late". Kept in memory only: a restarted
 * service worker has forgotten it, and the popup then says the undo failed.
 */
export const RESTORE_WINDOW_MS = 60_000;
/** Removals remembered at once (a user clearing a list one by one). */
const MAX_REMEMBERED = 50;

/** What a removal took away, to put back on undo. */
interface Removed {
  entry: WatchlistEntry;
  index: number;
  history: ScoreHistory[string] | undefined;
  at: number;
}

/** The stored form of a company now: its news name and main ticker travel with the entry. */
export function entryFor(cache: EntityCache, entityId: string, addedAt: number, scoreAtAdd: number): WatchlistEntry {
  const entity = cache.get(entityId);
  const ticker = cache.primaryListing(entityId)?.ticker;
  return {
    entityId,
    name: entity ? shortNameOf(entity) : entityId,
    ...(ticker ? { ticker } : {}),
    addedAt,
    scoreAtAdd,
  };
}

/** Entries as the popup shows them, highest score first (companies without a score last). */
export function toRows(
  entries: readonly WatchlistEntry[],
  cache: EntityCache | undefined,
  history: ScoreHistory,
): WatchlistRow[] {
  const rows = entries.map((entry): WatchlistRow => {
    const entity = cache?.get(entry.entityId);
    const score = cache?.score(entry.entityId);
    const band = cache?.band(entry.entityId);
    const points = history[entry.entityId] ?? [];
    if (!cache || !entity || score === undefined || !band) {
      return {
        entityId: entry.entityId,
        name: entry.name,
        shortName: entry.name,
        ...(entry.ticker ? { ticker: entry.ticker } : {}),
        known: false,
        addedAt: entry.addedAt,
        scoreAtAdd: entry.scoreAtAdd,
        history: points.map((p) => p[1]),
      };
    }
    const previous = previousScore(points, cache.key);
    const series = points.map((p) => p[1]);
    const last = points[points.length - 1];
    if (!last || last[2] !== cache.key) series.push(score);
    const primary = cache.primaryListing(entry.entityId);
    const ticker = primary?.ticker ?? entry.ticker;
    return {
      entityId: entry.entityId,
      name: entity.name,
      shortName: shortNameOf(entity),
      ...(ticker ? { ticker } : {}),
      ...(primary?.exchange ? { exchange: primary.exchange } : {}),
      known: true,
      score,
      band,
      ...(cache.assessed(entry.entityId) === false ? { assessed: false } : {}),
      addedAt: entry.addedAt,
      scoreAtAdd: entry.scoreAtAdd,
      history: series,
      ...(previous === undefined ? {} : { changeSincePrevious: score - previous }),
    };
  });
  // Not assessed (a 0 nobody gave) after every scored company, unknown companies last.
  const key = (r: WatchlistRow) => (r.score === undefined ? -2 : r.assessed === false ? -1 : r.score);
  return rows.sort((a, b) => key(b) - key(a) || a.shortName.localeCompare(b.shortName) || a.addedAt - b.addedAt);
}

/**
 * The entries as last read or written; forgotten when storage changes (another device, or a context that is not
 * this service). Only tasks inside `serial` fill it, so a task never waits on a read queued behind itself. A read
 * that must not be written back because it failed or is partial is not kept: the next call reads again.
 */
interface State {
  entries: WatchlistEntry[];
  storage: WatchlistStorageStatus;
  /** Unknown header fields, written back unchanged. */
  meta: Record<string, unknown>;
  /** The sync header the entries were read under; a write checks it is still the one in sync storage. */
  stamp?: string;
}

/** Reads the list; a read that found problems, or a version 1 list, is repaired and written back. */
async function readAndRepair(deps: WatchlistDeps, t: number): Promise<State> {
  const load = await readWatchlist(t);
  const cache = load.legacy.length > 0 ? await deps.cache().catch(() => undefined) : undefined;
  const migrated = load.legacy.map((e) =>
    cache ? entryFor(cache, e.entityId, e.addedAt, e.scoreAtAdd) : { ...e, name: e.entityId },
  );
  const entries = [...load.entries, ...migrated];
  // Newer, unreadable or partial: shown as read (with a version 1 list merged for display), never written back.
  const read: State = {
    entries,
    storage: load.status,
    meta: load.meta,
    ...(load.stamp ? { stamp: load.stamp } : {}),
  };
  if (load.status.readOnly || (load.problems.length === 0 && load.legacy.length === 0)) return read;
  // Kept whole first: if that fails, nothing is rewritten and the stored value stays as it was.
  await setAsideWatchlistValues(load.problems, t);
  // Written next, reported and cleaned up after: if the write fails, the old value is still there.
  let storage: WatchlistStorageStatus;
  try {
    storage = await writeWatchlist(entries, {
      meta: load.meta,
      now: t,
      ...(load.stamp ? { expect: load.stamp } : {}),
    });
  } catch (err) {
    // Sync holds a newer GeoLens's list (found at write time): show what was read, leave everything as it is.
    if (err instanceof WatchlistReadOnlyError) return { ...read, storage: { ...read.storage, readOnly: err.readOnly } };
    throw err;
  }
  await reportStorageIssues(
    'watchlist',
    load.problems.map((p) =>
      p.from && p.raw !== undefined
        ? { ...p, message: `${p.message} (kept whole in local storage, “${SET_ASIDE_KEY}”)` }
        : p,
    ),
  );
  if (load.legacy.length > 0) {
    await removeLegacyWatchlist();
    // The score at add is the first point of each migrated company's history.
    const history = await loadHistory();
    for (const e of load.legacy) {
      if (!history[e.entityId]) history[e.entityId] = [[e.addedAt, e.scoreAtAdd, 'added']];
    }
    await historyItem.setValue(history);
  }
  return { entries, storage, meta: load.meta };
}

/** Resolves imported rows against the cache: which are added, already there, unknown, or over the limit. */
function resolveImport(
  cache: EntityCache,
  index: SearchIndex,
  entries: readonly WatchlistEntry[],
  rows: readonly ImportRowInput[],
  t: number,
) {
  const next = [...entries];
  const have = new Set(entries.map((e) => e.entityId));
  const added: WatchlistEntry[] = [];
  const results: ImportRowResult[] = rows.map((row) => {
    const label = row.ticker ?? row.name ?? row.entityId ?? '';
    const id =
      (row.entityId && cache.get(row.entityId) ? row.entityId : undefined) ??
      (row.ticker ? index.resolveTicker(row.ticker, row.exchange) : undefined) ??
      (row.name ? index.resolveName(row.name) : undefined);
    const score = id === undefined ? undefined : cache.score(id);
    if (id === undefined || score === undefined) return { line: row.line, status: 'unknown', label };
    const name = shortNameOf(cache.get(id) as NonNullable<ReturnType<EntityCache['get']>>);
    if (have.has(id)) return { line: row.line, status: 'already', label, entityId: id, name };
    if (next.length >= MAX_WATCHLIST) return { line: row.line, status: 'full', label, entityId: id, name };
    const entry = entryFor(cache, id, repairAddedAt(row.addedAt ?? t, t), row.scoreAtAdd ?? score);
    next.push(entry);
    added.push(entry);
    have.add(id);
    return { line: row.line, status: 'added', label, entityId: id, name };
  });
  return { next, added, results };
}

export function createWatchlistService(deps: WatchlistDeps): WatchlistService {
  const now = deps.now ?? Date.now;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  let state: State | undefined;
  const unwatch = onWatchlistChanged(() => {
    state = undefined;
  });

  const settle = () => readAndRepair(deps, now());

  /** Runs `task` again (at most twice) when another device wrote the list between its read and its write. */
  const retryOnConflict = async <T>(task: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await task();
      } catch (err) {
        if (!(err instanceof WatchlistConflictError) || attempt >= 2) throw err;
        state = undefined;
      }
    }
  };

  /** Inside a serial task: the current entries (a read that found problems, or a version 1 list, repairs first). */
  const load = async (): Promise<State> => {
    if (state) return state;
    const read = await retryOnConflict(settle);
    if (read.storage.readOnly?.reason !== 'unreadable' && read.storage.readOnly?.reason !== 'incomplete') state = read;
    return read;
  };
  const current = () => (state ? Promise.resolve(state) : serial(load));
  /** Inside a serial task that changes the list: the entries, read again when the last read failed or was partial. */
  const writable = async (): Promise<State> => {
    const read = await load();
    if (read.storage.readOnly) throw new WatchlistReadOnlyError(read.storage.readOnly);
    return read;
  };
  /** A serial change of the list, from a writable read; redone from a fresh read when another device wrote first. */
  const change = <T>(task: (read: State) => Promise<T>) =>
    serial(() => retryOnConflict(async () => task(await writable())));

  const rowsOf = async (entries: readonly WatchlistEntry[]) => {
    const cache = await deps.cache().catch(() => undefined);
    return toRows(entries, cache, await loadHistory());
  };

  const save = async (entries: WatchlistEntry[], { meta, stamp }: State) => {
    try {
      return await writeWatchlist(entries, { meta, now: now(), ...(stamp ? { expect: stamp } : {}) });
    } finally {
      // Read again next time, so the next write checks against the header written now (or the one that won).
      state = undefined;
    }
  };

  const removed = new Map<string, Removed>();
  const remember = (entityId: string, what: Removed) => {
    removed.delete(entityId);
    removed.set(entityId, what);
    // Oldest first in a Map: drop beyond the cap.
    for (const id of removed.keys()) {
      if (removed.size <= MAX_REMEMBERED) break;
      removed.delete(id);
    }
  };

  const recordAdded = async (cache: EntityCache, added: readonly WatchlistEntry[]) => {
    if (added.length === 0) return;
    const scores = new Map<string, number>();
    for (const e of added) {
      const score = cache.score(e.entityId);
      if (score !== undefined) scores.set(e.entityId, score);
    }
    await historyItem.setValue(withPoints(await loadHistory(), scores, cache.key, now()));
    for (const e of added) await deps.onAdded?.(cache, e.entityId);
  };

  return {
    entries: async () => (await current()).entries,
    has: async (entityId) => (await current()).entries.some((e) => e.entityId === entityId),
    rows: async () => rowsOf((await current()).entries),
    storage: async () => (await current()).storage,
    add: (entityId) =>
      change(async (read) => {
        const cache = await deps.cache();
        const score = cache.score(entityId);
        if (score === undefined) throw new Error(`Unknown entity "${entityId}"`);
        const { entries } = read;
        if (entries.some((e) => e.entityId === entityId)) return rowsOf(entries);
        if (entries.length >= MAX_WATCHLIST) throw new Error(`The watchlist is full (${MAX_WATCHLIST} companies).`);
        const entry = entryFor(cache, entityId, now(), score);
        const next = [...entries, entry];
        await save(next, read);
        await recordAdded(cache, [entry]);
        return rowsOf(next);
      }),
    remove: (entityId) =>
      change(async (read) => {
        const { entries } = read;
        const index = entries.findIndex((e) => e.entityId === entityId);
        const next = entries.filter((e) => e.entityId !== entityId);
        if (index >= 0) {
          await save(next, read);
          const history = await loadHistory();
          remember(entityId, { entry: entries[index] as WatchlistEntry, index, history: history[entityId], at: now() });
          if (entityId in history) {
            delete history[entityId];
            await historyItem.setValue(history);
          }
        }
        return rowsOf(next);
      }),
    restore: (entityId) =>
      change(async (read) => {
        const kept = removed.get(entityId);
        if (!kept || now() - kept.at > RESTORE_WINDOW_MS) {
          removed.delete(entityId);
          throw new Error('Too late to undo: add the company again from search.');
        }
        const { entries } = read;
        // Added back meanwhile (from a card, another device): the entry there now wins.
        if (entries.some((e) => e.entityId === entityId)) {
          removed.delete(entityId);
          return rowsOf(entries);
        }
        if (entries.length >= MAX_WATCHLIST) throw new Error(`The watchlist is full (${MAX_WATCHLIST} companies).`);
        const next = [...entries];
        next.splice(Math.min(kept.index, next.length), 0, kept.entry);
        await save(next, read);
        removed.delete(entityId);
        const history = await loadHistory();
        if (kept.history && !history[entityId]) await historyItem.setValue({ ...history, [entityId]: kept.history });
        // The alert baseline takes it in again (a refresh in between dropped it as unwatched).
        const cache = await deps.cache().catch(() => undefined);
        if (cache) await deps.onAdded?.(cache, entityId);
        return rowsOf(next);
      }),
    import: (rows) =>
      change(async (read) => {
        const cache = await deps.cache();
        const { entries, storage: before } = read;
        const { next, added, results } = resolveImport(cache, deps.index(cache), entries, rows, now());
        const storage = added.length > 0 ? await save(next, read) : before;
        await recordAdded(cache, added);
        return { results, rows: await rowsOf(next), storage };
      }),
    recordHistory: (cache) =>
      serial(async () => {
        const { entries } = await load();
        const scores = new Map<string, number>();
        for (const e of entries) {
          const score = cache.score(e.entityId);
          if (score !== undefined) scores.set(e.entityId, score);
        }
        const history = await loadHistory();
        const next = withPoints(history, scores, cache.key, now());
        if (JSON.stringify(next) !== JSON.stringify(history)) await historyItem.setValue(next);
      }),
    dispose: unwatch,
  };
}
