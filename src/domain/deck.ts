// A prompt deck: the prompts a presenter steps through, in order.
import type { ImageRef } from '@/domain/conversation';

export interface DeckStep {
  id: string;
  text: string;
  /** Images by reference: Blobs in the image store, like a prompt's attachments. */
  images?: ImageRef[];
  /** When set, the step replays this recording instead of asking the model. */
  recordingId?: string;
}

export interface Deck {
  id: string;
  title: string;
  steps: DeckStep[];
}
