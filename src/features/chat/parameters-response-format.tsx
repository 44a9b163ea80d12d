// response_format: not sent, text, json_object, or json_schema with a schema editor that checks
// the JSON as it is typed. Only a valid schema reaches the conversation's parameters.
import { useState } from 'react';
import type { ResponseFormat } from '@/domain/conversation';
import { cx } from '@/lib/cx';
import { checkSchemaJson, EXAMPLE_SCHEMA } from '@/features/chat/parameters-fields';

type Choice = 'unset' | ResponseFormat['type'];

const inputClass =
  'rounded-lg border border-line bg-surface-2 px-2 text-sm text-ink focus:outline-2 focus:outline-accent';

export function ResponseFormatField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: ResponseFormat | undefined;
  onChange: (value: ResponseFormat | undefined) => void;
}) {
  const schemaFormat = value?.type === 'json_schema' ? value.json_schema : undefined;
  const [schemaText, setSchemaText] = useState(() =>
    schemaFormat ? JSON.stringify(schemaFormat.schema, null, 2) : EXAMPLE_SCHEMA,
  );
  const check = checkSchemaJson(schemaText);
  const name = schemaFormat?.name ?? 'response';
  const strict = schemaFormat?.strict ?? true;

  const setSchema = (patch: { name?: string; strict?: boolean; schema?: unknown }) => {
    const schema = patch.schema ?? (check.kind === 'ok' ? check.value : schemaFormat?.schema ?? {});
    onChange({
      type: 'json_schema',
      json_schema: { name: patch.name ?? name, strict: patch.strict ?? strict, schema },
    });
  };

  const choose = (choice: Choice) => {
    if (choice === 'unset') onChange(undefined);
    else if (choice === 'json_schema') setSchema({});
    else onChange({ type: choice });
  };

  return (
    <div className="space-y-1.5">
      <div className="grid grid-cols-[1fr_10rem] items-center gap-x-3">
        <label htmlFor={id} className="text-sm font-medium">
          Response format
        </label>
        <select
          id={id}
          value={value?.type ?? 'unset'}
          onChange={(event) => choose(event.target.value as Choice)}
          aria-describedby={`${id}-hint`}
          className={cx(inputClass, 'h-8')}
        >
          <option value="unset">Not sent</option>
          <option value="text">text</option>
          <option value="json_object">json_object</option>
          <option value="json_schema">json_schema</option>
        </select>
      </div>
      <p id={`${id}-hint`} className="text-xs text-ink-muted">
        JSON modes work best when the prompt also asks for JSON.
      </p>
      {schemaFormat && (
        <div className="space-y-1.5 rounded-lg border border-line p-2">
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={`${id}-name`} className="text-xs font-medium">
              Schema name
            </label>
            <input
              id={`${id}-name`}
              value={name}
              onChange={(event) => setSchema({ name: event.target.value })}
              className={cx(inputClass, 'h-7 w-36 font-mono text-xs')}
            />
            <label className="ml-auto inline-flex items-center gap-1.5 text-xs">
              <input
                type="checkbox"
                checked={strict}
                onChange={(event) => setSchema({ strict: event.target.checked })}
              />
              Strict
            </label>
          </div>
          <label htmlFor={`${id}-schema`} className="block text-xs font-medium">
            JSON Schema
          </label>
          <textarea
            id={`${id}-schema`}
            rows={6}
            spellCheck={false}
            value={schemaText}
            aria-invalid={check.kind === 'invalid'}
            aria-describedby={`${id}-schema-status`}
            onChange={(event) => {
              setSchemaText(event.target.value);
              const next = checkSchemaJson(event.target.value);
              if (next.kind === 'ok') setSchema({ schema: next.value });
            }}
            className={cx(
              inputClass,
              'block w-full resize-y py-1.5 font-mono text-xs',
              check.kind === 'invalid' && 'border-danger',
            )}
          />
          <p
            id={`${id}-schema-status`}
            role="status"
            className={cx('text-xs', check.kind === 'invalid' ? 'text-danger' : 'text-ink-muted')}
          >
            {check.kind === 'ok' ? 'Valid JSON: this schema is sent.' : `${check.message} The last valid schema is sent.`}
          </p>
        </div>
      )}
    </div>
  );
}
