// The presenter's prompt deck and where they are in it, kept in localStorage (small, text only;
// images are referenced by id from the image store).
// Versions: 1 (2026-11) — one deck, its steps and a cursor.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Deck, DeckStep } from '@/domain/deck';
import { newId } from '@/lib/ids';

export const DECKS_VERSION = 1;

/** Where the presenter is: `cursor` is the next step to stage; `staged` is in the composer. */
export interface DeckPosition {
  cursor: number;
  staged: number | null;
}

interface DecksState {
  deck: Deck;
  position: DeckPosition;
  addStep(text?: string): string;
  updateStep(id: string, patch: Partial<Omit<DeckStep, 'id'>>): void;
  removeStep(id: string): void;
  moveStep(id: string, by: -1 | 1): void;
  /** Marks step `index` as put into the composer. */
  stage(index: number): void;
  /** The staged step was run: the next one is up. */
  advance(): void;
  rewind(): void;
}

const emptyDeck = (): Deck => ({ id: newId('deck'), title: 'Prompt deck', steps: [] });
const start: DeckPosition = { cursor: 0, staged: null };

export const useDecksStore = create<DecksState>()(
  persist(
    (set) => ({
      deck: emptyDeck(),
      position: start,
      addStep(text = '') {
        const id = newId('step');
        set((state) => ({ deck: { ...state.deck, steps: [...state.deck.steps, { id, text }] } }));
        return id;
      },
      updateStep(id, patch) {
        set((state) => ({
          deck: {
            ...state.deck,
            steps: state.deck.steps.map((step) => (step.id === id ? { ...step, ...patch } : step)),
          },
        }));
      },
      removeStep(id) {
        set((state) => ({
          deck: { ...state.deck, steps: state.deck.steps.filter((step) => step.id !== id) },
          position: start,
        }));
      },
      moveStep(id, by) {
        set((state) => {
          const steps = [...state.deck.steps];
          const from = steps.findIndex((step) => step.id === id);
          const to = from + by;
          if (from < 0 || to < 0 || to >= steps.length) return state;
          [steps[from], steps[to]] = [steps[to]!, steps[from]!];
          return { deck: { ...state.deck, steps } };
        });
      },
      stage(index) {
        set({ position: { cursor: index, staged: index } });
      },
      advance() {
        set((state) => ({
          position: { cursor: (state.position.staged ?? state.position.cursor) + 1, staged: null },
        }));
      },
      rewind() {
        set({ position: start });
      },
    }),
    {
      name: 'qwen-playground-deck',
      version: DECKS_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ deck, position }) => ({ deck, position }),
      migrate: (persisted) => persisted as Pick<DecksState, 'deck' | 'position'>,
    },
  ),
);
