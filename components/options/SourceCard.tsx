import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import type { SourceStatus, SourceTestResult } from '@/utils/messaging/views';
import { sourceOrigins } from '@/utils/sources/catalog';
import type { LiveSourceId } from '@/utils/sources/types';
import { Switch } from '../shared/Switch';
import { CADENCES, stateOf, when } from '../shared/source-format';

interface Props {
  source: SourceStatus;
  /** The background answered with every source's new status. */
  onChange(all: SourceStatus[]): void;
  /** One source's new status. */
  onUpdate(one: SourceStatus): void;
}

/** `waitsSince`: a note that waits on a download ("Downloading…") gives way once the status shows an attempt since then. */
type Note = { kind: 'ok' | 'error' | 'info'; text: string; waitsSince?: number } | undefined;

/**
 * Asks for the source's hosts in the user's click (permissions.request needs the gesture, so it must be the first
 * thing awaited). Already-granted hosts answer at once, without a prompt.
 */
function requestHosts(id: LiveSourceId, url: string): Promise<boolean> {
  const origins = sourceOrigins(id, url);
  if (origins.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins }).catch(() => false);
}

/** One live source: switch, URL, key, datasets, cadence, Test connection, Refresh now, and its status. */
export function SourceCard({ source: s, onChange, onUpdate }: Props) {
  const id = s.id as LiveSourceId;
  const [url, setUrl] = useState(s.url);
  const [key, setKey] = useState('');
  const [datasets, setDatasets] = useState(s.datasets.join(', '));
  const [note, setNote] = useState<Note>();
  const [test, setTest] = useState<SourceTestResult | 'running'>();
  const [busy, setBusy] = useState(false);
  const hasDatasets = id === 'opensanctions' || id === 'opensanctions-match';
  const dirty = url !== s.url || key !== '' || (hasDatasets && datasets !== s.datasets.join(', '));
  const list = () =>
    datasets
      .split(/[\s,]+/)
      .map((d) => d.trim())
      .filter(Boolean);
  const settingsPatch = () => ({
    url: url.trim(),
    ...(key ? { apiKey: key } : {}),
    ...(hasDatasets ? { datasets: list() } : {}),
  });

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      setNote({
        kind: 'error',
        text: err instanceof Error ? err.message.replace(/^Invalid payload for "\w+": /, '') : String(err),
      });
    } finally {
      setBusy(false);
    }
  };

  const toggle = (on: boolean) => {
    const asked = Date.now();
    const granted = on ? requestHosts(id, url.trim()) : Promise.resolve(true);
    void run(async () => {
      if (!(await granted)) {
        setNote({
          kind: 'error',
          text: `Access to ${sourceOrigins(id, url.trim()).join(', ')} was not granted, so the source stays off.`,
        });
        return;
      }
      onChange(await sendMessage('saveSourceConfig', { id, enabled: on, ...(dirty ? settingsPatch() : {}) }));
      setKey('');
      setNote(
        on
          ? { kind: 'info', text: 'On. Downloading…', waitsSince: asked }
          : { kind: 'info', text: 'Off. Its data no longer counts.' },
      );
    });
  };

  const save = (e: Event) => {
    e.preventDefault();
    const granted = s.enabled ? requestHosts(id, url.trim()) : Promise.resolve(true);
    void run(async () => {
      if (!(await granted)) {
        setNote({ kind: 'error', text: 'Access to the new address was not granted, so nothing was saved.' });
        return;
      }
      onChange(await sendMessage('saveSourceConfig', { id, ...settingsPatch() }));
      setKey('');
      setNote({ kind: 'ok', text: 'Saved' });
    });
  };

  const testConnection = () => {
    const granted = requestHosts(id, url.trim());
    setTest('running');
    void run(async () => {
      if (!(await granted)) {
        setTest({ ok: false, message: 'Access to this address was not granted.', ms: 0 });
        return;
      }
      setTest(await sendMessage('testSource', { id, ...settingsPatch() }));
    }).then(() => setTest((t) => (t === 'running' ? undefined : t)));
  };

  const refresh = () =>
    void run(async () => {
      setNote({ kind: 'info', text: 'Refreshing…' });
      const next = await sendMessage('refreshSource', { id });
      onUpdate(next);
      // A held-back refresh speaks for itself below; "Refreshed" would say the new data is in use.
      setNote(next.error || next.held ? undefined : { kind: 'ok', text: 'Refreshed' });
    });

  const settleHeld = (apply: boolean) =>
    void run(async () => {
      const next = await sendMessage(apply ? 'confirmSourceRefresh' : 'dismissSourceRefresh', { id });
      onUpdate(next);
      setNote(
        next.error
          ? undefined
          : { kind: 'ok', text: apply ? 'Applied: the new data is in use' : 'Dismissed: the current data stays' },
      );
    });

  const cadence = (hours: number) =>
    void run(async () => {
      onChange(await sendMessage('saveSourceConfig', { id, cadenceHours: hours }));
      setNote({ kind: 'ok', text: 'Saved' });
    });

  const removeKey = () =>
    void run(async () => {
      onChange(await sendMessage('saveSourceConfig', { id, apiKey: '' }));
      setNote({ kind: 'ok', text: 'Key removed' });
    });

  const f = (name: string) => `src-${id}-${name}`;
  return (
    <article class={`source-card${s.enabled ? ' on' : ''}`} data-source={id} aria-labelledby={f('h')}>
      <header class="source-head">
        <div>
          <h3 id={f('h')}>{s.name}</h3>
          <p class="muted small">
            {s.publisher}. {s.description}
          </p>
        </div>
        <Switch checked={s.enabled} label={`Use ${s.name}`} onChange={toggle} disabled={busy} />
      </header>
      <p class="small licence" data-testid="licence">
        Licence: {s.licence}
        {s.licenceUrl && (
          <>
            {' '}
            (
            <a href={s.licenceUrl} target="_blank" rel="noreferrer noopener">
              terms
            </a>
            )
          </>
        )}
      </p>

      <form class="source-form" onSubmit={save}>
        <div class="field">
          <label for={f('url')}>URL</label>
          <input
            id={f('url')}
            type="text"
            inputMode="url"
            spellcheck={false}
            value={url}
            placeholder={s.urlHint}
            aria-describedby={f('url-hint')}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
          <span id={f('url-hint')} class="muted small">
            {s.urlHint}
            {s.defaultUrl && url !== s.defaultUrl && (
              <>
                {' · '}
                <button type="button" class="link" onClick={() => setUrl(s.defaultUrl)}>
                  Use the official URL
                </button>
              </>
            )}
          </span>
        </div>
        {s.key !== 'none' && (
          <div class="field">
            <label for={f('key')}>
              API key{s.key === 'required-for-hosted' ? ' (hosted API only)' : ' (optional)'}
            </label>
            <input
              id={f('key')}
              type="password"
              autocomplete="off"
              value={key}
              placeholder={s.hasKey ? `Saved key ${s.keyHint ?? ''}` : 'No key saved'}
              onInput={(e) => setKey((e.currentTarget as HTMLInputElement).value)}
            />
            <span class="muted small">
              Kept on this device only: never synced, never exported.
              {s.hasKey && (
                <>
                  {' '}
                  <button type="button" class="link" onClick={removeKey}>
                    Remove key
                  </button>
                </>
              )}
            </span>
            {/* The background sends a stored key only to the URL it was saved with (docs/security.md). */}
            {s.hasKey && key === '' && url.trim() !== s.url && (
              <span class="small key-url-note" data-testid="key-url-note">
                The saved key is sent only to the URL it was saved with: enter it again to use it with this URL (saving
                without it removes the saved key).
              </span>
            )}
          </div>
        )}
        {hasDatasets && (
          <div class="field">
            <label for={f('datasets')}>{id === 'opensanctions' ? 'Datasets' : 'Dataset to match against'}</label>
            <input
              id={f('datasets')}
              type="text"
              spellcheck={false}
              value={datasets}
              onInput={(e) => setDatasets((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        )}
        <div class="field">
          <label for={f('cadence')}>Refresh</label>
          <select
            id={f('cadence')}
            value={String(s.cadenceHours)}
            onChange={(e) => cadence(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {CADENCES.some((c) => c.hours === s.cadenceHours) ? null : (
              <option value={String(s.cadenceHours)}>every {s.cadenceHours} hours</option>
            )}
            {CADENCES.map((c) => (
              <option key={c.hours} value={String(c.hours)}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="button" disabled={busy || !dirty}>
            Save
          </button>
          <button type="button" class="button" disabled={busy || !url.trim()} onClick={testConnection}>
            Test connection
          </button>
          <button type="button" class="button" disabled={busy || !s.enabled} onClick={refresh}>
            Refresh now
          </button>
        </div>
      </form>

      <p class="test-result" role="status" aria-live="polite" data-testid="test-result">
        {test === 'running' && 'Testing…'}
        {test && test !== 'running' && (
          <span class={test.ok ? 'ok' : 'error'}>
            {test.ok ? '✓ ' : '✗ '}
            {test.message}
            {test.ms ? ` (${test.ms} ms)` : ''}
          </span>
        )}
      </p>
      <dl class="source-status" data-testid="source-status">
        <div>
          <dt>Status</dt>
          <dd data-testid="state">{stateOf(s)}</dd>
        </div>
        <div>
          <dt>Entries</dt>
          <dd data-testid="entity-count">{s.entityCount}</dd>
        </div>
        <div>
          <dt>Last success</dt>
          <dd>{when(s.lastSuccess)}</dd>
        </div>
        <div>
          <dt>Last attempt</dt>
          <dd>{when(s.lastAttempt)}</dd>
        </div>
        {s.flagged !== undefined && (
          <div>
            <dt>Companies flagged</dt>
            <dd>{s.flagged}</dd>
          </div>
        )}
        {s.nextRefresh && (
          <div>
            <dt>Next refresh</dt>
            <dd>{new Date(s.nextRefresh).toLocaleString()}</dd>
          </div>
        )}
      </dl>
      {s.unscored && (
        <p class="muted small">
          Read but not scored (lists GeoLens has no legal meaning for):{' '}
          {Object.entries(s.unscored)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')}
        </p>
      )}
      {s.held && (
        <section class="notice held" aria-labelledby={f('held-h')} data-testid="held-refresh">
          <h4 id={f('held-h')}>Refresh held back: it would drop most of the data</h4>
          <p>
            Downloaded {when(s.held.at)}: <strong data-testid="held-count">{s.held.count}</strong>{' '}
            {s.held.count === 1 ? 'entry' : 'entries'}, where the data in use has {s.held.previous}. Applying it would
            drop <strong data-testid="held-dropped">{s.held.dropped}</strong> of them
            {s.held.examples.length ? ', among them:' : '.'}
          </p>
          {s.held.examples.length > 0 && (
            <ul data-testid="held-examples">
              {s.held.examples.map((name) => (
                <li key={name}>{name}</li>
              ))}
              {s.held.dropped > s.held.examples.length && (
                <li class="muted">and {s.held.dropped - s.held.examples.length} more</li>
              )}
            </ul>
          )}
          <p class="muted small">
            A list rarely loses half its entries at once: this may be a failed export. The current data stays in use
            until you apply the new one.
          </p>
          <div class="actions">
            <button type="button" class="button warn" disabled={busy} onClick={() => settleHeld(true)}>
              Apply the new data
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => settleHeld(false)}>
              Keep the current data
            </button>
          </div>
        </section>
      )}
      {s.error && (
        <p class="error" role="alert" data-testid="source-error">
          Last error: {s.error}
          {/[.!?]$/.test(s.error) ? '' : '.'}
          {s.lastSuccess ? ' The last good data stays in use.' : ''}
        </p>
      )}
      {note && !(note.waitsSince !== undefined && (s.lastAttempt ?? 0) >= note.waitsSince) && (
        <p class={`status ${note.kind === 'error' ? 'error' : note.kind === 'ok' ? 'saved' : ''}`} aria-live="polite">
          {note.text}
        </p>
      )}
    </article>
  );
}
