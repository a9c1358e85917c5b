/** Showing a sentence: scroll to it and light it with its own highlight for a moment, the page's DOM untouched. */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSentenceFlash, FLASH_HIGHLIGHT_NAME, FLASH_MS } from '@/utils/dom/flash';
import { installHighlightShim, rangeText } from '../support/highlight-shim';

beforeAll(() => installHighlightShim());
beforeEach(() => {
  document.body.innerHTML = '<p>Before. <b>Alibaba</b> was sanctioned. After.</p>';
  CSS.highlights.clear();
});

function sentence(): StaticRange {
  const [b, rest] = [document.querySelector('b')?.firstChild as Text, document.querySelector('b')?.nextSibling as Text];
  return new StaticRange({
    startContainer: b,
    startOffset: 0,
    endContainer: rest,
    endOffset: ' was sanctioned.'.length,
  });
}

describe('sentence flash', () => {
  it('scrolls the sentence’s element into view and lights the sentence, then lets it go', () => {
    const timers: { fn: () => void; ms: number }[] = [];
    const flash = createSentenceFlash(document, {
      setTimeout: (fn, ms) => timers.push({ fn, ms }),
      clearTimeout: () => undefined,
    });
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    const html = document.body.innerHTML;
    flash.show(sentence());
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(document.querySelector('b'));
    const lit = CSS.highlights.get(FLASH_HIGHLIGHT_NAME) as unknown as Set<AbstractRange>;
    expect([...lit].map(rangeText)).toEqual(['Alibaba was sanctioned.']);
    expect(timers.map((t) => t.ms)).toEqual([FLASH_MS]);
    timers[0]?.fn();
    expect(lit.size).toBe(0);
    expect(document.body.innerHTML).toBe(html);
    const sheets = document.adoptedStyleSheets.length;
    flash.dispose();
    expect(CSS.highlights.has(FLASH_HIGHLIGHT_NAME)).toBe(false);
    expect(document.adoptedStyleSheets.length).toBe(sheets - 1);
  });

  it('scrolls smoothly unless the reader prefers reduced motion', () => {
    const flash = createSentenceFlash(document, { setTimeout: () => 0, clearTimeout: () => undefined });
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    const media = vi.spyOn(window, 'matchMedia');
    media.mockReturnValue({ matches: false } as MediaQueryList);
    flash.show(sentence());
    media.mockReturnValue({ matches: true } as MediaQueryList);
    flash.show(sentence());
    expect(scrolled.mock.calls.map((c) => (c[0] as ScrollIntoViewOptions).behavior)).toEqual(['smooth', 'auto']);
    flash.dispose();
  });

  it('does nothing for a sentence no longer in the page', () => {
    const flash = createSentenceFlash(document, { setTimeout: () => 0, clearTimeout: () => undefined });
    const range = sentence();
    document.body.innerHTML = '';
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    flash.show(range);
    expect(scrolled).not.toHaveBeenCalled();
    flash.dispose();
  });
});
