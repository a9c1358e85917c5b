/**
 * What a key press does while a card is open. Pure, so the rules are unit-tested (test/unit/card/keys.test.ts):
 * the card takes Tab and Escape only from someone who is working with it, never from a page form field.
 */

/** The parts of a KeyboardEvent the decision reads. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** False for events a page script dispatched: they never reach the card (issue 11). */
  isTrusted: boolean;
}

export interface KeyContext {
  cardVisible: boolean;
  /** Focus is on an element inside the card. */
  focusInCard: boolean;
  /** Focus is on the element that holds the card's mention (e.g. a link whose text is the mention). */
  focusOnMention: boolean;
  /** The card was opened by the next/previous-mention command rather than by the pointer. */
  openedByKeyboard: boolean;
}

/**
 * - `close-in-card`: Escape with focus in the card: close, and the page does not see the key (it was meant for us).
 * - `close`: Escape elsewhere (a hover card while the user types in a page field): close the card, but the key goes
 *   on to the page, which may use it (clearing a search box, closing its own menu).
 * - `enter-card`: Tab from the mention, or after a keyboard open: focus moves into the card instead of past it.
 * - `ignore`: everything else, including Tab in a page form field while a hover card happens to be open.
 */
export type KeyAction = 'close-in-card' | 'close' | 'enter-card' | 'ignore';

export function keyAction(e: KeyPress, c: KeyContext): KeyAction {
  if (!e.isTrusted || !c.cardVisible) return 'ignore';
  if (e.key === 'Escape') return c.focusInCard ? 'close-in-card' : 'close';
  if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey && !c.focusInCard) {
    return c.focusOnMention || c.openedByKeyboard ? 'enter-card' : 'ignore';
  }
  return 'ignore';
}

/** Wraps an event handler so that events a page script dispatched (`isTrusted === false`) are dropped. */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}
