// Reads a recording file someone hands us: untrusted JSON, validated before anything uses it.
// zod is loaded only when a file is actually imported.
import { RECORDING_FORMAT, RECORDING_VERSION, type Recording } from '@/domain/recording';
import { newId } from '@/lib/ids';

const MAX_EVENTS = 200_000;

export type ParsedRecording = { ok: true; recording: Recording } | { ok: false; message: string };

export async function parseRecordingFile(text: string): Promise<ParsedRecording> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON.' };
  }
  const { z } = await import('zod');
  const schema = z.object({
    format: z.literal(RECORDING_FORMAT),
    version: z.literal(RECORDING_VERSION),
    id: z.string().max(200),
    title: z.string().max(500),
    createdAt: z.number().finite(),
    modelId: z.string().min(1).max(200),
    thinking: z.boolean(),
    prompt: z.string().max(1_000_000),
    demo: z.boolean(),
    request: z.object({ url: z.string().max(2_000), body: z.unknown() }),
    response: z.object({
      status: z.number().int().min(100).max(599),
      contentType: z.string().max(200),
    }),
    events: z
      .array(
        z.object({
          data: z.string(),
          event: z.string().max(200).optional(),
          at: z.number().finite().min(0),
        }),
      )
      .min(1)
      .max(MAX_EVENTS),
  });
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return { ok: false, message: `This is not a recording of this playground${where}.` };
  }
  // A fresh id: importing the same file twice, or one made elsewhere, never overwrites another.
  const recording: Recording = {
    ...result.data,
    id: newId('rec'),
    request: { ...result.data.request },
  };
  return { ok: true, recording };
}
