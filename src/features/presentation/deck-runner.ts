// Stepping through the deck: the first press puts the next prompt into the composer, the second
// runs it (asks the model, or replays the step's recording). Plain functions over the stores.
import type { DeckStep } from '@/domain/deck';
import type { Recording, ReplaySpeed } from '@/domain/recording';
import { newImageId } from '@/lib/image-id';
import { useChatStore } from '@/store/chat-store';
import { getDeckImage } from '@/store/deck-images';
import { useImageDrafts, type AttachedImage } from '@/store/image-drafts';
import { useDecksStore } from '@/store/decks-store';
import { getRecording, useRecordingsStore } from '@/store/recordings-store';

export interface DeckActions {
  /** Sends `text` (and images) in the open conversation as the composer would; false when it cannot now. */
  send: (conversationId: string, text: string, images: readonly AttachedImage[]) => boolean;
  replay: (conversationId: string, recording: Recording, speed: ReplaySpeed) => boolean;
}

export type DeckStepResult = 'staged' | 'ran' | 'busy' | 'end' | 'empty' | 'missing-recording';

export async function nextDeckStep(actions: DeckActions): Promise<DeckStepResult> {
  const conversationId = useChatStore.getState().activeId;
  const { deck, position } = useDecksStore.getState();
  if (!conversationId) return 'busy';
  if (deck.steps.length === 0) return 'empty';

  if (position.staged === null) {
    const step = deck.steps[position.cursor];
    if (!step) return 'end';
    useChatStore.getState().setDraft(conversationId, step.text);
    await stageImages(conversationId, step);
    useDecksStore.getState().stage(position.cursor);
    return 'staged';
  }

  const step = deck.steps[position.staged];
  if (!step) {
    useDecksStore.getState().rewind();
    return 'end';
  }
  if (step.recordingId) {
    const recording = await getRecording(step.recordingId);
    if (!recording) return 'missing-recording';
    if (!actions.replay(conversationId, recording, useRecordingsStore.getState().speed))
      return 'busy';
  } else {
    // What is in the composer now: the presenter may have touched the staged prompt up.
    const draft = useChatStore.getState().drafts[conversationId] ?? step.text;
    const images = useImageDrafts.getState().drafts[conversationId]?.images ?? [];
    if (!actions.send(conversationId, draft, images)) return 'busy';
  }
  useDecksStore.getState().advance();
  return 'ran';
}

/** The step's images become the composer's attachments, each a fresh copy for the chat's store. */
async function stageImages(conversationId: string, step: DeckStep): Promise<void> {
  const drafts = useImageDrafts.getState();
  drafts.clearImages(conversationId);
  for (const ref of step.images ?? []) {
    const blob = await getDeckImage(ref.id);
    if (blob) drafts.add(conversationId, { ref: { ...ref, id: newImageId() }, blob });
    else drafts.report(conversationId, `The deck image “${ref.name}” is gone from this browser.`);
  }
}
