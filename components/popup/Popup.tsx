import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import type { PageSummary, SourceStatus, WatchlistRow, WatchlistStatus } from '@/utils/messaging/views';
import { type Alert, alertsItem, onWatchlistChanged, type WatchlistSort, withSiteEnabled } from '@/utils/storage';
import { pageMentionsItem } from '@/utils/storage/page-mentions';
import { useShortcuts } from '../shared/shortcuts';
import { type AsyncState, useAsync } from '../shared/use-async';
import { useSettings } from '../shared/use-settings';
import { useThemeClass } from '../shared/use-theme';
import { type ActiveTab, findActiveTab, siteOf } from './active-tab';
import { DataStatus } from './DataStatus';
import { AlertsPanel, StorageNotices } from './Notices';
import { OnThisPage } from './OnThisPage';
import { SearchBox } from './SearchBox';
import { SiteSwitch } from './SiteSwitch';
import { Transfer } from './Transfer';
import { type PendingUndo, UndoRemove } from './UndoRemove';
import { Watchlist } from './Watchlist';

const loadWatchlist = () => sendMessage('getWatchlist');
const loadStatus = () => sendMessage('getWatchlistStatus');
const loadAlerts = () => sendMessage('getAlerts');
const loadSources = () => sendMessage('getSourceStatus');
const importPage = new URLSearchParams(location.search).has('import');

export function Popup() {
  const [settings, saveSettings] = useSettings();
  useThemeClass(settings?.theme);
  const [rows, reloadRows, setRows] = useAsync<WatchlistRow[]>(loadWatchlist);
  const [status, reloadStatus] = useAsync<WatchlistStatus>(loadStatus);
  const [alerts, reloadAlerts] = useAsync<Alert[]>(loadAlerts);
  const [sources] = useAsync<SourceStatus[]>(loadSources);
  const [tab, setTab] = useState<ActiveTab>();
  const [page, setPage] = useState<AsyncState<PageSummary>>({ status: 'loading' });
  const [signalCounts, setSignalCounts] = useState<Readonly<Record<string, number>>>({});
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [actionError, setActionError] = useState<string>();
  const shortcuts = useShortcuts();

  // Another window (a card, options, another device through sync) may change things while the popup is open.
  useEffect(
    () =>
      onWatchlistChanged(() => {
        reloadRows();
        reloadStatus();
      }),
    [reloadRows, reloadStatus],
  );
  useEffect(() => alertsItem.watch(reloadAlerts), [reloadAlerts]);

  useEffect(() => {
    findActiveTab().then(setTab, () => setTab({}));
  }, []);
  const site = useMemo(() => (tab && settings ? siteOf(tab, settings) : undefined), [tab, settings]);
  // A tab reports its companies when its scan ends, and again as it changes (long pages are read as they scroll):
  // ask again on each report, so a popup opened early does not keep saying "No companies found".
  const [pageReports, setPageReports] = useState(0);
  useEffect(() => pageMentionsItem.watch(() => setPageReports((n) => n + 1)), []);
  useEffect(() => {
    if (site?.kind !== 'on') return;
    let live = true;
    sendMessage('getPageSummary', { tabId: site.tabId }).then(
      (value) => live && setPage({ status: 'ready', value }),
      (err: unknown) => live && setPage({ status: 'error', error: err instanceof Error ? err.message : String(err) }),
    );
    // "In this article" counts come from the page's own content script (top frame): they are worked out from page
    // text, which never leaves the tab. A page without GeoLens running simply has none.
    sendMessage('getPageSignals', undefined, { tabId: site.tabId, frameId: 0 }).then(
      (value) => live && setSignalCounts(value?.counts ?? {}),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [site, pageReports]);

  const watched = useMemo(() => new Set(rows.status === 'ready' ? rows.value.map((r) => r.entityId) : []), [rows]);

  const add = useCallback(
    async (entityId: string) => {
      setActionError(undefined);
      try {
        setRows(await sendMessage('addToWatchlist', { entityId }));
      } catch (err) {
        setActionError(`Could not add the company: ${err instanceof Error ? err.message : String(err)}`);
        throw err;
      }
    },
    [setRows],
  );

  const [undo, setUndo] = useState<PendingUndo>();
  const remove = async (row: WatchlistRow, viaKeyboard: boolean) => {
    setBusy((b) => new Set(b).add(row.entityId));
    setActionError(undefined);
    try {
      // Stored at once (closing the popup keeps the removal); "Undo" writes the entry back.
      setRows(await sendMessage('removeFromWatchlist', { entityId: row.entityId }));
      setUndo({ entityId: row.entityId, name: row.shortName, focus: viaKeyboard });
    } catch (err) {
      setActionError(`Could not remove ${row.shortName}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(row.entityId);
        return next;
      });
    }
  };
  const restore = async (pending: PendingUndo) => {
    const focusWasOnUndo = document.activeElement?.closest('.undo-bar') != null;
    setUndo(undefined);
    try {
      setRows(await sendMessage('restoreToWatchlist', { entityId: pending.entityId }));
      // The Undo button is gone: focus goes to the row that came back, as if it had never left.
      if (focusWasOnUndo) {
        requestAnimationFrame(() =>
          document
            .querySelector<HTMLElement>(`.watchlist .row[data-entity="${pending.entityId}"] button.remove`)
            ?.focus(),
        );
      }
    } catch (err) {
      setActionError(`Could not undo: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const [siteError, setSiteError] = useState<string>();
  const toggleSite = async (host: string, enabled: boolean) => {
    const result = await saveSettings((s) => ({ disabledSites: withSiteEnabled(s.disabledSites, host, enabled) }));
    setSiteError(result.ok ? undefined : `Could not save: ${result.message}`);
  };

  const sort: WatchlistSort = settings?.watchlistSort ?? 'score';
  const openOptions = () => {
    void browser.runtime.openOptionsPage();
    window.close();
  };

  return (
    <main class="popup" aria-busy={rows.status === 'loading'}>
      <header class="bar">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" />
          GeoLens
        </h1>
        <button type="button" class="link options-link" onClick={openOptions}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <circle cx="8" cy="8" r="2.2" />
            <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
          </svg>
          Options
        </button>
      </header>

      {!importPage && <SiteSwitch site={site} onToggle={(h, v) => void toggleSite(h, v)} error={siteError} />}
      {alerts.status === 'ready' && (
        <AlertsPanel
          alerts={alerts.value}
          onClear={async () => {
            await sendMessage('clearAlerts');
            reloadAlerts();
          }}
        />
      )}
      <StorageNotices
        status={status.status === 'ready' ? status.value : undefined}
        onDismissIssues={async () => {
          await sendMessage('dismissStorageIssues');
          reloadStatus();
        }}
      />

      <SearchBox watched={watched} onAdd={(r) => add(r.entityId)} />
      {actionError && (
        <p class="error small" role="alert">
          {actionError}
        </p>
      )}

      <UndoRemove
        pending={undo}
        onUndo={(p) => void restore(p)}
        onExpire={() => setUndo(undefined)}
        onFocusAway={() => document.getElementById('watchlist-h')?.focus()}
      />
      <Watchlist
        state={rows}
        sort={sort}
        onSort={(s) => void saveSettings(() => ({ watchlistSort: s }))}
        onRemove={(r, viaKeyboard) => void remove(r, viaKeyboard)}
        onRetry={reloadRows}
        busy={busy}
        shortcuts={shortcuts}
      />

      {!importPage && site && (
        <OnThisPage
          site={site}
          state={page}
          watched={watched}
          signalCounts={signalCounts}
          onAdd={(id) => add(id)}
          shortcuts={shortcuts}
        />
      )}

      <Transfer rows={rows.status === 'ready' ? rows.value : undefined} onImported={setRows} importPage={importPage} />

      {!importPage && <DataStatus state={sources} onOpenOptions={openOptions} />}
    </main>
  );
}
