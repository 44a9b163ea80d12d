// The turns of one conversation. Selects only message ids, so a streaming token re-renders
// its own message and not the list; follows the end while the user is at the end.
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { activePath } from '@/domain/conversation-tree';
import { useChatStore } from '@/store/chat-store';
import { FormatWhenIdleContext } from '@/components/markdown/format-when-idle';
import { useRestInBackground } from '@/components/use-rest-in-background';
import { whenIdle } from '@/lib/idle-callback';
import { followsEndAfterScroll } from '@/lib/scroll-follow';
import { AssistantTurn } from '@/features/chat/assistant-turn';
import { UserTurn } from '@/features/chat/user-turn';
import { useMessage } from '@/features/chat/use-message';

// Memoized: the list re-rendering (a conversation settling after it opened) leaves turns alone.
const Turn = memo(function Turn({
  conversationId,
  messageId,
}: {
  conversationId: string;
  messageId: string;
}) {
  const message = useMessage(conversationId, messageId);
  if (!message) return null;
  return message.role === 'user' ? (
    <UserTurn conversationId={conversationId} message={message} />
  ) : (
    <AssistantTurn conversationId={conversationId} message={message} />
  );
});

const NEAR_END_PX = 120;
/**
 * Opening a conversation renders and formats its last messages at once: more than a screen
 * shows. The ones above are rendered right after in the background, as plain text, and
 * formatted in idle time.
 */
const SHOWN_AT_ONCE = 4;

function scrollToEnd(element: HTMLElement) {
  element.scrollTop = element.scrollHeight;
}

/**
 * Scroll anchoring keeps what is in view still when something above it changes size. That
 * helps a reader who scrolled up, but fights the view that follows the end: content above
 * that shrank as the answer grew moved the view up, which read as the reader leaving, and the
 * following stopped (e2e follow-end). So it is off only while the view follows.
 */
function follow(element: HTMLElement | null, following: { current: boolean }, value: boolean) {
  following.current = value;
  if (element) element.style.overflowAnchor = value ? 'none' : '';
}

export function MessageList({
  conversationId,
  scroller,
}: {
  conversationId: string;
  scroller: React.RefObject<HTMLElement | null>;
}) {
  const ids = useChatStore(
    useShallow((state) => {
      const conversation = state.conversations[conversationId];
      return conversation ? activePath(conversation).map((message) => message.id) : [];
    }),
  );
  // Only opening a conversation defers formatting: a reasoning panel opened or a version
  // switched once the browser has been idle is formatted at once.
  const [openedId, setOpenedId] = useState<string | null>(null);
  const opening = openedId !== conversationId;
  useEffect(() => whenIdle(() => setOpenedId(conversationId)), [conversationId]);
  const complete = useRestInBackground(conversationId);
  const shown = complete ? ids : ids.slice(-SHOWN_AT_ONCE);
  const followRef = useRef(true);
  const endRef = useRef<HTMLDivElement>(null);

  // Opening a conversation (or reloading) shows its end.
  useLayoutEffect(() => {
    follow(scroller.current, followRef, true);
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [conversationId, scroller]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let previousTop = element.scrollTop;
    const onScroll = () => {
      const following = followsEndAfterScroll(followRef.current, previousTop, element, NEAR_END_PX);
      if (following !== followRef.current) follow(element, followRef, following);
      previousTop = element.scrollTop;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scroller]);

  // Content growth (streaming tokens, lazy highlighting) keeps the end in view while following.
  useEffect(() => {
    const element = scroller.current;
    const content = element?.firstElementChild;
    if (!element || !content) return;
    const observer = new ResizeObserver(() => {
      if (followRef.current) scrollToEnd(element);
    });
    observer.observe(content);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    // A new turn (the user just sent) always brings the end into view.
    follow(scroller.current, followRef, true);
    if (scroller.current) scrollToEnd(scroller.current);
  }, [ids.length, scroller]);

  return (
    <div className="flex flex-col gap-6">
      {shown.map((id, index) => (
        <FormatWhenIdleContext key={id} value={opening && index < shown.length - SHOWN_AT_ONCE}>
          <Turn conversationId={conversationId} messageId={id} />
        </FormatWhenIdleContext>
      ))}
      <div ref={endRef} />
    </div>
  );
}
