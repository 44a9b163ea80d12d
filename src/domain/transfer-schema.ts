// Validation of an imported file. Loaded only when a file is imported (dynamic import), so zod
// stays out of the first bundle. Imported files are untrusted:
// - keys `__proto__`, `constructor`, `prototype` are dropped while parsing, before anything
//   else sees the data;
// - zod objects keep only known keys (comparisons keep unknown ones, structurally checked);
// - every string, list and number is bounded; ids are short and plain (they end up in DOM ids);
// - a message may only follow a message listed before it: no cycles, no orphans.
import { z } from 'zod';
import { IMAGE_MIME_TYPES, type Conversation, type Message } from '@/domain/conversation';
import {
  TRANSFER_FORMAT,
  TRANSFER_LIMITS as LIMITS,
  TRANSFER_VERSION,
  allMessages,
  type TransferFile,
} from '@/domain/transfer-format';
import { responseFormatSchema } from '@/domain/response-format-schema';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that drops keys able to reach an object's prototype. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

const id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be a short id of letters, digits, _ or -');
const time = z.number().nonnegative();
const count = z.number().int().nonnegative();
const longText = z.string().max(LIMITS.textChars);
const shortText = z.string().max(1000);
const mimeType = z.enum(IMAGE_MIME_TYPES);


const params = z.object({
  temperature: z.number().optional(),
  top_p: z.number().optional(),
  max_tokens: count.optional(),
  max_completion_tokens: count.optional(),
  stop: z.array(shortText).max(4).optional(),
  presence_penalty: z.number().optional(),
  frequency_penalty: z.number().optional(),
  repetition_penalty: z.number().optional(),
  seed: z.number().int().optional(),
  response_format: responseFormatSchema.optional(),
  thinking_budget: count.optional(),
  logprobs: z.boolean().optional(),
  top_logprobs: count.optional(),
});

const settings = z.object({
  modelId: z.string().regex(/^\S{1,200}$/, 'must be a model id'),
  thinking: z.boolean(),
  systemPrompt: longText,
  params,
});

const imageRef = z.object({
  id,
  name: shortText,
  mimeType,
  width: count,
  height: count,
  bytes: count,
  original: z.object({ width: count, height: count, bytes: count, mimeType: shortText }).optional(),
});

const userMessage = z.object({
  id,
  parentId: id.nullable(),
  role: z.literal('user'),
  text: longText,
  images: z.array(imageRef).max(LIMITS.imagesPerMessage),
  createdAt: time,
});

const assistantMessage = z.object({
  id,
  parentId: id.nullable(),
  role: z.literal('assistant'),
  modelId: z.string().regex(/^\S{1,200}$/, 'must be a model id'),
  thinking: z.boolean(),
  reasoning: longText,
  content: longText,
  status: z.enum(['streaming', 'done', 'stopped', 'error', 'interrupted']),
  error: z
    .object({
      status: count.optional(),
      kind: z.enum(['http', 'network', 'stream', 'cut', 'aborted']),
      message: z.string().max(10_000),
    })
    .optional(),
  finishReason: shortText.optional(),
  usage: z
    .object({
      promptTokens: count,
      completionTokens: count,
      totalTokens: count,
      reasoningTokens: count.optional(),
      costUsd: z.number().nonnegative().optional(),
    })
    .optional(),
  timings: z.object({
    startedAt: time,
    firstReasoningAt: time.optional(),
    firstContentAt: time.optional(),
    finishedAt: time.optional(),
  }),
  demo: z.boolean(),
  replay: z.literal(true).optional(),
  createdAt: time,
});

const message = z.discriminatedUnion('role', [userMessage, assistantMessage]);
const messages = z.array(message).max(LIMITS.messagesPerConversation);
/** Parent id (`root` for first prompts) → the child shown. */
const selected = z.record(id, id);

// Comparisons belong to another feature: known parts are checked, unknown keys kept as they are.
const compareColumn = z.looseObject({ id, settings, messages, selected });
const compare = z.looseObject({
  columns: z.array(compareColumn).max(LIMITS.columns),
  votes: z.record(shortText, shortText),
});

const conversation = z.object({
  id,
  kind: z.enum(['chat', 'compare']),
  title: z.string().max(LIMITS.titleChars),
  pinned: z.boolean(),
  createdAt: time,
  updatedAt: time,
  revisedAt: time.optional(),
  settings,
  messages,
  selected,
  compare: compare.optional(),
});

const base64 = z
  .string()
  .max(LIMITS.imageBase64Chars)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

const transferFile = z.object({
  format: z.literal(TRANSFER_FORMAT, { error: 'is not a Qwen Playground export' }),
  version: z.literal(TRANSFER_VERSION, { error: `must be ${TRANSFER_VERSION}` }),
  exportedAt: shortText,
  conversations: z.array(conversation).max(LIMITS.conversations),
  images: z.record(id, z.object({ mimeType, data: base64 })).default({}),
});

/** A message may only follow one listed before it in the same list. */
function orderProblem(list: readonly Message[]): string | undefined {
  const seen = new Set<string>();
  for (const entry of list) {
    if (seen.has(entry.id)) return `message ${entry.id} appears twice`;
    if (entry.parentId !== null && !seen.has(entry.parentId))
      return `message ${entry.id} follows ${entry.parentId}, which does not come before it`;
    seen.add(entry.id);
  }
  return undefined;
}

function treeProblem(item: Conversation): string | undefined {
  const lists = [item.messages, ...(item.compare?.columns.map((column) => column.messages) ?? [])];
  for (const list of lists) {
    const problem = orderProblem(list);
    if (problem) return problem;
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** A refusal's `reason` is one sentence; `details` are the schema's findings, shown on request. */
export type ParseResult =
  | { ok: true; file: TransferFile }
  | { ok: false; reason: string; details?: string };

/** Reads and checks an export file's text; says in words what is wrong with a bad one. */
export function parseTransferText(text: string): ParseResult {
  if (text.length > LIMITS.fileBytes)
    return { ok: false, reason: 'The file is larger than 50 MB.' };
  let json: unknown;
  try {
    json = parseJsonSafely(text);
  } catch {
    return {
      ok: false,
      reason: 'The file is not JSON. Choose a .json file exported from Qwen Playground.',
    };
  }
  const result = transferFile.safeParse(json);
  if (!result.success) {
    // The sentence first; the findings are details (three of them filled a phone's drawer).
    const issues = result.error.issues.slice(0, 3).map(describeIssue).join('; ');
    return {
      ok: false,
      reason: 'The file is not a complete Qwen Playground export.',
      details: `${issues}.`,
    };
  }
  const file: TransferFile = result.data;
  let total = 0;
  for (const [index, item] of file.conversations.entries()) {
    const problem = treeProblem(item);
    if (problem)
      return {
        ok: false,
        reason: `Conversation ${index + 1} (“${item.title}”) is damaged: ${problem}.`,
      };
    total += allMessages(item).length;
  }
  if (total > LIMITS.messagesInTotal)
    return {
      ok: false,
      reason: `The file holds ${total} messages; at most ${LIMITS.messagesInTotal} can be imported at once.`,
    };
  if (Object.keys(file.images).length > LIMITS.images)
    return { ok: false, reason: `The file holds more than ${LIMITS.images} images.` };
  return { ok: true, file };
}
