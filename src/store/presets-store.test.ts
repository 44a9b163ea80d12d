import { beforeEach, describe, expect, it } from 'vitest';
import { usePresetsStore, type PresetDraft } from '@/store/presets-store';
import { STARTER_PRESETS } from '@/store/starter-presets';

const draft: PresetDraft = {
  name: 'Mine',
  systemPrompt: 'Be brief.',
  message: 'Hi',
  modelId: 'alibaba/qwen3-32b',
  thinking: false,
  params: { seed: 3 },
};

describe('presets store', () => {
  beforeEach(() => usePresetsStore.setState({ presets: [] }));

  it('adds, updates and removes', () => {
    const preset = usePresetsStore.getState().add(draft);
    expect(usePresetsStore.getState().presets).toEqual([preset]);
    usePresetsStore.getState().update(preset.id, { name: 'Renamed' });
    expect(usePresetsStore.getState().presets[0]?.name).toBe('Renamed');
    usePresetsStore.getState().remove(preset.id);
    expect(usePresetsStore.getState().presets).toEqual([]);
  });

  it('imports copies with fresh ids and distinct names', () => {
    const first = usePresetsStore.getState().add(draft);
    expect(usePresetsStore.getState().importMany([draft, draft])).toBe(2);
    const { presets } = usePresetsStore.getState();
    expect(presets.map((preset) => preset.name).sort()).toEqual(['Mine', 'Mine (imported 2)', 'Mine (imported)']);
    expect(new Set(presets.map((preset) => preset.id)).size).toBe(3);
    expect(presets.find((preset) => preset.id === first.id)?.params).toEqual({ seed: 3 });
  });

  it('restores missing starters once', () => {
    usePresetsStore.getState().restoreStarters();
    usePresetsStore.getState().restoreStarters();
    expect(usePresetsStore.getState().presets).toHaveLength(STARTER_PRESETS.length);
  });
});
