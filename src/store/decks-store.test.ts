// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useDecksStore } from '@/store/decks-store';

beforeEach(() => {
  const { deck } = useDecksStore.getState();
  useDecksStore.setState({ deck: { ...deck, steps: [] }, position: { cursor: 0, staged: null } });
});

describe('decks store', () => {
  it('adds, edits, moves and removes steps', () => {
    const store = useDecksStore.getState();
    const a = store.addStep('a');
    const b = store.addStep('b');
    store.updateStep(a, { text: 'A', recordingId: 'rec1' });
    store.moveStep(b, -1);
    expect(useDecksStore.getState().deck.steps.map((s) => s.text)).toEqual(['b', 'A']);
    expect(useDecksStore.getState().deck.steps[1]?.recordingId).toBe('rec1');
    store.moveStep(b, -1);
    expect(useDecksStore.getState().deck.steps[0]?.id).toBe(b);
    store.removeStep(b);
    expect(useDecksStore.getState().deck.steps.map((s) => s.id)).toEqual([a]);
  });

  it('stages, advances and rewinds the position', () => {
    const store = useDecksStore.getState();
    store.stage(0);
    expect(useDecksStore.getState().position).toEqual({ cursor: 0, staged: 0 });
    store.advance();
    expect(useDecksStore.getState().position).toEqual({ cursor: 1, staged: null });
    store.rewind();
    expect(useDecksStore.getState().position).toEqual({ cursor: 0, staged: null });
  });

  it('persists to localStorage under a version', () => {
    useDecksStore.getState().addStep('kept');
    const saved = JSON.parse(localStorage.getItem('qwen-playground-deck') ?? '{}') as {
      version: number;
      state: unknown;
    };
    expect(saved.version).toBe(1);
    expect(JSON.stringify(saved.state)).toContain('kept');
  });
});
