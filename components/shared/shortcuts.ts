/**
 * The keyboard shortcuts as the browser has them configured (issue 16: instructions name the key that works, never
 * one the user may not have). Chrome leaves a suggested key unassigned when another extension holds it, and users
 * rebind or clear them, so the popup and options read `commands.getAll()` instead of repeating the manifest.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface Shortcut {
  /** The manifest command (`next-mention`, `previous-mention`). */
  name: string;
  description: string;
  /** As the browser shows it ("Alt+Shift+."); empty when none is set. */
  shortcut: string;
}

/** Chrome reports the punctuation keys by name ("Alt+Shift+Period"); readers press the key they see on it. */
const KEY_NAMES: Readonly<Record<string, string>> = { Period: '.', Comma: ',' };
export function displayKey(shortcut: string): string {
  return shortcut.replace(/\b(Period|Comma)$/, (name) => KEY_NAMES[name] ?? name);
}

/** The extension's own commands (`_execute_action` and friends are the browser's). */
export function ownShortcuts(all: readonly { name?: string; description?: string; shortcut?: string }[]): Shortcut[] {
  return all
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({
      name: c.name ?? '',
      description: c.description ?? c.name ?? '',
      shortcut: displayKey(c.shortcut ?? ''),
    }));
}

/** The configured shortcuts; undefined while reading, `[]` when the browser reports none. */
export function useShortcuts(): Shortcut[] | undefined {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  useEffect(() => {
    // Read again when the page regains focus: the user may have just set one at chrome://extensions/shortcuts.
    const read = () =>
      browser.commands.getAll().then(
        (all) => setShortcuts(ownShortcuts(all)),
        () => setShortcuts([]),
      );
    void read();
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, []);
  return shortcuts;
}

/** The key of one command, or '' when it has none (or the browser does not say). */
export function keyOf(shortcuts: readonly Shortcut[] | undefined, name: 'next-mention' | 'previous-mention'): string {
  return shortcuts?.find((s) => s.name === name)?.shortcut ?? '';
}

/** Where the browser lets users set extension shortcuts, as the instructions name it. */
export const SHORTCUT_SETTINGS_LABEL = import.meta.env.FIREFOX
  ? 'Firefox’s add-on shortcut settings (Manage Extension Shortcuts)'
  : 'chrome://extensions/shortcuts';

/** Opens that place: a tab at chrome://extensions/shortcuts, or Firefox's own page. */
export function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (import.meta.env.FIREFOX && commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
