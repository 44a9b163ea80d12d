// Presentation mode: a root-level flag. The app mirrors it onto <html data-presentation>, so every
// view (chat, compare…) gets the larger type and the hidden chrome from CSS, without knowing of it.
import { create } from 'zustand';

interface PresentationState {
  presenting: boolean;
  setPresenting(presenting: boolean): void;
  toggle(): void;
}

export const usePresentationStore = create<PresentationState>((set) => ({
  presenting: false,
  setPresenting: (presenting) => set({ presenting }),
  toggle: () => set((state) => ({ presenting: !state.presenting })),
}));
