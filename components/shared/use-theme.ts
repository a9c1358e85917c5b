import { useEffect } from 'preact/hooks';
import type { Settings } from '@/utils/storage';

/** Applies the theme setting to the page: `auto` follows the OS (color-scheme: light dark, see theme.css). */
export function useThemeClass(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('theme-light', theme === 'light');
    root.classList.toggle('theme-dark', theme === 'dark');
  }, [theme]);
}
