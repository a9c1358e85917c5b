/** Issue 16: the popup offers "Undo" for a few seconds after a removal, announced, and never vanishes under focus. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PendingUndo, UNDO_MS, UndoRemove } from '@/components/popup/UndoRemove';

let host: HTMLDivElement;
beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.useRealTimers();
});

const show = (pending: PendingUndo | undefined, handlers: Partial<Parameters<typeof UndoRemove>[0]> = {}) => {
  const calls = { undo: [] as PendingUndo[], expired: 0, focusAway: 0 };
  act(() => {
    render(
      <UndoRemove
        pending={pending}
        onUndo={(p) => calls.undo.push(p)}
        onExpire={() => calls.expired++}
        onFocusAway={() => calls.focusAway++}
        {...handlers}
      />,
      host,
    );
  });
  return calls;
};
const nvidia: PendingUndo = { entityId: 'nvidia', name: 'Nvidia', focus: false };

describe('the undo offer', () => {
  it('is a live region that is there before anything is removed', () => {
    show(undefined);
    const region = host.querySelector('[role="status"]');
    expect(region).not.toBeNull();
    expect(region?.textContent).toBe('');
  });

  it('names the company, undoes on click, and ends after UNDO_MS', () => {
    const calls = show(nvidia);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Removed Nvidia from the watchlist.Undo');
    act(() => host.querySelector('button')?.click());
    expect(calls.undo).toEqual([nvidia]);
    act(() => {
      vi.advanceTimersByTime(UNDO_MS - 1);
    });
    expect(calls.expired).toBe(0);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(calls.expired).toBe(1);
    expect(calls.focusAway).toBe(0);
  });

  it('after a keyboard removal, takes focus and waits while it has it', () => {
    const calls = show({ ...nvidia, focus: true });
    const button = host.querySelector('button');
    expect(document.activeElement).toBe(button);
    act(() => {
      vi.advanceTimersByTime(UNDO_MS * 3);
    });
    expect(calls.expired).toBe(0);
    // Focus moves on: the offer runs out UNDO_MS later.
    act(() => {
      button?.blur();
      vi.advanceTimersByTime(1);
    });
    act(() => {
      vi.advanceTimersByTime(UNDO_MS);
    });
    expect(calls.expired).toBe(1);
  });
});
