/**
 * When each source refreshes: one `browser.alarms` alarm per enabled source at its cadence, and a back-off after a
 * failure (the first retry after {@link RETRY_BASE_MINUTES}, doubling, never beyond the cadence).
 */
import { loadSourceConfigs, loadSourceStates } from '../storage/sources';
import type { SourceConfig } from './definition';
import { LIVE_SOURCE_IDS, type LiveSourceId } from './types';

export const ALARM_PREFIX = 'geolens-source:';
/** First retry after a failure (minutes); doubles per failure, never beyond the source's cadence. */
export const RETRY_BASE_MINUTES = 5;

export interface AlarmApi {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | boolean | Promise<void>;
  get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
}

export interface SourceSchedule {
  /** Arms or clears each source's alarm to match its settings (at start and after a change). */
  sync(): Promise<void>;
  /** Brings the source's next refresh forward after its `failures`-th failure in a row. */
  retry(id: LiveSourceId, config: SourceConfig, failures: number): Promise<void>;
  /** When the source's alarm fires next, if it has one. */
  next(id: LiveSourceId): Promise<number | undefined>;
  /** The source an alarm name belongs to, if any. */
  sourceOf(name: string): LiveSourceId | undefined;
}

/** The schedule over `alarms`; with `null` (unit tests) nothing is ever armed. */
export function createSourceSchedule(alarms: AlarmApi | null | undefined, now: () => number): SourceSchedule {
  return {
    async sync() {
      if (!alarms) return;
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      for (const id of LIVE_SOURCE_IDS) {
        const name = `${ALARM_PREFIX}${id}`;
        const c = configs[id];
        if (!c.enabled) {
          await alarms.clear(name);
          continue;
        }
        const period = c.cadenceHours * 60;
        const existing = await alarms.get(name);
        const last = states[id]?.lastSuccess;
        const due = last ? last + period * 60_000 : now();
        // Keep an alarm that already fires on time (a restart must not postpone refreshes forever).
        if (existing && Math.abs(existing.scheduledTime - Math.max(due, now())) < period * 60_000) continue;
        await alarms.create(name, {
          delayInMinutes: Math.max(0.5, (due - now()) / 60_000),
          periodInMinutes: period,
        });
      }
    },
    async retry(id, config, failures) {
      if (!alarms || !config.enabled) return;
      const minutes = Math.min(config.cadenceHours * 60, RETRY_BASE_MINUTES * 2 ** Math.max(0, failures - 1));
      await alarms.create(`${ALARM_PREFIX}${id}`, {
        delayInMinutes: minutes,
        periodInMinutes: config.cadenceHours * 60,
      });
    },
    async next(id) {
      const alarm = await alarms?.get(`${ALARM_PREFIX}${id}`).catch(() => undefined);
      return alarm?.scheduledTime;
    },
    sourceOf(name) {
      if (!name.startsWith(ALARM_PREFIX)) return undefined;
      const id = name.slice(ALARM_PREFIX.length) as LiveSourceId;
      return LIVE_SOURCE_IDS.includes(id) ? id : undefined;
    },
  };
}
