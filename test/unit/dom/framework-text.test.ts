/**
 * Why GeoLens paints highlights instead of wrapping mentions in elements (docs/adr/0004): frameworks such as React,
 * Preact and Vue keep references to the text nodes they render and update them in place, and hydration expects the
 * server's DOM exactly. This test plays such a framework against both techniques.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMentionRegistry } from '@/utils/dom/highlights';
import { createPageScanner } from '@/utils/dom/scanner';
import { collectRuns } from '@/utils/dom/text-runs';
import { installHighlightShim } from '../support/highlight-shim';
import { fixtureMatcher } from '../support/page-fixture';

const matcher = fixtureMatcher();

/** A minimal framework: renders state into a text node it owns, updates it in place, checks its invariant. */
function mountFramework(root: HTMLElement, initial: string) {
  const p = document.createElement('p');
  const text = document.createTextNode(initial);
  p.append(text);
  root.append(p);
  let state = initial;
  return {
    setState(next: string) {
      state = next;
      text.nodeValue = next; // what React's commitTextUpdate does
    },
    /** Hydration-style check: one text child, equal to the state. */
    invariantHolds: () => p.childNodes.length === 1 && p.textContent === state,
  };
}

/** The rejected technique (ADR 0001): split the text node and wrap the mention in an element. */
function wrapMentions(root: HTMLElement) {
  for (const run of collectRuns(root)) {
    for (const m of [...matcher.find(run.text)].reverse()) {
      const node = run.nodes[0] as Text;
      const middle = node.splitText(m.start);
      middle.splitText(m.end - m.start);
      const mark = document.createElement('geolens-mark');
      middle.replaceWith(mark);
      mark.append(middle);
    }
  }
}

beforeAll(() => installHighlightShim());
beforeEach(() => {
  document.body.innerHTML = '';
  CSS.highlights.clear();
});

describe('framework-owned text', () => {
  it('wrapping breaks the framework: its next update garbles the paragraph', () => {
    const app = mountFramework(document.body, 'Shares of Alibaba fell');
    wrapMentions(document.body);
    expect(app.invariantHolds()).toBe(false); // hydration would already fail here
    app.setState('Shares of MP Materials rose');
    expect(document.body.textContent).toBe('Shares of MP Materials roseAlibaba fell');
  });

  it('highlights leave the framework alone and follow its updates', async () => {
    const app = mountFramework(document.body, 'Shares of Alibaba fell');
    const registry = createMentionRegistry(document, { viewportOnly: false });
    const scheduler = {
      yield: () => Promise.resolve(),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id: number) => clearTimeout(id),
      now: () => performance.now(),
    };
    const scanner = createPageScanner({ doc: document, matcher, registry, scheduler });
    scanner.observe();
    await scanner.scanAll();
    expect(app.invariantHolds()).toBe(true);
    expect(registry.ordered().map((m) => m.mention.surface)).toEqual(['Alibaba']);

    app.setState('Shares of MP Materials rose');
    await new Promise((r) => setTimeout(r, 250));
    expect(app.invariantHolds()).toBe(true);
    expect(document.body.textContent).toBe('Shares of MP Materials rose');
    expect(registry.ordered().map((m) => m.mention.surface)).toEqual(['MP Materials']);
    scanner.stop();
  });
});
