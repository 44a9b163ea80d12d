// Images attached to the composer but not sent yet, per conversation, plus the reasons files were
// refused. Kept here in memory; image-drafts-persistence.ts saves the images for a reload (a
// refused file is news, not history).
import { create } from 'zustand';
import type { ImageRef } from '@/domain/conversation';

export interface AttachedImage {
  ref: ImageRef;
  /** The bytes that will be sent (already shrunk / re-encoded). */
  blob: Blob;
}

export interface ImageProblem {
  id: string;
  message: string;
}

interface ConversationDraft {
  images: AttachedImage[];
  /** Files still being read and shrunk. */
  pending: number;
  problems: ImageProblem[];
}

interface ImageDraftsState {
  drafts: Record<string, ConversationDraft>;
  add(conversationId: string, image: AttachedImage): void;
  remove(conversationId: string, imageId: string): void;
  clearImages(conversationId: string): void;
  setPending(conversationId: string, delta: number): void;
  report(conversationId: string, message: string): void;
  dismiss(conversationId: string, problemId: string): void;
  clearProblems(conversationId: string): void;
}

const EMPTY: ConversationDraft = { images: [], pending: 0, problems: [] };
const NO_IMAGES: AttachedImage[] = [];
const NO_PROBLEMS: ImageProblem[] = [];
let problemSeq = 0;
const MAX_PROBLEMS_SHOWN = 3;

export const useImageDrafts = create<ImageDraftsState>((set) => {
  const patch = (id: string, update: (draft: ConversationDraft) => ConversationDraft) =>
    set((state) => ({ drafts: { ...state.drafts, [id]: update(state.drafts[id] ?? EMPTY) } }));
  return {
    drafts: {},
    add: (id, image) => patch(id, (draft) => ({ ...draft, images: [...draft.images, image] })),
    remove: (id, imageId) =>
      patch(id, (draft) => ({ ...draft, images: draft.images.filter((image) => image.ref.id !== imageId) })),
    clearImages: (id) => patch(id, (draft) => ({ ...draft, images: [] })),
    setPending: (id, delta) => patch(id, (draft) => ({ ...draft, pending: Math.max(0, draft.pending + delta) })),
    // The newest few: each refusal is a line above the message box, which must not grow over the chat.
    report: (id, message) =>
      patch(id, (draft) => ({
        ...draft,
        problems: [...draft.problems, { id: `p${++problemSeq}`, message }].slice(-MAX_PROBLEMS_SHOWN),
      })),
    dismiss: (id, problemId) =>
      patch(id, (draft) => ({ ...draft, problems: draft.problems.filter((problem) => problem.id !== problemId) })),
    clearProblems: (id) => patch(id, (draft) => ({ ...draft, problems: [] })),
  };
});

export const selectDraftImages = (conversationId: string) => (state: ImageDraftsState) =>
  state.drafts[conversationId]?.images ?? NO_IMAGES;
export const selectImageProblems = (conversationId: string) => (state: ImageDraftsState) =>
  state.drafts[conversationId]?.problems ?? NO_PROBLEMS;
export const selectPendingImages = (conversationId: string) => (state: ImageDraftsState) =>
  state.drafts[conversationId]?.pending ?? 0;
