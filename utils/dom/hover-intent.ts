/**
 * Hover intent, after Wikipedia's Page Previews: the card opens once the pointer has rested on a mention for the
 * open delay, and stays for a grace period after the pointer leaves so it can travel into the card. Focus opens at
 * once. Pure timing logic; the caller supplies timers (utils/dom/timers.ts, so an update leaves none behind).
 */

/** After leaving a mention or the card, how long the card waits before closing (ms): time to cross the gap. */
export const CLOSE_GRACE_MS = 300;
/** Start loading the card this soon after the pointer arrives (ms), so it is ready when the open delay ends. */
export const PREFETCH_DELAY_MS = 50;

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverIntentOptions<T> {
  timers: Timers;
  openDelayMs(): number;
  /** Called when intent is likely, before the card opens (warm the cache). */
  onPrefetch?(target: T): void;
  onOpen(target: T, via: 'hover' | 'focus'): void;
  onClose(): void;
}

export interface HoverIntent<T> {
  enterTarget(target: T): void;
  leaveTarget(): void;
  enterCard(): void;
  leaveCard(): void;
  focusTarget(target: T): void;
  /** Close now (Escape, close button, target removed). */
  close(): void;
  /**
   * Keeps the card open until {@link close} or until another card is opened on purpose ({@link focusTarget}): the
   * pointer crossing another mention no longer replaces it.
   */
  pin(): void;
  /**
   * The page re-rendered the text of the open card's mention (a live blog replacing its text node): the same company
   * at the new text becomes the current target, with no close and no reopen.
   */
  retarget(target: T): void;
  readonly current: T | undefined;
  readonly pinned: boolean;
}

export function createHoverIntent<T>(opts: HoverIntentOptions<T>): HoverIntent<T> {
  let openTimer: number | undefined;
  let prefetchTimer: number | undefined;
  let closeTimer: number | undefined;
  let current: T | undefined;
  let pending: T | undefined;
  let pinned = false;

  const clear = (id: number | undefined) => {
    if (id !== undefined) opts.timers.clearTimeout(id);
  };
  const cancelOpen = () => {
    clear(openTimer);
    clear(prefetchTimer);
    openTimer = prefetchTimer = undefined;
    pending = undefined;
  };
  const cancelClose = () => {
    clear(closeTimer);
    closeTimer = undefined;
  };
  const open = (target: T, via: 'hover' | 'focus') => {
    cancelOpen();
    cancelClose();
    if (current !== target) pinned = false;
    current = target;
    opts.onOpen(target, via);
  };
  const close = () => {
    cancelOpen();
    cancelClose();
    pinned = false;
    if (current === undefined) return;
    current = undefined;
    opts.onClose();
  };
  const scheduleClose = () => {
    if (pinned || current === undefined) return;
    cancelClose();
    closeTimer = opts.timers.setTimeout(close, CLOSE_GRACE_MS);
  };

  return {
    enterTarget(target) {
      cancelClose();
      // A pinned card stays: the pointer crossing another mention on its way somewhere must not replace it.
      if (pinned || target === current || target === pending) return;
      cancelOpen();
      pending = target;
      const delay = opts.openDelayMs();
      if (opts.onPrefetch) {
        const onPrefetch = opts.onPrefetch;
        prefetchTimer = opts.timers.setTimeout(() => onPrefetch(target), Math.min(PREFETCH_DELAY_MS, delay));
      }
      openTimer = opts.timers.setTimeout(() => open(target, 'hover'), delay);
    },
    leaveTarget() {
      cancelOpen();
      scheduleClose();
    },
    enterCard: cancelClose,
    leaveCard: scheduleClose,
    focusTarget(target) {
      opts.onPrefetch?.(target);
      open(target, 'focus');
    },
    close,
    retarget(target) {
      // A close already scheduled (the pointer left meanwhile) still runs.
      if (current !== undefined) current = target;
    },
    pin() {
      if (current !== undefined) pinned = true;
    },
    get current() {
      return current;
    },
    get pinned() {
      return pinned;
    },
  };
}
