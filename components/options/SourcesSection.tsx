import { sendMessage } from '@/utils/messaging/protocol';
import type { SourceStatus } from '@/utils/messaging/views';
import { useAsync } from '../shared/use-async';

const loadSources = () => sendMessage('getSourceStatus');

/**
 * Data sources. Today the embedded snapshot only; the live sources (SEC, screening list, OpenSanctions, custom
 * feeds) with their switches, URLs, keys, cadence and "Test connection" belong to the data-sources work (issue 5),
 * which renders them in the slot below the table.
 */
export function SourcesSection() {
  const [sources, reload] = useAsync<SourceStatus[]>(loadSources);
  return (
    <section id="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">Data sources</h2>
      {sources.status === 'loading' && <p class="muted">Loading source status…</p>}
      {sources.status === 'error' && (
        <p class="error" role="alert">
          Could not read the source status: {sources.error}{' '}
          <button type="button" class="link" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {sources.status === 'ready' && (
        <table class="sources">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Status</th>
              <th scope="col" class="num">
                Companies
              </th>
              <th scope="col">As of</th>
            </tr>
          </thead>
          <tbody>
            {sources.value.map((s) => (
              <tr key={s.id} data-source={s.id}>
                <td>{s.name}</td>
                <td>{s.error ? <span class="error">Error: {s.error}</span> : s.enabled ? 'Active' : 'Off'}</td>
                <td class="num" data-testid="entity-count">
                  {s.entityCount}
                </td>
                <td>{s.asOf ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* Slot for the live data sources (issue 5: utils/sources/, refresh, status, Test connection). */}
      <p class="muted">
        The embedded snapshot ships with GeoLens and works offline: no network, no keys. Live sources (SEC, the US
        screening list, OpenSanctions, custom feeds) come in a later release.
      </p>
    </section>
  );
}
