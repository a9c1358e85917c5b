import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/sites';
import { guardStartedEvent } from './guard';
import { startContent } from './start-content';
// The card's stylesheet, built as this script's own content.css (web-accessible: wxt.config.ts); the card's code,
// loaded on first use, reads it into its shadow root (components/card/card-host.tsx).
import '@/components/card/card.css';

// Before WXT builds this script's context (right after this module runs).
guardStartedEvent();

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
