/**
 * Which marked blocks are near the viewport, without an IntersectionObserver target per block (issue 17: Chromium
 * recomputes every target on every frame, ~2 µs each, and each `observe()` schedules another frame).
 *
 * Blocks are measured once (page offsets, one layout read per block), kept sorted by their top, and re-measured
 * only when the document's size or the viewport changes. A scroll asks for one animation frame; that frame finds
 * the band of a few screens around the viewport by binary search, but only after the reader has moved
 * RECOMPUTE_SCREENS since the last time, so most frames of a scroll do nothing. What entered and left the band is
 * handed over inside the frame, so highlight changes land before that frame's style and paint, never after it.
 */

/** A block's vertical extent in page coordinates (px from the top of the document). */
export interface Extent {
  top: number;
  bottom: number;
}

/** A block the visibility tracker watches. `floating`: fixed or sticky, so near wherever the reader is. */
export interface TrackedBlock extends Extent {
  readonly el: Element;
  floating: boolean;
  measured: boolean;
}

/** Blocks sorted by top, with the running maximum of their bottoms (for the binary search of a band). */
export interface BandIndex<T extends Extent> {
  readonly items: readonly T[];
  /** maxBottom[i] = the lowest bottom among items[0..i]: non-decreasing, so it can be searched. */
  readonly maxBottom: Float64Array;
}

export function buildBandIndex<T extends Extent>(blocks: Iterable<T>): BandIndex<T> {
  const items = [...blocks].sort((a, b) => a.top - b.top);
  const maxBottom = new Float64Array(items.length);
  let max = Number.NEGATIVE_INFINITY;
  items.forEach((b, i) => {
    max = Math.max(max, b.bottom);
    maxBottom[i] = max;
  });
  return { items, maxBottom };
}

/** The first index in [0, n) for which `pred` holds, for a predicate that is false then true (n when never). */
function firstTrue(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The blocks that overlap [lo, hi) (top < hi and bottom > lo): two binary searches, then a walk over the blocks
 * between them. O(log n + k), plus the short blocks above `lo` that a tall block before them keeps in range.
 */
export function blocksInBand<T extends Extent>(index: BandIndex<T>, lo: number, hi: number): T[] {
  const { items, maxBottom } = index;
  const from = firstTrue(items.length, (i) => (maxBottom[i] as number) > lo);
  const to = firstTrue(items.length, (i) => (items[i] as T).top >= hi);
  const out: T[] = [];
  for (let i = from; i < to; i++) {
    const b = items[i] as T;
    if (b.bottom > lo) out.push(b);
  }
  return out;
}

/**
 * Blocks this many screens above and below the viewport are painted, so scrolling never reveals bare text. One, not
 * more: every change to a highlight costs Chromium work over all its ranges (measured on the 5 MB page's fast scroll:
 * with two screens, 37 ms more pre-paint and 24 ms more paint; keeping left blocks painted up to 4,000 marks, worse).
 */
export const BAND_SCREENS = 1;
/** The band is recomputed once the reader has scrolled this many screens from where it was last computed. */
export const RECOMPUTE_SCREENS = 0.5;
/** Full re-measures (layout reads of every block) at most this often (ms), however often the layout moves. */
export const REMEASURE_MIN_MS = 250;
/**
 * Blocks measured in one frame at most; the rest wait for the next frames. A 5 MB page has 13,000 blocks: measured
 * in one frame they made a 68 ms task (bench:page, longest task on the 5 MB page).
 */
export const MEASURE_PER_FRAME = 2000;

export interface VisibilityOptions<B extends TrackedBlock> {
  win: Window & typeof globalThis;
  /** Called in an animation frame with the blocks that entered and left the band (both often empty). */
  onFrame(entered: readonly B[], left: readonly B[]): void;
  /** Measures a block in page coordinates (default: its bounding box plus the scroll offset). */
  measure?(block: B, scrollY: number): void;
}

export interface Visibility<B extends TrackedBlock> {
  add(block: B): void;
  remove(block: B): void;
  /** Whether the block is in the band (as of the last frame). */
  isNear(block: B): boolean;
  /** Asks for a frame: new blocks are measured there and `onFrame` runs. */
  schedule(): void;
  /** Forgets every block (the page was cleared); keeps listening. */
  reset(): void;
  dispose(): void;
}

export function createVisibility<B extends TrackedBlock>(opts: VisibilityOptions<B>): Visibility<B> {
  const { win } = opts;
  const doc = win.document;
  const measure = opts.measure ?? ((b: B, scrollY: number) => measureBlock(b, scrollY, floatingMemo));
  const floatingMemo = new WeakMap<Element, boolean>();
  const all = new Set<B>();
  const fresh = new Set<B>();
  let near = new Set<B>();
  let index: BandIndex<B> = buildBandIndex([]);
  let remeasure = false;
  let lastMeasureAt = Number.NEGATIVE_INFINITY;
  let lastY = Number.NaN;
  let lastHeight = Number.NaN;
  let frame = 0;
  let remeasureTimer: number | undefined;

  const runFrame = () => {
    frame = 0;
    const scrollY = win.scrollY;
    if (remeasure) {
      remeasure = false;
      lastMeasureAt = win.performance.now();
      for (const b of all) fresh.add(b);
    }
    // Measured in insertion order: the scan adds the blocks in view first.
    let measured = 0;
    for (const b of fresh) {
      if (measured === MEASURE_PER_FRAME) break;
      measure(b, scrollY);
      fresh.delete(b);
      measured++;
    }
    const moved = measured > 0;
    if (fresh.size) schedule();
    // Blocks not measured yet have no place on the page: they wait for their frame.
    if (moved) index = buildBandIndex([...all].filter((b) => b.measured));
    const h = win.innerHeight;
    let entered: B[] = [];
    let left: B[] = [];
    if (moved || h !== lastHeight || !(Math.abs(scrollY - lastY) < RECOMPUTE_SCREENS * h)) {
      lastY = scrollY;
      lastHeight = h;
      const wanted = new Set<B>();
      for (const b of blocksInBand(index, scrollY - BAND_SCREENS * h, scrollY + (1 + BAND_SCREENS) * h)) {
        if (all.has(b)) wanted.add(b);
      }
      for (const b of all) if (b.floating) wanted.add(b);
      entered = [...wanted].filter((b) => !near.has(b));
      left = [...near].filter((b) => !wanted.has(b));
      near = wanted;
    }
    opts.onFrame(entered, left);
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(runFrame);
  };
  /** The layout moved: measure every block again, at most every REMEASURE_MIN_MS. */
  const requestRemeasure = () => {
    if (remeasure || remeasureTimer !== undefined || all.size === 0) return;
    const wait = lastMeasureAt + REMEASURE_MIN_MS - win.performance.now();
    if (wait > 0) {
      remeasureTimer = win.setTimeout(() => {
        remeasureTimer = undefined;
        remeasure = true;
        schedule();
      }, wait);
      return;
    }
    remeasure = true;
    schedule();
  };
  const onScroll = (event: Event) => {
    // A scrolling element inside the page moves the blocks it holds: their page offsets are stale.
    if (event.target !== doc && event.target !== win) requestRemeasure();
    schedule();
  };
  const listen = { capture: true, passive: true } as const;
  win.addEventListener('scroll', onScroll, listen);
  win.addEventListener('resize', requestRemeasure, listen);
  // Content inserted above, images and fonts arriving, an infinite feed growing: the document changes size.
  const resizes = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(requestRemeasure) : undefined;
  if (doc.documentElement) resizes?.observe(doc.documentElement);

  return {
    add(block) {
      all.add(block);
      fresh.add(block);
    },
    remove(block) {
      all.delete(block);
      fresh.delete(block);
      near.delete(block);
    },
    isNear: (block) => near.has(block),
    schedule,
    reset() {
      all.clear();
      fresh.clear();
      near = new Set();
      index = buildBandIndex([]);
    },
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      if (remeasureTimer !== undefined) win.clearTimeout(remeasureTimer);
      win.removeEventListener('scroll', onScroll, listen);
      win.removeEventListener('resize', requestRemeasure, listen);
      resizes?.disconnect();
      all.clear();
      fresh.clear();
      near.clear();
    },
  };
}

/** Page offsets from the bounding box; the fixed/sticky check runs once per block (its style rarely changes). */
function measureBlock(b: TrackedBlock, scrollY: number, memo: WeakMap<Element, boolean>): void {
  const r = b.el.getBoundingClientRect();
  b.top = r.top + scrollY;
  b.bottom = r.bottom + scrollY;
  if (!b.measured) b.floating = isFloating(b.el, memo);
  b.measured = true;
}

/**
 * Whether the element moves with the viewport rather than the page: it or a positioned ancestor is fixed or sticky.
 * Only the offsetParent chain can be positioned, so few elements are looked at, each once (memo).
 */
export function isFloating(el: Element, memo: WeakMap<Element, boolean>): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const body = el.ownerDocument.body;
  const seen: Element[] = [];
  let result = false;
  for (let e: Element | null = el; e && e !== body; e = (e as HTMLElement).offsetParent ?? null) {
    const known = memo.get(e);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(e);
    const position = win.getComputedStyle(e).position;
    if (position === 'fixed' || position === 'sticky') {
      result = true;
      break;
    }
  }
  for (const e of seen) memo.set(e, result);
  return result;
}
