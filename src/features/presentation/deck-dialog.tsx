// The prompt deck editor: prompts in order, each asked live or answered from a recording.
import { useEffect } from 'react';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Icon } from '@/components/icons';
import { deleteDeckImage } from '@/store/deck-images';
import { useDecksStore } from '@/store/decks-store';
import { useRecordingsStore } from '@/store/recordings-store';
import { DeckStepImages, type PrepareDeckImage } from '@/features/presentation/deck-step-images';

export function DeckDialog({
  open,
  onClose,
  prepareImage,
}: {
  open: boolean;
  onClose: () => void;
  prepareImage: PrepareDeckImage;
}) {
  const steps = useDecksStore((state) => state.deck.steps);
  const recordings = useRecordingsStore((state) => state.summaries);

  useEffect(() => {
    if (open) void useRecordingsStore.getState().load();
  }, [open]);

  const decks = useDecksStore.getState();
  return (
    <Dialog open={open} title="Prompt deck" onClose={onClose} wide>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-ink-muted">
          The prompts of your demo, in order. In presentation mode press <kbd>PageDown</kbd>,{' '}
          <kbd>→</kbd> or <kbd>Alt+N</kbd>: the first press puts the next prompt into the composer,
          the second runs it. A prompt with a recording replays it instead — no network needed.
        </p>
        {steps.length === 0 ? (
          <p className="rounded-xl border border-dashed border-line px-4 py-6 text-center text-sm text-ink-muted">
            No prompts yet. Add the first one below.
          </p>
        ) : (
          <ol className="flex flex-col gap-3" aria-label="Deck prompts">
            {steps.map((step, index) => {
              const textId = `deck-step-${step.id}`;
              const recordingId = `deck-step-recording-${step.id}`;
              return (
                <li key={step.id} className="rounded-xl border border-line bg-surface-2 p-3">
                  <div className="flex items-center gap-2">
                    <label htmlFor={textId} className="text-xs font-semibold text-ink-muted">
                      Prompt {index + 1}
                    </label>
                    <div className="ml-auto flex items-center gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Move prompt ${index + 1} up`}
                        disabled={index === 0}
                        onClick={() => decks.moveStep(step.id, -1)}
                      >
                        <Icon name="arrowUp" />
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Move prompt ${index + 1} down`}
                        disabled={index === steps.length - 1}
                        onClick={() => decks.moveStep(step.id, 1)}
                      >
                        <Icon name="arrowDown" />
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Take prompt ${index + 1} out`}
                        onClick={() => {
                          for (const image of step.images ?? []) void deleteDeckImage(image.id);
                          decks.removeStep(step.id);
                        }}
                      >
                        <Icon name="trash" />
                      </Button>
                    </div>
                  </div>
                  <textarea
                    id={textId}
                    rows={2}
                    value={step.text}
                    placeholder="What to ask"
                    onChange={(event) => decks.updateStep(step.id, { text: event.target.value })}
                    className="mt-1 block w-full resize-y rounded-lg border border-line bg-surface px-2.5 py-1.5 text-sm focus:border-accent focus:outline-none"
                  />
                  <div className="mt-2">
                    <DeckStepImages step={step} number={index + 1} prepare={prepareImage} />
                  </div>
                  <div className="mt-2 flex flex-wrap items-center gap-2">
                    <label htmlFor={recordingId} className="text-xs text-ink-muted">
                      Answer with
                    </label>
                    <select
                      id={recordingId}
                      value={step.recordingId ?? ''}
                      onChange={(event) =>
                        decks.updateStep(step.id, { recordingId: event.target.value || undefined })
                      }
                      className="h-8 max-w-full min-w-0 rounded-lg border border-line bg-surface px-2 text-xs"
                    >
                      <option value="">the model, live</option>
                      {recordings.map((recording) => (
                        <option key={recording.id} value={recording.id}>
                          recording: {recording.title}
                        </option>
                      ))}
                    </select>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="primary" onClick={() => decks.addStep()}>
            <Icon name="plus" /> Add prompt
          </Button>
          <Button variant="ghost" onClick={() => decks.rewind()}>
            Back to prompt 1
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
