// "‹ 2 / 3 ›": flips between the versions of a turn (regenerated answers, edited prompts).
import { Icon } from '@/components/icons';
import { versionInfo } from '@/domain/conversation-tree';
import { useChatStore } from '@/store/chat-store';

export function VersionSwitcher({ conversationId, messageId }: { conversationId: string; messageId: string }) {
  const info = useChatStore((state) => {
    const conversation = state.conversations[conversationId];
    if (!conversation) return '';
    const { index, count, siblings } = versionInfo(conversation, messageId);
    if (count < 2) return '';
    return `${index}|${count}|${siblings[index - 1]?.id ?? ''}|${siblings[index + 1]?.id ?? ''}`;
  });
  if (!info) return null;
  const [index = '0', count = '0', previous, next] = info.split('|');
  const select = (id: string | undefined) => {
    if (id) useChatStore.getState().selectVersion(conversationId, id);
  };
  const buttonClass =
    'rounded-md p-1 text-ink-muted hover:bg-surface-3 hover:text-ink disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-accent';

  return (
    <div className="inline-flex items-center gap-0.5 text-xs text-ink-muted tabular-nums" role="group" aria-label="Versions">
      <button type="button" className={buttonClass} aria-label="Previous version" disabled={!previous} onClick={() => select(previous)}>
        <Icon name="chevronRight" className="rotate-180" />
      </button>
      <span aria-live="polite">
        {Number(index) + 1} / {count}
      </span>
      <button type="button" className={buttonClass} aria-label="Next version" disabled={!next} onClick={() => select(next)}>
        <Icon name="chevronRight" />
      </button>
    </div>
  );
}
