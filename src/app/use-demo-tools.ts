// The demo tools' dialogs and the actions the app lends them: features never import each other,
// so sending (chat or compare) and replaying (the chat's runner) are handed in from here.
import { useMemo, useState } from 'react';
import type { Recording, ReplaySpeed } from '@/domain/recording';
import { IMAGE_BUDGETS } from '@/lib/image-budget';
import { useChatStore } from '@/store/chat-store';
import { useSettingsStore } from '@/store/settings-store';
import { sendPrompt } from '@/features/chat/chat-actions';
import { replayRecording } from '@/features/chat/run-replay';
import { sendCompareRound } from '@/features/compare/run-compare-round';
import type { DeckActions } from '@/features/presentation/deck-runner';
import type { PrepareDeckImage } from '@/features/presentation/deck-step-images';

export type ToolDialog = 'deck' | 'recordings' | 'shortcuts' | null;

export interface DemoTools {
  open: ToolDialog;
  show: (dialog: Exclude<ToolDialog, null>) => void;
  close: () => void;
  deckActions: DeckActions;
  /** The attachments pipeline (shrinking, checks), lent to the deck editor. */
  prepareDeckImage: PrepareDeckImage;
  /** Replays into the open conversation. */
  replayHere: (recording: Recording, speed: ReplaySpeed) => boolean;
}

const deckActions: DeckActions = {
  send: (conversationId, text, images) =>
    useChatStore.getState().conversations[conversationId]?.kind === 'compare'
      ? sendCompareRound(conversationId, text, images)
      : sendPrompt(conversationId, text, images),
  // A comparison has no single answer to replay into: the replay opens a new chat.
  replay: (conversationId, recording, speed) => {
    const store = useChatStore.getState();
    const target =
      store.conversations[conversationId]?.kind === 'compare'
        ? store.newConversation()
        : conversationId;
    return replayRecording(target, recording, speed);
  },
};

const prepareDeckImage: PrepareDeckImage = async (file) => {
  // The image pipeline loads with the first image, not with the app.
  const { prepareImage } = await import('@/features/attachments/prepare-image');
  return prepareImage(file, IMAGE_BUDGETS[useSettingsStore.getState().imageSize]);
};

export function useDemoTools(): DemoTools {
  const [open, setOpen] = useState<ToolDialog>(null);
  return useMemo(
    () => ({
      open,
      show: setOpen,
      close: () => setOpen(null),
      deckActions,
      prepareDeckImage,
      replayHere: (recording, speed) => {
        const id = useChatStore.getState().activeId;
        return id ? deckActions.replay(id, recording, speed) : false;
      },
    }),
    [open],
  );
}
