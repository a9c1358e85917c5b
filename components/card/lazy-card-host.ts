/**
 * The card host, created on first need (issue 17): most page views never open a card, and creating it at start-up
 * cost every page a stylesheet fetch, a shadow root added to the document (style and layout for the whole page) and
 * a few milliseconds of script. The hover intent asks for it as soon as the pointer rests on a mention
 * ({@link LazyCardHost.prepare}), so it is usually ready before the hover delay ends; until then, what the controller
 * asks it to show is remembered and shown on arrival.
 */
import type { CardAnchor, CardHost } from './card-host';
import type { CardState } from './HoverCard';
import type { SignalItem } from './in-article';

export interface LazyCardHost extends Omit<CardHost, 'host'> {
  /** Starts creating the card host if it does not exist yet. */
  prepare(): void;
  /** The host element, once created. */
  readonly host: HTMLElement | undefined;
}

export function createLazyCardHost(create: () => Promise<CardHost>): LazyCardHost {
  let real: CardHost | undefined;
  let loading: Promise<CardHost | undefined> | undefined;
  let removed = false;
  /** What the card is to show once it exists: the latest show, with the updates since (cleared by hide). */
  let wanted: { anchor: CardAnchor; state: CardState; busy: boolean } | undefined;
  let signals: { entityId: string; items: readonly SignalItem[] } | undefined;

  const arrive = (card: CardHost) => {
    if (removed) {
      card.remove();
      return undefined;
    }
    real = card;
    if (signals) card.setSignals(signals.entityId, signals.items);
    if (wanted) {
      card.show(wanted.anchor, wanted.state);
      if (wanted.busy) card.update(wanted.state, true);
      wanted = undefined;
    }
    return card;
  };
  const load = () => {
    loading ??= create().then(arrive, () => {
      // A failed creation (the stylesheet could not be read) is tried again on the next hover.
      loading = undefined;
      return undefined;
    });
    return loading;
  };

  return {
    prepare: () => void load(),
    show(anchor, state) {
      if (real) return real.show(anchor, state);
      wanted = { anchor, state, busy: false };
      void load();
    },
    reanchor(anchor) {
      if (real) real.reanchor(anchor);
      else if (wanted) wanted.anchor = anchor;
    },
    update(state, busy = false) {
      if (real) real.update(state, busy);
      else if (wanted) wanted = { ...wanted, state, busy };
    },
    setSignals(entityId, items) {
      signals = { entityId, items };
      real?.setSignals(entityId, items);
    },
    async placed() {
      if (real) return real.placed();
      const card = await loading;
      await card?.placed();
    },
    hide() {
      wanted = undefined;
      real?.hide();
    },
    get anchor() {
      return real ? real.anchor : wanted?.anchor;
    },
    get visible() {
      return real ? real.visible : wanted !== undefined;
    },
    get theme() {
      return real ? real.theme : (wanted?.state.theme ?? 'light');
    },
    get host() {
      return real?.host;
    },
    contains: (node) => real?.contains(node) ?? false,
    focusFirst: () => real?.focusFirst(),
    remove() {
      removed = true;
      wanted = undefined;
      real?.remove();
    },
  };
}
