// `response_format` as an imported file may carry it (conversations and presets alike): checked
// with zod, bounded, and a JSON Schema is an object, as the parameters editor only ever stores.
import { z } from 'zod';

export const responseFormatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({
      name: z.string().max(1000),
      schema: z.record(z.string(), z.unknown()),
      strict: z.boolean().optional(),
    }),
  }),
]);
