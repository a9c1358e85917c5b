/**
 * The "In this article" signals of the page's companies (issue 15), found locally after the scan and never during
 * it: for a company, the runs that hold its marked mentions, each with the run before (for "the company" referring
 * back) and after, go through `extractSignalsFor`, and every sentence found keeps a StaticRange so the card can
 * scroll to it. Results are cached per company until one of the runs they read changes. Page text never leaves this
 * module: what goes elsewhere is counts (the popup) or the sentence shown inside the card's closed root.
 */
import type { Mention } from '../detect/types';
import { extractSignalsFor, type Signal } from '../signals';
import { flatText, neighbourRun, offsetOf, rangeIn, runAround } from './block-runs';
import type { MentionRegistry, PageMention } from './highlights';
import type { TextRun } from './text-runs';

/** One sentence of the page about one company. */
export interface PageSignal {
  /** Stable within a page's cache entry: the card names the sentence to scroll to by it. */
  readonly id: string;
  readonly signal: Signal;
  /** The sentence in the page. */
  readonly range: StaticRange;
  /** The entity's own mentions in the sentence, as offsets into `signal.sentence`, in order. */
  readonly foci: readonly { start: number; end: number }[];
}

export interface PageSignals {
  /** The company's signals, in document order (computed on first use, then cached). */
  forEntity(entityId: string): readonly PageSignal[];
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

interface Entry {
  signals: PageSignal[];
  /** The runs read, with their text then: the entry is stale once a run's text or nodes changed. */
  runs: { run: TextRun; text: string }[];
  dirty: boolean;
}

/** Queued mutation targets beyond which every cached entry is treated as stale (a page rewriting itself). */
const MAX_QUEUED = 500;

/** A text run's identity: its first text node. */
const keyOf = (run: TextRun) => run.nodes[0] as Text;

function documentOrder(a: TextRun, b: TextRun): number {
  const x = keyOf(a);
  const y = keyOf(b);
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/**
 * Groups of consecutive runs to read together: each mention run with the run before and after it, merged where they
 * touch, so that the text given to the engine is the page's own sequence of paragraphs.
 */
export function groupRuns(runs: readonly TextRun[]): TextRun[][] {
  const groups: TextRun[][] = [];
  const seen = new Set<Text>();
  for (const run of [...runs].sort(documentOrder)) {
    const last = groups[groups.length - 1];
    const next = neighbourRun(run, 'next');
    let sequence: (TextRun | undefined)[];
    if (last && seen.has(keyOf(run))) {
      // Read already as the previous mention run's "next" (the group's tail): only its own next is new.
      sequence = [next];
    } else {
      const prev = neighbourRun(run, 'previous');
      sequence = [prev, run, next];
      // The run before is the tail of the group so far: the paragraphs follow on, so the group goes on.
      if (!(last && prev && seen.has(keyOf(prev)))) groups.push([]);
    }
    const target = groups[groups.length - 1] as TextRun[];
    for (const r of sequence) {
      if (!r || seen.has(keyOf(r))) continue;
      target.push(r);
      seen.add(keyOf(r));
    }
  }
  return groups;
}

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

/** The signals of one company, computed from the page as it is now. */
export function computeSignals(registry: MentionRegistry, entityId: string, prefix = entityId): Entry {
  const own = registry.mentionsOf(entityId);
  const runs: TextRun[] = [];
  const covered = new Set<Text>();
  for (const pm of own) {
    if (covered.has(pm.start.node) || !pm.start.node.isConnected) continue;
    const run = runAround(pm.start.node);
    for (const n of run.nodes) covered.add(n);
    runs.push(run);
  }
  const entry: Entry = { signals: [], runs: [], dirty: false };
  let n = 0;
  for (const group of groupRuns(runs)) {
    const bases: number[] = [];
    const parts: string[] = [];
    const mentions: Mention[] = [];
    let base = 0;
    for (const run of group) {
      bases.push(base);
      parts.push(flatText(run));
      mentionsIn(registry, run, base, mentions);
      entry.runs.push({ run, text: run.text });
      base += run.text.length + 1; // the line break that joins runs
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const text = parts.join('\n');
    for (const signal of extractSignalsFor(text, mentions, entityId)) {
      let i = bases.length - 1;
      while (i > 0 && (bases[i] as number) > signal.start) i--;
      const run = group[i] as TextRun;
      const at = bases[i] as number;
      const foci = mentions
        .filter((m) => m.entityId === entityId && m.start >= signal.start && m.end <= signal.end)
        .map((m) => ({ start: m.start - signal.start, end: m.end - signal.start }));
      entry.signals.push({
        id: `${prefix}:${n++}`,
        signal,
        range: rangeIn(run, signal.start - at, signal.end - at),
        foci,
      });
    }
  }
  return entry;
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

export function createPageSignals(registry: MentionRegistry, doc: Document): PageSignals {
  const cache = new Map<string, Entry>();
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
  return {
    forEntity(entityId) {
      settle();
      const cached = cache.get(entityId);
      if (cached && isFresh(cached)) return cached.signals;
      drop(entityId);
      const entry = computeSignals(registry, entityId, `${entityId}#${++generation}`);
      cache.set(entityId, entry);
      for (const s of entry.signals) byId.set(s.id, s);
      watch(entry);
      return entry.signals;
    },
    isCached(entityId) {
      settle();
      const cached = cache.get(entityId);
      return !!cached && isFresh(cached);
    },
    find: (id) => byId.get(id),
    noteAdded(added) {
      if (cache.size === 0) return;
      for (const pm of added) {
        const entry = cache.get(pm.mention.entityId);
        if (entry) entry.dirty = true;
      }
    },
    clear() {
      cache.clear();
      byId.clear();
      observer?.disconnect();
      changed = [];
      overflow = false;
    },
    dispose() {
      cache.clear();
      byId.clear();
      observer?.disconnect();
    },
  };
}
