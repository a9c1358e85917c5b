/**
 * Shows the reader a sentence of the page: scrolls it into view and flashes it with its own CSS Custom Highlight
 * (`::highlight(geolens-flash)`), removed after FLASH_MS. Like the mention marks, nothing in the page's DOM changes
 * (docs/adr/0004-css-highlights-not-wrapping.md).
 */
import { toLiveRange } from './highlights';

export const FLASH_HIGHLIGHT_NAME = 'geolens-flash';
/** How long the sentence stays lit (ms): long enough to find it after a smooth scroll, short enough not to linger. */
export const FLASH_MS = 1500;

const FLASH_RULE = `::highlight(${FLASH_HIGHLIGHT_NAME}) { background-color: color-mix(in srgb, #f5c400 42%, transparent); }`;

export interface FlashTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface SentenceFlash {
  /** Scrolls `range` into view (smoothly unless the reader prefers reduced motion) and flashes it. */
  show(range: StaticRange): void;
  dispose(): void;
}

export function createSentenceFlash(doc: Document, timers: FlashTimers): SentenceFlash {
  const win = doc.defaultView as Window & typeof globalThis;
  let highlight: Highlight | undefined;
  let sheet: CSSStyleSheet | undefined;
  let timer: number | undefined;
  const clear = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    highlight?.clear();
  };
  return {
    show(range) {
      const element = range.startContainer.parentElement;
      if (!element?.isConnected || !toLiveRange(doc, range)) return;
      const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      if (!highlight) {
        highlight = new win.Highlight();
        // Above the mention marks, so the whole sentence reads as one.
        highlight.priority = 1;
        sheet = new win.CSSStyleSheet();
        // A constructed sheet: allowed under strict CSP and Trusted Types, unlike an injected <style>.
        sheet.replaceSync(FLASH_RULE);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      }
      win.CSS.highlights.set(FLASH_HIGHLIGHT_NAME, highlight);
      clear();
      highlight.add(range);
      timer = timers.setTimeout(clear, FLASH_MS);
    },
    dispose() {
      clear();
      if (highlight && win.CSS.highlights.get(FLASH_HIGHLIGHT_NAME) === highlight)
        win.CSS.highlights.delete(FLASH_HIGHLIGHT_NAME);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
