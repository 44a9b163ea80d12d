// The images of one deck prompt: added through the app's image pipeline (shrunk and checked like
// any attachment), kept in the deck's own image store, staged into the composer with the prompt.
import { useEffect, useId, useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import type { DeckStep } from '@/domain/deck';
import { deleteDeckImage, getDeckImage, putDeckImage } from '@/store/deck-images';
import { useDecksStore } from '@/store/decks-store';
import type { AttachedImage } from '@/store/image-drafts';

export type PrepareDeckImage = (
  file: File,
) => Promise<{ ok: true; image: AttachedImage } | { ok: false; reason: string }>;

function Thumbnail({ id, name }: { id: string; name: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    void getDeckImage(id).then((blob) => {
      if (!blob || !live) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [id]);
  return url ? (
    <img src={url} alt={name} className="h-12 w-12 rounded-md border border-line object-cover" />
  ) : (
    <span className="flex h-12 w-12 items-center justify-center rounded-md border border-line text-xs text-ink-muted">
      …
    </span>
  );
}

export function DeckStepImages({
  step,
  number,
  prepare,
}: {
  step: DeckStep;
  number: number;
  prepare: PrepareDeckImage;
}) {
  const inputId = useId();
  const [problem, setProblem] = useState('');
  const images = step.images ?? [];

  const add = async (files: FileList | null) => {
    setProblem('');
    const added = [];
    for (const file of Array.from(files ?? [])) {
      const result = await prepare(file);
      if (!result.ok) {
        setProblem(`“${file.name}”: ${result.reason}.`);
        continue;
      }
      await putDeckImage(result.image.ref.id, result.image.blob);
      added.push(result.image.ref);
    }
    const current = useDecksStore
      .getState()
      .deck.steps.find((candidate) => candidate.id === step.id);
    if (added.length && current)
      useDecksStore
        .getState()
        .updateStep(step.id, { images: [...(current.images ?? []), ...added] });
  };

  const takeOut = (id: string) => {
    useDecksStore
      .getState()
      .updateStep(step.id, { images: images.filter((image) => image.id !== id) });
    void deleteDeckImage(id);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      {images.map((image, index) => (
        <span key={image.id} className="relative">
          <Thumbnail id={image.id} name={image.name} />
          <Button
            size="sm"
            variant="secondary"
            aria-label={`Take image ${index + 1} out of prompt ${number}`}
            className="absolute -top-2 -right-2 h-5 w-5 justify-center rounded-full p-0"
            onClick={() => takeOut(image.id)}
          >
            <Icon name="x" />
          </Button>
        </span>
      ))}
      <input
        id={inputId}
        type="file"
        accept="image/*"
        multiple
        className="sr-only"
        onChange={(event) => {
          void add(event.target.files);
          event.target.value = '';
        }}
      />
      <label
        htmlFor={inputId}
        className="inline-flex h-8 cursor-pointer items-center gap-1 rounded-lg border border-line px-2 text-xs text-ink-muted hover:bg-surface-3 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
      >
        <Icon name="plus" /> Image for prompt {number}
      </label>
      {problem && (
        <p role="alert" className="w-full text-xs text-danger">
          {problem}
        </p>
      )}
    </div>
  );
}
