/**
 * The watchlist lives in `storage.sync`, so it follows the user to other browsers, within Chrome's and Firefox's
 * quotas (8 KB per item, 100 KB and 512 items in all). It is stored compactly — one tuple per company, in shards of
 * at most 8 KB under a small header — and falls back to local storage, with a visible notice, when sync is full or
 * unavailable. Each entry keeps the company's name and main ticker, so a company that left the data still shows and
 * exports.
 *
 * Versions (fixtures: test/fixtures/storage/watchlist/):
 *   1  `local:watchlist` = `{ entityId, addedAt, scoreAtAdd }[]` (GeoLens 0.1), migrated here, never lost;
 *   2  `sync:watchlist` = `{ v: 2, n, at }` and `sync:watchlist.0 … n-1` = `[entityId, name, ticker, addedAt, scoreAtAdd][]`;
 *      the local fallback keeps the same tuples in `local:watchlistLocal`.
 *
 * Forward compatibility (a newer GeoLens on another device shares this data): unknown trailing tuple fields and
 * unknown header fields are kept and written back; a header (or local copy) with a newer `v` is shown and never
 * written (`readOnly`); a failed read or a header naming shards that are not there is never "repaired" into a
 * shorter list; values set aside are kept whole in `local:watchlistSetAside`. Stored tuples and the sync plan are
 * in ./watchlist-codec.ts.
 *
 * Only the background writes (utils/background/watchlist.ts serialises the writes); every context may read or watch.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { repairAddedAt } from './added-at';
import { AREA_KEY, LEGACY_KEY, LOCAL_COPY_KEY, onWatchlistChanged } from './watchlist-keys';

export { AREA_KEY, LEGACY_KEY, LOCAL_COPY_KEY, onWatchlistChanged };

import {
  containerMeta,
  decodeTuples,
  dedupe,
  encodeEntry,
  headerStamp,
  itemBytes,
  legacyEntrySchema,
  newerVersion,
  planSync,
  readSyncSnapshot,
  SHARD_PREFIX,
  SYNC_HEADER_KEY,
  SYNC_QUOTA_BYTES,
  WATCHLIST_VERSION,
  type WatchlistEntry,
  type WatchlistProblem,
} from './watchlist-codec';

/** WXT's version record of the version 1 value (LEGACY_KEY). */
export const LEGACY_META_KEY = 'watchlist$';
/** Raw values set aside while repairing the watchlist, kept whole (the issue log keeps 2,000 characters of each). */
export const SET_ASIDE_KEY = 'watchlistSetAside';
/**
 * Bounds of what is set aside. Sync holds at most 100 KB, so one repair sets aside at most about that; local storage
 * holds 10 MB. The oldest records go first, but the newest is always kept whole.
 */
export const MAX_SET_ASIDE_BYTES = 1_000_000;
export const MAX_SET_ASIDE_RECORDS = 200;

// ── Where the watchlist is ──────────────────────────────────────────────────────────────────────────────────────

/** Why the watchlist is on this device only. */
export type FallbackReason = 'full' | 'rate' | 'unavailable';

/** Why the watchlist must not be changed here (it is shown as read). */
export type ReadOnlyReason = 'newer' | 'unreadable' | 'incomplete';

export interface ReadOnly {
  reason: ReadOnlyReason;
  /** In words, for the popup's notice and for a refused change. */
  message: string;
  /** The stored version, when it is newer than this GeoLens reads. */
  version?: number;
}

export interface WatchlistStorageStatus {
  area: 'sync' | 'local';
  reason?: FallbackReason;
  /** The browser's own words, when it gave any. */
  detail?: string;
  /** Bytes the watchlist needs in sync storage. */
  bytes: number;
  quotaBytes: number;
  /** Set when the stored list must not be written back: changes are refused with `readOnly.message`. */
  readOnly?: ReadOnly;
}

export function readOnlyFor(reason: ReadOnlyReason, version?: number): ReadOnly {
  switch (reason) {
    case 'newer':
      return {
        reason,
        message: 'Your watchlist was saved by a newer GeoLens; update this one to change it.',
        ...(version === undefined ? {} : { version }),
      };
    case 'incomplete':
      return {
        reason,
        message:
          'Part of your watchlist has not arrived from browser sync yet, so it cannot be changed here until it has (saving now would drop the missing part).',
      };
    default:
      return {
        reason,
        message:
          'Browser sync storage could not be read just now, so your watchlist cannot be changed (saving could overwrite the list your other devices use). Try again in a moment.',
      };
  }
}

/** The sync list changed (another device) between the read a write was based on and the write: read again. */
export class WatchlistConflictError extends Error {
  override name = 'WatchlistConflictError';
  constructor() {
    super('Your watchlist was changed on another device at the same moment; try again.');
  }
}

/** A change refused because the stored list must not be written back. */
export class WatchlistReadOnlyError extends Error {
  override name = 'WatchlistReadOnlyError';
  constructor(readonly readOnly: ReadOnly) {
    super(readOnly.message);
  }
}

const areaSchema = z.object({
  area: z.enum(['sync', 'local']),
  reason: z.optional(z.enum(['full', 'rate', 'unavailable'])),
  detail: z.optional(z.string()),
  bytes: z.optional(z.number()),
});

/** Sorts a failed sync write into a reason the popup can explain. */
export function fallbackReason(err: unknown): FallbackReason {
  const message = err instanceof Error ? err.message : String(err);
  if (/MAX_WRITE_OPERATIONS/i.test(message)) return 'rate';
  if (/QUOTA|MAX_ITEMS|too large|exceed/i.test(message)) return 'full';
  return 'unavailable';
}

function syncArea(): typeof browser.storage.sync | undefined {
  try {
    return browser.storage.sync ?? undefined;
  } catch {
    return undefined;
  }
}

export interface WatchlistLoad {
  entries: WatchlistEntry[];
  status: WatchlistStorageStatus;
  /** What had to be set aside while reading (to keep whole and report); only acted on when the list is writable. */
  problems: WatchlistProblem[];
  /** Version 1 entries that are not in the current value yet (to migrate). */
  legacy: { entityId: string; addedAt: number; scoreAtAdd: number }[];
  /** Unknown fields of the header (or local copy), to write back unchanged. */
  meta: Record<string, unknown>;
  /** The sync header as read, when the list was read from sync: pass it to {@link writeWatchlist} as `expect`. */
  stamp?: string;
}

/** Reads the local copy `{ v, e, …unknown }`; a newer one is read without reporting what this version cannot read. */
function readLocalCopy(copy: unknown, problems: WatchlistProblem[], now: number) {
  const newer = newerVersion(copy);
  const list = copy && typeof copy === 'object' && !Array.isArray(copy) ? (copy as { e?: unknown }).e : copy;
  const entries = dedupe(decodeTuples(list, 'the local copy', newer ? [] : problems, now, `local:${LOCAL_COPY_KEY}`));
  return { entries, meta: containerMeta(copy), newer };
}

/** Reads the watchlist wherever it is, with what was set aside. Never writes. */
export async function readWatchlist(now = Date.now()): Promise<WatchlistLoad> {
  const problems: WatchlistProblem[] = [];
  const local = await browser.storage.local.get([AREA_KEY, LOCAL_COPY_KEY, LEGACY_KEY]);
  const areaParsed = areaSchema.safeParse(local[AREA_KEY]);
  const area = areaParsed.success ? areaParsed.data : undefined;
  const localCopy = local[LOCAL_COPY_KEY];
  const quotaBytes = SYNC_QUOTA_BYTES;

  let entries: WatchlistEntry[] = [];
  let meta: Record<string, unknown> = {};
  let stamp: string | undefined;
  let status: WatchlistStorageStatus;
  const sync = syncArea();
  if ((area?.area === 'local' && localCopy !== undefined) || !sync) {
    const copy = readLocalCopy(localCopy, problems, now);
    if (localCopy !== undefined) ({ entries, meta } = copy);
    // The next write goes to sync again: if another device has upgraded the list there since, it is read-only.
    const newerInSync = await sync?.get(SYNC_HEADER_KEY).then(
      (got) => newerVersion(got[SYNC_HEADER_KEY]),
      () => undefined,
    );
    const newer = copy.newer ?? newerInSync;
    status = {
      area: 'local',
      reason: area?.reason ?? 'unavailable',
      ...(area?.detail ? { detail: area.detail } : {}),
      bytes: area?.bytes ?? 0,
      quotaBytes,
      ...(newer ? { readOnly: readOnlyFor('newer', newer) } : {}),
    };
  } else {
    let all: Record<string, unknown> | undefined;
    let failure: unknown;
    try {
      all = await sync.get(null);
    } catch (err) {
      failure = err;
    }
    if (!all) {
      // Nothing is known about the list: it is shown from the local copy, if any, and nothing may be written.
      if (localCopy !== undefined) entries = readLocalCopy(localCopy, [], now).entries;
      return {
        entries,
        problems: [],
        legacy: [],
        meta,
        status: {
          area: 'sync',
          detail: failure instanceof Error ? failure.message : String(failure),
          bytes: 0,
          quotaBytes,
          readOnly: readOnlyFor('unreadable'),
        },
      };
    }
    const read = readSyncSnapshot(all, now);
    entries = read.entries;
    meta = read.meta;
    stamp = read.stamp;
    problems.push(...read.problems);
    status = { area: 'sync', bytes: planSync(entries, now, meta)?.bytes ?? 0, quotaBytes };
    if (read.block) {
      status.readOnly = readOnlyFor(read.block.state, read.block.state === 'newer' ? read.block.version : undefined);
    }
  }

  const legacy: WatchlistLoad['legacy'] = [];
  const legacyRaw = local[LEGACY_KEY];
  if (legacyRaw !== undefined) {
    const have = new Set(entries.map((e) => e.entityId));
    const from = `local:${LEGACY_KEY}`;
    if (!Array.isArray(legacyRaw)) {
      problems.push({ message: 'the version 1 watchlist is not a list; set aside', raw: legacyRaw, from });
    } else {
      for (const item of legacyRaw) {
        const parsed = legacyEntrySchema.safeParse(item);
        if (!parsed.success) {
          problems.push({ message: 'an unreadable version 1 watchlist entry was set aside', raw: item, from });
        } else if (!have.has(parsed.data.entityId)) {
          have.add(parsed.data.entityId);
          legacy.push({ ...parsed.data, addedAt: repairAddedAt(parsed.data.addedAt, now) });
        }
      }
    }
  }
  return { entries, status, problems, legacy, meta, ...(stamp === undefined ? {} : { stamp }) };
}

export interface WriteOptions {
  /** Unknown header fields to keep. */
  meta?: Record<string, unknown>;
  now?: number;
  /**
   * The header the entries were read under ({@link WatchlistLoad.stamp}): when sync holds another one now (another
   * device wrote in between), nothing is written and {@link WatchlistConflictError} is thrown.
   */
  expect?: string;
}

/**
 * Writes the watchlist to sync storage, or to local storage when sync refuses it (full, rate-limited or
 * unavailable). Returns where it went. Throws when local storage fails as well, {@link WatchlistReadOnlyError} when
 * sync holds a list from a newer GeoLens (never overwritten), and {@link WatchlistConflictError} (see `expect`).
 */
export async function writeWatchlist(
  entries: readonly WatchlistEntry[],
  { meta = {}, now = Date.now(), expect }: WriteOptions = {},
): Promise<WatchlistStorageStatus> {
  const clean = dedupe(entries);
  const plan = planSync(clean, now, meta);
  const sync = syncArea();
  let reason: FallbackReason = plan ? 'unavailable' : 'full';
  let detail: string | undefined;
  const bytes = plan?.bytes ?? clean.reduce((sum, e) => sum + itemBytes('', encodeEntry(e)), 0);
  if (plan && sync) {
    let written = false;
    try {
      // This device's copy may be a local fallback written before another device upgraded, or another device may
      // have written since the read: check first. (Not atomic, but it narrows "last writer wins" to milliseconds.)
      const header = (await sync.get(SYNC_HEADER_KEY))[SYNC_HEADER_KEY];
      const newer = newerVersion(header);
      if (newer) throw new WatchlistReadOnlyError(readOnlyFor('newer', newer));
      if (expect !== undefined && headerStamp(header) !== expect) throw new WatchlistConflictError();
      // One set: header and shards change together, and a write over a quota fails as a whole, so a header never
      // names shards that were not written. Shards beyond the new count are ignored by readers until removed.
      await sync.set(plan.items);
      written = true;
    } catch (err) {
      if (err instanceof WatchlistReadOnlyError || err instanceof WatchlistConflictError) throw err;
      reason = fallbackReason(err);
      detail = err instanceof Error ? err.message : String(err);
    }
    if (written) {
      try {
        const stale = Object.keys(await sync.get(null)).filter((k) => {
          const rest = k.slice(SHARD_PREFIX.length);
          return k.startsWith(SHARD_PREFIX) && /^\d+$/.test(rest) && Number(rest) >= plan.shards;
        });
        if (stale.length > 0) await sync.remove(stale);
      } catch (err) {
        // Left-over shards are ignored by readers; the next write removes them.
        console.warn('[GeoLens] could not remove left-over watchlist shards', err);
      }
      await browser.storage.local.set({ [AREA_KEY]: { area: 'sync', bytes: plan.bytes } });
      await browser.storage.local.remove(LOCAL_COPY_KEY);
      return { area: 'sync', bytes: plan.bytes, quotaBytes: SYNC_QUOTA_BYTES };
    }
  }
  await browser.storage.local.set({
    [LOCAL_COPY_KEY]: { ...containerMeta(meta), v: WATCHLIST_VERSION, e: clean.map(encodeEntry) },
    [AREA_KEY]: { area: 'local', reason, bytes, ...(detail ? { detail } : {}) },
  });
  return { area: 'local', reason, bytes, quotaBytes: SYNC_QUOTA_BYTES, ...(detail ? { detail } : {}) };
}

// ── What was set aside ──────────────────────────────────────────────────────────────────────────────────────────

/** One value set aside while repairing the watchlist, whole, with where it was stored. */
export interface SetAsideRecord {
  at: number;
  /** `sync:watchlist.1`, `local:watchlistLocal`, … */
  from: string;
  message: string;
  value: unknown;
}

export async function loadSetAside(): Promise<SetAsideRecord[]> {
  const raw = (await browser.storage.local.get(SET_ASIDE_KEY))[SET_ASIDE_KEY];
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (r): r is SetAsideRecord => !!r && typeof r === 'object' && typeof r.from === 'string' && typeof r.at === 'number',
  );
}

/**
 * Keeps every raw value a repair is about to drop, whole, in local storage, before the repair is written (if this
 * fails, the repair is not written). The same value from the same place is kept once.
 */
export async function setAsideWatchlistValues(problems: readonly WatchlistProblem[], now = Date.now()): Promise<void> {
  const fresh = problems.filter((p) => p.from !== undefined && p.raw !== undefined);
  if (fresh.length === 0) return;
  const records = await loadSetAside();
  const seen = new Set(records.map((r) => `${r.from}\n${JSON.stringify(r.value)}`));
  for (const p of fresh) {
    const id = `${p.from}\n${JSON.stringify(p.raw)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    records.push({ at: now, from: p.from as string, message: p.message, value: p.raw });
  }
  let bytes = records.reduce((sum, r) => sum + itemBytes('', r), 0);
  while (records.length > 1 && (records.length > MAX_SET_ASIDE_RECORDS || bytes > MAX_SET_ASIDE_BYTES)) {
    bytes -= itemBytes('', records.shift());
  }
  await browser.storage.local.set({ [SET_ASIDE_KEY]: records });
}

/** Removes the version 1 value once its entries are safely written in the current format. */
export async function removeLegacyWatchlist(): Promise<void> {
  await browser.storage.local.remove([LEGACY_KEY, LEGACY_META_KEY]);
}
