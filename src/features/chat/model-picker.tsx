// The model picker and the thinking switch of a conversation, given the provider's model list
// (empty until it is known): each model's facts, and the other chat models, usable as plain text
// models. model-controls.tsx gives it the list.
import { describeModelFacts, type ModelFacts } from '@/api/models';
import { MODELS, getModel, isKnownModelId, isModelId } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';

export function ModelPicker({ conversationId, list }: { conversationId: string; list: readonly ModelFacts[] }) {
  const modelId = useChatStore((state) => state.conversations[conversationId]?.settings.modelId);
  const thinking = useChatStore((state) => state.conversations[conversationId]?.settings.thinking);
  if (!modelId) return null;
  const factsOf = (id: string) => list.find((facts) => facts.id === id);
  const others = list.filter((facts) => facts.chat && !isKnownModelId(facts.id));
  const current = describeModelFacts(factsOf(modelId));
  const canThink = getModel(modelId).canThink;
  const update = useChatStore.getState().updateSettings;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`model-${conversationId}`}>
        Model
      </label>
      <select
        id={`model-${conversationId}`}
        value={modelId}
        onChange={(event) => {
          if (isModelId(event.target.value)) update(conversationId, { modelId: event.target.value });
        }}
        title={current || undefined}
        aria-describedby={current ? `model-facts-${conversationId}` : undefined}
        className="h-8 max-w-[14rem] rounded-lg border border-line bg-surface-2 px-2 text-sm text-ink focus:outline-2 focus:outline-accent"
      >
        {MODELS.map((model) => (
          <option key={model.id} value={model.id} title={describeModelFacts(factsOf(model.id)) || undefined}>
            {model.label}
          </option>
        ))}
        {!isKnownModelId(modelId) && !others.some((facts) => facts.id === modelId) && (
          <option value={modelId}>{modelId}</option>
        )}
        {others.length > 0 && (
          <optgroup label="More chat models (text only)">
            {others.map((facts) => (
              <option key={facts.id} value={facts.id} title={describeModelFacts(facts) || undefined}>
                {facts.name && facts.name !== facts.id ? `${facts.name} (${facts.id})` : facts.id}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {current && (
        <span id={`model-facts-${conversationId}`} data-testid="model-facts" className="text-xs text-ink-muted max-sm:basis-full max-sm:order-last">
          {current}
        </span>
      )}

      <label
        className={`inline-flex items-center gap-2 rounded-lg px-2 py-1 text-sm select-none ${canThink ? 'cursor-pointer text-ink' : 'cursor-not-allowed text-ink-muted'}`}
        title={canThink ? 'Stream the model’s reasoning before its answer' : 'This model has no thinking mode'}
      >
        <input
          type="checkbox"
          checked={canThink && !!thinking}
          disabled={!canThink}
          onChange={(event) => update(conversationId, { thinking: event.target.checked })}
          className="switch"
        />
        Thinking
      </label>
    </div>
  );
}
