import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '@/components/card/start-content';
import { blockWxtStartedEvents, wxtStartedEventName } from '@/utils/dom/lifecycle';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/sites';

// Before WXT builds this script's context (right after this module runs): no page can invalidate it with a forged
// "content script started" event (utils/dom/lifecycle.ts). WXT also evaluates this module in Node at build time, to
// read the options below: the check keeps the guard to real pages.
if (typeof window !== 'undefined' && browser.runtime?.id) {
  blockWxtStartedEvents(window, wxtStartedEventName(browser.runtime.id));
}

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  // Same-origin frames only: start-content checks the origin, so cross-origin ads are left alone.
  allFrames: true,
  // The card's CSS goes into its shadow root, never into the page.
  cssInjectionMode: 'ui',
  // WXT's postMessage would tell every page script the name of its "started" event (which holds the extension id).
  noScriptStartedPostMessage: true,
  main: (ctx) => startContent(ctx),
});
