import type { SourceStatus } from '@/utils/messaging/views';
import { when } from '../shared/source-format';
import type { AsyncState } from '../shared/use-async';

/**
 * What the scores are built from: the embedded snapshot and each live source the user turned on, how fresh it is,
 * and any source whose last refresh failed (its last good data stays in use). Settings and details are in options.
 */
export function DataStatus({ state, onOpenOptions }: { state: AsyncState<SourceStatus[]>; onOpenOptions(): void }) {
  // A footer: while loading it stays out of the way; if the background cannot answer, the watchlist says so already.
  if (state.status !== 'ready') return null;
  const shown = state.value.filter((s) => s.id === 'embedded' || s.enabled);
  // A failed refresh and one held back for confirmation both want the user in options.
  const failing = shown.some((s) => s.error || s.held);
  return (
    <section class="section data-status" aria-labelledby="data-h">
      <div class="section-head">
        <h2 id="data-h">Data</h2>
        {failing && (
          <button type="button" class="link small" onClick={onOpenOptions}>
            Check sources
          </button>
        )}
      </div>
      <ul>
        {shown.map((s) => (
          <li key={s.id} data-source={s.id} class={s.error ? 'failing' : s.held ? 'held' : undefined}>
            <span class="source-name">{s.name}</span> <span class="muted">{sourceSummary(s)}</span>
            {s.error && (
              <span class="error source-error" title={s.error}>
                {s.error}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One source's state in a few words: size and freshness, or what failed and which data is kept. */
export function sourceSummary(s: SourceStatus, now = Date.now()): string {
  const n = s.entityCount;
  const noun = s.id === 'embedded' ? (n === 1 ? 'company' : 'companies') : n === 1 ? 'entry' : 'entries';
  const count = `${n.toLocaleString('en-US')} ${noun}`;
  if (s.id === 'embedded') return s.asOf ? `${count} · as of ${dayOf(s.asOf)}` : count;
  if (s.refreshing) return 'refreshing…';
  if (s.error) {
    return s.lastSuccess
      ? `refresh failed ${when(s.lastAttempt, now)}; using data from ${when(s.lastSuccess, now)}`
      : 'no data yet';
  }
  if (!s.lastSuccess) return 'waiting for the first download';
  if (s.held) {
    return `${count} · updated ${when(s.lastSuccess, now)}; a newer download would drop ${s.held.dropped.toLocaleString('en-US')} of them and waits for you in options`;
  }
  return `${count} · updated ${when(s.lastSuccess, now)}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-24" → "24 Nov 2026" with no-break spaces: reads better, and a narrow popup never splits the date. */
function dayOf(isoDate: string): string {
  const t = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? isoDate : dayFormat.format(t).replace(/ /g, '\u00a0');
}
