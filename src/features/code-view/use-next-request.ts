// The next request of a conversation, live: follows the draft, the attached images and settings.
// Image bytes are read from IndexedDB asynchronously; until then the body notes them as pending.
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Conversation } from '@/domain/conversation';
import { blobToDataUrl } from '@/lib/data-url';
import { useChatStore } from '@/store/chat-store';
import { resolveImageDataUrls } from '@/store/image-data-urls';
import { selectDraftImages, useImageDrafts } from '@/store/image-drafts';
import { buildNextRequest, nextRequestHistory, type NextRequest } from '@/features/code-view/next-request';

export function useNextRequest(conversationId: string): NextRequest | undefined {
  const conversation: Conversation | undefined = useChatStore((state) => state.conversations[conversationId]);
  const text = useChatStore((state) => state.drafts[conversationId] ?? '');
  const attached = useImageDrafts(useShallow(selectDraftImages(conversationId)));
  const [imageUrls, setImageUrls] = useState<ReadonlyMap<string, string>>();

  const images = useMemo(() => attached.map((image) => image.ref), [attached]);
  useEffect(() => {
    if (!conversation) return;
    let live = true;
    const { history } = nextRequestHistory(conversation, { text, images });
    void (async () => {
      const stored = await resolveImageDataUrls(history.slice(0, -1));
      const drafted = await Promise.all(
        attached.map(async (image) => [image.ref.id, await blobToDataUrl(image.blob, image.ref.mimeType)] as const),
      );
      if (live) setImageUrls(new Map([...stored, ...drafted]));
    })().catch(() => undefined);
    return () => {
      live = false;
    };
    // Images only change with messages or attachments, not with each keystroke of the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conversation?.messages, conversation?.selected, attached]);

  return useMemo(
    () => (conversation ? buildNextRequest(conversation, { text, images }, imageUrls) : undefined),
    [conversation, text, images, imageUrls],
  );
}
