// Presets to and from a JSON file. Parsing loads zod only when a file is imported.
import type { Preset, PresetDraft } from '@/store/presets-store';

export const PRESET_FILE_FORMAT = 'qwen-playground-presets';

export function presetsToJson(presets: readonly Preset[]): string {
  const drafts: PresetDraft[] = presets.map(({ name, systemPrompt, message, modelId, thinking, params }) => ({
    name,
    systemPrompt,
    message,
    modelId,
    thinking,
    params,
  }));
  return JSON.stringify({ format: PRESET_FILE_FORMAT, version: 1, presets: drafts }, null, 2);
}

export type ParsedPresetFile = { ok: true; drafts: PresetDraft[] } | { ok: false; message: string };

export async function parsePresetFile(text: string): Promise<ParsedPresetFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not JSON.' };
  }
  // zod in jitless mode before any schema parses (the CSP forbids eval; see the module).
  await import('@/lib/zod-without-eval');
  const { presetFileSchema } = await import('@/features/presets/preset-file-schema');
  const result = presetFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, message: `Not a presets file${where}: ${issue?.message ?? 'unexpected shape'}.` };
  }
  return { ok: true, drafts: result.data.presets };
}
