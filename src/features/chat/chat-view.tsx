// The chat of one conversation: system prompt, turns, composer.
import { useRef } from 'react';
import { useChatStore } from '@/store/chat-store';
import { useChatExtensions } from '@/features/chat/chat-extensions';
import { Composer } from '@/features/chat/composer';
import { EmptyChat } from '@/features/chat/empty-chat';
import { MessageList } from '@/features/chat/message-list';
import { SystemPrompt } from '@/features/chat/system-prompt';

export function ChatView({ conversationId }: { conversationId: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const empty = useChatStore((state) => (state.conversations[conversationId]?.messages.length ?? 0) === 0);
  const { ConversationFrame } = useChatExtensions();

  const view = (
    <div className="flex min-h-0 flex-1 flex-col">
      <div ref={scroller} className="relative min-h-0 flex-1 overflow-y-auto">
        <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6">
          <SystemPrompt conversationId={conversationId} />
          {empty ? <EmptyChat conversationId={conversationId} /> : <MessageList conversationId={conversationId} scroller={scroller} />}
        </div>
      </div>
      <div className="mx-auto w-full max-w-3xl px-4 pb-4">
        <Composer conversationId={conversationId} />
      </div>
    </div>
  );
  return ConversationFrame ? <ConversationFrame conversationId={conversationId}>{view}</ConversationFrame> : view;
}
