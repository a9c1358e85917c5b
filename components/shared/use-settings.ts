import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, updateSettings, watchSettings } from '@/utils/storage';

export type SaveResult = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * The settings, kept current when another window changes them, and a `save` that validates the whole value first:
 * an invalid patch changes nothing and comes back as a message.
 */
export function useSettings(): [
  Settings | undefined,
  (patch: (current: Settings) => Partial<Settings>) => Promise<SaveResult>,
] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((next) => setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const save = useCallback(async (patch: (current: Settings) => Partial<Settings>): Promise<SaveResult> => {
    try {
      const next = await updateSettings(patch);
      setSettings(next);
      return { ok: true, settings: next };
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  }, []);
  return [settings, save];
}
