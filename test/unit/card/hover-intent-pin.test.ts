/** Issue 16: a pinned card stays when the pointer crosses other mentions; a re-rendered mention keeps its card. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, createHoverIntent } from '@/utils/dom/hover-intent';

const OPEN_MS = 300;

function setup() {
  const events: string[] = [];
  const intent = createHoverIntent<string>({
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    openDelayMs: () => OPEN_MS,
    onOpen: (t, via) => events.push(`open ${t} ${via}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a pinned card', () => {
  it('is not replaced when the pointer rests on another mention (an unpinned one is: the control)', () => {
    const unpinned = setup();
    unpinned.intent.enterTarget('a');
    vi.advanceTimersByTime(OPEN_MS);
    unpinned.intent.leaveTarget();
    unpinned.intent.enterTarget('b');
    vi.advanceTimersByTime(OPEN_MS);
    expect(unpinned.intent.current).toBe('b');

    const { intent, events } = setup();
    intent.enterTarget('a');
    vi.advanceTimersByTime(OPEN_MS);
    intent.pin();
    intent.leaveTarget();
    intent.enterTarget('b');
    vi.advanceTimersByTime(10_000);
    expect(intent.current).toBe('a');
    expect(events).toEqual(['open a hover']);
  });

  it('is replaced when another card is opened on purpose (keyboard), which is then the one pinned or not', () => {
    const { intent, events } = setup();
    intent.focusTarget('a');
    intent.pin();
    intent.focusTarget('b');
    expect(intent.current).toBe('b');
    expect(intent.pinned).toBe(false);
    expect(events).toEqual(['open a focus', 'open b focus']);
  });
});

describe('retarget (the page re-rendered the mention)', () => {
  it('moves the open card to the new mention without closing or reopening it', () => {
    const { intent, events } = setup();
    intent.enterTarget('a');
    vi.advanceTimersByTime(OPEN_MS);
    intent.retarget('a2');
    expect(intent.current).toBe('a2');
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open a hover']);
    // The pointer rests on the new mention: entering it again changes nothing.
    intent.enterTarget('a2');
    vi.advanceTimersByTime(OPEN_MS);
    expect(events).toEqual(['open a hover']);
  });

  it('keeps a close that was already scheduled (the pointer had left), and does nothing with no card open', () => {
    const { intent, events } = setup();
    intent.enterTarget('a');
    vi.advanceTimersByTime(OPEN_MS);
    intent.leaveTarget();
    intent.retarget('a2');
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(events.at(-1)).toBe('close');
    intent.retarget('a3');
    expect(intent.current).toBeUndefined();
  });
});
