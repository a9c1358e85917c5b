import { sendMessage } from '@/utils/messaging/protocol';
import type { SourceStatus } from '@/utils/messaging/views';
import { useAsync } from '../shared/use-async';
import { HoverDelaySetting } from './HoverDelaySetting';

const loadSources = () => sendMessage('getSourceStatus');

export function Options() {
  const [sources] = useAsync<SourceStatus[]>(loadSources);
  return (
    <main class="options">
      <h1>GeoLens options</h1>

      <section aria-labelledby="sources-h">
        <h2 id="sources-h">Data sources</h2>
        {sources.status === 'loading' && <p class="muted">Loading source status…</p>}
        {sources.status === 'error' && (
          <p class="error" role="alert">
            Could not read the source status: {sources.error}
          </p>
        )}
        {sources.status === 'ready' && (
          <table class="sources">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                <th scope="col">Companies</th>
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
        <p class="muted">
          The embedded snapshot ships with GeoLens and works offline. Live sources (SEC, OFAC, OpenSanctions, custom
          feeds) come in a later release.
        </p>
      </section>

      <section aria-labelledby="cards-h">
        <h2 id="cards-h">Hover cards</h2>
        <HoverDelaySetting />
      </section>
    </main>
  );
}
