import { useCallback, useEffect } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import type { SourceStatus } from '@/utils/messaging/views';
import { stateOf, when } from '../shared/source-format';
import { useAsync } from '../shared/use-async';
import { SourceCard } from './SourceCard';

const loadSources = () => sendMessage('getSourceStatus');
/** While a source downloads, its status is re-read this often (ms). */
const POLL_MS = 1000;

/**
 * Data sources: the embedded snapshot (always on) and the live sources (utils/sources/), each with its switch, URL,
 * API key (masked), cadence, licence, "Test connection", "Refresh now" and status. Turning a source on asks the
 * browser for access to its host in the same click.
 */
export function SourcesSection() {
  const [sources, reload, set] = useAsync<SourceStatus[]>(loadSources);
  const value = sources.status === 'ready' ? sources.value : undefined;
  const waiting = value?.some((s) => s.refreshing || (s.enabled && !s.lastAttempt && s.id !== 'embedded'));
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);
  const update = useCallback(
    (one: SourceStatus) => value && set(value.map((s) => (s.id === one.id ? one : s))),
    [value, set],
  );

  return (
    <section id="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">Data sources</h2>
      <p class="muted">
        The embedded snapshot ships with GeoLens and works offline: no network, no keys. It holds the curated companies
        and the listed universe (every US listing and the large and mid caps of the major markets), checked against the
        official lists when it was built. Live sources keep the US listings and the restricted-party lists current; each
        is downloaded by GeoLens itself, checked before it replaces anything, and a failed download keeps the last good
        data. Page text is never sent anywhere.
      </p>
      {sources.status === 'loading' && <p class="muted">Loading source status…</p>}
      {sources.status === 'error' && (
        <p class="error" role="alert">
          Could not read the source status: {sources.error}{' '}
          <button type="button" class="link" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {value && (
        <>
          <table class="sources">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                <th scope="col" class="num">
                  Entries
                </th>
                <th scope="col">As of</th>
                <th scope="col">Last success</th>
              </tr>
            </thead>
            <tbody>
              {value.map((s) => (
                <tr key={s.id} data-source={s.id}>
                  <td>{s.name}</td>
                  <td>{s.error ? <span class="error">Error: {s.error}</span> : stateOf(s)}</td>
                  <td class="num" data-testid="entity-count">
                    {s.entityCount}
                  </td>
                  <td>{s.asOf ?? '—'}</td>
                  <td>{s.id === 'embedded' ? 'ships with GeoLens' : when(s.lastSuccess)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="source-cards">
            {value
              .filter((s) => s.id !== 'embedded')
              .map((s) => (
                <SourceCard key={s.id} source={s} onChange={set} onUpdate={update} />
              ))}
          </div>
        </>
      )}
    </section>
  );
}
