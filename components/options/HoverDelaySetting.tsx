import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, loadSettings, saveSettings } from '@/utils/storage';

type Status =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'invalid'; message: string }
  | { kind: 'error'; message: string };

/** The hover-intent delay, saved as soon as a valid value is entered. */
export function HoverDelaySetting() {
  const [value, setValue] = useState<string>('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    loadSettings().then((s) => setValue(String(s.hoverDelayMs)));
  }, []);

  const onInput = async (raw: string) => {
    setValue(raw);
    const ms = Number(raw);
    if (!Number.isInteger(ms) || ms < HOVER_DELAY_MIN_MS || ms > HOVER_DELAY_MAX_MS) {
      setStatus({
        kind: 'invalid',
        message: `Enter a whole number from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}.`,
      });
      return;
    }
    try {
      await saveSettings({ hoverDelayMs: ms });
      setStatus({ kind: 'saved' });
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <div class="field">
      <label for="hover-delay">Open a card after the pointer rests on a mention for</label>
      <div class="inline">
        <input
          id="hover-delay"
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={50}
          value={value}
          aria-describedby="hover-delay-status"
          aria-invalid={status.kind === 'invalid'}
          onInput={(e) => void onInput((e.currentTarget as HTMLInputElement).value)}
        />
        <span>ms</span>
        <span id="hover-delay-status" class={`status ${status.kind}`} aria-live="polite">
          {status.kind === 'saved' && 'Saved'}
          {(status.kind === 'invalid' || status.kind === 'error') && status.message}
        </span>
      </div>
      <p class="muted">The keyboard shortcuts (below) open a card at once. Default 300 ms.</p>
    </div>
  );
}
