/**
 * The marks' stylesheet, adopted before the page is built (entrypoints/marks.ts, `document_start`): adopting
 * a stylesheet into a built document restyles all of it — one 180–250 ms task on a 5 MB page (issue 17) — while into
 * an empty one it costs nothing. The main content script takes the sheet over (`takeEarlyMarkSheet`); it holds the
 * default style's rules, and is rewritten only when the user chose another style.
 *
 * Both scripts run in the extension's isolated world of the frame, which page scripts cannot reach: the sheet is
 * handed over through a global there.
 */
import { isSameOriginFrame } from './frames';
import { markRules } from './mark-style';

const KEY = '__geolensEarlyMarkSheet';
type Holder = { [KEY]?: CSSStyleSheet };

/** Adopts the default marks' stylesheet into this frame's document, where GeoLens will run. */
export function adoptEarlyMarkSheet(win: Window & typeof globalThis): void {
  if (!isSameOriginFrame(win) || typeof win.CSSStyleSheet !== 'function' || !('highlights' in win.CSS)) return;
  const doc = win.document;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(markRules('underline'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  (win as unknown as Holder)[KEY] = sheet;
}

/**
 * The early sheet, once: still adopted by the document (a page may have replaced `adoptedStyleSheets`), or undefined.
 * The caller owns it from now on: it removes it when GeoLens does not run here, or on teardown.
 */
export function takeEarlyMarkSheet(win: Window & typeof globalThis): CSSStyleSheet | undefined {
  const holder = win as unknown as Holder;
  const sheet = holder[KEY];
  holder[KEY] = undefined;
  return sheet && win.document.adoptedStyleSheets.includes(sheet) ? sheet : undefined;
}

/** Removes a sheet from the document (GeoLens does not run on this page after all). */
export function dropSheet(doc: Document, sheet: CSSStyleSheet | undefined): void {
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
