import type { WatchlistStatus } from '@/utils/messaging/views';
import type { Alert } from '@/utils/storage';

const timeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Alerts from refreshes, until the user clears them (which also clears the badge mark). */
export function AlertsPanel({ alerts, onClear }: { alerts: readonly Alert[]; onClear(): void }) {
  if (alerts.length === 0) return null;
  const shown = [...alerts].reverse().slice(0, 5);
  return (
    <section class="notice alerts" aria-labelledby="alerts-h">
      <div class="notice-head">
        <h2 id="alerts-h">{alerts.length === 1 ? '1 alert' : `${alerts.length} alerts`} since the last refresh</h2>
        <button type="button" class="button small" onClick={onClear}>
          Clear
        </button>
      </div>
      <ul>
        {shown.map((a) => (
          <li key={a.id} data-alert={a.kind}>
            <span class={`alert-icon ${a.kind}`} aria-hidden="true">
              {a.kind === 'band-raised' ? '▲' : '⚑'}
            </span>
            <span>{a.message}</span>{' '}
            <time class="muted" dateTime={new Date(a.at).toISOString()}>
              {timeFormat.format(a.at)}
            </time>
          </li>
        ))}
        {alerts.length > shown.length && <li class="muted">and {alerts.length - shown.length} earlier</li>}
      </ul>
    </section>
  );
}

/** Why the watchlist is on this device only, in words a user can act on. */
export function fallbackText(status: WatchlistStatus): string {
  switch (status.reason) {
    case 'full':
      return `Your watchlist needs ${kb(status.bytes)} and browser sync allows ${kb(status.quotaBytes)}, so it is saved on this device only. Remove a few companies (or export them) to sync it again.`;
    case 'rate':
      return 'Browser sync refused too many changes in a short time. Your watchlist is saved on this device and will sync again with your next change.';
    default:
      return 'Browser sync storage is not available here, so your watchlist is saved on this device only. Export it to keep a copy.';
  }
}

/** Where the watchlist is stored when that is not sync, and stored data that had to be set aside. */
export function StorageNotices({
  status,
  onDismissIssues,
}: {
  status: WatchlistStatus | undefined;
  onDismissIssues(): void;
}) {
  if (!status) return null;
  return (
    <>
      {status.readOnly && (
        <p class="notice storage" role="status" data-read-only={status.readOnly.reason}>
          <strong>Read-only.</strong> {status.readOnly.message}
        </p>
      )}
      {status.area === 'local' && (
        <p class="notice storage" role="status" data-reason={status.reason}>
          <strong>Not syncing.</strong> {fallbackText(status)}
        </p>
      )}
      {status.issues.length > 0 && (
        <div class="notice issues" role="status">
          <div class="notice-head">
            <strong>Some stored data could not be read; GeoLens kept the rest.</strong>
            <button type="button" class="button small" onClick={onDismissIssues}>
              Dismiss
            </button>
          </div>
          <details>
            <summary>What was set aside ({status.issues.length})</summary>
            <ul>
              {status.issues.map((i) => (
                <li key={`${i.at}-${i.message}`}>
                  {i.item}: {i.message}
                  {i.raw && <code>{i.raw}</code>}
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </>
  );
}
