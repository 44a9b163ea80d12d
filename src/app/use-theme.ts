// Applies the theme preference: the system's by default, following it live.
import { useEffect } from 'react';
import { useSettingsStore } from '@/store/settings-store';

export function useTheme(): void {
  const theme = useSettingsStore((state) => state.theme);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && query.matches);
      document.documentElement.classList.toggle('dark', dark);
    };
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
