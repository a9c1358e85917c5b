import { useCallback, useEffect, useState } from 'preact/hooks';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/** Runs `load` on mount and on `reload()`; keeps the last value visible while reloading. */
export function useAsync<T>(load: () => Promise<T>): [AsyncState<T>, () => void, (value: T) => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const reload = useCallback(() => {
    load().then(
      (value) => setState({ status: 'ready', value }),
      (err: unknown) => setState({ status: 'error', error: err instanceof Error ? err.message : String(err) }),
    );
  }, [load]);
  useEffect(reload, [reload]);
  const set = useCallback((value: T) => setState({ status: 'ready', value }), []);
  return [state, reload, set];
}
