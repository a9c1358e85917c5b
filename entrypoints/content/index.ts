import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '@/components/card/start-content';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/sites';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  // Same-origin frames only: start-content checks the origin, so cross-origin ads are left alone.
  allFrames: true,
  // The card's CSS goes into its shadow root, never into the page.
  cssInjectionMode: 'ui',
  main: (ctx) => startContent(ctx),
});
