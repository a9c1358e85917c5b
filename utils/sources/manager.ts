/**
 * Runs the live sources in the background: refresh on a schedule (schedule.ts), on demand from options, and "Test
 * connection" without storing anything (refresh.ts). Every download is parsed and validated first; only then is the
 * stored payload replaced, the merged view rebuilt and handed to the cache manager (apply.ts, merged-view.ts). Any
 * failure keeps the last good data and records the error. This file composes those parts and owns the settings.
 */

import type { Dataset } from '../exposure/schema';
import type { SourceStatus, SourceTestResult } from '../messaging/views';
import { loadSourceConfigs, loadSourceStates, saveSourceConfig, saveSourceState } from '../storage/sources';
import { createApplier } from './apply';
import { createMergedBuilder } from './build';
import type { RefreshContext, SourceConfig } from './definition';
import { checkSourceUrl } from './http';
import type { MergedDataset, MergedEntity } from './merged-dataset';
import { createMergedView } from './merged-view';
import { createRefresher } from './refresh';
import { type AlarmApi, createSourceSchedule } from './schedule';
import { embeddedSourceView, errorText, liveSourceView } from './status';
import type { MergedMeta, SourceStore } from './store';
import { LIVE_SOURCE_IDS, type LiveSourceId } from './types';
import type { Universe } from './universe-format';

export { COLD_START_GATE_MS } from './merged-view';
export { ALARM_PREFIX, type AlarmApi, RETRY_BASE_MINUTES } from './schedule';

export interface SourceManagerDeps {
  store: SourceStore;
  /** The embedded snapshot: the source that is always on, under the others. */
  loadEmbedded(): Promise<Dataset>;
  /** The listed universe, the other half of the embedded snapshot (./universe.ts); absent in tests of other parts. */
  loadUniverse?(): Promise<Universe | undefined>;
  /** Hands a rebuilt merged view to the cache manager. */
  setDataset(dataset: MergedDataset): Promise<unknown>;
  /** Identifies the build: a stored merged view from another version is rebuilt. */
  extensionVersion: string;
  now?: () => number;
  http?: RefreshContext['http'];
  alarms?: AlarmApi | null;
  /** Whether the host permissions are granted; `null` where there is no permissions API (unit tests). */
  hasOrigins?: ((origins: string[]) => Promise<boolean>) | null;
}

export interface SourceManager {
  /** The merged view at start: the stored one when it is current, else rebuilt from the stored payloads. */
  loadMerged(): Promise<MergedDataset>;
  /**
   * One entity of the stored view when that view is current, read on its own: how a restarted worker answers its
   * first lookups before the whole view is loaded (ADR 0006). `undefined` when unknown or stale.
   */
  storedEntity(id: string): Promise<{ entity: MergedEntity; meta: MergedMeta } | undefined>;
  /** The first lookup has been answered: the whole view may be read now (see {@link COLD_START_GATE_MS}). */
  coldLookupDone(): void;
  refresh(id: LiveSourceId): Promise<SourceStatus>;
  /** Applies a held-back refresh (the user confirmed it in options); answers the source's new status. */
  confirmHeld(id: LiveSourceId): Promise<SourceStatus>;
  /** Drops a held-back refresh; the last good data stays. */
  dismissHeld(id: LiveSourceId): Promise<SourceStatus>;
  /** Tests a connection with the stored settings and `patch` over them (see {@link withKeyBoundToUrl}). */
  test(id: LiveSourceId, patch: Partial<SourceConfig>): Promise<SourceTestResult>;
  views(): Promise<SourceStatus[]>;
  /** Saves settings (see {@link withKeyBoundToUrl}); answers every source's status. */
  saveConfig(id: LiveSourceId, patch: Partial<SourceConfig>): Promise<SourceStatus[]>;
  /** Arms or clears each source's alarm to match its settings (at start and after a change). */
  syncAlarms(): Promise<void>;
  /** Runs the refresh an alarm asks for; false when the alarm is not a source's. */
  onAlarm(name: string): Promise<boolean>;
  /** Resolves when refreshes and rebuilds started so far have finished. */
  settled(): Promise<void>;
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      return new URL(u.trim()).href;
    } catch {
      return u.trim();
    }
  };
  return norm(a) === norm(b);
}

/**
 * A stored API key goes only to the URL it was saved with. A test or a save that names another URL and brings no key
 * of its own gets `apiKey: ""`: the test sends none, and the save forgets the stored key rather than send it to the
 * new address on the next refresh.
 */
export function withKeyBoundToUrl<P extends { url?: string; apiKey?: string }>(stored: SourceConfig, patch: P): P {
  if (patch.apiKey !== undefined || patch.url === undefined) return patch;
  if (!stored.apiKey || sameUrl(stored.url, patch.url)) return patch;
  return { ...patch, apiKey: '' };
}

export function createSourceManager(deps: SourceManagerDeps): SourceManager {
  const now = deps.now ?? Date.now;
  const builder = createMergedBuilder({ ...deps, now });
  const merged = createMergedView({ ...deps, now }, builder);
  const schedule = createSourceSchedule(deps.alarms, now);
  const applier = createApplier({ store: deps.store, now }, builder, merged);
  const refresher = createRefresher({ ...deps, now }, { applier, view: merged, schedule });
  const refreshing = new Set<LiveSourceId>();
  /** One refresh or rebuild at a time: they all write the same stored view. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function statusOf(id: LiveSourceId): Promise<SourceStatus> {
    const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
    return liveView(id, configs[id], states[id]);
  }
  async function liveView(id: LiveSourceId, config: SourceConfig, state: Parameters<typeof liveSourceView>[2]) {
    const nextRefresh = config.enabled ? await schedule.next(id) : undefined;
    return liveSourceView(id, config, state, {
      ...(config.enabled ? { flagged: merged.flagged(id) } : {}),
      refreshing: refreshing.has(id),
      ...(nextRefresh !== undefined ? { nextRefresh } : {}),
    });
  }
  async function embeddedView(): Promise<SourceStatus> {
    try {
      const [dataset, companies] = await Promise.all([builder.embedded(), builder.embeddedCompanies()]);
      return { ...embeddedSourceView(dataset), entityCount: companies };
    } catch (err) {
      return embeddedSourceView(undefined, errorText(err));
    }
  }

  /** After a save: turned on → fetch when there is no data yet or it moved; turned off → drop it from the view. */
  async function afterSave(id: LiveSourceId, before: SourceConfig, next: SourceConfig, keyChanged: boolean) {
    const moved = next.url !== before.url || JSON.stringify(next.datasets) !== JSON.stringify(before.datasets);
    if (moved) {
      // Another file: the old validators mean nothing for it.
      const state = (await loadSourceStates())[id];
      if (state) {
        const { held: _held, ...rest } = state;
        await saveSourceState(id, { ...rest, validators: {} });
      }
      await deps.store.deletePending(id).catch(() => undefined);
    }
    await schedule.sync();
    if (next.enabled !== before.enabled) {
      const stored = await deps.store.getPayload(id).catch(() => undefined);
      if (next.enabled && (!stored || moved)) void manager.refresh(id);
      else void serial(merged.rebuild).catch((err) => console.error('[GeoLens] rebuild failed', err));
    } else if (next.enabled && (moved || keyChanged)) void manager.refresh(id);
  }

  const manager: SourceManager = {
    loadMerged: merged.load,
    coldLookupDone: merged.coldLookupDone,
    storedEntity: merged.storedEntity,
    async refresh(id) {
      refreshing.add(id);
      try {
        await serial(() => refresher.refresh(id));
      } finally {
        refreshing.delete(id);
      }
      return statusOf(id);
    },
    async confirmHeld(id) {
      await serial(() => applier.confirmHeld(id));
      return statusOf(id);
    },
    async dismissHeld(id) {
      await serial(() => applier.dismissHeld(id));
      return statusOf(id);
    },
    async test(id, input) {
      const stored = (await loadSourceConfigs())[id];
      const patch = withKeyBoundToUrl(stored, input);
      const config: SourceConfig = { ...stored, ...patch };
      if (patch.apiKey === undefined && stored.apiKey) config.apiKey = stored.apiKey;
      return refresher.test(id, config);
    },
    async views() {
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      return [
        await embeddedView(),
        ...(await Promise.all(LIVE_SOURCE_IDS.map((id) => liveView(id, configs[id], states[id])))),
      ];
    },
    async saveConfig(id, input) {
      const before = (await loadSourceConfigs())[id];
      const patch = withKeyBoundToUrl(before, input);
      const next: SourceConfig = { ...before, ...patch };
      if (patch.apiKey === '') delete next.apiKey;
      if (patch.url !== undefined && next.url) checkSourceUrl(next.url);
      await saveSourceConfig(id, next);
      await afterSave(id, before, next, patch.apiKey !== undefined);
      return manager.views();
    },
    syncAlarms: () => schedule.sync(),
    async onAlarm(name) {
      const id = schedule.sourceOf(name);
      if (!id) return false;
      const c = (await loadSourceConfigs())[id];
      if (c.enabled) await manager.refresh(id);
      return true;
    },
    async settled() {
      let seen: Promise<unknown> | undefined;
      while (seen !== queue) {
        seen = queue;
        await seen;
      }
    },
  };
  return manager;
}
