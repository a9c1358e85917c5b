/**
 * Scans a page for mentions without ever holding the main thread for long:
 *
 * - the first pass starts at the block in view and wraps around to the top, in slices of at most SLICE_MS;
 * - a MutationObserver only queues what changed; a later flush drops nodes whose ancestor is queued, rescans the
 *   blocks that changed (text edits inside scanned nodes included), and falls back to one full rescan on bursts.
 *
 * Habits from Dark Reader's async queue and uBlock's content script (see ../shared/STYLE.md).
 */
import type { Matcher } from '../detect/matcher';
import type { Mention } from '../detect/types';
import type { MentionRegistry, PageMention } from './highlights';
import { isSkippedElement } from './skip';
import {
  BLOCK_TAGS,
  blockOf,
  createRunWalker,
  type NodePoint,
  pointAt,
  type RunWalker,
  type TextRun,
} from './text-runs';

/** Longest stretch of scanning before yielding to the page (ms): half a 60 Hz frame, well under a 50 ms long task. */
export const SLICE_MS = 8;
/** Wait this long after a mutation before rescanning (ms), so a burst of small changes is handled once. */
export const MUTATION_SETTLE_MS = 100;
/** Above this many queued nodes, one full rescan is cheaper than many small ones (Dark Reader uses ~1000). */
export const BURST_THRESHOLD = 1000;
/**
 * Paint new highlights at most this often during a long scan (ms). Every change to a highlight makes the browser
 * re-resolve all its ranges, so committing each slice made a 5 MB page take 30 s; batching keeps it linear.
 */
export const COMMIT_INTERVAL_MS = 1000;

export interface Scheduler {
  /** Resolves on the next macrotask; never resolves once the content script is invalidated. */
  yield(): Promise<void>;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

export interface PageScannerOptions {
  doc: Document;
  matcher: Matcher;
  registry: MentionRegistry;
  scheduler: Scheduler;
  /** Called after each slice that found mentions. */
  onAdded?(added: PageMention[]): void;
  /** Called when mentions were forgotten (their text changed or left). */
  onRemoved?(): void;
  /** Called after each full scan with what it cost (for the page's performance timeline and benchmarks). */
  onScanned?(report: ScanReport): void;
  /** Called after each rescan of changed blocks. */
  onUpdated?(report: ScanReport): void;
}

export interface ScanReport {
  startedAt: number;
  endedAt: number;
  /** Main-thread time spent scanning and painting (ms), excluding the page's own work between slices. */
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  mentions: number;
}

export interface PageScanner {
  /** Scans the whole document, viewport first. Resolves when done (or superseded by a newer full scan). */
  scanAll(): Promise<void>;
  /** Starts watching for changes. */
  observe(): void;
  /** Stops watching and scanning. */
  stop(): void;
  /** Slices run so far and the longest one (ms): for benchmarks. */
  readonly stats: { slices: number; longestSliceMs: number; totalMs: number };
}

export function createPageScanner(opts: PageScannerOptions): PageScanner {
  const { doc, matcher, registry, scheduler } = opts;
  const stats = { slices: 0, longestSliceMs: 0, totalMs: 0 };
  let generation = 0;
  let observer: MutationObserver | undefined;
  const queue = new Set<Node>();
  let flushTimer: number | undefined;
  let flushing = false;
  /** Text nodes read in the current generation: the passes of a full scan and mutation flushes never overlap. */
  let scanned = new WeakSet<Text>();
  let lastCommit = Number.NEGATIVE_INFINITY;

  /** Runs `walkers` one after the other in time-boxed slices; stops when a newer generation starts. */
  const drain = async (walkers: RunWalker[], gen: number, skipScanned: boolean) => {
    for (const walker of walkers) {
      let run = walker.next();
      while (run) {
        if (gen !== generation) return;
        const sliceStart = scheduler.now();
        const added: PageMention[] = [];
        while (run && scheduler.now() - sliceStart < SLICE_MS) {
          const first = run.nodes[0] as Text;
          if (!skipScanned || !scanned.has(first)) {
            for (const n of run.nodes) scanned.add(n);
            const mentions = matcher.find(run.text);
            if (mentions.length) added.push(...registry.addRun(run, mentions));
          }
          run = walker.next();
        }
        const took = scheduler.now() - sliceStart;
        stats.slices++;
        stats.totalMs += took;
        if (took > stats.longestSliceMs) stats.longestSliceMs = took;
        if (added.length) opts.onAdded?.(added);
        if (scheduler.now() - lastCommit > COMMIT_INTERVAL_MS) {
          registry.commit();
          lastCommit = scheduler.now();
        }
        if (run) await scheduler.yield();
      }
    }
  };

  const scanAll = async () => {
    const gen = ++generation;
    queue.clear();
    const body = doc.body;
    if (!body) return;
    const start = viewportBlock(doc);
    scanned = new WeakSet<Text>();
    const walkers = start
      ? [createRunWalker(body, { from: start }), createRunWalker(body, { until: start })]
      : [createRunWalker(body)];
    // The block in view is read first, then the rest of the page after it, then the part above.
    if (start) walkers.unshift(createRunWalker(start));
    const before = { ...stats };
    const startedAt = scheduler.now();
    stats.longestSliceMs = 0;
    await drain(walkers, gen, true);
    const committedAt = scheduler.now();
    registry.commit();
    if (gen === generation) {
      opts.onScanned?.({
        startedAt,
        endedAt: scheduler.now(),
        busyMs: stats.totalMs - before.totalMs + (scheduler.now() - committedAt),
        slices: stats.slices - before.slices,
        longestSliceMs: stats.longestSliceMs,
        mentions: registry.size,
      });
    }
    stats.longestSliceMs = Math.max(stats.longestSliceMs, before.longestSliceMs);
  };

  const flush = async () => {
    flushTimer = undefined;
    if (flushing || queue.size === 0) return;
    flushing = true;
    try {
      if (queue.size > BURST_THRESHOLD) {
        registry.clear();
        opts.onRemoved?.();
        await scanAll();
        return;
      }
      const roots = topmost([...queue]);
      queue.clear();
      registry.prune();
      const blocks = new Set<Node>();
      for (const root of roots) {
        if (!root.isConnected) continue;
        // A change inside a paragraph changes that paragraph's runs: rescan from its block.
        const block = root.nodeType === 1 ? closestBlock(root as Element) : (blockOf(root) ?? doc.body);
        if (block) blocks.add(block);
      }
      const walkers: RunWalker[] = [];
      const added: PageMention[] = [];
      for (const block of topmost([...blocks])) {
        const nodes = textNodesIn(block);
        // A small block (a quote, a score, a live-blog line) is read at once: when it holds the very mentions it held
        // (its names unchanged, only a price beside them), nothing is forgotten or added, so the highlights do not
        // change and the browser repaints nothing for us.
        if (isSmall(nodes)) {
          const runs = allRuns(block);
          const found = runs.map((run) => opts.matcher.find(run.text));
          if (sameMentions(registry, nodes, runs, found)) continue;
          registry.forgetNodes(nodes);
          runs.forEach((run, i) => {
            if (found[i]!.length) added.push(...registry.addRun(run, found[i]!));
          });
          continue;
        }
        registry.forgetNodes(nodes);
        walkers.push(createRunWalker(block));
      }
      if (added.length) opts.onAdded?.(added);
      opts.onRemoved?.();
      const startedAt = scheduler.now();
      const slicesBefore = stats.slices;
      const busyBefore = stats.totalMs;
      await drain(walkers, generation, false);
      registry.commit();
      opts.onUpdated?.({
        startedAt,
        endedAt: scheduler.now(),
        busyMs: stats.totalMs - busyBefore,
        slices: stats.slices - slicesBefore,
        longestSliceMs: stats.longestSliceMs,
        mentions: registry.size,
      });
    } finally {
      flushing = false;
      if (queue.size > 0) schedule();
    }
  };

  const schedule = () => {
    if (flushTimer === undefined) flushTimer = scheduler.setTimeout(() => void flush(), MUTATION_SETTLE_MS);
  };

  const onMutations = (records: MutationRecord[]) => {
    // Queue only: no scanning inside the callback.
    for (const r of records) {
      if (r.type === 'characterData') queue.add(r.target);
      else {
        for (const n of r.addedNodes) queue.add(n);
        if (r.removedNodes.length) queue.add(r.target);
      }
    }
    schedule();
  };

  return {
    scanAll,
    observe() {
      if (observer || !doc.body) return;
      const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
      observer = new Observer(onMutations);
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    },
    stop() {
      generation++;
      observer?.disconnect();
      observer = undefined;
      queue.clear();
      if (flushTimer !== undefined) scheduler.clearTimeout(flushTimer);
      flushTimer = undefined;
    },
    stats,
  };
}

/** Nodes of `nodes` that have no ancestor also in `nodes` (rescanning the ancestor covers them). */
export function topmost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

/** The element itself when it is a block, else its nearest block ancestor. */
function closestBlock(el: Element): Element | null {
  return BLOCK_TAGS.has(el.nodeName) ? el : blockOf(el);
}

/** A block whose text is read in one go during a mutation flush (characters). */
export const SMALL_BLOCK_CHARS = 2000;

function isSmall(nodes: readonly Text[]): boolean {
  let n = 0;
  for (const t of nodes) {
    n += t.data.length;
    if (n > SMALL_BLOCK_CHARS) return false;
  }
  return true;
}

function allRuns(block: Node): TextRun[] {
  const walker = createRunWalker(block);
  const runs: TextRun[] = [];
  for (let run = walker.next(); run; run = walker.next()) runs.push(run);
  return runs;
}

/** Whether the mentions found in `runs` are exactly the ones registered on `nodes` (same text, places, companies). */
function sameMentions(
  registry: MentionRegistry,
  nodes: readonly Text[],
  runs: readonly TextRun[],
  found: readonly (readonly Mention[])[],
): boolean {
  const index = new Map(nodes.map((node, i) => [node, i] as const));
  const key = (start: NodePoint, end: NodePoint, m: Mention) =>
    `${index.get(start.node)}:${start.offset}:${index.get(end.node)}:${end.offset}:${m.entityId}:${m.tier}:${m.surface}`;
  const before = new Set<string>();
  for (const node of nodes) for (const pm of registry.mentionsAt(node)) before.add(key(pm.start, pm.end, pm.mention));
  let count = 0;
  for (let i = 0; i < runs.length; i++) {
    for (const m of found[i]!) {
      count++;
      if (!before.has(key(pointAt(runs[i]!, m.start), pointAt(runs[i]!, m.end, true), m))) return false;
    }
  }
  return count === before.size;
}

function textNodesIn(root: Node): Text[] {
  const out: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The block element under the middle of the viewport's upper part, where the reader is looking. */
function viewportBlock(doc: Document): Element | undefined {
  const win = doc.defaultView;
  if (!win) return undefined;
  const w = win.innerWidth;
  const h = win.innerHeight;
  for (const [fx, fy] of [
    [0.35, 0.25],
    [0.5, 0.4],
    [0.25, 0.6],
  ] as const) {
    const el = doc.elementFromPoint(w * fx, h * fy);
    if (!el || el === doc.body || el === doc.documentElement) continue;
    let block: Element | null = el;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      if (isSkippedElement(cur)) {
        block = null;
        break;
      }
    }
    if (!block) continue;
    const b = closestBlock(el);
    if (b && b !== doc.body) return b;
  }
  return undefined;
}
