// The common sampling parameters of a conversation. An empty field is not sent; the
// placeholder shows Qwen's advice for the current model and mode.
import type { SamplingParams } from '@/domain/conversation';
import { getModel, recommendedSampling } from '@/domain/models';
import { Button } from '@/components/button';
import { useChatStore } from '@/store/chat-store';

interface FieldSpec {
  key: keyof SamplingParams;
  label: string;
  hint: string;
  min: number;
  max?: number;
  step: number;
  integer?: boolean;
}

const FIELDS: FieldSpec[] = [
  { key: 'temperature', label: 'Temperature', hint: '0–2. Higher is more varied.', min: 0, max: 2, step: 0.05 },
  { key: 'top_p', label: 'Top P', hint: '0.01–1. Nucleus sampling cut-off.', min: 0.01, max: 1, step: 0.01 },
  {
    key: 'max_tokens',
    label: 'Max tokens',
    hint: 'Caps the answer; with thinking on, reasoning counts too.',
    min: 1,
    step: 1,
    integer: true,
  },
];

function parseField(spec: FieldSpec, raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) return undefined;
  const bounded = Math.min(spec.max ?? Infinity, Math.max(spec.min, value));
  return spec.integer ? Math.round(bounded) : bounded;
}

export function ParametersPanel({ conversationId }: { conversationId: string }) {
  const settings = useChatStore((state) => state.conversations[conversationId]?.settings);
  if (!settings) return null;
  const update = useChatStore.getState().updateSettings;
  const thinkingMode = settings.thinking && getModel(settings.modelId).canThink;
  const advised = recommendedSampling(settings.modelId, thinkingMode);

  const setParam = (key: keyof SamplingParams, value: number | undefined) => {
    const params = { ...settings.params };
    if (value === undefined) delete params[key];
    else params[key] = value;
    update(conversationId, { params });
  };

  return (
    <div className="space-y-3">
      {FIELDS.map((spec) => {
        const id = `param-${spec.key}-${conversationId}`;
        const placeholder =
          spec.key === 'temperature' ? String(advised.temperature) : spec.key === 'top_p' ? String(advised.top_p) : 'model default';
        return (
          <div key={spec.key} className="grid grid-cols-[1fr_6.5rem] items-center gap-x-3 gap-y-0.5">
            <label htmlFor={id} className="text-sm font-medium">
              {spec.label}
            </label>
            <input
              id={id}
              type="number"
              inputMode="decimal"
              min={spec.min}
              max={spec.max}
              step={spec.step}
              value={settings.params[spec.key] ?? ''}
              placeholder={placeholder}
              onChange={(event) => setParam(spec.key, parseField(spec, event.target.value))}
              className="h-8 rounded-lg border border-line bg-surface-2 px-2 text-right text-sm tabular-nums focus:outline-2 focus:outline-accent"
              aria-describedby={`${id}-hint`}
            />
            <p id={`${id}-hint`} className="col-span-2 text-xs text-ink-muted">
              {spec.hint}
            </p>
          </div>
        );
      })}
      <div className="flex flex-wrap gap-2 pt-1">
        <Button
          size="sm"
          variant="secondary"
          onClick={() => update(conversationId, { params: { ...settings.params, ...advised } })}
        >
          Qwen recommended
        </Button>
        <Button size="sm" variant="ghost" onClick={() => update(conversationId, { params: {} })}>
          Clear (send none)
        </Button>
      </div>
    </div>
  );
}
