// The conversation's system prompt, at the head of the conversation like a first turn.
import { useChatStore } from '@/store/chat-store';

export function SystemPrompt({ conversationId }: { conversationId: string }) {
  const value = useChatStore((state) => state.conversations[conversationId]?.settings.systemPrompt ?? '');
  const id = `system-prompt-${conversationId}`;
  return (
    <div data-chrome="" className="rounded-xl border border-dashed border-line bg-surface-2/60 px-3 py-2 focus-within:border-accent">
      <label htmlFor={id} className="block text-xs font-semibold tracking-wide text-ink-muted uppercase">
        System prompt
      </label>
      <textarea
        id={id}
        rows={value ? Math.min(6, value.split('\n').length + 1) : 1}
        value={value}
        placeholder="Optional: how the model should behave in this conversation"
        onChange={(event) =>
          useChatStore.getState().updateSettings(conversationId, { systemPrompt: event.target.value })
        }
        className="mt-1 block w-full resize-y bg-transparent text-sm text-ink placeholder:text-ink-muted focus:outline-none"
      />
    </div>
  );
}
