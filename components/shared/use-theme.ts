import { useEffect } from 'preact/hooks';
import type { Settings } from '@/utils/storage';

/** The last theme applied, kept in the page's own localStorage so the next open paints in it at once. */
const REMEMBERED = 'geolens-theme';

function apply(theme: Settings['theme'] | undefined): void {
  const root = document.documentElement;
  root.classList.toggle('theme-light', theme === 'light');
  root.classList.toggle('theme-dark', theme === 'dark');
}

/**
 * Applies the remembered theme before the first render: settings arrive asynchronously, and a popup that flashes
 * light before turning dark is the first thing a picky user notices.
 */
export function applyRememberedTheme(): void {
  try {
    const theme = localStorage.getItem(REMEMBERED);
    if (theme === 'light' || theme === 'dark') apply(theme);
  } catch {
    // Storage blocked: the settings apply a moment later.
  }
}

/** Applies the theme setting to the page: `auto` follows the OS (color-scheme: light dark, see theme.css). */
export function useThemeClass(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    if (!theme) return;
    apply(theme);
    try {
      localStorage.setItem(REMEMBERED, theme);
    } catch {
      // Nothing to remember with; harmless.
    }
  }, [theme]);
}
