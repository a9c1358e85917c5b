/**
 * The stored form of the watchlist (ADR 0005) and how it is read back, without touching storage: tuples, the sync
 * plan, and the reading of a snapshot of the sync area. Reading is forward-compatible: unknown trailing tuple fields
 * and unknown header fields are kept, data from a newer version is read but marked not writable, a shard that is
 * missing marks the read incomplete (never "shorter"), and whatever is set aside is handed back whole.
 */
import * as z from 'zod/mini';
import { repairAddedAt } from './added-at';
import type { Problem } from './issues';
import { SHARD_PREFIX, SYNC_HEADER_KEY } from './watchlist-keys';

export { SHARD_PREFIX, SYNC_HEADER_KEY };

export const WATCHLIST_VERSION = 2;

/** Sync quotas (same numbers in Chrome and Firefox). A byte is counted as key length + JSON length, UTF-8. */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
/** Sync storage holds at most 512 items; one is the header, so no real header names more than 511 shards. */
export const SYNC_MAX_ITEMS = 512;
export const MAX_SHARDS = SYNC_MAX_ITEMS - 1;
/** Head-room below the quotas, for the header and rounding. */
const SHARD_BUDGET = SYNC_QUOTA_BYTES_PER_ITEM - 192;
const TOTAL_BUDGET = SYNC_QUOTA_BYTES - 2_048;
/** Beyond this many companies a watchlist stops being a watchlist; imports report the rest. */
export const MAX_WATCHLIST = 1000;

/** Fields of the header (and of the local copy) that this version knows; any other field is kept as it is. */
const KNOWN_CONTAINER_FIELDS = new Set(['v', 'n', 'at', 'e']);

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
  /** Tuple fields after the fifth, written by a newer GeoLens: kept as they are and written back. */
  extra: z.optional(z.array(z.unknown())),
});
export type WatchlistEntry = z.infer<typeof watchlistEntrySchema>;

/** Version 1 entries (local storage, GeoLens 0.1). */
export const legacyEntrySchema = z.object({
  entityId,
  addedAt: z.number(),
  scoreAtAdd: z.number().check(z.gte(0), z.lte(100)),
});

export type EntryTuple = [
  entityId: string,
  name: string,
  ticker: string,
  addedAt: number,
  scoreAtAdd: number,
  ...extra: unknown[],
];

/** A problem found while reading; `from` names the stored place when `raw` is a value that was set aside whole. */
export interface WatchlistProblem extends Problem {
  from?: string;
}

export function encodeEntry(e: WatchlistEntry): EntryTuple {
  return [e.entityId, e.name, e.ticker ?? '', e.addedAt, e.scoreAtAdd, ...(e.extra ?? [])];
}

/**
 * Reads one tuple. Fields after the fifth are kept in `extra`. An `addedAt` outside 2000-01-01 … now + 1 day is
 * repaired (`repaired`), not a reason to drop the company; any other bad field makes the tuple unreadable.
 */
export function decodeTuple(raw: unknown, now = Date.now()): { entry?: WatchlistEntry; repaired?: boolean } {
  if (!Array.isArray(raw) || raw.length < 5) return {};
  const [id, name, ticker, rawAddedAt, scoreAtAdd, ...extra] = raw;
  const addedAt = repairAddedAt(rawAddedAt, now);
  const parsed = watchlistEntrySchema.safeParse({
    entityId: id,
    name,
    ...(ticker === '' ? {} : { ticker }),
    addedAt,
    scoreAtAdd,
    ...(extra.length > 0 ? { extra } : {}),
  });
  if (!parsed.success) return {};
  return addedAt === rawAddedAt ? { entry: parsed.data } : { entry: parsed.data, repaired: true };
}

export function decodeEntry(raw: unknown, now = Date.now()): WatchlistEntry | undefined {
  return decodeTuple(raw, now).entry;
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

/** The unknown fields of a header or local copy (from a newer GeoLens), to write back unchanged. */
export function containerMeta(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([k]) => !KNOWN_CONTAINER_FIELDS.has(k)));
}

/**
 * Lays entries out in shards under the per-item quota, under a header that keeps `meta` (unknown header fields);
 * `undefined` when they do not fit the total or item quota.
 */
export function planSync(
  entries: readonly WatchlistEntry[],
  now = Date.now(),
  meta: Record<string, unknown> = {},
): SyncPlan | undefined {
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
  if (shards.length > MAX_SHARDS) return undefined;
  const items: Record<string, unknown> = {
    [SYNC_HEADER_KEY]: { ...containerMeta(meta), v: WATCHLIST_VERSION, n: shards.length, at: now },
  };
  shards.forEach((s, i) => {
    items[`${SHARD_PREFIX}${i}`] = s;
  });
  let bytes = 0;
  for (const [k, v] of Object.entries(items)) {
    const size = itemBytes(k, v);
    // A tuple with large unknown fields can make one item too big: that is a quota failure, not a broken write.
    if (size > SYNC_QUOTA_BYTES_PER_ITEM) return undefined;
    bytes += size;
  }
  return bytes <= TOTAL_BUDGET ? { items, shards: shards.length, bytes } : undefined;
}

/**
 * Decodes tuples, keeping every valid one, and reports the rest with the raw value to set aside. A list stored as an
 * object (`{ "0": tuple, … }`) gives up its tuples too, and the whole value is set aside as well.
 */
export function decodeTuples(
  raw: unknown,
  where: string,
  problems: WatchlistProblem[],
  now = Date.now(),
  from = where,
): WatchlistEntry[] {
  let items: unknown[];
  if (Array.isArray(raw)) {
    items = raw;
  } else if (raw && typeof raw === 'object') {
    items = Object.values(raw);
    problems.push({ message: `${where} is not a list; its entries were read and the value set aside`, raw, from });
  } else {
    problems.push({ message: `${where} is not a list; set aside`, raw, from });
    return [];
  }
  const out: WatchlistEntry[] = [];
  for (const item of items) {
    const { entry, repaired } = decodeTuple(item, now);
    if (entry) out.push(entry);
    if (!Array.isArray(raw)) continue;
    if (!entry) problems.push({ message: `an unreadable watchlist entry in ${where} was set aside`, raw: item, from });
    else if (repaired) {
      problems.push({
        message: `the date "added" of ${entry.entityId} in ${where} was out of range; it was repaired and the entry kept`,
        raw: item,
        from,
      });
    }
  }
  return out;
}

export function dedupe(entries: readonly WatchlistEntry[]): WatchlistEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.entityId) && seen.add(e.entityId));
}

/** Why a read value must not be written back. */
export type ReadBlock =
  /** Saved by a newer GeoLens: shown, never written back. */
  | { state: 'newer'; version: number }
  /** The header names shards that are not there (sync has not delivered them yet): writing would drop them. */
  | { state: 'incomplete'; missing: string[] };

export interface SyncSnapshotRead {
  entries: WatchlistEntry[];
  problems: WatchlistProblem[];
  /** False when nothing is stored. */
  present: boolean;
  /** Set when the value must not be written back. */
  block?: ReadBlock;
  /** Unknown header fields, to write back unchanged. */
  meta: Record<string, unknown>;
  /** The header as read ({@link headerStamp}): a write based on this read checks it is still there. */
  stamp: string;
}

/** A header as text, to tell whether another device wrote the list since it was read. */
export function headerStamp(header: unknown): string {
  return header === undefined ? 'none' : JSON.stringify(header);
}

const shardIndex = (key: string): number | undefined => {
  const rest = key.slice(SHARD_PREFIX.length);
  return key.startsWith(SHARD_PREFIX) && /^(?:0|[1-9]\d{0,8})$/.test(rest) ? Number(rest) : undefined;
};

/** The version in a header or local copy, when it is newer than this GeoLens reads. */
export function newerVersion(container: unknown): number | undefined {
  const v = container && typeof container === 'object' ? (container as { v?: unknown }).v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v > WATCHLIST_VERSION ? v : undefined;
}

/**
 * Reads the sharded sync value from a snapshot of the sync area, in O(shards stored): the header's `n` is only
 * trusted up to {@link MAX_SHARDS}.
 */
export function readSyncSnapshot(all: Record<string, unknown>, now = Date.now()): SyncSnapshotRead {
  const problems: WatchlistProblem[] = [];
  const header = all[SYNC_HEADER_KEY];
  const found = new Map<number, string>();
  for (const key of Object.keys(all)) {
    const i = shardIndex(key);
    if (i !== undefined && i < MAX_SHARDS) found.set(i, key);
  }
  const stamp = headerStamp(header);
  if (header === undefined && found.size === 0) return { entries: [], problems, present: false, meta: {}, stamp };
  const meta = containerMeta(header);
  const newer = newerVersion(header);
  const h = header as { v?: unknown; n?: unknown } | undefined;
  const validHeader = !!h && typeof h === 'object' && !Array.isArray(h) && (h.v === WATCHLIST_VERSION || !!newer);
  const n = h?.n;
  let indices: number[];
  if (validHeader && typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_SHARDS) {
    // Shards beyond n are left-overs of a longer list (removed after the header was written): ignore them.
    indices = Array.from({ length: n }, (_, i) => i);
  } else {
    // Every shard found, 0 … the highest: a gap is a shard sync has not delivered (or lost), so the read is partial.
    const highest = Math.max(-1, ...found.keys());
    indices = Array.from({ length: highest + 1 }, (_, i) => i);
    if (!newer) {
      problems.push({
        message:
          validHeader && typeof n === 'number'
            ? `the watchlist header in sync storage names ${n} shards (at most ${MAX_SHARDS} fit); read every shard found`
            : 'the watchlist header in sync storage is unreadable; read every shard found',
        raw: header,
        from: `sync:${SYNC_HEADER_KEY}`,
      });
    }
  }
  const entries: WatchlistEntry[] = [];
  const missing: string[] = [];
  for (const i of indices) {
    const key = `${SHARD_PREFIX}${i}`;
    if (!found.has(i)) {
      missing.push(key);
      continue;
    }
    entries.push(...decodeTuples(all[key], `sync shard "${key}"`, problems, now, `sync:${key}`));
  }
  const block: ReadBlock | undefined = newer
    ? { state: 'newer', version: newer }
    : missing.length > 0
      ? { state: 'incomplete', missing }
      : undefined;
  return { entries: dedupe(entries), problems, present: true, meta, stamp, ...(block ? { block } : {}) };
}
