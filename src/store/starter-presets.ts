// Presets a new user finds ready: one per thing each model does best.
import type { PresetDraft } from '@/store/presets-store';

export const STARTER_PRESETS: readonly PresetDraft[] = [
  {
    name: 'Reasoning puzzle (Qwen3 32B, thinking)',
    modelId: 'alibaba/qwen3-32b',
    thinking: true,
    systemPrompt: 'You are a careful logician. Check each step; give the final answer on its own line.',
    message:
      'Three boxes are labelled "apples", "oranges" and "apples and oranges". Every label is wrong. ' +
      'You may take one fruit from one box without looking inside. Which box do you pick from, and how do you then relabel all three?',
    params: { temperature: 0.6, top_p: 0.95 },
  },
  {
    name: 'Code task (Qwen3 32B, no thinking)',
    modelId: 'alibaba/qwen3-32b',
    thinking: false,
    systemPrompt: 'You are a senior TypeScript engineer. Answer with one code block, then at most three short notes.',
    message:
      'Write a TypeScript function `debounce<T extends unknown[]>(fn: (...args: T) => void, ms: number)` that also has a `cancel()` method. Include a short usage example.',
    params: { temperature: 0.7, top_p: 0.8, max_tokens: 1200 },
  },
  {
    name: 'Describe an image (Qwen3 VL 32B)',
    modelId: 'alibaba/qwen3-vl-32b-instruct',
    thinking: false,
    systemPrompt: 'You describe images precisely for someone who cannot see them.',
    message:
      'Attach an image, then send: describe it in detail (objects, colours, any text, the mood), and end with three questions a curious viewer might ask.',
    params: { temperature: 0.7, top_p: 0.8, presence_penalty: 1.5 },
  },
  {
    name: 'Strict JSON extraction (json_schema)',
    modelId: 'alibaba/qwen3-32b',
    thinking: false,
    systemPrompt: 'Extract the facts the user gives as JSON that matches the schema. No prose.',
    message: 'Ada Lovelace, born 10 December 1815 in London, wrote the first published computer program in 1843.',
    params: {
      temperature: 0.2,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'person',
          strict: true,
          schema: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              born: { type: 'string', description: 'ISO date' },
              birthplace: { type: 'string' },
              known_for: { type: 'string' },
            },
            required: ['name', 'born', 'birthplace', 'known_for'],
          },
        },
      },
    },
  },
];
