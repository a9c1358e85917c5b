/**
 * The "In this article" signals of the page's companies (issue 15), found locally after the scan and never during
 * it: each run that holds one of the company's marked mentions is read with the run before (for "the company"
 * referring back) and after, through `extractSignalsFor`, and every sentence found keeps a StaticRange so the card
 * can scroll to it. The work is cut into small steps (one run each) so that it can run in slices — a company with
 * thousands of mentions on a 5 MB page must not hold the main thread — and results are cached per company until a
 * run they read changes. Page text never leaves this module: what goes elsewhere is counts (the popup) or the
 * sentence shown inside the card's closed root.
 */
import type { Mention } from '../detect/types';
import type { SignalsEngine } from '../signals/global';
import type { Signal } from '../signals/types';
import { flatText, neighbourRun, offsetOf, rangeIn, runAround } from './block-runs';
import type { MentionRegistry, PageMention } from './highlights';
import type { TextRun } from './text-runs';

/** One sentence of the page about one company. */
export interface PageSignal {
  /** Stable within a page's cache entry: the card names the sentence to scroll to by it. */
  readonly id: string;
  /** As the engine gave it; `start`/`end` are offsets into the text read around the sentence, not the page's. */
  readonly signal: Signal;
  /** The sentence in the page. */
  readonly range: StaticRange;
  /** The entity's own mentions in the sentence, as offsets into `signal.sentence`, in order. */
  readonly foci: readonly { start: number; end: number }[];
}

export interface PageSignals {
  /** The company's signals in page order, computed now if need be (the whole job at once: tests, small pages). */
  forEntity(entityId: string): readonly PageSignal[];
  /**
   * Works on the company's signals until `stop()` says so; answers them when done (from the cache if fresh), else
   * undefined: call again later to go on where it stopped.
   */
  advance(entityId: string, stop: () => boolean): readonly PageSignal[] | undefined;
  /** Whether `forEntity` would answer from the cache. */
  isCached(entityId: string): boolean;
  /** Looks a sentence up by its id (for the card's buttons). */
  find(id: string): PageSignal | undefined;
  /** New mentions were marked: the cached signals of their companies are stale (cheap; nothing is recomputed). */
  noteAdded(added: readonly PageMention[]): void;
  /** Forgets everything (a new page in a single-page app, or the marks were cleared). */
  clear(): void;
  dispose(): void;
}

/** What a computation read and found. */
export interface Entry {
  signals: PageSignal[];
  /** The runs read, with their text then: the entry is stale once a run's text or nodes changed. */
  runs: { run: TextRun; text: string }[];
  dirty: boolean;
}

/** Sentences of one company sorted into page order, at most (see signalSteps). */
const MAX_SORTED = 24;

/** Queued mutation targets beyond which every cached entry is treated as stale (a page rewriting itself). */
const MAX_QUEUED = 500;

/** The mentions of a run as the engine wants them: offsets into `base + run text`, only those wholly inside. */
function mentionsIn(registry: MentionRegistry, run: TextRun, base: number, out: Mention[]): void {
  const done = new Set<PageMention>();
  for (const node of run.nodes) {
    for (const pm of registry.mentionsAt(node)) {
      if (done.has(pm)) continue;
      done.add(pm);
      const s = offsetOf(run, pm.start.node);
      const e = offsetOf(run, pm.end.node);
      if (s < 0 || e < 0) continue;
      out.push({ ...pm.mention, start: base + s + pm.start.offset, end: base + e + pm.end.offset });
    }
  }
}

/**
 * The signals of one company, one step per run of its mentions (a generator: the caller decides when to stop and go
 * on). Each run is read as `previous + run + next`, joined by newlines as the engine expects paragraphs; the
 * sentences kept are those of the run and of the next run (which may refer back to it), each once.
 */
export function* signalSteps(
  registry: MentionRegistry,
  entityId: string,
  engine: SignalsEngine,
): Generator<void, Entry, void> {
  const entry: Entry = { signals: [], runs: [], dirty: false };
  const read = new Set<Text>();
  const recorded = new Set<Text>();
  const kept = new Map<Text, Set<number>>();
  const found: Omit<PageSignal, 'id'>[] = [];
  // Runs met in this job, by each of their nodes: the next run of one step is often the run of the next.
  const runs = new Map<Text, TextRun>();
  const around = (node: Text) => {
    let run = runs.get(node);
    if (!run) {
      run = runAround(node);
      for (const n of run.nodes) runs.set(n, run);
    }
    return run;
  };
  for (const pm of registry.mentionsOf(entityId)) {
    const node = pm.start.node;
    if (read.has(node) || !node.isConnected) continue;
    const run = around(node);
    for (const n of run.nodes) read.add(n);
    const group = [neighbourRun(run, 'previous', around), run, neighbourRun(run, 'next', around)];
    const bases: number[] = [];
    const parts: string[] = [];
    const mentions: Mention[] = [];
    let base = 0;
    for (const r of group) {
      bases.push(base);
      if (!r) continue;
      parts.push(flatText(r));
      mentionsIn(registry, r, base, mentions);
      // Each run once in what the freshness check and the observer look at.
      const first = r.nodes[0] as Text;
      if (!recorded.has(first)) {
        recorded.add(first);
        entry.runs.push({ run: r, text: r.text });
      }
      base += r.text.length + 1; // the line break that joins runs
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const text = parts.join('\n');
    for (const signal of engine.extractSignalsFor(text, mentions, entityId)) {
      // The run (1) or the next (2) the sentence is in; a sentence of the previous run is that run's own business.
      const i = group[2] && signal.start >= (bases[2] as number) ? 2 : signal.start >= (bases[1] as number) ? 1 : 0;
      const at = group[i];
      if (i === 0 || !at) continue;
      const local = signal.start - (bases[i] as number);
      const range = rangeIn(at, local, signal.end - (bases[i] as number));
      const key = range.startContainer as Text;
      const offsets = kept.get(key) ?? new Set<number>();
      if (offsets.has(range.startOffset)) continue;
      offsets.add(range.startOffset);
      kept.set(key, offsets);
      const foci = mentions
        .filter((m) => m.entityId === entityId && m.start >= signal.start && m.end <= signal.end)
        .map((m) => ({ start: m.start - signal.start, end: m.end - signal.start }));
      found.push({ signal, range, foci });
    }
    yield;
  }
  // Page order. The steps come in the scan's order (the part in view first); a sort by document position asks the
  // browser to walk sibling lists, which on a 5 MB page of sibling paragraphs cost seconds for thousands of
  // sentences, so only a few are sorted (an article's company rarely has more), and more keep the scan's order.
  if (found.length <= MAX_SORTED) {
    found.sort((a, b) => {
      const x = a.range.startContainer;
      const y = b.range.startContainer;
      if (x === y) return a.range.startOffset - b.range.startOffset;
      return x.compareDocumentPosition(y) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
    });
  }
  entry.signals = found.map((s, n) => ({ ...s, id: `${entityId}:${n}` }));
  return entry;
}

/** The signals of one company, computed from the page as it is now (all steps at once). */
export function computeSignals(registry: MentionRegistry, entityId: string, engine: SignalsEngine): Entry {
  const steps = signalSteps(registry, entityId, engine);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Whether the runs an entry read are still the page's (connected, same text). */
function isFresh(entry: Entry): boolean {
  if (entry.dirty) return false;
  for (const { run, text } of entry.runs) {
    let now = '';
    for (const node of run.nodes) {
      if (!node.isConnected) return false;
      now += node.data;
    }
    if (now !== text) return false;
  }
  return true;
}

interface Job {
  steps: Generator<void, Entry, void>;
  /** New mentions of the company were marked while the job ran: its result is stale at once. */
  dirty: boolean;
}

/**
 * Where the engine comes from: `engine()` answers it once loaded; `load()` asks for it (the content script: the
 * background injects it). Until it is there, `advance` answers "not done yet", as when time ran out.
 */
export interface EngineSource {
  engine(): SignalsEngine | undefined;
  load(): Promise<unknown>;
}

export function createPageSignals(registry: MentionRegistry, doc: Document, source: EngineSource): PageSignals {
  let requested = false;
  let loadFailed = false;
  /** The engine, or undefined while it loads; throws when it could not be loaded (the card shows no section). */
  const engineNow = (): SignalsEngine | undefined => {
    const engine = source.engine();
    if (engine) return engine;
    if (loadFailed) throw new Error('the signals engine could not be loaded');
    if (!requested) {
      requested = true;
      source.load().then(
        () => {
          if (!source.engine()) loadFailed = true;
        },
        () => {
          loadFailed = true;
        },
      );
    }
    return undefined;
  };
  const cache = new Map<string, Entry>();
  const jobs = new Map<string, Job>();
  const byId = new Map<string, PageSignal>();
  let generation = 0;
  // The observer only queues what changed (no work in its callback); a read checks the queue against its runs.
  let changed: Node[] = [];
  let overflow = false;
  const Observer = doc.defaultView?.MutationObserver;
  const observer = Observer
    ? new Observer((records) => {
        if (overflow) return;
        for (const r of records) changed.push(r.target);
        if (changed.length > MAX_QUEUED) overflow = true;
      })
    : undefined;
  const settle = () => {
    if (!overflow && changed.length === 0) return;
    for (const entry of cache.values()) {
      if (
        overflow ||
        entry.runs.some(({ run }) => changed.some((t) => run.nodes.some((n) => t === n || t.contains(n))))
      )
        entry.dirty = true;
    }
    changed = [];
    overflow = false;
  };
  const watch = (entry: Entry) => {
    for (const { run } of entry.runs) {
      const parent = run.nodes[0]?.parentNode;
      if (parent) observer?.observe(parent, { characterData: true, childList: true, subtree: true });
    }
  };
  const drop = (entityId: string) => {
    const old = cache.get(entityId);
    if (!old) return;
    for (const s of old.signals) byId.delete(s.id);
    cache.delete(entityId);
  };
  const fresh = (entityId: string) => {
    settle();
    const cached = cache.get(entityId);
    return cached && isFresh(cached) ? cached : undefined;
  };
  const advance = (entityId: string, stop: () => boolean): readonly PageSignal[] | undefined => {
    const cached = fresh(entityId);
    if (cached) return cached.signals;
    let job = jobs.get(entityId);
    if (!job) {
      const engine = engineNow();
      if (!engine) return undefined;
      drop(entityId);
      job = { steps: signalSteps(registry, entityId, engine), dirty: false };
      jobs.set(entityId, job);
    }
    for (;;) {
      const r = job.steps.next();
      if (r.done) {
        jobs.delete(entityId);
        const entry = r.value;
        entry.dirty = job.dirty;
        // Ids unique across recomputations, so a stale card button finds nothing rather than another sentence.
        const prefix = `${++generation}:`;
        entry.signals = entry.signals.map((s) => ({ ...s, id: prefix + s.id }));
        cache.set(entityId, entry);
        for (const s of entry.signals) byId.set(s.id, s);
        watch(entry);
        return entry.signals;
      }
      if (stop()) return undefined;
    }
  };
  const reset = () => {
    cache.clear();
    jobs.clear();
    byId.clear();
    observer?.disconnect();
    changed = [];
    overflow = false;
  };
  return {
    forEntity: (entityId) => advance(entityId, () => false) ?? [],
    advance,
    isCached: (entityId) => fresh(entityId) !== undefined,
    find: (id) => byId.get(id),
    noteAdded(added) {
      if (cache.size === 0 && jobs.size === 0) return;
      for (const pm of added) {
        const entry = cache.get(pm.mention.entityId);
        if (entry) entry.dirty = true;
        const job = jobs.get(pm.mention.entityId);
        if (job) job.dirty = true;
      }
    },
    clear: reset,
    dispose: reset,
  };
}
