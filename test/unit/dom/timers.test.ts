/** The content script's timers (utils/dom/timers.ts): one invalidation hook however many timers, none run after it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageTimers } from '@/utils/dom/timers';

function fakeContext() {
  let valid = true;
  const hooks: (() => void)[] = [];
  return {
    get isValid() {
      return valid;
    },
    onInvalidated: (cb: () => void) => hooks.push(cb),
    hooks,
    invalidate() {
      valid = false;
      for (const h of hooks) h();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('page timers', () => {
  it('register one invalidation hook for any number of timers and frames, and forget each once it ran', () => {
    const ctx = fakeContext();
    const timers = createPageTimers(ctx);
    let runs = 0;
    for (let i = 0; i < 1000; i++) timers.setTimeout(() => runs++, 10);
    for (let i = 0; i < 100; i++) timers.requestAnimationFrame(() => runs++);
    expect(timers.pending).toBe(1100);
    vi.advanceTimersByTime(50);
    expect(runs).toBe(1100);
    expect(timers.pending).toBe(0);
    // WXT's ctx.setTimeout would have added 1,100 listeners to the context's abort signal.
    expect(ctx.hooks).toHaveLength(1);
  });

  it('runs nothing after the context is invalidated, and clears what was pending', () => {
    const ctx = fakeContext();
    const timers = createPageTimers(ctx);
    const fn = vi.fn();
    timers.setTimeout(fn, 10);
    timers.requestAnimationFrame(fn);
    const cleared = timers.setTimeout(fn, 5);
    timers.clearTimeout(cleared);
    expect(timers.pending).toBe(2);
    ctx.invalidate();
    expect(timers.pending).toBe(0);
    vi.advanceTimersByTime(50);
    expect(fn).not.toHaveBeenCalled();
    // A timer set after invalidation never runs its callback either.
    timers.setTimeout(fn, 1);
    vi.advanceTimersByTime(5);
    expect(fn).not.toHaveBeenCalled();
  });
});
