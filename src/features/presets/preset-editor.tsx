// Edits one preset in place: name, system prompt, first message, model and thinking.
import { useState } from 'react';
import { Button } from '@/components/button';
import { MODELS, getModel } from '@/domain/models';
import type { Preset, PresetDraft } from '@/store/presets-store';

const field = 'w-full rounded-lg border border-line bg-surface-2 px-2 py-1.5 text-sm text-ink focus:outline-2 focus:outline-accent';

export function PresetEditor({
  preset,
  onSave,
  onCancel,
}: {
  preset: Preset;
  onSave: (patch: Partial<PresetDraft>) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(preset.name);
  const [systemPrompt, setSystemPrompt] = useState(preset.systemPrompt);
  const [message, setMessage] = useState(preset.message);
  const [modelId, setModelId] = useState(preset.modelId);
  const [thinking, setThinking] = useState(preset.thinking);
  const id = `preset-edit-${preset.id}`;
  const canThink = getModel(modelId).canThink;

  return (
    <form
      className="space-y-2"
      aria-label={`Edit ${preset.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onSave({ name: name.trim(), systemPrompt, message, modelId, thinking: canThink && thinking });
      }}
    >
      <label className="block text-xs font-medium" htmlFor={`${id}-name`}>
        Name
      </label>
      <input id={`${id}-name`} className={field} value={name} required onChange={(event) => setName(event.target.value)} />
      <label className="block text-xs font-medium" htmlFor={`${id}-system`}>
        Instructions (sent as the system message)
      </label>
      <textarea id={`${id}-system`} className={field} rows={2} value={systemPrompt} onChange={(event) => setSystemPrompt(event.target.value)} />
      <label className="block text-xs font-medium" htmlFor={`${id}-message`}>
        First message
      </label>
      <textarea id={`${id}-message`} className={field} rows={3} value={message} onChange={(event) => setMessage(event.target.value)} />
      <div className="flex flex-wrap items-center gap-3">
        <label className="text-xs font-medium" htmlFor={`${id}-model`}>
          Runs on
        </label>
        <select id={`${id}-model`} className={`${field} w-auto`} value={modelId} onChange={(event) => setModelId(event.target.value)}>
          {MODELS.map((model) => (
            <option key={model.id} value={model.id}>
              {model.label}
            </option>
          ))}
          {!MODELS.some((model) => model.id === modelId) && <option value={modelId}>{modelId}</option>}
        </select>
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={canThink && thinking} disabled={!canThink} onChange={(event) => setThinking(event.target.checked)} />
          Think first
        </label>
      </div>
      <div className="flex gap-2 pt-1">
        <Button type="submit" size="sm" variant="primary">
          Save changes
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
