/**
 * How many "In this article" sentences each company of the page has, for the popup's "On this page". Worked out in
 * idle time after a scan (one company at a time while the browser has time to spare), never inside the scan; a
 * popup that asks before the idle work is done gets the rest computed at once.
 */
import type { MentionRegistry } from './highlights';
import type { PageSignals } from './page-signals';

/** Idle callbacks wait at most this long (ms) before running anyway. */
export const IDLE_TIMEOUT_MS = 2000;
/** Leave the idle period when less than this remains (ms): one company rarely takes longer. */
const MIN_REMAINING_MS = 2;

export interface IdleScheduler {
  requestIdleCallback(fn: (deadline: IdleDeadline) => void, options: { timeout: number }): number;
}

export interface SignalCounts {
  /** Counts again in idle time (after a scan or an update of the page). */
  schedule(): void;
  /** Every marked company with at least one signal, and its number of sentences; finishes pending work now. */
  counts(): Record<string, number>;
  clear(): void;
}

export function createSignalCounts(registry: MentionRegistry, signals: PageSignals, idle: IdleScheduler): SignalCounts {
  let queue: string[] = [];
  let requested = false;
  const counts = new Map<string, number>();
  /** The pass so far, for its user-timing entry (geolens:signal-counts): read by the E2E test and by hand. */
  let pass:
    | { startedAt: number; busyMs: number; entities: number; slowest: { entityId: string; ms: number } }
    | undefined;
  const countOne = (entityId: string) => {
    const t0 = performance.now();
    pass ??= { startedAt: t0, busyMs: 0, entities: 0, slowest: { entityId, ms: 0 } };
    try {
      const n = new Set(signals.forEntity(entityId).map((s) => s.signal.sentence)).size;
      if (n > 0) counts.set(entityId, n);
      else counts.delete(entityId);
    } catch {
      counts.delete(entityId);
    }
    const ms = performance.now() - t0;
    pass.busyMs += ms;
    pass.entities++;
    if (ms > pass.slowest.ms) pass.slowest = { entityId, ms };
  };
  const finish = () => {
    if (!pass || queue.length > 0) return;
    const { startedAt, ...detail } = pass;
    pass = undefined;
    performance.clearMeasures('geolens:signal-counts');
    performance.measure('geolens:signal-counts', { start: startedAt, end: performance.now(), detail });
  };
  const work = (deadline: IdleDeadline) => {
    requested = false;
    while (queue.length > 0 && (deadline.didTimeout || deadline.timeRemaining() > MIN_REMAINING_MS)) {
      countOne(queue.shift() as string);
      // A timed-out callback does one company, then waits for the next idle period.
      if (deadline.didTimeout) break;
    }
    if (queue.length > 0) request();
    else finish();
  };
  const request = () => {
    if (requested) return;
    requested = true;
    idle.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
  };
  return {
    schedule() {
      queue = registry.entityIds();
      for (const id of [...counts.keys()]) if (!queue.includes(id)) counts.delete(id);
      request();
    },
    counts() {
      while (queue.length > 0) countOne(queue.shift() as string);
      finish();
      return Object.fromEntries(counts);
    },
    clear() {
      queue = [];
      pass = undefined;
      counts.clear();
    },
  };
}
