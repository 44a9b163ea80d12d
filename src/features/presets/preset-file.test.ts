import { describe, expect, it } from 'vitest';
import { parsePresetFile, presetsToJson } from '@/features/presets/preset-file';
import type { Preset } from '@/store/presets-store';
import { STARTER_PRESETS } from '@/store/starter-presets';

const presets: Preset[] = STARTER_PRESETS.map((draft, index) => ({ ...draft, id: `p${index}`, createdAt: 1, updatedAt: 2 }));

describe('preset files', () => {
  it('round-trip every starter exactly, without ids or dates', async () => {
    const json = presetsToJson(presets);
    expect(json).not.toContain('"id"');
    const parsed = await parsePresetFile(json);
    expect(parsed).toEqual({ ok: true, drafts: STARTER_PRESETS });
  });

  it('refuses what is not a presets file, saying where', async () => {
    expect(await parsePresetFile('nope')).toEqual({ ok: false, message: 'This file is not JSON.' });
    const wrongFormat = await parsePresetFile('{"format":"other","version":1,"presets":[]}');
    expect(wrongFormat.ok ? '' : wrongFormat.message).toContain('at format');
    const badParam = JSON.stringify({
      format: 'qwen-playground-presets',
      version: 1,
      presets: [{ name: 'x', modelId: 'alibaba/qwen3-32b', params: { temperature: 'hot' } }],
    });
    const refused = await parsePresetFile(badParam);
    expect(refused.ok ? '' : refused.message).toContain('at presets.0.params.temperature');
  });

  it('fills defaults and drops unknown parameters', async () => {
    const parsed = await parsePresetFile(
      JSON.stringify({
        format: 'qwen-playground-presets',
        version: 1,
        presets: [{ name: ' Short ', modelId: 'other/model', params: { top_k: 20, seed: 5 } }],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      drafts: [{ name: 'Short', systemPrompt: '', message: '', modelId: 'other/model', thinking: false, params: { seed: 5 } }],
    });
  });
});
