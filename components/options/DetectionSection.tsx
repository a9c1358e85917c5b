import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/storage';
import { Switch } from '../shared/Switch';
import { openShortcutSettings, SHORTCUT_SETTINGS_LABEL, useShortcuts } from '../shared/shortcuts';
import type { SaveResult } from '../shared/use-settings';
import { HoverDelaySetting } from './HoverDelaySetting';
import { SavedStatus, type SaveState, saveStateOf } from './SavedStatus';

interface Props {
  settings: Settings;
  save(patch: (s: Settings) => Partial<Settings>): Promise<SaveResult>;
}

const MARK_STYLES: { value: Settings['markStyle']; label: string; hint: string }[] = [
  { value: 'underline', label: 'Dotted underline', hint: 'quiet; the default' },
  { value: 'background', label: 'Tinted background', hint: 'easier to spot' },
  { value: 'none', label: 'No marks', hint: 'cards still open on hover and with the keyboard shortcuts' },
];

/** Detection strictness, timing and how marks look, plus the keyboard shortcuts. */
export function DetectionSection({ settings, save }: Props) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const shortcuts = useShortcuts();

  const set = async (patch: (s: Settings) => Partial<Settings>) => setState(saveStateOf(await save(patch)));

  return (
    <section id="detection" aria-labelledby="detection-h">
      <h2 id="detection-h">Detection</h2>
      <p class="muted">
        Exchange-qualified tickers such as “(NYSE: BABA)” and cashtags such as “$MP” are always marked. Changes apply to
        pages you open or reload.
      </p>
      <div class="toggle-row">
        <div>
          <span class="toggle-label" id="names-label">
            Company names
          </span>
          <p class="muted small" id="names-hint">
            “Alibaba”, “Alibaba’s”, “Alibaba Group Holding Ltd”, and names in the listing’s own script. Turn off to mark
            tickers only.
          </p>
        </div>
        <Switch
          checked={settings.detection.names}
          label="Mark company names"
          describedBy="names-hint"
          onChange={(names) => void set((s) => ({ detection: { ...s.detection, names } }))}
        />
      </div>
      <div class="toggle-row">
        <div>
          <span class="toggle-label">Bare tickers</span>
          <p class="muted small" id="tickers-hint">
            “BABA”, “NVDA” without “$” or an exchange: only in capitals, only symbols in the data, never words such as
            IT, ON or ALL.
          </p>
        </div>
        <Switch
          checked={settings.detection.bareTickers}
          label="Mark bare tickers"
          describedBy="tickers-hint"
          onChange={(bareTickers) => void set((s) => ({ detection: { ...s.detection, bareTickers } }))}
        />
      </div>
      <SavedStatus id="detection-status" state={state} />

      <HoverDelaySetting />

      <fieldset class="marks">
        <legend>How mentions are marked</legend>
        {MARK_STYLES.map((m) => (
          <label key={m.value} class="radio">
            <input
              type="radio"
              name="mark-style"
              value={m.value}
              checked={settings.markStyle === m.value}
              onChange={() => void set(() => ({ markStyle: m.value }))}
            />
            <span class={`mark-sample mark-${m.value}`}>Alibaba</span>
            <span>
              {m.label} <span class="muted small">— {m.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <h3>Keyboard shortcuts</h3>
      <p class="muted small">
        Marked names are painted on the page, not links or buttons, so Tab does not stop on them: these shortcuts open
        the next or previous company’s card (repeats of the same company are skipped) with focus in it. In the card, Tab
        moves through it and Escape closes it.
      </p>
      {!shortcuts ? (
        <p class="muted">Reading the shortcuts…</p>
      ) : shortcuts.length === 0 ? (
        <p class="muted">This browser does not report extension shortcuts.</p>
      ) : (
        <table class="shortcuts">
          <tbody>
            {shortcuts.map((c) => (
              <tr key={c.name} data-command={c.name}>
                <td>{c.description}</td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted small">
        {shortcuts?.some((c) => !c.shortcut) ? 'Set a shortcut' : 'Change them'} in{' '}
        <button type="button" class="link" onClick={openShortcutSettings}>
          {SHORTCUT_SETTINGS_LABEL}
        </button>
        .
      </p>
    </section>
  );
}
