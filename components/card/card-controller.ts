/**
 * Connects the page's marks to the card: hover intent, focus, Escape, lookups (with a per-hover token so a stale
 * answer is dropped) and the watchlist button.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Tier } from '@/utils/detect/types';
import { createHoverIntent } from '@/utils/dom/hover-intent';
import { MARK_TAG } from '@/utils/dom/marks';
import { sendMessage } from '@/utils/messaging/protocol';
import type { CardView } from '@/utils/messaging/views';
import { type CardHost, createCardHost } from './card-host';
import type { CardState } from './HoverCard';

export interface CardController {
  /** Forget cached lookups (the watchlist or the data changed). */
  invalidate(): void;
  dispose(): void;
}

export async function createCardController(
  ctx: ContentScriptContext,
  options: { hoverDelayMs(): number },
): Promise<CardController> {
  const lookups = new Map<string, Promise<CardView | null>>();
  let token = 0;
  let card: CardHost;

  const markOf = (node: EventTarget | null): HTMLElement | null =>
    node instanceof Element ? (node.closest(MARK_TAG) as HTMLElement | null) : null;

  const lookup = (entityId: string) => {
    let p = lookups.get(entityId);
    if (!p) {
      p = sendMessage('lookupEntity', { entityId });
      // A failed lookup is not cached: the next hover tries again.
      p.catch(() => lookups.delete(entityId));
      lookups.set(entityId, p);
    }
    return p;
  };

  const labelOf = (mark: HTMLElement) => mark.textContent?.trim() || 'This company';

  const openCard = async (mark: HTMLElement) => {
    const mine = ++token;
    const entityId = mark.dataset.entity ?? '';
    const pending = lookup(entityId);
    card.show(mark, { kind: 'loading', label: labelOf(mark) });
    let next: CardState;
    try {
      const view = await pending;
      next = view
        ? { kind: 'ready', view: { ...view, tier: mark.dataset.tier as Tier } }
        : { kind: 'unknown', label: labelOf(mark) };
    } catch (err) {
      next = { kind: 'error', label: labelOf(mark), message: err instanceof Error ? err.message : String(err) };
    }
    if (mine === token && intent.current === mark) card.update(next);
  };

  const intent = createHoverIntent<HTMLElement>({
    timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    openDelayMs: options.hoverDelayMs,
    onPrefetch: (mark) => void lookup(mark.dataset.entity ?? '').catch(() => undefined),
    onOpen: (mark) => void openCard(mark),
    onClose: () => {
      token++;
      card.hide();
    },
  });

  const toggleWatchlist = async (view: CardView) => {
    const mine = token;
    const anchor = card.anchor;
    card.update({ kind: 'ready', view }, true);
    const call = view.inWatchlist ? 'removeFromWatchlist' : 'addToWatchlist';
    try {
      await sendMessage(call, { entityId: view.entityId });
      lookups.delete(view.entityId);
      const fresh = await lookup(view.entityId);
      if (mine === token && card.anchor === anchor && fresh)
        card.update({ kind: 'ready', view: { ...fresh, tier: view.tier } });
    } catch (err) {
      if (mine === token)
        card.update({ kind: 'error', label: view.name, message: err instanceof Error ? err.message : String(err) });
    }
  };

  card = await createCardHost(ctx, {
    onToggleWatchlist: (view) => void toggleWatchlist(view),
    onClose: () => closeAndRestoreFocus(),
    onPointerEnter: () => intent.enterCard(),
    onPointerLeave: () => intent.leaveCard(),
    onInteract: () => intent.pin(),
  });

  const closeAndRestoreFocus = () => {
    const anchor = card.anchor as HTMLElement | undefined;
    const focusWasInCard = card.contains(document.activeElement);
    intent.close();
    if (focusWasInCard && anchor?.isConnected) anchor.focus({ preventScroll: true });
  };

  // Delegated listeners on the document, registered through ctx so an extension update removes them.
  ctx.addEventListener(document, 'mouseover', (e) => {
    const mark = markOf(e.target);
    if (mark) intent.enterTarget(mark);
  });
  ctx.addEventListener(document, 'mouseout', (e) => {
    const from = markOf(e.target);
    if (from && !from.contains(e.relatedTarget as Node | null)) intent.leaveTarget();
  });
  ctx.addEventListener(document, 'focusin', (e) => {
    const target = e.target as Element | null;
    if (!target || card.contains(target)) return;
    // A focused mark, or a focused link whose text is a mark ("(NYSE: <a>BABA</a>)").
    const mark = markOf(target) ?? (target.querySelector?.(MARK_TAG) as HTMLElement | null);
    if (mark) intent.focusTarget(mark);
  });
  ctx.addEventListener(document, 'focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (intent.current && !intent.pinned && !card.contains(to) && !intent.current.contains(to)) intent.leaveTarget();
  });
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
      if (e.key === 'Escape' && intent.current) {
        e.stopPropagation();
        closeAndRestoreFocus();
      }
    },
    { capture: true },
  );

  return {
    invalidate: () => lookups.clear(),
    dispose() {
      intent.close();
      card.remove();
    },
  };
}
