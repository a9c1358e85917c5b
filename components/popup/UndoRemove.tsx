import { useEffect, useRef } from 'preact/hooks';

/** How long "Undo" stays offered after a removal (ms); paused while the pointer or focus is on it. */
export const UNDO_MS = 6000;

/** The removal that can still be undone. */
export interface PendingUndo {
  entityId: string;
  name: string;
  /** The removal was made from the keyboard: focus moves to "Undo" (the removed row's button is gone). */
  focus: boolean;
}

interface Props {
  pending: PendingUndo | undefined;
  onUndo(pending: PendingUndo): void;
  /** The offer ran out (the removal, already stored, stays). */
  onExpire(): void;
  /** Where focus goes when the offer ends while focus is on it. */
  onFocusAway(): void;
}

/** The pointer or focus is on the element: a reader is about to use it, so the offer must not vanish now. */
function isHeld(el: Element): boolean {
  try {
    return el.matches(':hover') || el.contains(document.activeElement);
  } catch {
    // A DOM without :hover (tests): focus alone decides.
    return el.contains(document.activeElement);
  }
}

/**
 * "Removed X. Undo" after a watchlist removal (issue 16). The removal is stored at once; Undo asks the background
 * to put the entry back. The region is always in the page, so screen readers announce what appears in it.
 */
export function UndoRemove({ pending, onUndo, onExpire, onFocusAway }: Props) {
  const region = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  const stop = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };
  const start = () => {
    stop();
    timer.current = setTimeout(() => {
      if (region.current?.contains(document.activeElement)) onFocusAway();
      expire.current();
    }, UNDO_MS);
  };

  const holding = () => !!region.current && isHeld(region.current);

  useEffect(() => {
    if (!pending) return;
    if (pending.focus) button.current?.focus();
    // Focused or hovered, the timer waits (set in the handlers below); otherwise it runs from now.
    if (!holding()) start();
    return stop;
  }, [pending]);

  const resume = () => {
    // After the event, so :hover and :focus-within describe where the pointer and focus went.
    setTimeout(() => {
      if (pending && !holding()) start();
    }, 0);
  };

  return (
    <div
      ref={region}
      class={pending ? 'undo-bar' : 'undo-bar idle'}
      role="status"
      onMouseEnter={stop}
      onFocusIn={stop}
      onMouseLeave={resume}
      onFocusOut={resume}
    >
      {pending && (
        <>
          <span>
            Removed <strong>{pending.name}</strong> from the watchlist.
          </span>
          <button ref={button} type="button" class="button small" onClick={() => onUndo(pending)}>
            Undo
          </button>
        </>
      )}
    </div>
  );
}
