/**
 * One refresh of one source — download with the stored validators, then apply (apply.ts) or record the failure and
 * back off — and "Test connection", which downloads the same way and stores nothing.
 */
import type { SourceTestResult } from '../messaging/views';
import { loadSourceConfigs, loadSourceStates, saveSourceState } from '../storage/sources';
import type { Applier } from './apply';
import { sourceOrigins } from './catalog';
import type { RefreshContext, SourceConfig } from './definition';
import { checkSourceUrl, SourceError } from './http';
import { checkPayload } from './limits';
import type { MergedView } from './merged-view';
import { SOURCES } from './registry';
import type { SourceSchedule } from './schedule';
import { emptyState, errorText } from './status';
import type { SourceStore } from './store';
import type { LiveSourceId, SourceState } from './types';

export interface RefreshDeps {
  store: SourceStore;
  now: () => number;
  http?: RefreshContext['http'];
  /** Whether the host permissions are granted; `null` where there is no permissions API (unit tests). */
  hasOrigins?: ((origins: string[]) => Promise<boolean>) | null;
}

export interface Refresher {
  /** Downloads and applies; a failure keeps the last good data, is recorded in the source's state and backs off. */
  refresh(id: LiveSourceId): Promise<void>;
  /** Downloads with `config` and checks the result; stores nothing. */
  test(id: LiveSourceId, config: SourceConfig): Promise<SourceTestResult>;
}

export function createRefresher(
  deps: RefreshDeps,
  parts: { applier: Applier; view: MergedView; schedule: SourceSchedule },
): Refresher {
  const { applier, view, schedule } = parts;

  async function fail(id: LiveSourceId, config: SourceConfig, state: SourceState, attempt: number, err: unknown) {
    const latest = (await loadSourceStates())[id] ?? state;
    const next: SourceState = { ...latest, lastAttempt: attempt, error: errorText(err), failures: latest.failures + 1 };
    await saveSourceState(id, next);
    await schedule.retry(id, config, next.failures);
  }

  return {
    async refresh(id) {
      const config = (await loadSourceConfigs())[id];
      const state = (await loadSourceStates())[id] ?? emptyState();
      const attempt = deps.now();
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
          entities: view.screened,
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
        const { payload, count, validators, asOf } = outcome;
        await applier.apply(id, { payload, count, validators, ...(asOf ? { asOf } : {}) }, attempt, true);
      } catch (err) {
        await fail(id, config, state, attempt, err);
      }
    },
    async test(id, config) {
      const t0 = deps.now();
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
          entities: async () => (await view.screened()).slice(0, 5),
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
  };
}
