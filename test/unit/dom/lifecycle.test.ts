/**
 * The lifecycle guard (utils/dom/lifecycle.ts): a page cannot retire the content script; a newer copy can. These
 * tests use WXT's real ContentScriptContext. The end-to-end proof in Chromium is test/e2e/lifecycle-attacks.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  blockWxtStartedEvents,
  isGenuineLocationChange,
  retireOrphans,
  startedEventName,
  takeOver,
  whenInvalidated,
  wxtStartedEventName,
} from '@/utils/dom/lifecycle';

const runtimeId = () => browser.runtime.id;
// WXT names the entrypoint from import.meta.env.ENTRYPOINT, which unit tests leave undefined.
const wxtName = () => wxtStartedEventName(runtimeId(), String(import.meta.env.ENTRYPOINT));

/** Every detail shape a page might guess for WXT's event. */
const forgeries = (name: string): Event[] => [
  new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
  new CustomEvent(name, { detail: { contentScriptName: 'content' } }),
  new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' }, bubbles: true }),
];

// Kept in this order: the control runs before the guard is installed on this window.
describe('WXT’s "content script started" event', () => {
  it('still has the name WXT dispatches (so the guard matches it)', () => {
    expect(Reflect.get(ContentScriptContext, 'SCRIPT_STARTED_MESSAGE_TYPE')).toBe(wxtName());
    expect(wxtStartedEventName('abc')).toBe('abc:content:wxt:content-script-started');
  });

  it('control: without the guard, a forged event invalidates a context', () => {
    const ctx = new ContentScriptContext('content');
    document.dispatchEvent(forgeries(wxtName())[0] as Event);
    expect(ctx.isValid).toBe(false);
  });

  it('with the guard, no forged event reaches WXT, and the page’s own document listeners see none either', () => {
    blockWxtStartedEvents(window, wxtName(), {});
    const ctx = new ContentScriptContext('content');
    let seenOnDocument = 0;
    document.addEventListener(wxtName(), () => seenOnDocument++);
    for (const event of forgeries(wxtName())) document.dispatchEvent(event);
    document.documentElement.dispatchEvent(forgeries(wxtName())[2] as Event);
    expect(ctx.isValid).toBe(true);
    expect(seenOnDocument).toBe(0);
    // Other events pass.
    let other = 0;
    document.addEventListener('something-else', () => other++);
    document.dispatchEvent(new CustomEvent('something-else'));
    expect(other).toBe(1);
  });

  it('is blocked once per world, however many copies install the guard', () => {
    const world = {};
    const win = { addEventListener: () => calls++ } as unknown as Window;
    let calls = 0;
    blockWxtStartedEvents(win, 'x', world);
    blockWxtStartedEvents(win, 'x', world);
    expect(calls).toBe(1);
  });
});

describe('takeOver', () => {
  it('retires the previous copy of the same world, and only that world', () => {
    const world = {};
    const other = {};
    const first = new ContentScriptContext('content');
    const elsewhere = new ContentScriptContext('content');
    let cleaned = 0;
    first.onInvalidated(() => cleaned++);
    takeOver(first, world);
    takeOver(elsewhere, other);
    const second = new ContentScriptContext('content');
    takeOver(second, world);
    expect(first.isValid).toBe(false);
    expect(cleaned).toBe(1);
    expect(second.isValid).toBe(true);
    expect(elsewhere.isValid).toBe(true);
    // Retired copies leave the slot; a third copy retires the second.
    const third = new ContentScriptContext('content');
    takeOver(third, world);
    expect(second.isValid).toBe(false);
    third.abort();
    expect(Object.keys(world)).toEqual([]);
  });
});

describe('whenInvalidated', () => {
  it('runs later for a live context and at once for an invalidated one', () => {
    const live = new ContentScriptContext('content');
    const dead = new ContentScriptContext('content');
    dead.abort();
    const calls: string[] = [];
    whenInvalidated(live, () => calls.push('live'));
    whenInvalidated(dead, () => calls.push('dead'));
    expect(calls).toEqual(['dead']);
    live.abort();
    expect(calls).toEqual(['dead', 'live']);
  });
});

describe('retireOrphans', () => {
  it('leaves a live copy running when the page forges the started event', () => {
    const ctx = new ContentScriptContext('content');
    retireOrphans(ctx, document, runtimeId());
    document.dispatchEvent(new Event(startedEventName(runtimeId())));
    document.dispatchEvent(new CustomEvent(startedEventName(runtimeId()), { detail: { retire: true } }));
    expect(ctx.isValid).toBe(true);
  });

  it('makes an orphaned copy (its runtime gone) clean up when a new copy starts', () => {
    const id = runtimeId();
    const old = new ContentScriptContext('content');
    retireOrphans(old, document, id);
    let cleaned = 0;
    old.onInvalidated(() => cleaned++);
    const saved = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id');
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
    try {
      document.dispatchEvent(new Event(startedEventName(id)));
    } finally {
      if (saved) Object.defineProperty(fakeBrowser.runtime, 'id', saved);
    }
    expect(cleaned).toBe(1);
  });
});

describe('isGenuineLocationChange', () => {
  it('accepts only events that carry the new URL', () => {
    expect(isGenuineLocationChange(new Event('x'))).toBe(false);
    const forged = Object.assign(new Event('x'), { newUrl: 'https://example.com/' });
    expect(isGenuineLocationChange(forged)).toBe(false);
    const genuine = Object.assign(new Event('x'), { newUrl: new URL('https://example.com/') });
    expect(isGenuineLocationChange(genuine)).toBe(true);
  });
});
