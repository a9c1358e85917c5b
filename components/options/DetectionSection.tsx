import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/storage';
import { Switch } from '../shared/Switch';
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
  { value: 'none', label: 'No marks', hint: 'cards still open on hover and from the keyboard' },
];

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** Where the browser lets users rebind extension shortcuts. */
function openShortcutSettings() {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (import.meta.env.FIREFOX && commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** Detection strictness, timing and how marks look, plus the keyboard shortcuts. */
export function DetectionSection({ settings, save }: Props) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();

  useEffect(() => {
    browser.commands.getAll().then(
      (all) =>
        setShortcuts(
          all
            .filter((c) => c.name && !c.name.startsWith('_'))
            .map((c) => ({
              name: c.name ?? '',
              description: c.description ?? c.name ?? '',
              shortcut: c.shortcut ?? '',
            })),
        ),
      () => setShortcuts([]),
    );
  }, []);

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
        Change them in your browser’s{' '}
        <button type="button" class="link" onClick={openShortcutSettings}>
          {import.meta.env.FIREFOX ? 'add-on shortcut settings' : 'chrome://extensions/shortcuts'}
        </button>
        . In a card, Tab moves through it and Escape closes it.
      </p>
    </section>
  );
}
