import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import { userSitePattern } from '@/utils/sites';
import { defaultSettings, type Settings } from '@/utils/storage';
import { parseSettingsFile, settingsToJson } from '@/utils/transfer/settings-file';
import { exportFileName, MAX_FILE_BYTES } from '@/utils/transfer/watchlist-file';
import { downloadText, readTextFile } from '../shared/download';
import type { SaveResult } from '../shared/use-settings';

interface Props {
  settings: Settings;
  save(patch: (s: Settings) => Partial<Settings>): Promise<SaveResult>;
}

type Message = { kind: 'ok' | 'error'; text: string } | undefined;

/** Export everything to one file, import it back (checked in full first), or reset to the defaults. */
export function BackupSection({ settings, save }: Props) {
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState(false);

  const exportAll = async () => {
    try {
      const rows = await sendMessage('getWatchlist');
      downloadText(settingsToJson(settings, rows), exportFileName('geolens-settings', 'json'), 'application/json');
      setMessage({ kind: 'ok', text: `Exported your settings and ${rows.length} watched companies.` });
    } catch (err) {
      setMessage({ kind: 'error', text: `Could not export: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  const importAll = async (picked: File) => {
    try {
      const parsed = parseSettingsFile(await readTextFile(picked, MAX_FILE_BYTES));
      if (!parsed.ok) {
        setMessage({ kind: 'error', text: `${picked.name}: ${parsed.message}` });
        return;
      }
      const result = await save(() => parsed.patch);
      if (!result.ok) {
        setMessage({ kind: 'error', text: `${picked.name}: nothing was changed. ${result.message}` });
        return;
      }
      const rows = parsed.watchlist?.rows.flatMap((r) => (r.ok ? [r.input] : [])) ?? [];
      const outcome = rows.length > 0 ? await sendMessage('importWatchlist', { rows }) : undefined;
      const added = outcome?.results.filter((r) => r.status === 'added').length ?? 0;
      const skipped = (parsed.watchlist?.rows.length ?? 0) - added;
      const notes = [
        `Imported the settings from ${picked.name}`,
        outcome
          ? `${added} compan${added === 1 ? 'y' : 'ies'} added to the watchlist${skipped ? ` (${skipped} already there or unknown)` : ''}`
          : '',
        parsed.ignored.length ? `ignored unknown fields: ${parsed.ignored.join(', ')}` : '',
        result.settings.userSites.length ? 'allow access to your added sites under Sites if asked' : '',
      ].filter(Boolean);
      setMessage({ kind: 'ok', text: `${notes.join('; ')}.` });
    } catch (err) {
      setMessage({ kind: 'error', text: `${picked.name}: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      if (file.current) file.current.value = '';
    }
  };

  const reset = async () => {
    setConfirming(false);
    const origins = settings.userSites.map((s) => userSitePattern(s.host));
    if (origins.length) await browser.permissions.remove({ origins }).catch(() => false);
    const result = await save(() => defaultSettings());
    setMessage(
      result.ok
        ? { kind: 'ok', text: 'All settings are back to their defaults. Your watchlist is unchanged.' }
        : { kind: 'error', text: `Could not reset: ${result.message}` },
    );
  };

  return (
    <section id="backup" aria-labelledby="backup-h">
      <h2 id="backup-h">Back up and reset</h2>
      <p class="muted">
        One JSON file holds every setting and your watchlist. Importing checks the whole file first: if anything in it
        is invalid, nothing changes. The watchlist in the file is added to yours, never replacing it.
      </p>
      <div class="inline actions">
        <button type="button" class="button" onClick={() => void exportAll()}>
          Export all settings
        </button>
        <button type="button" class="button" onClick={() => file.current?.click()}>
          Import settings…
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          class="sr-only"
          tabIndex={-1}
          aria-label="Settings file to import"
          data-testid="settings-file"
          onChange={(e) => {
            const picked = (e.currentTarget as HTMLInputElement).files?.[0];
            if (picked) void importAll(picked);
          }}
        />
        {!confirming ? (
          <button type="button" class="button danger" onClick={() => setConfirming(true)}>
            Reset all settings…
          </button>
        ) : (
          <fieldset class="confirm">
            <legend class="sr-only">Confirm reset</legend>
            <span>Reset every setting? Your watchlist stays.</span>
            <button type="button" class="button danger" onClick={() => void reset()}>
              Reset
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </fieldset>
        )}
      </div>
      {message && (
        <p
          class={message.kind === 'ok' ? 'status saved' : 'status error'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="backup-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
