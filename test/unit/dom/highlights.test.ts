import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMentionRegistry, HIGHLIGHT_NAME } from '@/utils/dom/highlights';
import { collectRuns } from '@/utils/dom/text-runs';
import { installHighlightShim, rangeText } from '../support/highlight-shim';
import { fixtureMatcher } from '../support/page-fixture';

const matcher = fixtureMatcher();

beforeAll(() => installHighlightShim());
beforeEach(() => {
  document.body.innerHTML = '';
  CSS.highlights.clear();
});

function markAll() {
  const registry = createMentionRegistry(document, { viewportOnly: false });
  for (const run of collectRuns(document.body)) registry.addRun(run, matcher.find(run.text));
  registry.commit();
  return registry;
}

describe('mention registry', () => {
  it('paints nothing until committed (painting is batched)', () => {
    document.body.innerHTML = '<p>Alibaba</p>';
    const registry = createMentionRegistry(document, { viewportOnly: false });
    for (const run of collectRuns(document.body)) registry.addRun(run, matcher.find(run.text));
    const highlight = CSS.highlights.get(HIGHLIGHT_NAME) as unknown as Set<AbstractRange>;
    expect(highlight.size).toBe(0);
    expect(registry.size).toBe(1);
    registry.commit();
    expect(highlight.size).toBe(1);
  });

  it('highlights each mention as a range over the right text, across inline elements', () => {
    document.body.innerHTML = '<p>Shares of <b>MP</b> Materials (NYSE: <a href="#">BABA</a>) and Alibaba’s cloud.</p>';
    const registry = markAll();
    const highlight = CSS.highlights.get(HIGHLIGHT_NAME) as unknown as Set<AbstractRange>;
    expect([...highlight].map(rangeText)).toEqual(['MP Materials', 'BABA', 'Alibaba']);
    expect(registry.ordered().map((m) => m.mention.entityId)).toEqual(['mp-materials', 'alibaba', 'alibaba']);
    // "MP Materials" spans the <b> and the text after it.
    expect(registry.ordered()[0]?.nodes).toHaveLength(2);
  });

  it('leaves the DOM byte-identical', () => {
    document.body.innerHTML = '<p>Alibaba (NYSE: BABA) and <i>MP Materials</i>.</p><p contenteditable>$BABA</p>';
    const html = document.body.innerHTML;
    const registry = markAll();
    expect(registry.size).toBe(3);
    expect(document.body.innerHTML).toBe(html);
  });

  it('forgets the mentions of changed or removed nodes, and clears everything on dispose', () => {
    document.body.innerHTML = '<p id="a">Alibaba</p><p id="b">MP Materials</p>';
    const sheetsBefore = document.adoptedStyleSheets.length;
    const registry = markAll();
    expect(document.adoptedStyleSheets).toHaveLength(sheetsBefore + 1);
    const a = document.getElementById('a')?.firstChild as Text;
    registry.forgetNodes([a]);
    expect(registry.ordered().map((m) => m.mention.surface)).toEqual(['MP Materials']);
    document.getElementById('b')?.remove();
    registry.prune();
    expect(registry.size).toBe(0);
    registry.dispose();
    expect(CSS.highlights.has(HIGHLIGHT_NAME)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(sheetsBefore);
  });

  it('orders mentions by document position whatever order they were added in', () => {
    document.body.innerHTML = '<p id="a">Alibaba</p><p id="b">MP Materials</p>';
    const registry = createMentionRegistry(document, { viewportOnly: false });
    const [first, second] = collectRuns(document.body);
    if (!first || !second) throw new Error('runs');
    registry.addRun(second, matcher.find(second.text));
    registry.addRun(first, matcher.find(first.text));
    expect(registry.ordered().map((m) => m.mention.surface)).toEqual(['Alibaba', 'MP Materials']);
  });
});

describe('viewport painting', () => {
  it('paints everything directly while the page has few mentions', () => {
    document.body.innerHTML = '<p>Alibaba and MP Materials</p><p>Alibaba</p>';
    const registry = createMentionRegistry(document, { viewportThreshold: 10 });
    for (const run of collectRuns(document.body)) registry.addRun(run, matcher.find(run.text));
    registry.commit();
    expect((CSS.highlights.get(HIGHLIGHT_NAME) as unknown as Set<AbstractRange>).size).toBe(3);
    registry.dispose();
  });

  it('paints only the blocks near the viewport, in an animation frame, and unpaints them when they scroll away', () => {
    const frames: FrameRequestCallback[] = [];
    const runFrames = () => {
      for (const cb of frames.splice(0)) cb(0);
    };
    const original = { raf: window.requestAnimationFrame, scrollY: window.scrollY, innerHeight: window.innerHeight };
    window.requestAnimationFrame = (cb) => frames.push(cb);
    Object.defineProperty(window, 'innerHeight', { value: 1000, configurable: true });
    const scrollTo = (y: number) => {
      Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
      window.dispatchEvent(new Event('scroll'));
    };
    try {
      document.body.innerHTML = '<p id="a">Alibaba and MP Materials</p><p id="b">Alibaba</p>';
      const a = document.getElementById('a') as HTMLElement;
      const b = document.getElementById('b') as HTMLElement;
      // Page geometry: #a at the top, #b 20 screens down (rects are viewport-relative, as in a browser).
      const at = (el: HTMLElement, pageTop: number) => {
        el.getBoundingClientRect = () =>
          ({ top: pageTop - window.scrollY, bottom: pageTop + 50 - window.scrollY }) as DOMRect;
      };
      at(a, 100);
      at(b, 20_000);
      scrollTo(0);
      // Threshold 1: the second mention switches the registry to viewport painting.
      const registry = createMentionRegistry(document, { viewportThreshold: 1 });
      for (const run of collectRuns(document.body)) registry.addRun(run, matcher.find(run.text));
      registry.commit();
      const painted = () => [...(CSS.highlights.get(HIGHLIGHT_NAME) as unknown as Set<AbstractRange>)].map(rangeText);
      // Nothing lands outside a frame.
      expect(painted()).toEqual([]);
      runFrames();
      expect(painted()).toEqual(['Alibaba', 'MP Materials']);
      // A long page draws tints, not underlines (ADR 0008): the underline overlays are unregistered.
      const size = (name: string) => (CSS.highlights.get(name) as unknown as Set<AbstractRange> | undefined)?.size;
      expect(size('geolens-tint-unrated')).toBe(2);
      expect(size('geolens-band-unrated')).toBeUndefined();
      scrollTo(19_500);
      runFrames();
      expect(painted()).toEqual(['Alibaba']);
      // Every mention is still known (hover, keyboard, page summary), painted or not.
      expect(registry.size).toBe(3);
      registry.forgetNodes([b.firstChild as Text]);
      expect(painted()).toEqual([]);
      scrollTo(0);
      runFrames();
      expect(painted()).toEqual(['Alibaba', 'MP Materials']);
      registry.dispose();
      // Disposed: scrolling asks for no frame.
      scrollTo(19_500);
      expect(frames).toHaveLength(0);
    } finally {
      window.requestAnimationFrame = original.raf;
      Object.defineProperty(window, 'innerHeight', { value: original.innerHeight, configurable: true });
      Object.defineProperty(window, 'scrollY', { value: original.scrollY, configurable: true });
    }
  });
});
