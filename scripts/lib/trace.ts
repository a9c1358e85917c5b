/**
 * Main-thread CPU time of GeoLens's content script, read from a Chromium trace: the sum of the thread time (`tdur`)
 * of the renderer main thread's script events whose code comes from the extension, inside a time window. Unlike
 * wall-clock time, it does not count the moments the thread waits for a CPU, which on a small, shared machine can
 * double a timing (V8's background compilers, the raster threads and other processes compete for two cores).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface Tracing {
  /** Stops tracing and returns the events. */
  stop(): Promise<TraceEvent[]>;
}

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing', '__metadata'];

/** Starts a Chromium trace of `page` (the script categories unless others are given). */
export async function startTracing(page: Page, categories: readonly string[] = CATEGORIES): Promise<Tracing> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
  return {
    async stop() {
      const done = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await done;
      if (!stream) throw new Error('Chromium returned no trace stream');
      const text = await readStream(cdp, stream);
      await cdp.detach();
      return (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
    },
  };
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle, size: 1 << 20 })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return parts.join('');
}

export interface ExtensionCpu {
  /** During the last `measureName` measure (e.g. the scan). */
  duringMs: number;
  /** Before it, from the start of the trace: the content script's start-up (settings, dictionary, compile). */
  beforeMs: number;
}

/**
 * CPU milliseconds that the extension's code used on the page's main thread during the last `measureName`
 * user-timing measure (e.g. geolens:scan) and before it, or undefined when the trace holds no such measure. A task
 * counts when it runs extension code: a timer or call into the content script, with the promise continuations and
 * garbage collections inside it (a time-sliced scan resumes in the microtasks of its timer task).
 */
export function extensionCpu(events: TraceEvent[], measureName: string): ExtensionCpu | undefined {
  const marks = events.filter((e) => e.name === measureName && e.cat.includes('user_timing'));
  const begin = marks.filter((e) => e.ph === 'b').at(-1);
  const end = marks.filter((e) => e.ph === 'e').at(-1);
  if (!begin || !end) return undefined;
  // The measure is recorded by the page's renderer: its main thread is the one to read.
  const mainTid = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === begin.pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  const onMain = events
    .filter((e) => e.ph === 'X' && e.pid === begin.pid && e.tid === mainTid && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const cpu = { duringMs: 0, beforeMs: 0 };
  let task: TraceEvent | undefined;
  let counted = false;
  for (const e of onMain) {
    const inside = task && e.ts < task.ts + (task.dur ?? 0);
    if (!inside) {
      task = e;
      counted = false;
    }
    if (!counted && task && (e.args?.data?.url ?? '').startsWith('chrome-extension://')) {
      const ms = (task.tdur ?? task.dur ?? 0) / 1000;
      if (task.ts >= begin.ts) cpu.duringMs += ms;
      else cpu.beforeMs += ms;
      counted = true;
    }
  }
  return cpu;
}
