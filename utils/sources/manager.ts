/**
 * Runs the live sources in the background: refresh on a schedule (`browser.alarms`, one alarm per source at its
 * cadence, back-off after a failure), on demand from options, and "Test connection" without storing anything.
 * Every download is parsed and validated first; only then is the stored payload replaced, the merged view rebuilt
 * and handed to the cache manager (`setDataset`). Any failure keeps the last good data and records the error.
 */
import type { MergedDataset, MergedEntity } from '../cache/entity-cache';
import type { Dataset } from '../exposure/schema';
import {
  loadSourceConfigs,
  loadSourceStates,
  type SourceConfigs,
  type SourceStates,
  saveSourceConfig,
  saveSourceState,
} from '../storage/sources';
import type { RefreshContext, ScreenedEntity, SourceConfig } from './definition';
import { checkSourceUrl, SourceError } from './http';
import { checkPayload, droppedEntries, HOLD_BACK_SHARE } from './limits';
import { hashOf, type MergeInput, type MergeReport, mergeSources, type SourceInfo } from './merge';
import { SOURCES, sourceOrigins } from './registry';
import type { MergedMeta, PendingPayload, SourceStore } from './store';
import {
  type HeldRefresh,
  LIVE_SOURCE_IDS,
  type LiveSourceId,
  type SourcePayload,
  type SourceState,
  type Validators,
} from './types';

export const ALARM_PREFIX = 'geolens-source:';
/** First retry after a failure (minutes); doubles per failure, never beyond the source's cadence. */
export const RETRY_BASE_MINUTES = 5;
/**
 * At start, the whole stored view is read once the first lookup has been answered, or after this long (ms) when no
 * lookup came: both go to the same IndexedDB backend and the same thread, and a 2.6 MB read and clone beside a 3 KB
 * one added 40–70 ms to the first lookup (ADR 0006).
 */
export const COLD_START_GATE_MS = 40;

export interface AlarmApi {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | boolean | Promise<void>;
  get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
}

export interface SourceManagerDeps {
  store: SourceStore;
  loadEmbedded(): Promise<Dataset>;
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

/** Everything options shows about one source. */
export interface SourceView {
  id: LiveSourceId | 'embedded';
  name: string;
  publisher: string;
  description: string;
  licence: string;
  licenceUrl?: string;
  enabled: boolean;
  url: string;
  defaultUrl: string;
  urlHint: string;
  key: 'none' | 'optional' | 'required-for-hosted';
  /** A key is stored (never sent to the UI; only its last four characters). */
  hasKey: boolean;
  keyHint?: string;
  cadenceHours: number;
  datasets: string[];
  /** Host permissions the URL needs. */
  origins: string[];
  entityCount: number;
  asOf?: string;
  lastSuccess?: number;
  lastAttempt?: number;
  error?: string;
  /** Companies this source put a factor on in the current merged view. */
  flagged?: number;
  unscored?: Record<string, number>;
  /** A refresh held back until the user confirms it (it would drop more than half of the entries). */
  held?: HeldRefresh;
  refreshing: boolean;
  nextRefresh?: number;
}

export interface TestResult {
  ok: boolean;
  message: string;
  count?: number;
  ms: number;
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
  refresh(id: LiveSourceId): Promise<SourceView>;
  /** Applies a held-back refresh (the user confirmed it in options); answers the source's new status. */
  confirmHeld(id: LiveSourceId): Promise<SourceView>;
  /** Drops a held-back refresh; the last good data stays. */
  dismissHeld(id: LiveSourceId): Promise<SourceView>;
  test(id: LiveSourceId, config: Partial<SourceConfig>): Promise<TestResult>;
  views(): Promise<SourceView[]>;
  saveConfig(id: LiveSourceId, patch: Partial<SourceConfig>): Promise<SourceView[]>;
  /** Arms or clears each source's alarm to match its settings (at start and after a change). */
  syncAlarms(): Promise<void>;
  /** Runs the refresh an alarm asks for; false when the alarm is not a source's. */
  onAlarm(name: string): Promise<boolean>;
  /** Resolves when refreshes and rebuilds started so far have finished. */
  settled(): Promise<void>;
}

function emptyState(): SourceState {
  return { entityCount: 0, failures: 0, validators: {} };
}

function mask(key: string | undefined): string | undefined {
  return key ? `••••${key.slice(-4)}` : undefined;
}

function errorText(err: unknown): string {
  if (err instanceof SourceError) return err.message;
  if (err instanceof Error) return `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}`;
  return String(err);
}

/** The embedded snapshot as a source: always on, nothing to configure. */
export function embeddedSourceView(
  dataset: (Pick<Dataset, 'source' | 'asOf'> & { entities: readonly unknown[] }) | undefined,
  error?: string,
): SourceView {
  return {
    id: 'embedded',
    name: dataset?.source.name ?? 'Embedded snapshot',
    publisher: dataset?.source.publisher ?? 'GeoLens',
    description: 'Curated by GeoLens from public facts; ships with the extension and works offline, with no keys.',
    licence: dataset?.source.license ?? 'CC BY 4.0',
    enabled: true,
    url: '',
    defaultUrl: '',
    urlHint: '',
    key: 'none',
    hasKey: false,
    cadenceHours: 0,
    datasets: [],
    origins: [],
    entityCount: dataset?.entities.length ?? 0,
    ...(dataset ? { asOf: dataset.asOf } : {}),
    ...(error ? { error } : {}),
    refreshing: false,
  };
}

export function createSourceManager(deps: SourceManagerDeps): SourceManager {
  const now = deps.now ?? Date.now;
  let embedded: Promise<Dataset> | undefined;
  const loadEmbedded = () => {
    embedded ??= deps.loadEmbedded();
    embedded.catch(() => {
      embedded = undefined;
    });
    return embedded;
  };
  let merged: MergedDataset | undefined;
  let report: MergeReport | undefined;
  const refreshing = new Set<LiveSourceId>();
  /** One refresh or rebuild at a time: they all write the same stored view. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const versionOf = (configs: SourceConfigs, states: SourceStates) =>
    hashOf(
      JSON.stringify([
        deps.extensionVersion,
        LIVE_SOURCE_IDS.filter((id) => configs[id].enabled).map((id) => [id, states[id]?.dataVersion ?? 0]),
      ]),
    );

  const infoOf = (id: LiveSourceId, config: SourceConfig, state: SourceState | undefined): SourceInfo => ({
    id,
    name: SOURCES[id].name,
    publisher: SOURCES[id].publisher,
    url: config.url,
    asOf: state?.asOf ?? new Date(now()).toISOString().slice(0, 10),
  });

  interface Part {
    id: LiveSourceId;
    info: SourceInfo;
    payload: SourcePayload;
  }
  interface Built {
    dataset: MergedDataset;
    report: MergeReport;
    version: string;
    /** Stored data that could not be used, by source, with why (left out of the view). */
    failed: Map<LiveSourceId, string>;
  }

  function inputOf(embedded: Dataset, parts: readonly Part[]): MergeInput {
    const input: MergeInput = { embedded, feeds: [], lists: [], matches: [] };
    for (const { info, payload: p } of parts) {
      if (p.kind === 'sec') input.sec = { ...info, rows: p.rows };
      else if (p.kind === 'lists') input.lists.push({ ...info, records: p.records });
      else if (p.kind === 'feed') input.feeds.push({ ...info, dataset: p.dataset });
      else input.matches.push({ ...info, hits: p.hits });
    }
    return input;
  }

  /**
   * Merges the embedded snapshot with the stored payloads of the enabled sources (and a candidate, whose data is not
   * stored yet), then packs, unpacks and compiles the dictionary as a tab does (mergeSources). Stored data that fails
   * its checks or breaks the build is left out and reported in `failed`; a candidate that breaks it throws.
   */
  async function build(
    configs: SourceConfigs,
    states: SourceStates,
    candidate?: { id: LiveSourceId; payload: SourcePayload },
  ): Promise<Built> {
    const embedded = await loadEmbedded();
    const parts: Part[] = [];
    const failed = new Map<LiveSourceId, string>();
    for (const id of LIVE_SOURCE_IDS) {
      if (candidate?.id === id) {
        parts.push({ id, info: infoOf(id, configs[id], states[id]), payload: candidate.payload });
        continue;
      }
      if (!configs[id].enabled) continue;
      const stored = await deps.store.getPayload(id).catch((err) => {
        console.error(`[GeoLens] could not read the stored ${id} data`, err);
        return undefined;
      });
      if (!stored) continue;
      try {
        // Data stored by an earlier version may predate today's checks.
        checkPayload(id, stored.payload);
      } catch (err) {
        failed.set(id, errorText(err));
        continue;
      }
      parts.push({ id, info: infoOf(id, configs[id], states[id]), payload: stored.payload });
    }
    const version = versionOf(configs, states);
    let result: ReturnType<typeof mergeSources>;
    try {
      result = mergeSources(inputOf(embedded, parts), version);
    } catch (err) {
      if (candidate) throw err;
      // Fall back to what works: the embedded snapshot, then each source that still builds with those before it.
      console.error('[GeoLens] the merged view could not be built; leaving out the sources that break it', err);
      result = mergeSources(inputOf(embedded, []), version);
      const kept: Part[] = [];
      for (const part of parts) {
        try {
          result = mergeSources(inputOf(embedded, [...kept, part]), version);
          kept.push(part);
        } catch (e) {
          failed.set(part.id, errorText(e));
        }
      }
    }
    return { ...result, version, failed };
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

  async function storeMerged(built: Built) {
    try {
      await deps.store.putMerged({
        version: built.version,
        builtAt: now(),
        dataset: built.dataset,
        report: built.report,
      });
    } catch (err) {
      // The view is derived data: without room to store it, the next start rebuilds it from the payloads.
      console.warn('[GeoLens] could not store the merged view', err);
    }
  }

  async function rebuild(): Promise<MergedDataset> {
    const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
    const built = await build(configs, states);
    merged = built.dataset;
    report = built.report;
    await storeMerged(built);
    await markFailed(built.failed);
    await deps.setDataset(merged);
    return merged;
  }

  async function screened(): Promise<ScreenedEntity[]> {
    const view = merged ?? (await loadMergedOnce());
    return view.entities
      .filter((e) => !e.id.startsWith('sec-'))
      .map((e) => ({
        id: e.id,
        name: e.name,
        aliases: e.aliases.filter((a) => !e.ambiguousNames.includes(a)),
        countries: [e.hq, e.incorporated].filter((c): c is string => !!c),
        isins: e.listings.map((l) => l.isin).filter((i): i is string => !!i),
      }));
  }

  interface Candidate {
    payload: SourcePayload;
    count: number;
    validators: Record<string, Validators>;
    asOf?: string;
  }

  /**
   * Checks a downloaded payload and builds the merged view with it; only when both succeed does it replace the
   * stored payload and the view. With `hold`, a payload that would drop more than half of the last good entries is
   * kept aside for the user's confirmation instead. Throws a {@link SourceError} when the payload is refused.
   */
  async function apply(id: LiveSourceId, c: Candidate, attempt: number, hold: boolean): Promise<'applied' | 'held'> {
    checkPayload(id, c.payload);
    const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
    const state = states[id] ?? emptyState();
    const { error: _error, held: _held, unscored: _unscored, ...rest } = state;
    const next: SourceState = {
      ...rest,
      lastAttempt: attempt,
      lastSuccess: attempt,
      failures: 0,
      entityCount: c.count,
      validators: c.validators,
      dataVersion: attempt,
      ...(c.asOf ? { asOf: c.asOf } : {}),
      ...(c.payload.kind === 'lists' && Object.keys(c.payload.unscored).length ? { unscored: c.payload.unscored } : {}),
    };
    const built = await build(configs, { ...states, [id]: next }, { id, payload: c.payload });
    if (hold) {
      const previous = await deps.store.getPayload(id).catch(() => undefined);
      const drop = previous ? droppedEntries(previous.payload, c.payload) : undefined;
      if (drop && drop.total > 0 && drop.dropped.length > drop.total * HOLD_BACK_SHARE) {
        const pending: PendingPayload = {
          payload: c.payload,
          savedAt: attempt,
          count: c.count,
          validators: c.validators,
        };
        if (c.asOf) pending.asOf = c.asOf;
        await deps.store.putPending(id, pending);
        const { error: _e, ...kept } = state;
        await saveSourceState(id, {
          ...kept,
          lastAttempt: attempt,
          failures: 0,
          held: {
            at: attempt,
            count: c.count,
            previous: state.entityCount,
            dropped: drop.dropped.length,
            examples: drop.dropped.slice(0, 8),
          },
        });
        return 'held';
      }
    }
    // Checked and built: only now may it replace the stored data.
    await deps.store.putPayload(id, { payload: c.payload, savedAt: attempt });
    await deps.store.deletePending(id).catch(() => undefined);
    await saveSourceState(id, next);
    if (configs[id].enabled) {
      merged = built.dataset;
      report = built.report;
      await storeMerged(built);
      await markFailed(built.failed);
      await deps.setDataset(merged);
    }
    return 'applied';
  }

  async function doRefresh(id: LiveSourceId): Promise<void> {
    const configs = await loadSourceConfigs();
    const config = configs[id];
    const state = (await loadSourceStates())[id] ?? emptyState();
    const attempt = now();
    const fail = async (err: unknown) => {
      const latest = (await loadSourceStates())[id] ?? state;
      const next: SourceState = {
        ...latest,
        lastAttempt: attempt,
        error: errorText(err),
        failures: latest.failures + 1,
      };
      await saveSourceState(id, next);
      await scheduleRetry(id, config, next.failures);
    };
    try {
      checkSourceUrl(config.url);
      const origins = sourceOrigins(id, config.url);
      if (deps.hasOrigins && !(await deps.hasOrigins(origins)))
        throw new SourceError(
          'permission',
          `GeoLens has no access to ${origins.join(', ')}: turn the source off and on again to grant it`,
        );
      const outcome = await SOURCES[id].refresh(config, {
        validators: state.validators,
        ...(deps.http ? { http: deps.http } : {}),
        entities: screened,
        now: attempt,
      });
      if (outcome.status === 'unchanged') {
        // The source serves the data in use again: a refresh held back before is moot.
        const { error: _error, held: _held, ...rest } = state;
        if (state.held) await deps.store.deletePending(id).catch(() => undefined);
        await saveSourceState(id, {
          ...rest,
          lastAttempt: attempt,
          lastSuccess: attempt,
          failures: 0,
          validators: outcome.validators,
        });
        return;
      }
      await apply(
        id,
        {
          payload: outcome.payload,
          count: outcome.count,
          validators: outcome.validators,
          ...(outcome.asOf ? { asOf: outcome.asOf } : {}),
        },
        attempt,
        true,
      );
    } catch (err) {
      await fail(err);
    }
  }

  async function scheduleRetry(id: LiveSourceId, config: SourceConfig, failures: number) {
    if (!deps.alarms || !config.enabled) return;
    const minutes = Math.min(config.cadenceHours * 60, RETRY_BASE_MINUTES * 2 ** Math.max(0, failures - 1));
    await deps.alarms.create(`${ALARM_PREFIX}${id}`, {
      delayInMinutes: minutes,
      periodInMinutes: config.cadenceHours * 60,
    });
  }

  let coldLookupDone!: () => void;
  const gate = Promise.race([
    new Promise<void>((ok) => {
      coldLookupDone = ok;
    }),
    new Promise<void>((ok) => setTimeout(ok, COLD_START_GATE_MS)),
  ]);

  let started: Promise<MergedDataset> | undefined;
  async function loadMergedOnce(): Promise<MergedDataset> {
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
      if (stored && stored.version === versionOf(configs, states)) {
        merged = stored.dataset;
        report = stored.report;
        return stored.dataset;
      }
      const built = await build(configs, states);
      merged = built.dataset;
      report = built.report;
      await storeMerged(built);
      await markFailed(built.failed);
      return merged;
    })();
    started.catch(() => {
      started = undefined;
    });
    return started;
  }

  const view = async (id: LiveSourceId, configs: SourceConfigs, states: SourceStates): Promise<SourceView> => {
    const def = SOURCES[id];
    const c = configs[id];
    const s = states[id] ?? emptyState();
    const alarm = c.enabled ? await deps.alarms?.get(`${ALARM_PREFIX}${id}`).catch(() => undefined) : undefined;
    return {
      id,
      name: def.name,
      publisher: def.publisher,
      description: def.description,
      licence: def.licence,
      ...(def.licenceUrl ? { licenceUrl: def.licenceUrl } : {}),
      enabled: c.enabled,
      url: c.url,
      defaultUrl: def.defaultUrl,
      urlHint: def.urlHint,
      key: def.key,
      hasKey: !!c.apiKey,
      ...(c.apiKey ? { keyHint: mask(c.apiKey)! } : {}),
      cadenceHours: c.cadenceHours,
      datasets: c.datasets,
      origins: sourceOrigins(id, c.url),
      entityCount: s.entityCount,
      ...(s.asOf ? { asOf: s.asOf } : {}),
      ...(s.lastSuccess ? { lastSuccess: s.lastSuccess } : {}),
      ...(s.lastAttempt ? { lastAttempt: s.lastAttempt } : {}),
      ...(s.error ? { error: s.error } : {}),
      ...(c.enabled && report?.perSource[id] ? { flagged: report.perSource[id].flagged } : {}),
      ...(s.unscored ? { unscored: s.unscored } : {}),
      ...(s.held ? { held: s.held } : {}),
      refreshing: refreshing.has(id),
      ...(alarm ? { nextRefresh: alarm.scheduledTime } : {}),
    };
  };

  async function embeddedView(): Promise<SourceView> {
    try {
      return embeddedSourceView(await loadEmbedded());
    } catch (err) {
      return embeddedSourceView(undefined, errorText(err));
    }
  }

  const manager: SourceManager = {
    loadMerged: loadMergedOnce,
    coldLookupDone: () => coldLookupDone(),
    async storedEntity(id) {
      try {
        const [configs, states, hit] = await Promise.all([
          loadSourceConfigs(),
          loadSourceStates(),
          deps.store.getEntity(id).catch(() => undefined),
        ]);
        return hit && hit.meta.version === versionOf(configs, states) ? hit : undefined;
      } catch (err) {
        coldLookupDone();
        throw err;
      }
    },
    async refresh(id) {
      refreshing.add(id);
      try {
        await serial(() => doRefresh(id));
      } finally {
        refreshing.delete(id);
      }
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      return view(id, configs, states);
    },
    async confirmHeld(id) {
      await serial(async () => {
        const pending = await deps.store.getPending(id);
        if (!pending) throw new SourceError('config', 'No held-back refresh is waiting for this source');
        const { payload, count, validators, asOf } = pending;
        await apply(id, { payload, count, validators, ...(asOf ? { asOf } : {}) }, now(), false);
      });
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      return view(id, configs, states);
    },
    async dismissHeld(id) {
      await serial(async () => {
        await deps.store.deletePending(id);
        const state = (await loadSourceStates())[id];
        if (state?.held) {
          const { held: _held, ...rest } = state;
          await saveSourceState(id, rest);
        }
      });
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      return view(id, configs, states);
    },
    async test(id, patch) {
      const configs = await loadSourceConfigs();
      const config: SourceConfig = { ...configs[id], ...patch };
      if (patch.apiKey === undefined && configs[id].apiKey) config.apiKey = configs[id].apiKey;
      const t0 = now();
      const t = performance.now();
      try {
        checkSourceUrl(config.url);
        const origins = sourceOrigins(id, config.url);
        if (deps.hasOrigins && !(await deps.hasOrigins(origins)))
          throw new SourceError('permission', `GeoLens has no access to ${origins.join(', ')} yet`);
        // No validators: a test always downloads, and it stores nothing.
        const outcome = await SOURCES[id].refresh(config, {
          validators: {},
          ...(deps.http ? { http: { ...deps.http, retries: 0 } } : { http: { retries: 0 } }),
          entities: async () => (await screened()).slice(0, 5),
          now: t0,
        });
        const ms = Math.round(performance.now() - t);
        if (outcome.status === 'unchanged') return { ok: true, message: 'Connected: the data is unchanged', ms };
        checkPayload(id, outcome.payload);
        return {
          ok: true,
          message: `Connected: ${outcome.count} ${id === 'sec' ? 'companies' : 'entries'} read and valid`,
          count: outcome.count,
          ms,
        };
      } catch (err) {
        return { ok: false, message: errorText(err), ms: Math.round(performance.now() - t) };
      }
    },
    async views() {
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      return [await embeddedView(), ...(await Promise.all(LIVE_SOURCE_IDS.map((id) => view(id, configs, states))))];
    },
    async saveConfig(id, patch) {
      const before = (await loadSourceConfigs())[id];
      const next: SourceConfig = { ...before, ...patch };
      if (patch.apiKey === '') delete next.apiKey;
      if (patch.url !== undefined && next.url) checkSourceUrl(next.url);
      await saveSourceConfig(id, next);
      const urlChanged = next.url !== before.url || JSON.stringify(next.datasets) !== JSON.stringify(before.datasets);
      if (urlChanged) {
        // Another file: the old validators mean nothing for it.
        const state = (await loadSourceStates())[id];
        if (state) {
          const { held: _held, ...rest } = state;
          await saveSourceState(id, { ...rest, validators: {} });
        }
        await deps.store.deletePending(id).catch(() => undefined);
      }
      await manager.syncAlarms();
      if (next.enabled !== before.enabled) {
        // Turned on: fetch now when there is no data yet (or it changed place); turned off: drop it from the view.
        const stored = await deps.store.getPayload(id).catch(() => undefined);
        if (next.enabled && (!stored || urlChanged)) void manager.refresh(id);
        else void serial(rebuild).catch((err) => console.error('[GeoLens] rebuild failed', err));
      } else if (next.enabled && (urlChanged || patch.apiKey !== undefined)) void manager.refresh(id);
      return manager.views();
    },
    async syncAlarms() {
      if (!deps.alarms) return;
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      for (const id of LIVE_SOURCE_IDS) {
        const name = `${ALARM_PREFIX}${id}`;
        const c = configs[id];
        if (!c.enabled) {
          await deps.alarms.clear(name);
          continue;
        }
        const period = c.cadenceHours * 60;
        const existing = await deps.alarms.get(name);
        const last = states[id]?.lastSuccess;
        const due = last ? last + period * 60_000 : now();
        // Keep an alarm that already fires on time (a restart must not postpone refreshes forever).
        if (existing && Math.abs(existing.scheduledTime - Math.max(due, now())) < period * 60_000) continue;
        await deps.alarms.create(name, {
          delayInMinutes: Math.max(0.5, (due - now()) / 60_000),
          periodInMinutes: period,
        });
      }
    },
    async onAlarm(name) {
      if (!name.startsWith(ALARM_PREFIX)) return false;
      const id = name.slice(ALARM_PREFIX.length) as LiveSourceId;
      if (!LIVE_SOURCE_IDS.includes(id)) return false;
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
