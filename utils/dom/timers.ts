/**
 * Timers and frames for the content script that stop when it is invalidated (an extension update or reload), without
 * the leak of WXT's own: `ctx.setTimeout` and `ctx.requestAnimationFrame` add an "abort" listener to the context for
 * every call and never remove it, so a page read for an hour kept one closure per pointer frame, hover and scan slice
 * (issue 17). Here one listener clears whatever is pending, and each callback leaves the pending set as it runs.
 */

/** What is needed of WXT's ContentScriptContext. */
export interface InvalidatableContext {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): unknown;
}

export interface PageTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
  requestAnimationFrame(fn: (time: number) => void): number;
  requestIdleCallback(fn: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  /** Timers and frames not yet run (for tests). */
  readonly pending: number;
}

export function createPageTimers(ctx: InvalidatableContext, win: Window = window): PageTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const idles = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of timeouts) win.clearTimeout(id);
    for (const id of frames) win.cancelAnimationFrame(id);
    for (const id of idles) win.cancelIdleCallback?.(id);
    timeouts.clear();
    frames.clear();
    idles.clear();
  });
  return {
    setTimeout(fn, ms) {
      const id = win.setTimeout(() => {
        timeouts.delete(id);
        if (ctx.isValid) fn();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      if (id === undefined) return;
      timeouts.delete(id);
      win.clearTimeout(id);
    },
    requestAnimationFrame(fn) {
      const id = win.requestAnimationFrame((time) => {
        frames.delete(id);
        if (ctx.isValid) fn(time);
      });
      frames.add(id);
      return id;
    },
    requestIdleCallback(fn, options) {
      // Safari-like engines without idle callbacks: a short timeout stands in, with no time to spare.
      if (!win.requestIdleCallback) {
        return this.setTimeout(() => fn({ didTimeout: true, timeRemaining: () => 0 }), 1);
      }
      const id = win.requestIdleCallback((deadline) => {
        idles.delete(id);
        if (ctx.isValid) fn(deadline);
      }, options);
      idles.add(id);
      return id;
    },
    get pending() {
      return timeouts.size + frames.size + idles.size;
    },
  };
}
