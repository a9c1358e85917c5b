/**
 * Where downloaded source data and the merged view are kept: IndexedDB (ADR 0006). One database, two object stores:
 * `payloads` (the last good parsed data of each source, by source id) and `merged` (the merged view with its packed
 * dictionary, under the key "current"), so a restarted service worker answers its first lookup from one read.
 * A write that fails (quota exceeded) throws and leaves the previous value in place: IndexedDB aborts the
 * transaction whole.
 */
import { type IDBPDatabase, openDB } from 'idb';
import { SourceError } from './http';
import type { MergeReport } from './merge';
import type { MergedDataset, MergedEntity } from './merged-dataset';
import type { LiveSourceId, SourcePayload, Validators } from './types';

export const SOURCES_DB = 'geolens-sources';
const DB_VERSION = 2;

export interface StoredPayload {
  payload: SourcePayload;
  /** Epoch ms. */
  savedAt: number;
}

export interface MergedRecord {
  version: string;
  builtAt: number;
  dataset: MergedDataset;
  report: MergeReport;
}

/** Enough about the stored view to answer one lookup without reading all of it. */
export interface MergedMeta {
  version: string;
  asOf: string;
  sourceName: string;
  /** The live lists the view was screened against (see MergedDataset.screened). */
  screened?: string[];
  /** The lists the listed universe was resolved against offline (see MergedDataset.screenedOffline). */
  screenedOffline?: string[];
}

export interface SourceStore {
  getPayload(id: LiveSourceId): Promise<StoredPayload | undefined>;
  /** Throws a {@link SourceError} with code `quota` when storage is full; the previous payload stays. */
  putPayload(id: LiveSourceId, value: StoredPayload): Promise<void>;
  getMerged(): Promise<MergedRecord | undefined>;
  /** Stores the view, and each of its entities on its own (one transaction: all or nothing). */
  putMerged(record: MergedRecord): Promise<void>;
  /** One entity of the stored view, with the view's version; a read of a few KB, not of the whole view. */
  getEntity(id: string): Promise<{ entity: MergedEntity; meta: MergedMeta } | undefined>;
  /** Bytes used by the extension's storage, when the browser says. */
  usage(): Promise<number | undefined>;
  /** A refresh held back for the user's confirmation (see {@link HeldRefresh}); one per source at most. */
  getPending(id: LiveSourceId): Promise<PendingPayload | undefined>;
  putPending(id: LiveSourceId, value: PendingPayload): Promise<void>;
  deletePending(id: LiveSourceId): Promise<void>;
}

/** A held-back refresh: its payload and what the refresh would have recorded. */
export interface PendingPayload extends StoredPayload {
  count: number;
  validators: Record<string, Validators>;
  asOf?: string;
}

function metaOf(record: MergedRecord): MergedMeta {
  return {
    version: record.version,
    asOf: record.dataset.asOf,
    sourceName: record.dataset.source.name,
    ...(record.dataset.screened ? { screened: record.dataset.screened } : {}),
    ...(record.dataset.screenedOffline ? { screenedOffline: record.dataset.screenedOffline } : {}),
  };
}

function isQuota(err: unknown): boolean {
  const name = (err as { name?: string })?.name ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(String((err as Error)?.message ?? ''));
}

function storageError(err: unknown, what: string): Error {
  if (isQuota(err))
    return new SourceError('quota', `Storage is full: could not save ${what}; the last good data stays in use`);
  return err instanceof Error ? err : new Error(String(err));
}

export function createIdbStore(name = SOURCES_DB): SourceStore {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () => {
    db ??= openDB(name, DB_VERSION, {
      upgrade(d, oldVersion) {
        if (oldVersion < 1) {
          d.createObjectStore('payloads');
          d.createObjectStore('merged');
        }
        // Version 2: each entity of the merged view on its own, for the first lookups of a restarted worker.
        if (oldVersion < 2) d.createObjectStore('entities');
      },
    });
    // A failed open is retried on the next call.
    db.catch(() => {
      db = undefined;
    });
    return db;
  };
  return {
    async getPayload(id) {
      return (await open()).get('payloads', id);
    },
    async putPayload(id, value) {
      try {
        await (await open()).put('payloads', value, id);
      } catch (err) {
        throw storageError(err, `the ${id} data`);
      }
    },
    async getMerged() {
      return (await open()).get('merged', 'current');
    },
    async putMerged(record) {
      try {
        const tx = (await open()).transaction(['merged', 'entities'], 'readwrite');
        const merged = tx.objectStore('merged');
        const entities = tx.objectStore('entities');
        void merged.put(record, 'current');
        void merged.put(metaOf(record), 'meta');
        void entities.clear();
        for (const e of record.dataset.entities) void entities.put(e, e.id);
        await tx.done;
      } catch (err) {
        throw storageError(err, 'the merged view');
      }
    },
    async getEntity(id) {
      const tx = (await open()).transaction(['merged', 'entities']);
      const [meta, entity] = await Promise.all([
        tx.objectStore('merged').get('meta') as Promise<MergedMeta | undefined>,
        tx.objectStore('entities').get(id) as Promise<MergedEntity | undefined>,
      ]);
      return meta && entity ? { meta, entity } : undefined;
    },
    async usage() {
      const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
      return estimate?.usage;
    },
    // Beside the payloads, under "pending:<id>" (no schema change).
    async getPending(id) {
      return (await open()).get('payloads', `pending:${id}`);
    },
    async putPending(id, value) {
      try {
        await (await open()).put('payloads', value, `pending:${id}`);
      } catch (err) {
        throw storageError(err, `the held-back ${id} data`);
      }
    },
    async deletePending(id) {
      await (await open()).delete('payloads', `pending:${id}`);
    },
  };
}

/** An in-memory store for tests; `failWrites` makes every write fail as a full disk would. */
export function createMemoryStore(): SourceStore & { failWrites: boolean } {
  const payloads = new Map<string, StoredPayload>();
  const pending = new Map<string, PendingPayload>();
  let merged: MergedRecord | undefined;
  const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  return {
    failWrites: false,
    async getPayload(id) {
      return structuredClone(payloads.get(id));
    },
    async putPayload(id, value) {
      if (this.failWrites) throw storageError(quota(), `the ${id} data`);
      payloads.set(id, structuredClone(value));
    },
    async getMerged() {
      return merged && structuredClone(merged);
    },
    async putMerged(record) {
      if (this.failWrites) throw storageError(quota(), 'the merged view');
      merged = structuredClone(record);
    },
    async getEntity(id) {
      const entity = merged?.dataset.entities.find((e) => e.id === id);
      return merged && entity ? { meta: metaOf(merged), entity: structuredClone(entity) } : undefined;
    },
    async usage() {
      return undefined;
    },
    async getPending(id) {
      return structuredClone(pending.get(id));
    },
    async putPending(id, value) {
      if (this.failWrites) throw storageError(quota(), `the held-back ${id} data`);
      pending.set(id, structuredClone(value));
    },
    async deletePending(id) {
      pending.delete(id);
    },
  };
}
