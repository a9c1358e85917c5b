/**
 * Owns the one hover card on a page: a `<geolens-card>` host with a closed shadow root (styles isolated both ways,
 * and the page's scripts cannot reach inside: docs/adr/0007-card-isolation.md), a Preact tree inside it, and its
 * placement next to the mention with @floating-ui/dom.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import { browser, type PublicPath } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Theme } from '@/utils/dom/theme';
import type { CardView } from '@/utils/messaging/views';
import { CARD_TAG } from './card-ui';
import { type CardState, HoverCard } from './HoverCard';
import type { SignalItem } from './in-article';
import { trusted } from './keys';

/** Space kept between the card and the mention, and the viewport edge (px). */
const GAP_PX = 6;
const EDGE_PX = 8;

export interface CardCallbacks {
  onToggleWatchlist(view: CardView): void;
  onClose(): void;
  /** The pin button: keep the card open until closed. */
  onPin(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The user moved keyboard focus into the card: keep it open. */
  onInteract(): void;
  /** A sentence of "In this article" was chosen: scroll the page to it. */
  onShowSignal(id: string): void;
}

/** What the card is placed against: a mention's text (a virtual element built from its range). */
export type CardAnchor = VirtualElement;

export interface CardHost {
  show(anchor: CardAnchor, state: CardState): void;
  /** Moves the open card to a new anchor (its mention's text was re-rendered), keeping everything else. */
  reanchor(anchor: CardAnchor): void;
  update(state: CardState, busy?: boolean): void;
  /** The "In this article" sentences of a company; shown while the card is that company's. */
  setSignals(entityId: string, items: readonly SignalItem[]): void;
  /** Resolves when the card on screen has been placed (after show or update). */
  placed(): Promise<void>;
  hide(): void;
  readonly anchor: CardAnchor | undefined;
  readonly visible: boolean;
  /** The theme of the card on screen. */
  readonly theme: Theme;
  readonly host: HTMLElement;
  contains(node: Node | null): boolean;
  focusFirst(): void;
  remove(): void;
}

/** The host-level theme switch (see draw()). */
function themeRule(theme: Theme): string {
  const [light, dark] = theme === 'dark' ? [' ', 'initial'] : ['initial', ' '];
  return `:host { color-scheme: ${theme} !important; --lightningcss-light:${light}; --lightningcss-dark:${dark}; }`;
}

/**
 * The card's stylesheet: card.css, built by WXT as the content script's own (entrypoints/content/index.ts imports it,
 * and wxt.config.ts makes it web-accessible). This code runs from another file (entrypoints/card-ui.ts), so WXT's
 * "ui" injection, which looks for a stylesheet named after the running entrypoint, would not find it: it is read here
 * and handed over as the root's CSS, with `:root` rules made `:host` ones as WXT does.
 */
// WXT lists built scripts and public files as paths, not the stylesheets it builds for content scripts.
const CARD_CSS = '/content-scripts/content.css' as PublicPath;

async function cardCss(): Promise<string> {
  const response = await fetch(browser.runtime.getURL(CARD_CSS));
  if (!response.ok) throw new Error(`The card's stylesheet could not be read (${response.status})`);
  return (await response.text()).replaceAll(':root', ':host');
}

/** `ctx` as createShadowRootUi reads it, with the stylesheet handed over rather than looked up (see cardCss). */
function uiContext(ctx: ContentScriptContext): ContentScriptContext {
  return {
    options: { ...ctx.options, cssInjectionMode: 'manual' },
    onInvalidated: (cb: () => void) => ctx.onInvalidated(cb),
  } as unknown as ContentScriptContext;
}

export async function createCardHost(ctx: ContentScriptContext, cb: CardCallbacks): Promise<CardHost> {
  let container!: HTMLElement;
  /** The host-level theme switch: one element, rewritten only when the theme changes (see draw()). */
  const themeStyle = document.createElement('style');
  let host!: HTMLElement;
  let anchor: CardAnchor | undefined;
  let state: CardState | undefined;
  let busy = false;
  let pinned = false;
  let stopAutoUpdate: (() => void) | undefined;
  let lastPlacement: Promise<void> = Promise.resolve();
  let signals: { entityId: string; items: readonly SignalItem[] } | undefined;
  /** The rows whose details the user opened (checklist, tailwinds): kept across redraws of the same card. */
  let expanded: ReadonlySet<string> = new Set();

  const ui = await createShadowRootUi(uiContext(ctx), {
    name: CARD_TAG,
    css: await cardCss(),
    // Closed: `host.shadowRoot` is null for the page, so a page script cannot read the card (which companies the
    // user watches), press its buttons or rewrite its score. Tests reach it through CDP (test/e2e/support/harness.ts).
    mode: 'closed',
    position: 'inline',
    // The document element, not body: some sites transform or clip body, which would trap a fixed card.
    anchor: () => document.documentElement,
    append: 'last',
    onMount(uiContainer, shadow, shadowHost) {
      container = uiContainer;
      host = shadowHost;
      shadow.append(themeStyle);
      // The host's own position comes from `:host` in card.css: WXT resets it with `all: initial !important`,
      // which beats inline styles. The card inside is what gets placed.
      // Only the user's own pointer and focus count: a page script could dispatch these on the host it can see.
      host.addEventListener(
        'mouseenter',
        trusted(() => cb.onPointerEnter()),
      );
      host.addEventListener(
        'mouseleave',
        trusted(() => cb.onPointerLeave()),
      );
      // Keyboard focus inside keeps the card open (a pointer can wander off while tabbing); a click does not, so
      // "Add to watchlist" then moving away closes the card as expected.
      host.addEventListener(
        'focusin',
        trusted(() => {
          if (!shadow.activeElement?.matches(':focus-visible')) return;
          cb.onInteract();
          // The card is now kept open (pinned): the pin button says so.
          if (!pinned) {
            pinned = true;
            draw();
          }
        }),
      );
    },
    onRemove() {
      render(null, container);
    },
  });
  ui.mount();

  const draw = () => {
    if (!state) return;
    const onPin = () => {
      pinned = true;
      cb.onPin();
      draw();
    };
    // The colour tokens of theme.css are computed on the host (`:host`), so a class on .card comes too late to pick
    // the dark values (the card was light on dark pages). This rule picks them on the host itself, both ways
    // light-dark() can be resolved: natively by color-scheme (WXT's reset makes it `normal`, hence !important), and
    // by the build's polyfill of it (lightningcss's --lightningcss-light/-dark switches, see
    // .output/chrome-mv3/content-scripts/content.css). Inside the closed root, so the page does not see it.
    const rule = themeRule(state.theme);
    if (themeStyle.textContent !== rule) themeStyle.textContent = rule;
    const onToggle = (key: string) => {
      const next = new Set(expanded);
      if (!next.delete(key)) next.add(key);
      expanded = next;
      draw();
      lastPlacement = place();
    };
    const shown = state.kind === 'ready' && signals?.entityId === state.view.entityId ? signals.items : undefined;
    render(
      <HoverCard
        state={state}
        signals={shown}
        onShowSignal={cb.onShowSignal}
        busy={busy}
        pinned={pinned}
        onToggleWatchlist={cb.onToggleWatchlist}
        onClose={cb.onClose}
        onPin={onPin}
        expanded={expanded}
        onToggle={onToggle}
      />,
      container,
    );
  };

  const cardElement = () => container.querySelector<HTMLElement>('.card');

  /** Places the card against `target` and keeps it there as the page scrolls or reflows. */
  const follow = (target: CardAnchor) => {
    anchor = target;
    stopAutoUpdate?.();
    const card = cardElement();
    stopAutoUpdate = card
      ? autoUpdate(target, card, () => {
          lastPlacement = place();
        })
      : undefined;
  };

  const place = async () => {
    const card = cardElement();
    if (!anchor || !card) return;
    const { x, y } = await computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({ padding: EDGE_PX }),
        shift({ padding: EDGE_PX }),
        // Never taller than the room beside the mention, so the card cannot cover the text it describes.
        size({
          padding: EDGE_PX,
          apply({ availableHeight }) {
            card.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
          },
        }),
      ],
    });
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
  };

  return {
    show(target, next) {
      // A page that removed the host gets it back on the next hover: cheap, and the card keeps working. (A page that
      // keeps removing it can deny the card; it owns its own rendering, so that is out of scope: ADR 0007.)
      if (!host.isConnected) document.documentElement.append(host);
      state = next;
      busy = false;
      pinned = false;
      expanded = new Set();
      draw();
      follow(target);
    },
    reanchor(target) {
      if (state) follow(target);
    },
    update(next, isBusy = false) {
      state = next;
      busy = isBusy;
      draw();
      lastPlacement = place();
    },
    setSignals(entityId, items) {
      const before = signals;
      signals = { entityId, items };
      const current = state?.kind === 'ready' ? state.view.entityId : undefined;
      if (current !== entityId || (before?.entityId === entityId && before.items === items)) return;
      draw();
      lastPlacement = place();
    },
    placed: () => lastPlacement,
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      anchor = undefined;
      state = undefined;
      render(null, container);
    },
    get anchor() {
      return anchor;
    },
    get visible() {
      return state !== undefined;
    },
    get theme() {
      return state?.theme ?? 'light';
    },
    get host() {
      return host;
    },
    contains: (node) => !!node && (node === host || host.contains(node) || container.contains(node)),
    focusFirst() {
      container.querySelector<HTMLElement>('.watch, a, button')?.focus();
    },
    remove() {
      stopAutoUpdate?.();
      ui.remove();
    },
  };
}
