// The model picker and the thinking switch of a conversation.
import { MODELS, getModel, isModelId } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';

export function ModelControls({ conversationId }: { conversationId: string }) {
  const modelId = useChatStore((state) => state.conversations[conversationId]?.settings.modelId);
  const thinking = useChatStore((state) => state.conversations[conversationId]?.settings.thinking);
  if (!modelId) return null;
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
        className="h-8 max-w-[14rem] rounded-lg border border-line bg-surface-2 px-2 text-sm text-ink focus:outline-2 focus:outline-accent"
      >
        {MODELS.map((model) => (
          <option key={model.id} value={model.id}>
            {model.label}
          </option>
        ))}
      </select>

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
