import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FACTOR_KIND_LABELS } from '@/utils/exposure/labels';
import { type Entity, FACTOR_KINDS, type FactorKind } from '@/utils/exposure/schema';
import { DEFAULT_WEIGHTS, mergeWeights, scoreEntity, type WeightOverrides, type Weights } from '@/utils/exposure/score';
import { sendMessage } from '@/utils/messaging/protocol';
import type { ScoringSample } from '@/utils/messaging/views';
import type { Settings } from '@/utils/storage';
import { ScoreBadge } from '../shared/ScoreBadge';
import { useAsync } from '../shared/use-async';
import type { SaveResult } from '../shared/use-settings';
import { SavedStatus, type SaveState, saveStateOf } from './SavedStatus';

/** Companies everyone knows, spread over the bands, for the preview. */
export const PREVIEW_COMPANIES = ['alibaba', 'mp-materials', 'jpmorgan', 'tsmc', 'nvidia'];
/** Save after the slider rests this long (ms): each save rebuilds every score in the background. */
const SAVE_DEBOUNCE_MS = 250;

const loadSamples = () => sendMessage('getScoringSamples', { entityIds: PREVIEW_COMPANIES });

const WHAT: Readonly<Record<FactorKind, string>> = {
  'restricted-listing': 'Sanctions and restricted-party lists',
  'state-military-ties': 'Military, intelligence or state links',
  'regulatory-action': 'Export controls, delisting risk, investment bans',
  'revenue-exposure': 'Revenue from high-risk jurisdictions',
  'trade-exposure': 'Tariffs, retaliation, de minimis, export bans on inputs',
  'supply-chain': 'Inputs an adversarial state controls',
  jurisdiction: 'Country of headquarters and incorporation',
  'national-security-tailwind': 'Orders tailwinds on the card; never changes the score',
};

/** Only the kinds that differ from the defaults are stored, so a future change of a default still applies. */
export function overridesOf(weights: Readonly<Weights>): WeightOverrides {
  const out: WeightOverrides = {};
  for (const kind of FACTOR_KINDS) if (weights[kind] !== DEFAULT_WEIGHTS[kind]) out[kind] = weights[kind];
  return out;
}

interface Props {
  settings: Settings;
  save(patch: (s: Settings) => Partial<Settings>): Promise<SaveResult>;
}

/** A control per factor kind, defaults marked, and a live preview of well-known companies' scores. */
export function WeightsSection({ settings, save }: Props) {
  const stored = useMemo(() => {
    try {
      return mergeWeights(settings.weights);
    } catch {
      return { ...DEFAULT_WEIGHTS };
    }
  }, [settings.weights]);
  const [draft, setDraft] = useState<Record<FactorKind, string>>(() => toText(stored));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [samples] = useAsync<ScoringSample[]>(loadSamples);
  const timer = useRef<number | undefined>(undefined);

  // Another window (or a reset) changed the stored weights: show them.
  useEffect(() => setDraft(toText(stored)), [stored]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const parsed = parseDraft(draft);
  const weights = parsed.ok ? parsed.weights : stored;

  const change = (kind: FactorKind, text: string) => {
    const next = { ...draft, [kind]: text };
    setDraft(next);
    const result = parseDraft(next);
    clearTimeout(timer.current);
    if (!result.ok) {
      setState({ kind: 'invalid', message: result.message });
      return;
    }
    setState({ kind: 'idle' });
    timer.current = window.setTimeout(async () => {
      setState(saveStateOf(await save(() => ({ weights: overridesOf(result.weights) }))));
    }, SAVE_DEBOUNCE_MS);
  };

  const reset = async () => {
    clearTimeout(timer.current);
    setDraft(toText(DEFAULT_WEIGHTS));
    setState(saveStateOf(await save(() => ({ weights: {} }))));
  };

  const changed = Object.keys(overridesOf(weights)).length;

  return (
    <section id="weights" aria-labelledby="weights-h">
      <h2 id="weights-h">Score weights</h2>
      <p class="muted">
        Each factor counts as weight × severity × confidence (confirmed 1, proposed 0.75, alleged 0.5); factors combine
        so that one severe factor dominates and several moderate ones add up (a noisy-OR, bounded at 100). Lower a
        weight to count a kind of factor less; 0 ignores it.
      </p>
      <div class="weights">
        {FACTOR_KINDS.map((kind) => {
          const id = `weight-${kind}`;
          const value = draft[kind];
          const isDefault = Number(value) === DEFAULT_WEIGHTS[kind];
          const invalid = !isValidWeight(value);
          return (
            <div key={kind} class="weight" data-kind={kind}>
              <label for={id} class="weight-label">
                <span class="weight-name">{FACTOR_KIND_LABELS[kind]}</span>
                <span class="muted">{WHAT[kind]}</span>
              </label>
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={invalid ? DEFAULT_WEIGHTS[kind] : Number(value)}
                list={`${id}-default`}
                aria-label={`${FACTOR_KIND_LABELS[kind]} weight`}
                aria-describedby={`${id}-default-note`}
                onInput={(e) => change(kind, (e.currentTarget as HTMLInputElement).value)}
              />
              <datalist id={`${id}-default`}>
                <option value={DEFAULT_WEIGHTS[kind]} />
              </datalist>
              <input
                id={id}
                type="number"
                class="weight-number"
                min={0}
                max={1}
                step={0.05}
                inputMode="decimal"
                value={value}
                aria-invalid={invalid}
                aria-describedby={`${id}-default-note weights-status`}
                onInput={(e) => change(kind, (e.currentTarget as HTMLInputElement).value)}
              />
              <span id={`${id}-default-note`} class={isDefault ? 'default-note is-default' : 'default-note'}>
                {isDefault ? 'default' : `default ${DEFAULT_WEIGHTS[kind]}`}
              </span>
            </div>
          );
        })}
      </div>
      <div class="inline actions">
        <button type="button" class="button" disabled={changed === 0 && parsed.ok} onClick={() => void reset()}>
          Reset weights to defaults
        </button>
        <span class="muted">
          {changed === 0 ? 'All weights at their defaults.' : `${changed} changed from the defaults.`}
        </span>
        <SavedStatus id="weights-status" state={state} />
      </div>
      <Preview
        samples={samples.status === 'ready' ? samples.value : undefined}
        weights={weights}
        error={samples.status === 'error' ? samples.error : undefined}
      />
    </section>
  );
}

function Preview({
  samples,
  weights,
  error,
}: {
  samples?: ScoringSample[];
  weights: Readonly<Weights>;
  error?: string;
}) {
  if (error) return <p class="error">Could not load the preview: {error}</p>;
  if (!samples) return <p class="muted">Loading the preview…</p>;
  return (
    <table class="preview" aria-label="How the weights change well-known companies’ scores">
      <caption>Preview</caption>
      <thead>
        <tr>
          <th scope="col">Company</th>
          <th scope="col">Default weights</th>
          <th scope="col">Your weights</th>
          <th scope="col" class="num">
            Change
          </th>
        </tr>
      </thead>
      <tbody>
        {samples.map((s) => {
          // The score reads only kind, severity, status and direction: the sample carries exactly those.
          const entity = { factors: s.factors as Entity['factors'] };
          const before = scoreEntity(entity, DEFAULT_WEIGHTS);
          const after = scoreEntity(entity, weights);
          // Scores have one decimal: the change is counted in tenths, so float noise never shows.
          const tenths = Math.round((after.score - before.score) * 10);
          const delta = (Math.abs(tenths) / 10).toFixed(1);
          return (
            <tr key={s.entityId} data-entity={s.entityId}>
              <th scope="row">
                {s.shortName} <span class="muted">{s.ticker}</span>
              </th>
              <td>
                <ScoreBadge score={before.score} band={before.band} />
              </td>
              <td data-testid="preview-score">
                <ScoreBadge score={after.score} band={after.band} />
              </td>
              <td class={`num delta ${tenths > 0 ? 'up' : tenths < 0 ? 'down' : ''}`}>
                {tenths > 0 ? `+${delta}` : tenths < 0 ? `−${delta}` : '±0'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function toText(weights: Readonly<Weights>): Record<FactorKind, string> {
  return Object.fromEntries(FACTOR_KINDS.map((k) => [k, String(weights[k])])) as Record<FactorKind, string>;
}

function isValidWeight(text: string): boolean {
  if (text.trim() === '') return false;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 1;
}

function parseDraft(
  draft: Record<FactorKind, string>,
): { ok: true; weights: Weights } | { ok: false; message: string } {
  for (const kind of FACTOR_KINDS) {
    if (!isValidWeight(draft[kind])) {
      return { ok: false, message: `${FACTOR_KIND_LABELS[kind]}: enter a number from 0 to 1. Nothing was saved.` };
    }
  }
  return { ok: true, weights: Object.fromEntries(FACTOR_KINDS.map((k) => [k, Number(draft[k])])) as Weights };
}
