// Connection and appearance, kept in this browser's localStorage.
// A store of its own so the API key can never travel with conversations: it is not in the
// IndexedDB state, not in exports, not in backups.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_BASE_URL } from '@/domain/defaults';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface SettingsState {
  apiKey: string;
  baseUrl: string;
  theme: ThemePreference;
  setApiKey(apiKey: string): void;
  forgetApiKey(): void;
  setBaseUrl(baseUrl: string): void;
  setTheme(theme: ThemePreference): void;
}

export const SETTINGS_VERSION = 1;

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      apiKey: '',
      baseUrl: DEFAULT_BASE_URL,
      theme: 'system',
      setApiKey: (apiKey) => set({ apiKey: apiKey.trim() }),
      forgetApiKey: () => set({ apiKey: '' }),
      setBaseUrl: (baseUrl) => set({ baseUrl }),
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: 'qwen-playground-settings',
      version: SETTINGS_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ apiKey, baseUrl, theme }) => ({ apiKey, baseUrl, theme }),
    },
  ),
);

