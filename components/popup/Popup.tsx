import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import type { WatchlistRow } from '@/utils/messaging/views';
import { watchlistItem } from '@/utils/storage';
import { useAsync } from '../shared/use-async';
import { Watchlist } from './Watchlist';

const loadWatchlist = () => sendMessage('getWatchlist');

export function Popup() {
  const [state, reload, set] = useAsync<WatchlistRow[]>(loadWatchlist);
  // Another window (a card, the options page) may change the watchlist while the popup is open.
  useEffect(() => watchlistItem.watch(reload), [reload]);

  const remove = async (entityId: string) => set(await sendMessage('removeFromWatchlist', { entityId }));

  return (
    <main class="popup">
      <header class="bar">
        <h1>GeoLens</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      <h2 class="section">Watchlist</h2>
      {state.status === 'loading' && <p class="muted">Loading your watchlist…</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          Could not load the watchlist: {state.error}{' '}
          <button type="button" class="link" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {state.status === 'ready' && <Watchlist rows={state.value} onRemove={(id) => void remove(id)} />}
    </main>
  );
}
