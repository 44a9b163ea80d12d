// Start-up of the attachments feature: the demo provider learns to measure images; a deleted
// conversation's images go once its Undo window has passed (whichever way it was deleted: the
// list, another tab, an import); images attached to drafts are saved and come back after a
// reload; blobs nothing refers to are swept once conversations are loaded.
import { configureDemoProvider } from '@/api/connection';
import { useChatStore } from '@/store/chat-store';
import type { Conversation } from '@/domain/conversation';
import { imageIdsOf, releaseImagesOf, sweepOrphanImages } from '@/store/image-cleanup';
import { restoreImageDrafts, saveImageDrafts, savedDraftImageIds } from '@/store/image-drafts-persistence';
import { describeImage } from '@/features/attachments/describe-image';

/** Images outlive the Undo notice (8 s) a little, so Undo brings them back too. */
const IMAGE_GRACE_MS = 10_000;

let started = false;

function releaseWhenGone(removed: Conversation) {
  setTimeout(() => {
    const { conversations } = useChatStore.getState();
    if (conversations[removed.id]) return; // undone
    releaseImagesOf(removed, conversations).catch((error: unknown) => console.warn('Image clean-up failed:', error));
  }, IMAGE_GRACE_MS);
}

export function initAttachments(): void {
  if (started) return;
  started = true;
  configureDemoProvider({ describeImage });
  useChatStore.subscribe((state, previous) => {
    if (state.conversations === previous.conversations) return;
    for (const [id, conversation] of Object.entries(previous.conversations))
      if (!state.conversations[id] && imageIdsOf(conversation).size > 0) releaseWhenGone(conversation);
  });
  saveImageDrafts();
  // Draft images come back first; the sweep then keeps them, as it keeps sent ones.
  const sweep = () => {
    restoreImageDrafts(useChatStore.getState().conversations)
      // The conversations as they are after the restore's reads (another tab may have sent since).
      .then(() =>
        sweepOrphanImages(useChatStore.getState().conversations, Date.now(), savedDraftImageIds()),
      )
      .catch((error: unknown) => console.warn('Image clean-up skipped:', error));
  };
  if (useChatStore.persist.hasHydrated()) sweep();
  else {
    const unsubscribe = useChatStore.persist.onFinishHydration(() => {
      unsubscribe();
      sweep();
    });
  }
}
