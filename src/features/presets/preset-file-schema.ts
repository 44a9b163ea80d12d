// The shape of a presets file, checked with zod. Loaded with a dynamic import, only on Import.
// Imported data is untrusted: strings are bounded, parameters checked by type and range.
import { z } from 'zod';
import { responseFormatSchema } from '@/domain/response-format-schema';

const MAX_TEXT = 100_000;

const finite = z.number().finite();

/** Unknown parameter names are dropped; known ones must have the right type. Ranges are enforced when sent. */
const params = z
  .object({
    temperature: finite.optional(),
    top_p: finite.optional(),
    max_tokens: finite.optional(),
    max_completion_tokens: finite.optional(),
    stop: z.array(z.string().max(500)).max(4).optional(),
    presence_penalty: finite.optional(),
    frequency_penalty: finite.optional(),
    repetition_penalty: finite.optional(),
    seed: finite.optional(),
    response_format: responseFormatSchema.optional(),
    thinking_budget: finite.optional(),
    logprobs: z.boolean().optional(),
    top_logprobs: finite.optional(),
  })
  .strip();

export const presetSchema = z.object({
  name: z.string().trim().min(1).max(200),
  systemPrompt: z.string().max(MAX_TEXT).default(''),
  message: z.string().max(MAX_TEXT).default(''),
  modelId: z.string().regex(/^\S{1,200}$/),
  thinking: z.boolean().default(false),
  params: params.default({}),
});

export const presetFileSchema = z.object({
  format: z.literal('qwen-playground-presets'),
  version: z.literal(1),
  presets: z.array(presetSchema).max(1000),
});
