/**
 * happy-dom has no CSS Custom Highlight API. This stand-in keeps what the registry relies on — a named registry of
 * Highlight sets holding StaticRanges — so the registry's bookkeeping can be unit-tested; painting and hit-testing
 * are covered by the E2E tests in a real Chromium.
 */
export function installHighlightShim(win: Window & typeof globalThis = window): void {
  const w = win as unknown as Record<string, unknown>;
  if (typeof w.Highlight !== 'function') w.Highlight = class Highlight extends Set<AbstractRange> {};
  if (typeof w.StaticRange !== 'function') {
    w.StaticRange = class StaticRange {
      startContainer: Node;
      startOffset: number;
      endContainer: Node;
      endOffset: number;
      constructor(init: StaticRangeInit) {
        this.startContainer = init.startContainer;
        this.startOffset = init.startOffset;
        this.endContainer = init.endContainer;
        this.endOffset = init.endOffset;
      }
      get collapsed() {
        return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
      }
    };
  }
  const css = (w.CSS ?? {}) as Record<string, unknown>;
  if (!css.highlights) css.highlights = new Map<string, unknown>();
  w.CSS = css;
}

/** The text a highlight range covers (via a live Range). */
export function rangeText(r: AbstractRange): string {
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
}
