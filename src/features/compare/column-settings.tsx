// A column's own settings: model, thinking, and (folded) system prompt and sampling parameters.
// Names carry the column letter, so every control stays unique across columns.
import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import type { SamplingParams } from '@/domain/conversation';
import { MODELS, getModel, isModelId, recommendedSampling } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';
import { useColumnSettings } from '@/features/compare/use-compare';

type NumberParam = 'temperature' | 'top_p' | 'max_tokens';

const FIELDS: {
  key: NumberParam;
  label: string;
  min: number;
  max?: number;
  step: number;
  integer?: boolean;
}[] = [
  { key: 'temperature', label: 'Temperature', min: 0, max: 2, step: 0.05 },
  { key: 'top_p', label: 'Top P', min: 0.01, max: 1, step: 0.01 },
  { key: 'max_tokens', label: 'Max tokens', min: 1, step: 1, integer: true },
];

function parseField(field: (typeof FIELDS)[number], raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) return undefined;
  const bounded = Math.min(field.max ?? Infinity, Math.max(field.min, value));
  return field.integer ? Math.round(bounded) : bounded;
}

export function ColumnSettings({
  conversationId,
  columnId,
  letter,
}: {
  conversationId: string;
  columnId: string;
  letter: string;
}) {
  const settings = useColumnSettings(conversationId, columnId);
  const [open, setOpen] = useState(false);
  const baseId = useId();
  if (!settings) return null;
  const model = getModel(settings.modelId);
  const update = (
    patch: Parameters<ReturnType<typeof useChatStore.getState>['updateColumnSettings']>[2],
  ) => useChatStore.getState().updateColumnSettings(conversationId, columnId, patch);
  const advised = recommendedSampling(settings.modelId, settings.thinking && model.canThink);
  const setParam = (key: NumberParam, value: number | undefined) => {
    const params: SamplingParams = { ...settings.params };
    if (value === undefined) delete params[key];
    else params[key] = value;
    update({ params });
  };
  const customised = !!settings.systemPrompt.trim() || Object.keys(settings.params).length > 0;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`${baseId}-model`}>
          {`Model for column ${letter}`}
        </label>
        <select
          id={`${baseId}-model`}
          value={settings.modelId}
          onChange={(event) => {
            if (isModelId(event.target.value)) update({ modelId: event.target.value });
          }}
          className="h-8 min-w-0 flex-1 rounded-lg border border-line bg-surface-2 px-2 text-sm text-ink focus:outline-2 focus:outline-accent"
        >
          {MODELS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
          {!model.known && <option value={settings.modelId}>{settings.modelId}</option>}
        </select>
        <label
          className={`inline-flex items-center gap-2 rounded-lg px-1 py-1 text-sm select-none ${model.canThink ? 'cursor-pointer text-ink' : 'cursor-not-allowed text-ink-muted'}`}
          title={
            model.canThink
              ? 'Stream the model’s reasoning before its answer'
              : 'This model has no thinking mode'
          }
        >
          <input
            type="checkbox"
            aria-label={`Thinking for column ${letter}`}
            checked={model.canThink && settings.thinking}
            disabled={!model.canThink}
            onChange={(event) => update({ thinking: event.target.checked })}
            className="switch"
          />
          <span aria-hidden="true">Thinking</span>
        </label>
        <Button
          size="sm"
          variant="ghost"
          aria-expanded={open}
          aria-controls={`${baseId}-options`}
          aria-label={`Options for column ${letter}`}
          title="System prompt and parameters of this column"
          onClick={() => setOpen((shown) => !shown)}
        >
          <Icon name="sliders" />
          {customised && <span className="h-1.5 w-1.5 rounded-full bg-accent" aria-hidden="true" />}
        </Button>
      </div>
      <div
        id={`${baseId}-options`}
        hidden={!open}
        className="space-y-2 rounded-xl border border-line bg-surface p-3"
      >
        <div>
          <label
            htmlFor={`${baseId}-system`}
            className="block text-xs font-semibold text-ink-muted"
          >
            {`System prompt for column ${letter}`}
          </label>
          <textarea
            id={`${baseId}-system`}
            rows={2}
            value={settings.systemPrompt}
            placeholder="Optional: how this column’s model should behave"
            onChange={(event) => update({ systemPrompt: event.target.value })}
            className="mt-1 block w-full resize-y rounded-lg border border-line bg-surface-2 px-2 py-1 text-sm text-ink placeholder:text-ink-muted focus:outline-2 focus:outline-accent"
          />
        </div>
        <div className="grid grid-cols-3 gap-2">
          {FIELDS.map((field) => {
            const id = `${baseId}-${field.key}`;
            const placeholder =
              field.key === 'temperature'
                ? String(advised.temperature)
                : field.key === 'top_p'
                  ? String(advised.top_p)
                  : 'default';
            const value = settings.params[field.key];
            return (
              <div key={field.key} className="flex min-w-0 flex-col gap-0.5">
                <label htmlFor={id} className="text-xs text-ink-muted">
                  <span aria-hidden="true">{field.label}</span>
                  <span className="sr-only">{`${field.label} for column ${letter}`}</span>
                </label>
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  min={field.min}
                  max={field.max}
                  step={field.step}
                  value={typeof value === 'number' ? value : ''}
                  placeholder={placeholder}
                  onChange={(event) => setParam(field.key, parseField(field, event.target.value))}
                  className="h-8 w-full rounded-lg border border-line bg-surface-2 px-2 text-right text-sm tabular-nums focus:outline-2 focus:outline-accent"
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
