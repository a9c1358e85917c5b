import { defineContentScript } from 'wxt/utils/define-content-script';
import { adoptEarlyMarkSheet } from '@/utils/dom/mark-sheet';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/sites';

/**
 * The marks' stylesheet, before the page is built (utils/dom/mark-sheet.ts): the main content script runs at
 * document_idle and takes it over. Nothing else happens here.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_start',
  allFrames: true,
  // No "started" message: WXT's postMessage would tell every page script the extension's id.
  noScriptStartedPostMessage: true,
  main: () => adoptEarlyMarkSheet(window),
});
