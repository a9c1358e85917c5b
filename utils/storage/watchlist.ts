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
 * Only the background writes (utils/background/watchlist.ts serialises the writes); every context may read or watch.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Problem } from './settings';

export const WATCHLIST_VERSION = 2;

/** Sync quotas (same numbers in Chrome and Firefox). A byte is counted as key length + JSON length, UTF-8. */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
/** Head-room below the quotas, for the header and rounding. */
const SHARD_BUDGET = SYNC_QUOTA_BYTES_PER_ITEM - 192;
const TOTAL_BUDGET = SYNC_QUOTA_BYTES - 2_048;
/** Beyond this many companies a watchlist stops being a watchlist; imports report the rest. */
export const MAX_WATCHLIST = 1000;

export const SYNC_HEADER_KEY = 'watchlist';
export const SHARD_PREFIX = 'watchlist.';
export const LOCAL_COPY_KEY = 'watchlistLocal';
export const AREA_KEY = 'watchlistArea';
/** The v1 value and WXT's version record of it. */
export const LEGACY_KEY = 'watchlist';
export const LEGACY_META_KEY = 'watchlist$';

const entityId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/), z.maxLength(100));

export const watchlistEntrySchema = z.object({
  entityId,
  /** The name news uses ("Alibaba"), kept so the row still reads when the company leaves the data. */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Main ticker, when the company is listed. */
  ticker: z.optional(z.string().check(z.minLength(1), z.maxLength(24))),
  /** Epoch ms. */
  addedAt: z.number().check(z.int(), z.gte(0)),
  /** The score when the company was added, so the popup can show the change since. */
  scoreAtAdd: z.number().check(z.gte(0), z.lte(100)),
});
export type WatchlistEntry = z.infer<typeof watchlistEntrySchema>;

/** Version 1 entries (local storage, GeoLens 0.1). */
export const legacyEntrySchema = z.object({
  entityId,
  addedAt: z.number(),
  scoreAtAdd: z.number().check(z.gte(0), z.lte(100)),
});

export type EntryTuple = [entityId: string, name: string, ticker: string, addedAt: number, scoreAtAdd: number];

export function encodeEntry(e: WatchlistEntry): EntryTuple {
  return [e.entityId, e.name, e.ticker ?? '', e.addedAt, e.scoreAtAdd];
}

export function decodeEntry(raw: unknown): WatchlistEntry | undefined {
  if (!Array.isArray(raw) || raw.length !== 5) return undefined;
  const [id, name, ticker, addedAt, scoreAtAdd] = raw;
  const parsed = watchlistEntrySchema.safeParse({
    entityId: id,
    name,
    ...(ticker === '' ? {} : { ticker }),
    addedAt,
    scoreAtAdd,
  });
  return parsed.success ? parsed.data : undefined;
}

/** Bytes an item takes against the sync quota: its key plus its JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export interface SyncPlan {
  items: Record<string, unknown>;
  shards: number;
  bytes: number;
}

/** Lays entries out in shards under the per-item quota; `undefined` when they do not fit the total quota. */
export function planSync(entries: readonly WatchlistEntry[], now = Date.now()): SyncPlan | undefined {
  const shards: EntryTuple[][] = [];
  let current: EntryTuple[] = [];
  let currentBytes = 2;
  for (const entry of entries) {
    const tuple = encodeEntry(entry);
    const size = new TextEncoder().encode(JSON.stringify(tuple)).length + 1;
    if (current.length > 0 && currentBytes + size > SHARD_BUDGET - (SHARD_PREFIX.length + 3)) {
      shards.push(current);
      current = [];
      currentBytes = 2;
    }
    current.push(tuple);
    currentBytes += size;
  }
  if (current.length > 0) shards.push(current);
  const items: Record<string, unknown> = { [SYNC_HEADER_KEY]: { v: WATCHLIST_VERSION, n: shards.length, at: now } };
  shards.forEach((s, i) => {
    items[`${SHARD_PREFIX}${i}`] = s;
  });
  const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  return bytes <= TOTAL_BUDGET ? { items, shards: shards.length, bytes } : undefined;
}

/** Decodes tuples, keeping every valid one (first of duplicates), and reports the rest. */
export function decodeTuples(raw: unknown, where: string, problems: Problem[]): WatchlistEntry[] {
  if (!Array.isArray(raw)) {
    problems.push({ message: `${where} is not a list; set aside`, raw });
    return [];
  }
  const out: WatchlistEntry[] = [];
  for (const item of raw) {
    const entry = decodeEntry(item);
    if (entry) out.push(entry);
    else problems.push({ message: `an unreadable watchlist entry in ${where} was set aside`, raw: item });
  }
  return out;
}

export function dedupe(entries: readonly WatchlistEntry[]): WatchlistEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.entityId) && seen.add(e.entityId));
}

/** Reads the sharded sync value from a snapshot of the sync area. `present` is false when nothing is stored. */
export function readSyncSnapshot(all: Record<string, unknown>): {
  entries: WatchlistEntry[];
  problems: Problem[];
  present: boolean;
} {
  const problems: Problem[] = [];
  const header = all[SYNC_HEADER_KEY];
  const shardKeys = Object.keys(all)
    .filter((k) => k.startsWith(SHARD_PREFIX) && /^\d+$/.test(k.slice(SHARD_PREFIX.length)))
    .sort((a, b) => Number(a.slice(SHARD_PREFIX.length)) - Number(b.slice(SHARD_PREFIX.length)));
  if (header === undefined && shardKeys.length === 0) return { entries: [], problems, present: false };
  let keys = shardKeys;
  const h = header as { v?: unknown; n?: unknown } | undefined;
  if (h && typeof h === 'object' && h.v === WATCHLIST_VERSION && Number.isInteger(h.n) && (h.n as number) >= 0) {
    // Shards beyond n are left-overs of a longer list (removed after the header was written): ignore them.
    keys = Array.from({ length: h.n as number }, (_, i) => `${SHARD_PREFIX}${i}`);
  } else {
    problems.push({
      message: 'the watchlist header in sync storage is unreadable; read every shard found',
      raw: header,
    });
  }
  const entries: WatchlistEntry[] = [];
  for (const key of keys) {
    if (!(key in all)) {
      problems.push({ message: `watchlist shard "${key}" is missing from sync storage` });
      continue;
    }
    entries.push(...decodeTuples(all[key], `sync shard "${key}"`, problems));
  }
  return { entries: dedupe(entries), problems, present: true };
}

// ── Where the watchlist is ──────────────────────────────────────────────────────────────────────────────────────

/** Why the watchlist is on this device only. */
export type FallbackReason = 'full' | 'rate' | 'unavailable';

export interface WatchlistStorageStatus {
  area: 'sync' | 'local';
  reason?: FallbackReason;
  /** The browser's own words, when it gave any. */
  detail?: string;
  /** Bytes the watchlist needs in sync storage. */
  bytes: number;
  quotaBytes: number;
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
  /** What had to be set aside while reading (to report). */
  problems: Problem[];
  /** Version 1 entries that are not in the current value yet (to migrate). */
  legacy: { entityId: string; addedAt: number; scoreAtAdd: number }[];
}

/** Reads the watchlist wherever it is, with what was set aside. Never writes. */
export async function readWatchlist(): Promise<WatchlistLoad> {
  const problems: Problem[] = [];
  const local = await browser.storage.local.get([AREA_KEY, LOCAL_COPY_KEY, LEGACY_KEY]);
  const areaParsed = areaSchema.safeParse(local[AREA_KEY]);
  const area = areaParsed.success ? areaParsed.data : undefined;

  let entries: WatchlistEntry[] = [];
  let status: WatchlistStorageStatus = { area: 'sync', bytes: 0, quotaBytes: SYNC_QUOTA_BYTES };
  const localCopy = local[LOCAL_COPY_KEY] as { e?: unknown } | undefined;
  if (area?.area === 'local' && localCopy !== undefined) {
    entries = dedupe(decodeTuples(localCopy?.e, 'the local copy', problems));
    status = {
      area: 'local',
      reason: area.reason ?? 'unavailable',
      ...(area.detail ? { detail: area.detail } : {}),
      bytes: area.bytes ?? 0,
      quotaBytes: SYNC_QUOTA_BYTES,
    };
  } else {
    const sync = syncArea();
    if (sync) {
      try {
        const read = readSyncSnapshot(await sync.get(null));
        entries = read.entries;
        problems.push(...read.problems);
        status.bytes = planSync(entries)?.bytes ?? 0;
      } catch (err) {
        status = { area: 'local', reason: 'unavailable', detail: String(err), bytes: 0, quotaBytes: SYNC_QUOTA_BYTES };
        if (localCopy !== undefined) entries = dedupe(decodeTuples(localCopy?.e, 'the local copy', problems));
      }
    } else {
      status = { area: 'local', reason: 'unavailable', bytes: 0, quotaBytes: SYNC_QUOTA_BYTES };
      if (localCopy !== undefined) entries = dedupe(decodeTuples(localCopy?.e, 'the local copy', problems));
    }
  }

  const legacy: WatchlistLoad['legacy'] = [];
  const legacyRaw = local[LEGACY_KEY];
  if (legacyRaw !== undefined) {
    const have = new Set(entries.map((e) => e.entityId));
    if (!Array.isArray(legacyRaw)) {
      problems.push({ message: 'the version 1 watchlist is not a list; set aside', raw: legacyRaw });
    } else {
      for (const item of legacyRaw) {
        const parsed = legacyEntrySchema.safeParse(item);
        if (!parsed.success) {
          problems.push({ message: 'an unreadable version 1 watchlist entry was set aside', raw: item });
        } else if (!have.has(parsed.data.entityId)) {
          have.add(parsed.data.entityId);
          legacy.push(parsed.data);
        }
      }
    }
  }
  return { entries, status, problems, legacy };
}

/**
 * Writes the watchlist to sync storage, or to local storage when sync refuses it (full, rate-limited or
 * unavailable). Returns where it went. Throws only when local storage fails as well.
 */
export async function writeWatchlist(entries: readonly WatchlistEntry[]): Promise<WatchlistStorageStatus> {
  const clean = dedupe(entries);
  const plan = planSync(clean);
  const sync = syncArea();
  let reason: FallbackReason = plan ? 'unavailable' : 'full';
  let detail: string | undefined;
  const bytes = plan?.bytes ?? clean.reduce((sum, e) => sum + itemBytes('', encodeEntry(e)), 0);
  if (plan && sync) {
    try {
      // One set: header and shards change together, so a reader never sees a header without its shards.
      await sync.set(plan.items);
      const stale = Object.keys(await sync.get(null)).filter(
        (k) => k.startsWith(SHARD_PREFIX) && Number(k.slice(SHARD_PREFIX.length)) >= plan.shards,
      );
      if (stale.length > 0) await sync.remove(stale);
      await browser.storage.local.set({ [AREA_KEY]: { area: 'sync', bytes: plan.bytes } });
      await browser.storage.local.remove(LOCAL_COPY_KEY);
      return { area: 'sync', bytes: plan.bytes, quotaBytes: SYNC_QUOTA_BYTES };
    } catch (err) {
      reason = fallbackReason(err);
      detail = err instanceof Error ? err.message : String(err);
    }
  }
  await browser.storage.local.set({
    [LOCAL_COPY_KEY]: { v: WATCHLIST_VERSION, e: clean.map(encodeEntry) },
    [AREA_KEY]: { area: 'local', reason, bytes, ...(detail ? { detail } : {}) },
  });
  return { area: 'local', reason, bytes, quotaBytes: SYNC_QUOTA_BYTES, ...(detail ? { detail } : {}) };
}

/** Removes the version 1 value once its entries are safely written in the current format. */
export async function removeLegacyWatchlist(): Promise<void> {
  await browser.storage.local.remove([LEGACY_KEY, LEGACY_META_KEY]);
}

/** Calls back when the watchlist may have changed (here, in another context, or on another device). */
export function onWatchlistChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    if (
      (area === 'sync' && keys.some((k) => k === SYNC_HEADER_KEY || k.startsWith(SHARD_PREFIX))) ||
      (area === 'local' && keys.some((k) => k === LOCAL_COPY_KEY || k === AREA_KEY || k === LEGACY_KEY))
    ) {
      callback();
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
