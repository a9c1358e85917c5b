/**
 * How many "In this article" sentences each company of the page has, for the popup's "On this page". Worked out in
 * idle time after a scan (while the browser has time to spare, a company's work cut into steps), never inside the
 * scan; a popup that asks before the idle work is done gets the rest worked out in slices, then the answer.
 */
import type { MentionRegistry } from './highlights';
import type { PageSignals } from './page-signals';
import { measureLatest } from './page-timings';

/** Idle callbacks wait at most this long (ms) before running anyway. */
export const IDLE_TIMEOUT_MS = 2000;
/** Leave the idle period when less than this remains (ms). */
const MIN_REMAINING_MS = 2;
/** Longest stretch of work when the idle callback timed out, or a popup is waiting (ms): as the scan's slices. */
export const COUNT_SLICE_MS = 8;
/** Longest stretch of work in one idle callback (ms), whatever the browser offers: no long task, ever. */
const IDLE_SLICE_MS = 16;
/**
 * Main-thread time the idle passes of one page may take in all (ms). A 200 KB article's 13 companies take ~300 ms and a 5 MB
 * page's ~6 s: the rest is worked out when the popup asks or a card opens, so a page nobody asks about costs little.
 */
export const IDLE_PASS_BUDGET_MS = 150;

export interface IdleScheduler {
  requestIdleCallback(fn: (deadline: IdleDeadline) => void, options: { timeout: number }): number;
  /** Resolves on a later task (between the slices of an answer the popup waits for). */
  yield(): Promise<void>;
}

export interface SignalCounts {
  /** Counts again in idle time (after a scan or an update of the page). */
  schedule(): void;
  /** Every marked company with at least one signal, and its number of sentences; finishes pending work first. */
  counts(): Promise<Record<string, number>>;
  clear(): void;
}

export function createSignalCounts(registry: MentionRegistry, signals: PageSignals, idle: IdleScheduler): SignalCounts {
  let queue: string[] = [];
  let requested = false;
  /** Idle time spent on this page so far (ms), against IDLE_PASS_BUDGET_MS; a new page (SPA) starts again. */
  let idleSpent = 0;
  const counts = new Map<string, number>();
  /** The pass so far, for its user-timing entry (geolens:signal-counts): read by the E2E test and by hand. */
  let pass:
    | {
        startedAt: number;
        busyMs: number;
        entities: number;
        longestStepMs: number;
        /** The company that took the most main-thread time, across its slices. */
        busiest: { entityId: string; ms: number };
        perEntity: Map<string, number>;
      }
    | undefined;

  /** Works on the queue until `stop()`; true when it is empty. */
  const work = (stop: () => boolean): boolean => {
    while (queue.length > 0 && !stop()) {
      const entityId = queue[0] as string;
      const t0 = performance.now();
      pass ??= {
        startedAt: t0,
        busyMs: 0,
        entities: 0,
        longestStepMs: 0,
        busiest: { entityId, ms: 0 },
        perEntity: new Map(),
      };
      let list: ReturnType<PageSignals['advance']>;
      try {
        list = signals.advance(entityId, stop);
      } catch {
        list = [];
      }
      const ms = performance.now() - t0;
      pass.busyMs += ms;
      if (ms > pass.longestStepMs) pass.longestStepMs = ms;
      const total = (pass.perEntity.get(entityId) ?? 0) + ms;
      pass.perEntity.set(entityId, total);
      if (total > pass.busiest.ms) pass.busiest = { entityId, ms: total };
      if (!list) break;
      queue.shift();
      pass.entities++;
      const n = new Set(list.map((s) => s.signal.sentence)).size;
      if (n > 0) counts.set(entityId, n);
      else counts.delete(entityId);
    }
    if (queue.length > 0) return false;
    measurePass(false);
    return true;
  };
  const measurePass = (stopped: boolean) => {
    if (!pass) return;
    const { startedAt, perEntity: _, ...detail } = pass;
    pass = undefined;
    measureLatest('geolens:signal-counts', startedAt, performance.now(), { ...detail, stopped, left: queue.length });
  };
  const onIdle = (deadline: IdleDeadline) => {
    requested = false;
    const end = performance.now() + (deadline.didTimeout ? COUNT_SLICE_MS : IDLE_SLICE_MS);
    // A timed-out callback has no time remaining by definition: it gets one short slice.
    const stop = deadline.didTimeout
      ? () => performance.now() > end
      : () => performance.now() > end || deadline.timeRemaining() <= MIN_REMAINING_MS;
    const t0 = performance.now();
    const done = work(stop);
    idleSpent += performance.now() - t0;
    // Over budget: leave the rest to whoever asks (the popup, a card).
    if (done) return;
    if (idleSpent < IDLE_PASS_BUDGET_MS) request();
    else measurePass(true);
  };
  const request = () => {
    if (requested) return;
    requested = true;
    idle.requestIdleCallback(onIdle, { timeout: IDLE_TIMEOUT_MS });
  };
  return {
    schedule() {
      queue = registry.entityIds();
      for (const id of [...counts.keys()]) if (!queue.includes(id)) counts.delete(id);
      if (idleSpent < IDLE_PASS_BUDGET_MS) request();
    },
    async counts() {
      for (;;) {
        const end = performance.now() + COUNT_SLICE_MS;
        if (work(() => performance.now() > end)) break;
        await idle.yield();
      }
      return Object.fromEntries(counts);
    },
    clear() {
      queue = [];
      pass = undefined;
      idleSpent = 0;
      counts.clear();
    },
  };
}
