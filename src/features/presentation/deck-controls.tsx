// Where the presenter is in the deck, and the one button (and keys) that moves on:
// PageDown or → (outside a text field), or Alt+N anywhere.
import { useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { useShortcut } from '@/components/use-shortcut';
import { useDecksStore } from '@/store/decks-store';
import {
  nextDeckStep,
  type DeckActions,
  type DeckStepResult,
} from '@/features/presentation/deck-runner';

const messages: Record<DeckStepResult, string> = {
  staged: 'In the composer: press again to run it.',
  ran: '',
  busy: 'An answer is still running.',
  end: 'That was the last prompt of the deck.',
  empty: 'The deck is empty: add prompts under Tools → Prompt deck.',
  'missing-recording': 'The recording of this prompt is gone from this browser.',
};

export function DeckControls({
  actions,
  presenting,
}: {
  actions: DeckActions;
  presenting: boolean;
}) {
  const steps = useDecksStore((state) => state.deck.steps.length);
  const position = useDecksStore((state) => state.position);
  const [note, setNote] = useState('');
  const hasSteps = steps > 0;

  const next = async () => setNote(messages[await nextDeckStep(actions)]);

  useShortcut(
    {
      id: 'deck-next-page',
      keys: 'PageDown or →',
      description: 'Prompt deck, while presenting: next prompt into the composer, then run it',
      group: 'Presenting',
      // Not on a control that uses arrows itself (radio groups, sliders, selects).
      matches: (event) =>
        !(event.target instanceof HTMLInputElement) &&
        !event.altKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        (event.key === 'PageDown' || event.key === 'ArrowRight'),
      run: () => void next(),
    },
    hasSteps && presenting,
  );
  useShortcut(
    {
      id: 'deck-next-alt',
      keys: 'Alt+N',
      description: 'Prompt deck: the same, from anywhere',
      group: 'Presenting',
      whileTyping: true,
      matches: (event) => event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN',
      run: () => void next(),
    },
    hasSteps,
  );

  if (!hasSteps || !presenting) return null;
  const staged = position.staged !== null;
  const current = (position.staged ?? position.cursor) + 1;
  const atEnd = !staged && position.cursor >= steps;

  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="text-xs text-ink-muted tabular-nums max-sm:sr-only" aria-live="polite">
        {atEnd ? `Deck done (${steps})` : `Prompt ${current} of ${steps}`}
        <span className="sr-only"> {note}</span>
      </span>
      {atEnd ? (
        <Button size="sm" variant="secondary" onClick={() => useDecksStore.getState().rewind()}>
          Start over
        </Button>
      ) : (
        <Button
          size="sm"
          variant={staged ? 'primary' : 'secondary'}
          title="PageDown, → or Alt+N"
          onClick={() => void next()}
        >
          <Icon name={staged ? 'play' : 'chevronRight'} />{' '}
          {staged ? 'Run next prompt' : 'Next prompt'}
        </Button>
      )}
    </div>
  );
}
