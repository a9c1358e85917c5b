/**
 * Who may switch a running copy of the content script off. Only a genuine newer GeoLens script may; a page may not.
 *
 * WXT's own mechanism is page-reachable: every `ContentScriptContext` announces itself with a CustomEvent on
 * `document` named `<extension id>:content:wxt:content-script-started` (and, unless told otherwise, with a
 * `window.postMessage` that tells the page that name), and every older context that sees one with its script name
 * and another message id invalidates itself. A page script that dispatches such an event removed every mark and
 * card, and nothing was marked again. So:
 *
 * - `blockWxtStartedEvents` stops every event of that name at the window, in the capture phase, before WXT's
 *   listener on `document` sees it, genuine or forged: untrusted events cannot be told apart, so none passes.
 * - `takeOver` retires the previous copy of the same extension instance in this frame: copies of one extension's
 *   scripts share the frame's isolated world (the manifest script and `scripting.executeScript`, or the user-sites
 *   registration), and the page cannot read or write that world's globals.
 * - `retireOrphans` handles copies left by an update or reload, which run in another isolated world (Chromium creates
 *   a new one for the reloaded extension): the new copy dispatches `geolens:started:<runtime id>`, and each copy that
 *   hears it asks `ctx.isValid`, which is false only where the extension runtime is gone. A page that forges the
 *   event makes live copies ask a question whose answer it cannot change.
 * - `removeLeftovers` handles copies that cannot clean up at all. Firefox, unlike Chromium, destroys an old content
 *   script's sandbox when its extension reloads, updates or is turned off: none of its code runs again (no
 *   `onInvalidated`, no listener for the started event), while what it put into the page stays there — its empty
 *   card host, its adopted stylesheet, its highlights. The new copy (which Firefox itself runs in open tabs) removes
 *   them before adding its own.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The running copy in this isolated world, kept on the world's global object (invisible to the page). */
const RUNNING_KEY = '__geolensRunningCopy';
/** Set once the guard is installed in this isolated world. */
const GUARDED_KEY = '__geolensStartedGuard';

interface RunningCopy {
  retire(): void;
}

type WorldGlobals = Record<string, unknown>;

/** Runs `cleanup` when the context is invalidated, or at once if it already is (an aborted signal fires no more). */
export function whenInvalidated(ctx: ContentScriptContext, cleanup: () => void): void {
  if (ctx.signal.aborted) cleanup();
  else ctx.onInvalidated(cleanup);
}

/**
 * Stops every `eventName` event (WXT's "content script started") at `win` in the capture phase, so that no WXT
 * context in this frame invalidates itself on one. Must run before WXT builds the context: at the content script
 * module's top level. Once per isolated world; the listener stays for the world's lifetime.
 */
export function blockWxtStartedEvents(win: Window, eventName: string, world: WorldGlobals = globalThis as never): void {
  if (world[GUARDED_KEY] === eventName) return;
  world[GUARDED_KEY] = eventName;
  win.addEventListener(eventName, (event) => event.stopImmediatePropagation(), { capture: true });
}

/**
 * WXT 0.21's event name for a content script (`getUniqueEventName('wxt:content-script-started')`); the entrypoint is
 * `content` (entrypoints/content/). test/unit/dom/lifecycle.test.ts checks it against WXT's own constant, which the
 * entrypoint cannot import: WXT evaluates entrypoints in Node at build time, where that module throws.
 */
export function wxtStartedEventName(runtimeId: string, entrypoint = 'content'): string {
  return `${runtimeId}:${entrypoint}:wxt:content-script-started`;
}

/**
 * Makes `ctx` the running copy in this isolated world and retires the previous one (its `onInvalidated` cleanup
 * removes its marks, stylesheet and card before this copy adds its own). The newest copy wins: a copy that stopped
 * early (site turned off at the time) must not keep a later injection from running.
 */
export function takeOver(ctx: ContentScriptContext, world: WorldGlobals = globalThis as never): void {
  const previous = world[RUNNING_KEY] as RunningCopy | undefined;
  const self: RunningCopy = { retire: () => ctx.abort('GeoLens: replaced by a newer copy in this frame') };
  world[RUNNING_KEY] = self;
  previous?.retire();
  whenInvalidated(ctx, () => {
    if (world[RUNNING_KEY] === self) delete world[RUNNING_KEY];
  });
}

/** The event by which a new copy makes orphaned copies (another isolated world, a dead runtime) clean up. */
export function startedEventName(runtimeId: string): string {
  return `geolens:started:${runtimeId}`;
}

/**
 * Tells copies orphaned by an update or reload to clean up now, and listens for the next copy. Hearing the event only
 * makes a copy check `ctx.isValid` (false once its extension runtime is gone), so a forged one changes nothing.
 */
export function retireOrphans(ctx: ContentScriptContext, doc: Document, runtimeId: string): void {
  const name = startedEventName(runtimeId);
  doc.dispatchEvent(new Event(name));
  ctx.addEventListener(doc, name, () => void ctx.isValid);
}

/** What a copy of GeoLens puts into a document, by name (the card host's tag, the highlights' registry names). */
export interface CopyTraces {
  hostTag: string;
  highlightNames: readonly string[];
  /** A marks stylesheet that belongs to the new copy (adopted at document_start for this load): never removed. */
  keep?: CSSStyleSheet;
}

/**
 * Removes what earlier copies left in `doc` and `win`: card hosts, the stylesheets that paint the highlights, and the
 * highlights themselves. Call after `takeOver` and `retireOrphans`, once no live copy owns anything here (a Chromium
 * orphan removes its own while it hears the started event). Returns how many things were removed.
 */
export function removeLeftovers(doc: Document, win: Window & typeof globalThis, traces: CopyTraces): number {
  let removed = 0;
  for (const host of doc.querySelectorAll(traces.hostTag)) {
    host.remove();
    removed++;
  }
  const marks = traces.highlightNames.map((name) => `::highlight(${name})`);
  const sheets = doc.adoptedStyleSheets;
  const kept = sheets.filter(
    (sheet) => sheet === traces.keep || ![...sheet.cssRules].some((r) => marks.some((m) => r.cssText.includes(m))),
  );
  if (kept.length !== sheets.length) {
    removed += sheets.length - kept.length;
    doc.adoptedStyleSheets = kept;
  }
  for (const name of traces.highlightNames) if (win.CSS.highlights.delete(name)) removed++;
  return removed;
}

/**
 * Whether a `wxt:locationchange` event came from WXT's location watcher in this world: it carries the new URL as a
 * property, which a page-made event cannot have here (a page's expandos live in the page's world only).
 */
export function isGenuineLocationChange(event: Event): boolean {
  return (event as Event & { newUrl?: unknown }).newUrl instanceof URL;
}
