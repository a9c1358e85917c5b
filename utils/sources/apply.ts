/**
 * The last step of a refresh: check → merge/pack/compile → hold back → store. A downloaded payload replaces the
 * stored one only once it passes its checks and the merged view builds with it; one that would drop more than half
 * of the last good entries is kept aside until the user confirms or dismisses it in options.
 */
import { loadSourceConfigs, loadSourceStates, saveSourceState } from '../storage/sources';
import type { MergedBuilder } from './build';
import { SourceError } from './http';
import { checkPayload, droppedEntries, HOLD_BACK_SHARE } from './limits';
import type { MergedView } from './merged-view';
import { emptyState } from './status';
import type { PendingPayload, SourceStore } from './store';
import type { LiveSourceId, SourcePayload, SourceState, Validators } from './types';

/** A downloaded (or held-back) payload on its way in. */
export interface Candidate {
  payload: SourcePayload;
  count: number;
  validators: Record<string, Validators>;
  asOf?: string;
}

export interface Applier {
  /**
   * Checks a payload and builds the merged view with it; only when both succeed does it replace the stored payload
   * and the view. With `hold`, a payload that would drop too much is kept aside instead. Throws a
   * {@link SourceError} when the payload is refused.
   */
  apply(id: LiveSourceId, c: Candidate, attempt: number, hold: boolean): Promise<'applied' | 'held'>;
  /** Applies the held-back refresh (the user confirmed it). */
  confirmHeld(id: LiveSourceId): Promise<void>;
  /** Drops the held-back refresh; the last good data stays. */
  dismissHeld(id: LiveSourceId): Promise<void>;
}

export function createApplier(
  deps: { store: SourceStore; now: () => number },
  builder: MergedBuilder,
  view: MergedView,
): Applier {
  /** Keeps the payload aside when it would drop more than {@link HOLD_BACK_SHARE} of the last good entries. */
  async function holdBack(id: LiveSourceId, c: Candidate, attempt: number, state: SourceState): Promise<boolean> {
    const previous = await deps.store.getPayload(id).catch(() => undefined);
    const drop = previous ? droppedEntries(previous.payload, c.payload) : undefined;
    if (!drop || drop.total === 0 || drop.dropped.length <= drop.total * HOLD_BACK_SHARE) return false;
    const pending: PendingPayload = { payload: c.payload, savedAt: attempt, count: c.count, validators: c.validators };
    if (c.asOf) pending.asOf = c.asOf;
    await deps.store.putPending(id, pending);
    const { error: _e, ...kept } = state;
    await saveSourceState(id, {
      ...kept,
      lastAttempt: attempt,
      failures: 0,
      held: {
        at: attempt,
        count: c.count,
        previous: state.entityCount,
        dropped: drop.dropped.length,
        examples: drop.dropped.slice(0, 8),
      },
    });
    return true;
  }

  const applier: Applier = {
    async apply(id, c, attempt, hold) {
      checkPayload(id, c.payload);
      const [configs, states] = await Promise.all([loadSourceConfigs(), loadSourceStates()]);
      const state = states[id] ?? emptyState();
      const { error: _error, held: _held, unscored: _unscored, ...rest } = state;
      const next: SourceState = {
        ...rest,
        lastAttempt: attempt,
        lastSuccess: attempt,
        failures: 0,
        entityCount: c.count,
        validators: c.validators,
        dataVersion: attempt,
        ...(c.asOf ? { asOf: c.asOf } : {}),
        ...(c.payload.kind === 'lists' && Object.keys(c.payload.unscored).length
          ? { unscored: c.payload.unscored }
          : {}),
      };
      const built = await builder.build(configs, { ...states, [id]: next }, { id, payload: c.payload });
      if (hold && (await holdBack(id, c, attempt, state))) return 'held';
      // Checked and built: only now may it replace the stored data.
      await deps.store.putPayload(id, { payload: c.payload, savedAt: attempt });
      await deps.store.deletePending(id).catch(() => undefined);
      await saveSourceState(id, next);
      if (configs[id].enabled) await view.install(built);
      return 'applied';
    },
    async confirmHeld(id) {
      const pending = await deps.store.getPending(id);
      if (!pending) throw new SourceError('config', 'No held-back refresh is waiting for this source');
      const { payload, count, validators, asOf } = pending;
      await applier.apply(id, { payload, count, validators, ...(asOf ? { asOf } : {}) }, deps.now(), false);
    },
    async dismissHeld(id) {
      await deps.store.deletePending(id);
      const state = (await loadSourceStates())[id];
      if (state?.held) {
        const { held: _held, ...rest } = state;
        await saveSourceState(id, rest);
      }
    },
  };
  return applier;
}
