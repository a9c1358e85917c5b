import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { adoptEarlyMarkSheet } from '@/utils/dom/mark-sheet';

/**
 * The marks' stylesheet, before the page is built (utils/dom/mark-sheet.ts): the main content script runs at
 * document_idle and takes it over. Nothing else happens here.
 *
 * An unlisted script that wxt.config.ts declares as a `document_start` content script (`earlyMarksScript`), not a
 * WXT content script: WXT's content-script wrapper brings its context class and the browser polyfill (4.9 KB gzipped
 * on every page, for three lines); this file is a few hundred bytes. It uses no extension API.
 */
export default defineUnlistedScript(() => adoptEarlyMarkSheet(window));
