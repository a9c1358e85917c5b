/**
 * The merged view the manager holds: read from the store at start when it is current (else rebuilt), replaced
 * after each applied refresh, and handed to the cache manager. Also the cold path of a restarted worker: one stored
 * entity, read on its own before the whole view (ADR 0006).
 */

import { loadSourceConfigs, loadSourceStates, saveSourceState } from '../storage/sources';
import type { Built, MergedBuilder } from './build';
import type { ScreenedEntity } from './definition';
import type { MergeReport } from './merge';
import type { MergedDataset, MergedEntity } from './merged-dataset';
import { emptyState } from './status';
import type { MergedMeta, SourceStore } from './store';
import type { LiveSourceId } from './types';

/**
 * At start, the whole stored view is read once the first lookup has been answered, or after this long (ms) when no
 * lookup came: both go to the same IndexedDB backend and the same thread, and a 2.6 MB read and clone beside a 3 KB
 * one added 40–70 ms to the first lookup (ADR 0006).
 */
export const COLD_START_GATE_MS = 40;

export interface MergedViewDeps {
  store: SourceStore;
  /** Hands a rebuilt merged view to the cache manager. */
  setDataset(dataset: MergedDataset): Promise<unknown>;
  now: () => number;
}

export interface MergedView {
  /** The merged view at start: the stored one when it is current, else rebuilt from the stored payloads. */
  load(): Promise<MergedDataset>;
  /** One entity of the stored view when that view is current; `undefined` when unknown or stale. */
  storedEntity(id: string): Promise<{ entity: MergedEntity; meta: MergedMeta } | undefined>;
  /** The first lookup has been answered: the whole view may be read now (see {@link COLD_START_GATE_MS}). */
  coldLookupDone(): void;
  /** Makes a build the current view: stores it, records the stored data it left out, and hands it on. */
  install(built: Built): Promise<MergedDataset>;
  /** Rebuilds the view from the stored payloads and installs it. */
  rebuild(): Promise<MergedDataset>;
  /** The companies of the current view that per-entity screening sources look up (SEC-only ones left out). */
  screened(): Promise<ScreenedEntity[]>;
  /** Companies a source put a factor on in the current view. */
  flagged(id: LiveSourceId): number | undefined;
}

/** Records stored data that could not be used: options shows the source failed; the next good refresh clears it. */
async function markFailed(failed: Map<LiveSourceId, string>) {
  if (failed.size === 0) return;
  const states = await loadSourceStates();
  for (const [id, why] of failed) {
    const state = states[id] ?? emptyState();
    const error = `The stored data could not be used, so it is left out until a good refresh: ${why}`;
    if (state.error === error) continue;
    await saveSourceState(id, { ...state, error, failures: state.failures + 1 });
  }
}

export function createMergedView(deps: MergedViewDeps, builder: MergedBuilder): MergedView {
  let merged: MergedDataset | undefined;
  let report: MergeReport | undefined;

  async function storeMerged(built: Built) {
    try {
      await deps.store.putMerged({
        version: built.version,
        builtAt: deps.now(),
        dataset: built.dataset,
        report: built.report,
      });
    } catch (err) {
      // The view is derived data: without room to store it, the next start rebuilds it from the payloads.
      console.warn('[GeoLens] could not store the merged view', err);
    }
  }

  /** Holds, stores and checks a build, without handing it on (the start hands it on through `load`). */
  async function hold(built: Built) {
    merged = built.dataset;
    report = built.report;
    await storeMerged(built);
    await markFailed(built.failed);
    return built.dataset;
  }

  let coldLookupDone!: () => void;
  const gate = Promise.race([
    new Promise<void>((ok) => {
      coldLookupDone = ok;
    }),
    new Promise<void>((ok) => setTimeout(ok, COLD_START_GATE_MS)),
  ]);

  let started: Promise<MergedDataset> | undefined;
  function load(): Promise<MergedDataset> {
    started ??= (async () => {
      await gate;
      const [configs, states, stored] = await Promise.all([
        loadSourceConfigs(),
        loadSourceStates(),
        deps.store.getMerged().catch((err) => {
          console.warn('[GeoLens] could not read the stored merged view; rebuilding it', err);
          return undefined;
        }),
      ]);
      if (stored && stored.version === builder.versionOf(configs, states)) {
        merged = stored.dataset;
        report = stored.report;
        return stored.dataset;
      }
      return hold(await builder.build(configs, states));
    })();
    started.catch(() => {
      started = undefined;
    });
    return started;
  }

  const view: MergedView = {
    load,
    coldLookupDone: () => coldLookupDone(),
    async storedEntity(id) {
      try {
        const [configs, states, hit] = await Promise.all([
          loadSourceConfigs(),
          loadSourceStates(),
          deps.store.getEntity(id).catch(() => undefined),
        ]);
        return hit && hit.meta.version === builder.versionOf(configs, states) ? hit : undefined;
      } catch (err) {
        coldLookupDone();
        throw err;
      }
    },
    async install(built) {
      const dataset = await hold(built);
      await deps.setDataset(dataset);
      return dataset;
    },
    async rebuild() {
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      return view.install(await builder.build(configs, states));
    },
    async screened() {
      const current = merged ?? (await load());
      return current.entities
        .filter((e) => !e.id.startsWith('sec-'))
        .map((e) => ({
          id: e.id,
          name: e.name,
          aliases: e.aliases.filter((a) => !e.ambiguousNames.includes(a)),
          countries: [e.hq, e.incorporated].filter((c): c is string => !!c),
          isins: e.listings.map((l) => l.isin).filter((i): i is string => !!i),
        }));
    },
    flagged: (id) => report?.perSource[id]?.flagged,
  };
  return view;
}
