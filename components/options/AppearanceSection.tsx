import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/storage';
import type { SaveResult } from '../shared/use-settings';
import { SavedStatus, type SaveState, saveStateOf } from './SavedStatus';

const THEMES: { value: Settings['theme']; label: string; hint: string }[] = [
  { value: 'auto', label: 'Automatic', hint: 'cards follow the page, the popup and this page follow your system' },
  { value: 'light', label: 'Light', hint: '' },
  { value: 'dark', label: 'Dark', hint: '' },
];

export function AppearanceSection({
  settings,
  save,
}: {
  settings: Settings;
  save(patch: (s: Settings) => Partial<Settings>): Promise<SaveResult>;
}) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  return (
    <section id="appearance" aria-labelledby="appearance-h">
      <h2 id="appearance-h">Appearance</h2>
      <fieldset class="themes">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} class="radio">
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={settings.theme === t.value}
              onChange={async () => setState(saveStateOf(await save(() => ({ theme: t.value }))))}
            />
            <span>
              {t.label}
              {t.hint && <span class="muted small"> — {t.hint}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <SavedStatus id="theme-status" state={state} />
      <BandMarksRow settings={settings} save={save} />
    </section>
  );
}

/** Underline by band (issue 16): a checkbox with its own saved status (docs/adr/0008-mark-style.md). */
function BandMarksRow({
  settings,
  save,
}: {
  settings: Settings;
  save(patch: (s: Settings) => Partial<Settings>): Promise<SaveResult>;
}) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  return (
    <>
      <label class="radio">
        <input
          type="checkbox"
          name="bandMarks"
          checked={settings.bandMarks}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            setState(saveStateOf(await save(() => ({ bandMarks: on }))));
          }}
        />
        <span>
          Underline by band
          <span class="muted small">
            {' '}
            — dotted for Low and Guarded, solid from Elevated up, in colours that stay apart with colour blindness
          </span>
        </span>
      </label>
      <SavedStatus id="band-marks-status" state={state} />
    </>
  );
}
