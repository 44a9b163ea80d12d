// What the Parameters panel shows for each numeric parameter: label, one-line hint, input step.
// Ranges come from PARAM_LIMITS (api/request-body), so the panel and the request never disagree.
import { PARAM_LIMITS, type NumericParam } from '@/api/request-body';

export interface NumericFieldSpec {
  key: NumericParam;
  label: string;
  hint: string;
  step: number;
  group: 'basic' | 'advanced';
}

export const NUMERIC_FIELDS: readonly NumericFieldSpec[] = [
  { key: 'temperature', label: 'Temperature', hint: '0–2. Higher is more varied.', step: 0.05, group: 'basic' },
  { key: 'top_p', label: 'Top P', hint: '0.01–1. Nucleus sampling cut-off.', step: 0.01, group: 'basic' },
  { key: 'max_tokens', label: 'Max tokens', hint: '≥ 1. Caps the answer; reasoning counts too.', step: 1, group: 'basic' },
  {
    key: 'max_completion_tokens',
    label: 'Max completion tokens',
    hint: '≥ 1. Same cap, newer name; counts reasoning tokens.',
    step: 1,
    group: 'basic',
  },
  {
    key: 'thinking_budget',
    label: 'Thinking budget',
    hint: '≥ 1. Caps reasoning tokens (Qwen3 32B, thinking on).',
    step: 64,
    group: 'basic',
  },
  { key: 'presence_penalty', label: 'Presence penalty', hint: '−2–2. Above 0 pushes toward new topics.', step: 0.1, group: 'advanced' },
  { key: 'frequency_penalty', label: 'Frequency penalty', hint: '−2–2. Above 0 discourages repeated words.', step: 0.1, group: 'advanced' },
  { key: 'repetition_penalty', label: 'Repetition penalty', hint: '0.01–2. 1 is off; above 1 discourages repeats.', step: 0.05, group: 'advanced' },
  { key: 'seed', label: 'Seed', hint: 'Integer ≥ 1. Same seed, same settings: steadier output.', step: 1, group: 'advanced' },
  { key: 'top_logprobs', label: 'Top logprobs', hint: '0–20 alternatives per token (with Logprobs on).', step: 1, group: 'advanced' },
];

export type FieldCheck =
  | { kind: 'empty' }
  | { kind: 'ok'; value: number }
  | { kind: 'invalid'; message: string; clamped?: number };

/** Reads what was typed: empty (not sent), a value in range, or why it is not. */
export function checkNumber(key: NumericParam, raw: string): FieldCheck {
  if (raw.trim() === '') return { kind: 'empty' };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { kind: 'invalid', message: 'Not a number.' };
  const limit = PARAM_LIMITS[key];
  const integer = 'integer' in limit && limit.integer;
  const clamped = Math.min(limit.max, Math.max(limit.min, integer ? Math.round(value) : value));
  if (value < limit.min || value > limit.max) {
    const range = limit.max >= Number.MAX_SAFE_INTEGER ? `at least ${limit.min}` : `${limit.min} to ${limit.max}`;
    return { kind: 'invalid', message: `Must be ${range}.`, clamped };
  }
  if (integer && !Number.isInteger(value)) return { kind: 'invalid', message: 'Must be a whole number.', clamped };
  return { kind: 'ok', value };
}

/** Stop sequences are typed with `\n` and `\t` escapes, so a line break can be one. */
export function decodeEscapes(typed: string): string {
  return typed.replace(/\\(\\|n|t)/g, (_match, char: string) => (char === 'n' ? '\n' : char === 't' ? '\t' : '\\'));
}

export function encodeEscapes(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

export type JsonCheck = { kind: 'ok'; value: Record<string, unknown> } | { kind: 'invalid'; message: string };

/** A JSON Schema must at least be a JSON object. */
export function checkSchemaJson(text: string): JsonCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { kind: 'invalid', message: 'A JSON Schema is a JSON object ({ … }).' };
  return { kind: 'ok', value: value as Record<string, unknown> };
}

export const EXAMPLE_SCHEMA = JSON.stringify(
  {
    type: 'object',
    properties: { answer: { type: 'string' }, confidence: { type: 'number' } },
    required: ['answer'],
  },
  null,
  2,
);
