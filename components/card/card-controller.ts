/**
 * Connects the page's mentions to the card: hover intent (hit-testing the highlighted text under the pointer),
 * keyboard navigation through mentions, Escape, lookups with a per-open token so a stale answer is dropped, and the
 * watchlist button.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SentenceFlash } from '@/utils/dom/flash';
import { type MentionRegistry, type PageMention, toLiveRange } from '@/utils/dom/highlights';
import { createHoverIntent } from '@/utils/dom/hover-intent';
import { stepMention } from '@/utils/dom/mention-step';
import type { PageSignals } from '@/utils/dom/page-signals';
import { measureLatest } from '@/utils/dom/page-timings';
import { pageThemeAt, type ThemeSetting } from '@/utils/dom/theme';
import { createPageTimers } from '@/utils/dom/timers';
import { sendMessage } from '@/utils/messaging/protocol';
import type { CardView } from '@/utils/messaging/views';
import type { CardAnchor, CardCallbacks, CardHost } from './card-host';
import type { CardState } from './HoverCard';
import { signalItems } from './in-article';
import { keyAction, trusted } from './keys';
import { createLazyCardHost } from './lazy-card-host';

/** Longest stretch of "In this article" work at a card's opening before yielding to the page (ms). */
const SIGNAL_SLICE_MS = 8;
/**
 * When the page re-renders the text of the open card's mention (live blogs, quote widgets replace the text node every
 * second), how long the card waits for the new text to be scanned before it gives up and closes (ms), how often it
 * looks (ms), and how many looks it takes at least (a busy page runs our timers late). The new text is usually
 * registered in the same task as the removal (see followRerender).
 */
const RERENDER_WAIT_MS = 600;
const RERENDER_POLL_MS = 40;
const RERENDER_MIN_LOOKS = 5;
/** Quiet time after the last scroll event before the text under a still pointer is looked at again (ms). */
const SCROLL_SETTLE_MS = 150;

export interface CardControllerOptions {
  registry: MentionRegistry;
  hoverDelayMs(): number;
  theme(): ThemeSetting;
  /** The page's sentences about each company, for "In this article" (computed when a card first opens). */
  signals?: PageSignals;
  /** Scrolls to and flashes a sentence of the page. */
  flash?: SentenceFlash;
  /** Makes the card host (its code is loaded on first use: components/card/card-ui.ts). */
  createCardHost(cb: CardCallbacks): Promise<CardHost>;
}

export interface CardController {
  /** Moves to the next or previous mention on the page and opens its card with focus in it (keyboard users). */
  focusMention(direction: 'next' | 'previous'): void;
  /** Closes the card if its mention left the page. */
  checkCurrent(): void;
  /** Forget cached lookups (the watchlist or the data changed). */
  invalidate(): void;
  dispose(): void;
}

export async function createCardController(
  ctx: ContentScriptContext,
  options: CardControllerOptions,
): Promise<CardController> {
  const { registry } = options;
  const timers = createPageTimers(ctx);
  const lookups = new Map<string, Promise<CardView | null>>();
  let token = 0;
  let hovered: PageMention | undefined;
  let pointer: { x: number; y: number } | undefined;
  let frame: number | undefined;
  /** Where focus was before a keyboard open, to return it on Escape. */
  let returnFocus: HTMLElement | undefined;
  let openedBy: 'hover' | 'focus' = 'hover';

  /** Answers already received, so a warm open renders synchronously. */
  const resolved = new Map<string, CardView | null>();
  const lookup = (entityId: string) => {
    let p = lookups.get(entityId);
    if (!p) {
      p = sendMessage('lookupEntity', { entityId });
      p.then((view) => resolved.set(entityId, view)).catch(() => undefined);
      // A failed lookup is not cached: the next hover tries again.
      p.catch(() => lookups.delete(entityId));
      lookups.set(entityId, p);
    }
    return p;
  };

  /**
   * The card's anchor: the mention's live box. Once the page has removed the mention's text (a re-render), its last
   * box stands in, so the card stays where it was instead of jumping to the corner while the new text is scanned.
   */
  const anchorFor = (pm: PageMention): CardAnchor => {
    const live = () => (pm.range.startContainer.isConnected ? toLiveRange(document, pm.range) : undefined);
    let last = live()?.getBoundingClientRect() ?? new DOMRect();
    return {
      getBoundingClientRect: () => {
        const r = live()?.getBoundingClientRect();
        if (r) last = r;
        return last;
      },
      getClientRects: () => live()?.getClientRects() ?? ([last] as unknown as DOMRectList),
      contextElement: pm.range.startContainer.parentElement ?? undefined,
    };
  };

  /** Still on the page: registered, and its text not yet replaced (the registry learns that a flush later). */
  const isLive = (pm: PageMention) => registry.contains(pm) && pm.range.startContainer.isConnected;

  /** The mention a follow is under way for (see followRerender). */
  let following: PageMention | undefined;
  /**
   * A mention of the card left the page. When the page merely re-rendered its text, the same company is back at the
   * same place (under the pointer, or where the mention was) once the new text is scanned: `found` gets the new
   * mention, which becomes the intent's current one. Otherwise the card closes, as before.
   */
  const followRerender = (
    gone: PageMention,
    places: readonly ({ x: number; y: number } | undefined)[],
    found: (hit: PageMention) => void,
  ) => {
    const startedAt = performance.now();
    let attempts = 0;
    const attempt = () => {
      attempts++;
      following = undefined;
      if (intent.current !== gone) return;
      for (const at of places) {
        const hit = at && registry.hitTest(at.x, at.y);
        if (hit && hit.mention.entityId === gone.mention.entityId) {
          intent.retarget(hit);
          // Found under the pointer, or the pointer has not moved off since (a move would have changed `hovered` and
          // scheduled the close): moving off the new text closes the card as usual.
          if (at === pointer || hovered === gone) hovered = hit;
          found(hit);
          return;
        }
      }
      if (attempts >= RERENDER_MIN_LOOKS && performance.now() - startedAt >= RERENDER_WAIT_MS) intent.close();
      else {
        following = gone;
        timers.setTimeout(attempt, RERENDER_POLL_MS);
      }
    };
    // The scanner reads the replaced block right after reporting the removal, in the same task: a microtask later the
    // new text is usually registered already.
    following = gone;
    queueMicrotask(attempt);
  };

  /** The centre of the open card's mention as last seen (its anchor keeps the last box of a removed text). */
  const anchorCentre = () => {
    const box = card.anchor?.getBoundingClientRect();
    return box && box.width > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : undefined;
  };

  const openCard = async (pm: PageMention, via: 'hover' | 'focus') => {
    // The page re-rendered the mention's text while the pointer rested on it: open at the new text once scanned (a
    // card placed against the dead text would sit in the corner of the window).
    if (!isLive(pm)) {
      followRerender(pm, [pointer], (hit) => void openCard(hit, via));
      return;
    }
    const openedAt = performance.now();
    const mine = ++token;
    openedBy = via;
    const label = pm.mention.surface;
    const theme = pageThemeAt(pm.range.startContainer.parentElement, options.theme());
    const entityId = pm.mention.entityId;
    const pending = lookup(entityId);
    registry.setActive(pm);
    // Signals already computed are drawn with the card; the first time, just after it (see showSignals).
    if (options.signals?.isCached(entityId)) void showSignals(entityId, mine);
    else timers.setTimeout(() => mine === token && void showSignals(entityId, mine), 0);
    // Warm cache: render the card straight away, without a loading state in between.
    const warm = resolved.has(entityId);
    const cached = resolved.get(entityId);
    card.show(
      anchorFor(pm),
      cached
        ? { kind: 'ready', view: { ...cached, tier: pm.mention.tier }, theme }
        : cached === null
          ? { kind: 'unknown', label, theme }
          : { kind: 'loading', label, theme },
    );
    if (warm) {
      await card.placed();
      measureLatest('geolens:card-open', openedAt, performance.now(), { via, warm });
      if (via === 'focus') card.focusFirst();
      return;
    }
    let next: CardState;
    try {
      const view = await pending;
      next = view
        ? { kind: 'ready', view: { ...view, tier: pm.mention.tier }, theme }
        : { kind: 'unknown', label, theme };
    } catch (err) {
      next = { kind: 'error', label, message: err instanceof Error ? err.message : String(err), theme };
    }
    // The entity, not the mention: a re-rendered mention (followRerender) is still this card.
    if (mine !== token || intent.current?.mention.entityId !== pm.mention.entityId) return;
    card.update(next);
    // Intent to a rendered, placed card (it paints in the next frame); the budget is 16 ms with a warm cache.
    await card.placed();
    measureLatest('geolens:card-open', openedAt, performance.now(), { via, warm });
    if (via === 'focus') card.focusFirst();
  };

  /**
   * "In this article": the company's sentences on this page. Ready when the popup already counted them; else
   * worked out when the card opens, in slices of SIGNAL_SLICE_MS after the card is drawn (never during the scan),
   * timed as geolens:card-signals, then cached until those paragraphs change.
   */
  const showSignals = async (entityId: string, mine: number) => {
    const source = options.signals;
    if (!source) return;
    try {
      const startedAt = performance.now();
      let busyMs = 0;
      for (let slices = 1; ; slices++) {
        const sliceStart = performance.now();
        const list = source.advance(entityId, () => performance.now() - sliceStart > SIGNAL_SLICE_MS);
        busyMs += performance.now() - sliceStart;
        if (list) {
          if (slices > 1 || busyMs > 0.5)
            measureLatest('geolens:card-signals', startedAt, performance.now(), {
              signals: list.length,
              busyMs,
              slices,
            });
          card.setSignals(entityId, signalItems(list));
          return;
        }
        await new Promise<void>((resume) => timers.setTimeout(() => resume(), 0));
        // Another card opened meanwhile: the work waits, half done, for the next open or the idle pass.
        if (mine !== token) return;
      }
    } catch {
      // A page the engine cannot read shows the card without the section, never a broken card.
    }
  };

  /** A sentence of "In this article" was chosen: close the card, which would cover it, and show it in the page. */
  const showSignal = (id: string) => {
    const found = options.signals?.find(id);
    if (!found) return;
    closeAndRestoreFocus();
    options.flash?.show(found.range);
  };

  const intent = createHoverIntent<PageMention>({
    timers: { setTimeout: (fn, ms) => timers.setTimeout(fn, ms), clearTimeout: (id) => timers.clearTimeout(id) },
    openDelayMs: options.hoverDelayMs,
    onPrefetch: (pm) => {
      card.prepare();
      void lookup(pm.mention.entityId).catch(() => undefined);
    },
    onOpen: (pm, via) => void openCard(pm, via),
    onClose: () => {
      token++;
      registry.setActive(undefined);
      card.hide();
    },
  });

  const toggleWatchlist = async (view: CardView) => {
    const mine = token;
    const theme = card.theme;
    card.update({ kind: 'ready', view, theme }, true);
    const call = view.inWatchlist ? 'removeFromWatchlist' : 'addToWatchlist';
    try {
      await sendMessage(call, { entityId: view.entityId });
      lookups.delete(view.entityId);
      resolved.delete(view.entityId);
      const fresh = await lookup(view.entityId);
      if (mine === token && fresh) card.update({ kind: 'ready', view: { ...fresh, tier: view.tier }, theme });
    } catch (err) {
      if (mine === token) {
        card.update({
          kind: 'error',
          label: view.name,
          message: err instanceof Error ? err.message : String(err),
          theme,
        });
      }
    }
  };

  const closeAndRestoreFocus = () => {
    const focusWasInCard = card.contains(document.activeElement);
    const target = returnFocus;
    intent.close();
    returnFocus = undefined;
    if (focusWasInCard) {
      if (openedBy === 'focus' && target?.isConnected) target.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
  };

  // Created when the pointer first rests on a mention (or a card is opened from the keyboard), not at start-up.
  const card = createLazyCardHost(() =>
    options.createCardHost({
      onToggleWatchlist: (view) => void toggleWatchlist(view),
      onClose: closeAndRestoreFocus,
      onPin: () => intent.pin(),
      onPointerEnter: () => intent.enterCard(),
      onPointerLeave: () => intent.leaveCard(),
      onInteract: () => intent.pin(),
      onShowSignal: showSignal,
    }),
  );

  const hitTest = () => {
    frame = undefined;
    if (!pointer) return;
    const hit = registry.hitTest(pointer.x, pointer.y);
    if (hit === hovered) return;
    if (hovered) intent.leaveTarget();
    hovered = hit;
    if (hit) intent.enterTarget(hit);
  };
  const scheduleHitTest = () => {
    if (frame === undefined) frame = timers.requestAnimationFrame(hitTest);
  };

  let rehitTimer: number | undefined;
  /**
   * The page replaced text while the pointer rests on it with no card open (it may have arrived while the new text was
   * not scanned yet): look under the pointer again for a while, as the pointer will not move to make us look.
   */
  const rehitSoon = () => {
    if (rehitTimer !== undefined) return;
    const startedAt = performance.now();
    const again = () => {
      rehitTimer = undefined;
      if (!pointer || hovered || intent.current) return;
      hitTest();
      if (!hovered && performance.now() - startedAt < RERENDER_WAIT_MS)
        rehitTimer = timers.setTimeout(again, RERENDER_POLL_MS);
    };
    rehitTimer = timers.setTimeout(again, RERENDER_POLL_MS);
  };

  // Passive listeners through ctx: they never delay scrolling or input and vanish on extension update. Each one
  // drops events that a page script dispatched (`trusted`): a page must not open a card, or choose which one opens,
  // by faking the pointer (issue 11).
  ctx.addEventListener(
    document,
    'pointermove',
    trusted((e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      // Over the card itself: hover intent is handled by the card's own enter/leave.
      if (card.contains(e.target as Node)) return;
      pointer = { x: e.clientX, y: e.clientY };
      scheduleHitTest();
    }),
    { passive: true },
  );
  // The text under a still pointer changes while the page scrolls: look again once the scrolling has settled, not on
  // every frame of it. Text moving under the pointer is not a hover, and hit-testing each frame (a caret lookup, and a
  // card opening, drawn and moved along mid-scroll) was most of GeoLens's script while the reader scrolled (issue 17).
  // One timer per quiet period, not one per scroll event: it looks again later while scrolling goes on.
  let lastScroll = 0;
  let settling = false;
  const settle = () => {
    const wait = lastScroll + SCROLL_SETTLE_MS - performance.now();
    if (wait > 1) timers.setTimeout(settle, wait);
    else {
      settling = false;
      scheduleHitTest();
    }
  };
  ctx.addEventListener(
    document,
    'scroll',
    trusted(() => {
      if (!pointer) return;
      lastScroll = performance.now();
      if (!settling) {
        settling = true;
        timers.setTimeout(settle, SCROLL_SETTLE_MS);
      }
    }),
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    document.documentElement,
    'pointerleave',
    trusted(() => {
      pointer = undefined;
      if (hovered) intent.leaveTarget();
      hovered = undefined;
    }),
  );

  /** Focus is on the element holding the open card's mention (a link whose text is the mention, say). */
  const focusOnMention = () => {
    const active = document.activeElement;
    const current = intent.current;
    return !!active && active !== document.body && !!current && active.contains(current.range.startContainer as Node);
  };
  ctx.addEventListener(
    document,
    'keydown',
    (e: KeyboardEvent) => {
      const action = keyAction(e, {
        cardVisible: card.visible,
        focusInCard: card.contains(document.activeElement),
        focusOnMention: focusOnMention(),
        openedByKeyboard: openedBy === 'focus',
      });
      if (action === 'close-in-card') {
        e.stopPropagation();
        closeAndRestoreFocus();
      } else if (action === 'close') {
        // The page's own Escape (clearing a field, closing its menu) still runs.
        closeAndRestoreFocus();
      } else if (action === 'enter-card') {
        // Tab goes into the card (and keeps it open) rather than past it.
        e.preventDefault();
        if (!returnFocus) returnFocus = (document.activeElement as HTMLElement | null) ?? undefined;
        openedBy = 'focus';
        intent.pin();
        card.focusFirst();
      }
    },
    { capture: true },
  );

  const startingPoint = (list: PageMention[]): number => {
    // The first mention whose text is in view.
    for (let i = 0; i < list.length; i++) {
      const rect = toLiveRange(document, (list[i] as PageMention).range)?.getBoundingClientRect();
      if (rect && rect.bottom >= 0 && rect.top <= window.innerHeight && rect.width > 0) return i;
    }
    return 0;
  };

  return {
    focusMention(direction) {
      const list = registry.ordered();
      if (list.length === 0) return;
      const current = intent.current;
      const at = current ? list.indexOf(current) : -1;
      // Skips repeats of the current company (issue 16): see utils/dom/mention-step.ts.
      const next =
        at >= 0
          ? stepMention(
              list.map((pm) => pm.mention.entityId),
              at,
              direction,
            )
          : startingPoint(list);
      const pm = list[next] as PageMention;
      if (!card.contains(document.activeElement)) {
        returnFocus = (document.activeElement as HTMLElement | null) ?? undefined;
      }
      pm.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      intent.focusTarget(pm);
      intent.pin();
    },
    checkCurrent() {
      const current = intent.current;
      // A follow already under way (a card opening on text the page has just replaced) carries on.
      if (current && !registry.contains(current) && following !== current) {
        followRerender(current, [pointer, anchorCentre()], (hit) => {
          registry.setActive(hit);
          card.reanchor(anchorFor(hit));
        });
      }
      // The followed mention stays `hovered` until the pointer moves: moving off it then closes the card as usual.
      if (hovered && hovered !== current && !registry.contains(hovered)) hovered = undefined;
      if (!current && !hovered && pointer) rehitSoon();
    },
    invalidate: () => {
      lookups.clear();
      resolved.clear();
    },
    dispose() {
      intent.close();
      card.remove();
    },
  };
}
