/**
 * Where downloaded source data and the merged view are kept: IndexedDB (ADR 0006). One database, two object stores:
 * `payloads` (the last good parsed data of each source, by source id) and `merged` (the merged view with its packed
 * dictionary, under the key "current"), so a restarted service worker answers its first lookup from one read.
 * A write that fails (quota exceeded) throws and leaves the previous value in place: IndexedDB aborts the
 * transaction whole.
 */
import { type IDBPDatabase, openDB } from 'idb';
import type { MergedDataset } from '../cache/entity-cache';
import { SourceError } from './http';
import type { MergeReport } from './merge';
import type { LiveSourceId, SourcePayload } from './types';

export const SOURCES_DB = 'geolens-sources';
const DB_VERSION = 1;

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

export interface SourceStore {
  getPayload(id: LiveSourceId): Promise<StoredPayload | undefined>;
  /** Throws a {@link SourceError} with code `quota` when storage is full; the previous payload stays. */
  putPayload(id: LiveSourceId, value: StoredPayload): Promise<void>;
  getMerged(): Promise<MergedRecord | undefined>;
  putMerged(record: MergedRecord): Promise<void>;
  /** Bytes used by the extension's storage, when the browser says. */
  usage(): Promise<number | undefined>;
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
      upgrade(d) {
        d.createObjectStore('payloads');
        d.createObjectStore('merged');
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
        await (await open()).put('merged', record, 'current');
      } catch (err) {
        throw storageError(err, 'the merged view');
      }
    },
    async usage() {
      const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
      return estimate?.usage;
    },
  };
}

/** An in-memory store for tests; `failWrites` makes every write fail as a full disk would. */
export function createMemoryStore(): SourceStore & { failWrites: boolean } {
  const payloads = new Map<string, StoredPayload>();
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
    async usage() {
      return undefined;
    },
  };
}
