import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BAND_SCREENS,
  blocksInBand,
  buildBandIndex,
  createVisibility,
  type Extent,
  isFloating,
  MEASURE_PER_FRAME,
  RECOMPUTE_SCREENS,
  type TrackedBlock,
} from '@/utils/dom/visibility';

describe('band search', () => {
  it('finds exactly the blocks that overlap the band, whatever their sizes and nesting', () => {
    const extent = fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 3_000 }))
      .map(([top, h]): Extent => ({ top, bottom: top + h }));
    fc.assert(
      fc.property(
        fc.array(extent, { maxLength: 60 }),
        fc.integer({ min: -500, max: 11_000 }),
        fc.nat(4000),
        (bs, lo, h) => {
          const hi = lo + h;
          const found = new Set(blocksInBand(buildBandIndex(bs), lo, hi));
          const expected = bs.filter((b) => b.top < hi && b.bottom > lo);
          expect(found.size).toBe(expected.length);
          for (const b of expected) expect(found.has(b)).toBe(true);
        },
      ),
    );
  });

  it('keeps a tall block that starts above the band, and skips the short ones beside it', () => {
    const tall = { top: 0, bottom: 5000 };
    const short = { top: 100, bottom: 200 };
    const below = { top: 6000, bottom: 6100 };
    expect(blocksInBand(buildBandIndex([below, short, tall]), 1000, 2000)).toEqual([tall]);
    expect(blocksInBand(buildBandIndex([below, short, tall]), 5500, 7000)).toEqual([below]);
  });
});

/** Drives animation frames, the viewport and the scroll position by hand. */
function fakeWindow() {
  const frames: FrameRequestCallback[] = [];
  const listeners = new Map<string, EventListener[]>();
  const win = {
    document,
    scrollY: 0,
    innerHeight: 1000,
    performance,
    requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
    cancelAnimationFrame: () => undefined,
    setTimeout: (fn: () => void) => setTimeout(fn, 0),
    clearTimeout: (id: number) => clearTimeout(id),
    addEventListener: (type: string, fn: EventListener) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    removeEventListener: (type: string, fn: EventListener) =>
      listeners.set(
        type,
        (listeners.get(type) ?? []).filter((f) => f !== fn),
      ),
  };
  return {
    win: win as unknown as Window & typeof globalThis,
    /** Runs the frames asked for so far; returns how many ran. */
    frame() {
      const due = frames.splice(0);
      for (const cb of due) cb(0);
      return due.length;
    },
    scrollTo(y: number) {
      win.scrollY = y;
      for (const fn of listeners.get('scroll') ?? []) fn({ target: document } as unknown as Event);
    },
    listeners,
  };
}

const block = (name: string, top: number, height = 100, floating = false) =>
  ({ el: document.createElement(name), top, bottom: top + height, floating, measured: true }) as TrackedBlock;

describe('visibility tracker', () => {
  let changes: { entered: string[]; left: string[] }[];
  let fake: ReturnType<typeof fakeWindow>;
  const names = (bs: readonly TrackedBlock[]) => bs.map((b) => b.el.nodeName.toLowerCase()).sort();
  beforeEach(() => {
    changes = [];
    fake = fakeWindow();
  });
  const track = () =>
    createVisibility<TrackedBlock>({
      win: fake.win,
      // Blocks keep the extents the test gave them.
      measure: () => undefined,
      onFrame: (entered, left) => changes.push({ entered: names(entered), left: names(left) }),
    });

  it('hands over the blocks near the viewport in one frame, and the ones that left when the reader moves on', () => {
    const h = 1000;
    const v = track();
    const top = block('a', 0);
    const far = block('b', 20_000);
    v.add(top);
    v.add(far);
    v.schedule();
    expect(fake.frame()).toBe(1);
    expect(changes.at(-1)).toEqual({ entered: ['a'], left: [] });
    // Scroll to the far block: one frame paints it and unpaints the first.
    fake.scrollTo(20_000 - h);
    expect(fake.frame()).toBe(1);
    expect(changes.at(-1)).toEqual({ entered: ['b'], left: ['a'] });
    expect(v.isNear(far)).toBe(true);
    expect(v.isNear(top)).toBe(false);
    v.dispose();
    expect(fake.listeners.get('scroll')).toEqual([]);
  });

  it('does nothing in the frames of a short scroll: the band is recomputed only after some distance', () => {
    const h = 1000;
    const v = track();
    v.add(block('a', 0));
    v.add(block('b', (1 + BAND_SCREENS) * h + 50));
    v.schedule();
    fake.frame();
    expect(changes.at(-1)).toEqual({ entered: ['a'], left: [] });
    fake.scrollTo(RECOMPUTE_SCREENS * h - 10);
    fake.frame();
    expect(changes.at(-1)).toEqual({ entered: [], left: [] });
    fake.scrollTo(RECOMPUTE_SCREENS * h + 60);
    fake.frame();
    expect(changes.at(-1)).toEqual({ entered: ['b'], left: [] });
    // One frame per burst of scroll events.
    fake.scrollTo(2000);
    fake.scrollTo(2100);
    expect(fake.frame()).toBe(1);
    v.dispose();
  });

  it('measures a long page’s blocks a frame’s worth at a time, so no frame holds the page for long', () => {
    let measured = 0;
    const v = createVisibility<TrackedBlock>({
      win: fake.win,
      measure: (b) => {
        measured++;
        b.measured = true;
      },
      onFrame: () => undefined,
    });
    const blocks = Array.from({ length: MEASURE_PER_FRAME * 2 + 10 }, (_, i) => {
      const b = block('p', i * 100);
      b.measured = false;
      return b;
    });
    for (const b of blocks) v.add(b);
    v.schedule();
    expect(fake.frame()).toBe(1);
    expect(measured).toBe(MEASURE_PER_FRAME);
    // The blocks measured so far are placed; the first ones (in view) are near already.
    expect(v.isNear(blocks[0] as TrackedBlock)).toBe(true);
    fake.frame();
    fake.frame();
    expect(measured).toBe(blocks.length);
    expect(fake.frame()).toBe(0);
    v.dispose();
  });

  it('keeps fixed and sticky blocks near wherever the reader is, and forgets removed blocks', () => {
    const v = track();
    const bar = block('nav', 0, 40, true);
    const text = block('p', 50_000);
    v.add(bar);
    v.add(text);
    v.schedule();
    fake.frame();
    fake.scrollTo(49_500);
    fake.frame();
    expect(v.isNear(bar)).toBe(true);
    expect(v.isNear(text)).toBe(true);
    v.remove(text);
    expect(v.isNear(text)).toBe(false);
    fake.scrollTo(0);
    fake.frame();
    expect(changes.at(-1)).toEqual({ entered: [], left: [] });
    v.dispose();
  });
});

describe('floating check', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });
  it('tells fixed and sticky blocks (and blocks inside them) from blocks that scroll with the page', () => {
    document.body.innerHTML =
      '<div id="bar" style="position:fixed;top:0"><p id="in">Quotes</p></div>' +
      '<p id="sticky" style="position:sticky;top:0">Sticky</p><article><p id="plain">Text</p></article>';
    const memo = new WeakMap<Element, boolean>();
    const el = (id: string) => document.getElementById(id) as Element;
    expect(isFloating(el('bar'), memo)).toBe(true);
    expect(isFloating(el('sticky'), memo)).toBe(true);
    expect(isFloating(el('plain'), memo)).toBe(false);
  });
});
