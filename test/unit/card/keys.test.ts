import { describe, expect, it } from 'vitest';
import { type KeyContext, type KeyPress, keyAction, trusted } from '@/components/card/keys';

const key = (k: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isTrusted: true,
  ...more,
});
const ctx = (more: Partial<KeyContext> = {}): KeyContext => ({
  cardVisible: true,
  focusInCard: false,
  focusOnMention: false,
  openedByKeyboard: false,
  ...more,
});

describe('keyAction', () => {
  it('leaves Tab to the page when a hover card is open and focus is in a page field', () => {
    expect(keyAction(key('Tab'), ctx())).toBe('ignore');
    expect(keyAction(key('Tab', { altKey: true }), ctx({ focusOnMention: true }))).toBe('ignore');
  });

  it('takes Tab into the card from the mention, or after a keyboard open', () => {
    expect(keyAction(key('Tab'), ctx({ focusOnMention: true }))).toBe('enter-card');
    expect(keyAction(key('Tab'), ctx({ openedByKeyboard: true }))).toBe('enter-card');
  });

  it('leaves Tab inside the card to the browser', () => {
    expect(keyAction(key('Tab'), ctx({ focusInCard: true, openedByKeyboard: true }))).toBe('ignore');
  });

  it('keeps Escape from the page only when focus is in the card', () => {
    expect(keyAction(key('Escape'), ctx({ focusInCard: true }))).toBe('close-in-card');
    // A hover card while the user types in a page field: the card closes, the page still gets Escape.
    expect(keyAction(key('Escape'), ctx())).toBe('close');
  });

  it('ignores keys while no card is open', () => {
    expect(keyAction(key('Escape'), ctx({ cardVisible: false }))).toBe('ignore');
    expect(keyAction(key('Tab'), ctx({ cardVisible: false, openedByKeyboard: true }))).toBe('ignore');
  });

  it('ignores keys a page script dispatched', () => {
    for (const k of ['Escape', 'Tab']) {
      expect(keyAction(key(k, { isTrusted: false }), ctx({ focusInCard: true, openedByKeyboard: true }))).toBe(
        'ignore',
      );
    }
  });
});

describe('trusted', () => {
  it('drops events a script dispatched', () => {
    let calls = 0;
    const handler = trusted(() => calls++);
    const target = new EventTarget();
    target.addEventListener('click', handler);
    target.dispatchEvent(new Event('click'));
    expect(calls).toBe(0);
    handler({ isTrusted: true } as Event);
    expect(calls).toBe(1);
  });
});
