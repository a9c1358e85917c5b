/**
 * What the content script does on a page: get the dictionary from the background, highlight the mentions (viewport
 * first, in time slices), keep up with page changes, and run the card. Everything it adds is removed when the
 * extension updates or reloads, or a newer copy starts in the frame (`ctx.onInvalidated`), so no duplicate
 * highlight, card or listener survives. Only GeoLens itself can retire a copy, never the page (utils/dom/lifecycle.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardController } from '@/components/card/card-controller';
import { CARD_TAG, cardUi } from '@/components/card/card-ui';
import { compilePackedMatcher, createMatchContext } from '@/utils/detect/matcher';
import type { Matcher } from '@/utils/detect/types';
import { createSentenceFlash } from '@/utils/dom/flash';
import { isSameOriginFrame } from '@/utils/dom/frames';
import { createMentionRegistry, highlightsSupported } from '@/utils/dom/highlights';
import {
  isGenuineLocationChange,
  removeLeftovers,
  retireOrphans,
  takeOver,
  whenInvalidated,
} from '@/utils/dom/lifecycle';
import { dropSheet, takeEarlyMarkSheet } from '@/utils/dom/mark-sheet';
import { allHighlightNames, createTierLookup } from '@/utils/dom/mark-style';
import { createPageSignals } from '@/utils/dom/page-signals';
import { measureLatest } from '@/utils/dom/page-timings';
import { createPageScanner, type Scheduler } from '@/utils/dom/scanner';
import { createSignalCounts } from '@/utils/dom/signal-counts';
import { createPageTimers } from '@/utils/dom/timers';
import { checkFocusMention, checkGetPageSignals } from '@/utils/messaging/content-payloads';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { installedSignalsEngine } from '@/utils/signals/global';
// What it needs of storage, without the schema library or the other stored items (utils/storage/page-settings.ts).
import { isSiteEnabled, loadPageSettings, type PageSettings, watchPageSettings } from '@/utils/storage/page-settings';
import { onWatchlistChanged } from '@/utils/storage/watchlist-keys';

/**
 * Registers a storage watcher's removal on invalidation. After an update the old script's extension APIs are gone
 * and removing the listener throws; the listener died with the context anyway.
 */
function untilInvalidated(ctx: ContentScriptContext, unwatch: () => void): void {
  whenInvalidated(ctx, () => {
    try {
      unwatch();
    } catch {
      // Extension context invalidated: nothing left to remove.
    }
  });
}

/** Report the page's companies to the background at most this often (ms): it drives the toolbar badge. */
const REPORT_DEBOUNCE_MS = 500;

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  // Same-origin frames only: a cross-origin frame (ads, embeds) is none of our business.
  // A designMode document (a rich-text editor's frame) is all editable: leave it alone.
  // The marks' stylesheet adopted at document_start (entrypoints/marks.ts): ours to use, or to remove if we stop here.
  const earlySheet = takeEarlyMarkSheet(window);
  const stopHere = () => dropSheet(document, earlySheet);
  if (!isSameOriginFrame(window) || !highlightsSupported() || document.designMode === 'on') return stopHere();
  // An earlier copy in this frame's isolated world (a second injection) hands over now; copies left behind by an
  // extension update or reload, in another world, learn that they are orphaned and clean up at once. What copies
  // that can no longer run left behind (Firefox destroys them on reload) goes now, before this copy adds its own.
  takeOver(ctx);
  retireOrphans(ctx, document, browser.runtime.id);
  // The early sheet is this copy's own (entrypoints/marks.ts adopted it for this page load): it stays.
  removeLeftovers(document, window, { hostTag: CARD_TAG, highlightNames: allHighlightNames(), keep: earlySheet });

  // Timers that stop when this copy is invalidated, without WXT's listener per call (utils/dom/timers.ts).
  const timers = createPageTimers(ctx);
  let settings: PageSettings = await loadPageSettings();
  if (!ctx.isValid || !isSiteEnabled(settings, location.hostname)) return stopHere();

  const dictionary = await sendMessage('getDictionary');
  if (!ctx.isValid) return stopHere();
  // Detection settings (options → Detection): company names and bare tickers can be turned off.
  const compiled = compilePackedMatcher(
    dictionary.dictionary,
    { names: settings.detection.names, bareTickers: settings.detection.bareTickers },
    dictionary.tables,
  );
  // One context per page: a strong mention ("Alibaba (NYSE: BABA)") supports later bare tickers ("BABA") elsewhere.
  const context = createMatchContext();
  const matcher: Matcher = { ...compiled, find: (text, options) => compiled.find(text, { context, ...options }) };
  const registry = createMentionRegistry(document, {
    style: settings.markStyle,
    bandMarks: settings.bandMarks,
    sheet: earlySheet,
    tierOf: createTierLookup(dictionary.dictionary.entities, dictionary.bands),
  });
  whenInvalidated(ctx, () => registry.dispose());
  // "In this article" (issue 15): found from the marked mentions when a card first opens, or in idle time for the
  // popup's counts; never during the scan.
  const signals = createPageSignals(registry, document, {
    engine: installedSignalsEngine,
    // The engine is not in this script (its size budget): the background injects it into this frame on first use.
    load: () => sendMessage('loadSignalsEngine', undefined),
  });
  whenInvalidated(ctx, () => signals.dispose());
  const flash = createSentenceFlash(document, {
    setTimeout: (fn, ms) => timers.setTimeout(fn, ms),
    clearTimeout: (id) => timers.clearTimeout(id),
  });
  whenInvalidated(ctx, () => flash.dispose());
  const counter = createSignalCounts(registry, signals, {
    requestIdleCallback: (fn, options) => timers.requestIdleCallback(fn, options),
    yield: () => new Promise((resume) => timers.setTimeout(resume, 0)),
  });
  // A page whose popup never asked pays nothing for the counts — no idle pass, no engine injected (issue 17: all the
  // main-thread time GeoLens causes counts). Once the popup has asked, updates of the page are counted in idle time.
  let countsWanted = false;
  const signalCounts = {
    schedule: () => {
      if (countsWanted) counter.schedule();
    },
    counts: () => {
      // The first ask queues the page's companies; the answer then works through them.
      if (!countsWanted) {
        countsWanted = true;
        counter.schedule();
      }
      return counter.counts();
    },
    clear: () => counter.clear(),
  };

  const controller = await createCardController(ctx, {
    registry,
    hoverDelayMs: () => settings.hoverDelayMs,
    theme: () => settings.theme,
    signals,
    flash,
    // The card's code is not in this script (its size, and every page's load): the background injects it into this
    // frame when the pointer first rests on a mention.
    createCardHost: async (callbacks) =>
      (await cardUi(() => sendMessage('loadCardUi', undefined))).createCardHost(ctx, callbacks),
  });
  // A newer copy may have taken over while the card was being built: then this disposes of it at once.
  whenInvalidated(ctx, () => controller.dispose());
  if (!ctx.isValid) return;

  let reportTimer: number | undefined;
  const report = () => {
    if (reportTimer !== undefined) return;
    reportTimer = timers.setTimeout(() => {
      reportTimer = undefined;
      const entityIds = registry.entityIds();
      sendMessage('reportPageMentions', { entityIds }).catch(() => undefined);
    }, REPORT_DEBOUNCE_MS);
  };

  const scheduler: Scheduler = {
    yield: () => new Promise((resume) => timers.setTimeout(resume, 0)),
    setTimeout: (fn, ms) => timers.setTimeout(fn, ms),
    clearTimeout: (id) => timers.clearTimeout(id),
    now: () => performance.now(),
  };
  const scanner = createPageScanner({
    doc: document,
    matcher,
    registry,
    scheduler,
    onAdded: (added) => {
      signals.noteAdded(added);
      report();
    },
    onRemoved: () => {
      controller.checkCurrent();
      report();
    },
    // A user-timing entry per scan: visible in DevTools' Performance panel and read by `npm run bench`.
    onScanned: ({ startedAt, endedAt, ...detail }) => measureLatest('geolens:scan', startedAt, endedAt, detail),
    onUpdated: ({ startedAt, endedAt, ...detail }) => {
      measureLatest('geolens:update', startedAt, endedAt, detail);
      signalCounts.schedule();
    },
  });
  whenInvalidated(ctx, () => scanner.stop());

  scanner.observe();
  await scanner.scanAll();
  if (!ctx.isValid) return;
  report();
  signalCounts.schedule();

  // Single-page apps: a new "page" without a load. Only WXT's own location watcher starts a rescan; an event the
  // page dispatched under the same name is ignored.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (!isGenuineLocationChange(event)) return;
    registry.clear();
    signals.clear();
    signalCounts.clear();
    controller.checkCurrent();
    void scanner.scanAll().then(() => {
      report();
      signalCounts.schedule();
    });
  });

  untilInvalidated(
    ctx,
    watchPageSettings((next) => {
      if (!isSiteEnabled(next, location.hostname)) {
        // Turned off for this site: leave the page as we found it.
        scanner.stop();
        registry.clear();
        signals.clear();
        signalCounts.clear();
        controller.checkCurrent();
      } else {
        if (next.markStyle !== settings.markStyle) registry.setStyle(next.markStyle);
        if (next.bandMarks !== settings.bandMarks) registry.setBandMarks(next.bandMarks);
      }
      // New weights, new scores: cards fetched before are stale.
      if (next.weightsKey !== settings.weightsKey) controller.invalidate();
      settings = next;
    }),
  );
  untilInvalidated(
    ctx,
    onWatchlistChanged(() => controller.invalidate()),
  );
  untilInvalidated(
    ctx,
    onMessage('focusMention', ({ data }) => {
      // Checked like every payload, by hand: the content script carries no schema library.
      return controller.focusMention(checkFocusMention(data).direction);
    }),
  );
  untilInvalidated(
    ctx,
    onMessage('getPageSignals', async ({ data }) => {
      checkGetPageSignals(data);
      // Only the top frame answers: the popup asks it (frameId 0), and frames would race to answer first.
      return { counts: window === window.top ? await signalCounts.counts() : {} };
    }),
  );
}
