import { browser } from 'wxt/browser';
import { blockWxtStartedEvents, wxtStartedEventName } from '@/utils/dom/lifecycle';

/**
 * Stops WXT's page-forgeable "content script started" event at the window (utils/dom/lifecycle.ts). Called while the
 * entrypoint module runs, before WXT builds this script's context, so no page can invalidate it. WXT also evaluates
 * the entrypoint in Node at build time to read its options: the check keeps the guard to real pages.
 */
export function guardStartedEvent(): void {
  if (typeof window !== 'undefined' && browser.runtime?.id) {
    blockWxtStartedEvents(window, wxtStartedEventName(browser.runtime.id));
  }
}
