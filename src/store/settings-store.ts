// Connection and appearance, kept in this browser's localStorage.
// A store of its own so the API key can never travel with conversations: it is not in the
// IndexedDB state, not in exports, not in backups.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_BASE_URL } from '@/domain/defaults';
import { isImageSizePreset, type ImageSizePreset } from '@/lib/image-budget';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface SettingsState {
  apiKey: string;
  baseUrl: string;
  theme: ThemePreference;
  /** How far attached images are shrunk before sending (lib/image-budget.ts). */
  imageSize: ImageSizePreset;
  setApiKey(apiKey: string): void;
  forgetApiKey(): void;
  setBaseUrl(baseUrl: string): void;
  setTheme(theme: ThemePreference): void;
  setImageSize(imageSize: ImageSizePreset): void;
}

export const SETTINGS_VERSION = 1;

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      apiKey: '',
      baseUrl: DEFAULT_BASE_URL,
      theme: 'system',
      imageSize: 'standard',
      setApiKey: (apiKey) => set({ apiKey: apiKey.trim() }),
      forgetApiKey: () => set({ apiKey: '' }),
      setBaseUrl: (baseUrl) => set({ baseUrl }),
      setTheme: (theme) => set({ theme }),
      setImageSize: (imageSize) => set({ imageSize }),
    }),
    {
      name: 'qwen-playground-settings',
      version: SETTINGS_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ apiKey, baseUrl, theme, imageSize }) => ({ apiKey, baseUrl, theme, imageSize }),
      // imageSize came later (no version bump): an old or unknown value falls back to the default.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<SettingsState>;
        return {
          ...current,
          ...saved,
          imageSize: isImageSizePreset(saved.imageSize) ? saved.imageSize : current.imageSize,
        };
      },
    },
  ),
);

