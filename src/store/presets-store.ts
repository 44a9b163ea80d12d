// Saved prompts ("presets"): a system prompt, a first message, a model, thinking and parameters,
// under a name. Their own small store in localStorage: small text, and never mixed with chats.
// Version history: 1 (first version).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SamplingParams } from '@/domain/conversation';
import type { ModelId } from '@/domain/models';
import { newId } from '@/lib/ids';
import { STARTER_PRESETS } from '@/store/starter-presets';

export interface PresetDraft {
  name: string;
  systemPrompt: string;
  /** The first message, put in the composer when a chat starts from the preset (not sent). */
  message: string;
  modelId: ModelId;
  thinking: boolean;
  params: SamplingParams;
}

export interface Preset extends PresetDraft {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export interface PresetsState {
  presets: Preset[];
  add(draft: PresetDraft): Preset;
  update(id: string, patch: Partial<PresetDraft>): void;
  remove(id: string): void;
  /** Adds copies with fresh ids; a name already taken gets " (imported)", " (imported 2)"… */
  importMany(drafts: readonly PresetDraft[]): number;
  /** Adds back any starter preset whose name is missing. */
  restoreStarters(): void;
}

export const PRESETS_VERSION = 1;

function fromDraft(draft: PresetDraft, now: number): Preset {
  return { ...draft, params: { ...draft.params }, id: newId('p'), createdAt: now, updatedAt: now };
}

export const usePresetsStore = create<PresetsState>()(
  persist(
    (set, get) => ({
      presets: STARTER_PRESETS.map((draft) => fromDraft(draft, 0)),
      add(draft) {
        const preset = fromDraft(draft, Date.now());
        set({ presets: [preset, ...get().presets] });
        return preset;
      },
      update(id, patch) {
        set({
          presets: get().presets.map((preset) =>
            preset.id === id ? { ...preset, ...patch, updatedAt: Date.now() } : preset,
          ),
        });
      },
      remove(id) {
        set({ presets: get().presets.filter((preset) => preset.id !== id) });
      },
      importMany(drafts) {
        const taken = new Set(get().presets.map((preset) => preset.name));
        const now = Date.now();
        const added = drafts.map((draft) => {
          let name = draft.name;
          for (let n = 1; taken.has(name); n += 1) name = `${draft.name} (imported${n > 1 ? ` ${n}` : ''})`;
          taken.add(name);
          return fromDraft({ ...draft, name }, now);
        });
        set({ presets: [...added, ...get().presets] });
        return added.length;
      },
      restoreStarters() {
        const names = new Set(get().presets.map((preset) => preset.name));
        const missing = STARTER_PRESETS.filter((draft) => !names.has(draft.name));
        set({ presets: [...get().presets, ...missing.map((draft) => fromDraft(draft, Date.now()))] });
      },
    }),
    {
      name: 'qwen-playground-presets',
      version: PRESETS_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ presets }) => ({ presets }),
      // Only version 1 exists; a future version maps older shapes here instead of dropping them.
      migrate: (persisted) => persisted as { presets: Preset[] },
    },
  ),
);
