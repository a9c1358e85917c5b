export type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid' | 'error'; message: string };

/** The result of the last change next to the control: "Saved", or why nothing was saved. */
export function SavedStatus({ id, state }: { id: string; state: SaveState }) {
  return (
    <span id={id} class={`status ${state.kind}`} aria-live="polite">
      {state.kind === 'saved' && 'Saved'}
      {(state.kind === 'invalid' || state.kind === 'error') && state.message}
    </span>
  );
}

export const saveStateOf = (result: { ok: true } | { ok: false; message: string }): SaveState =>
  result.ok ? { kind: 'saved' } : { kind: 'error', message: `Not saved: ${result.message}` };
