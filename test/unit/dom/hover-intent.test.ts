import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, createHoverIntent } from '@/utils/dom/hover-intent';

const OPEN_MS = 300;

function setup() {
  const events: string[] = [];
  const intent = createHoverIntent<string>({
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    openDelayMs: () => OPEN_MS,
    onPrefetch: (t) => events.push(`prefetch ${t}`),
    onOpen: (t, via) => events.push(`open ${t} ${via}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover intent', () => {
  it('opens only after the pointer rests for the open delay, prefetching before', () => {
    const { intent, events } = setup();
    intent.enterTarget('a');
    vi.advanceTimersByTime(OPEN_MS - 1);
    expect(events).toEqual(['prefetch a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prefetch a', 'open a hover']);
  });

  it('does not open when the pointer passes over quickly', () => {
    const { intent, events } = setup();
    intent.enterTarget('a');
    vi.advanceTimersByTime(100);
    intent.leaveTarget();
    vi.advanceTimersByTime(2000);
    expect(events.filter((e) => e.startsWith('open'))).toEqual([]);
  });

  it('keeps the card during the grace period so the pointer can reach it', () => {
    const { intent, events } = setup();
    intent.enterTarget('a');
    vi.advanceTimersByTime(OPEN_MS);
    intent.leaveTarget();
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 10);
    intent.enterCard();
    vi.advanceTimersByTime(5000);
    expect(events).not.toContain('close');
    intent.leaveCard();
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(events.at(-1)).toBe('close');
  });

  it('stays open while pinned', () => {
    const { intent, events } = setup();
    intent.focusTarget('a');
    intent.pin();
    intent.leaveTarget();
    intent.leaveCard();
    vi.advanceTimersByTime(10_000);
    expect(events).not.toContain('close');
    intent.close();
    expect(events.at(-1)).toBe('close');
  });

  it('opens at once on focus and switches targets', () => {
    const { intent, events } = setup();
    intent.focusTarget('a');
    intent.focusTarget('b');
    expect(events.filter((e) => e.startsWith('open'))).toEqual(['open a focus', 'open b focus']);
    expect(intent.current).toBe('b');
  });
});
