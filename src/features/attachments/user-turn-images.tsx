// The images of a sent prompt: thumbnails that open full size. An image whose bytes are gone (a
// full storage last session) says so instead of showing a broken picture.
import { useState } from 'react';
import type { ImageRef } from '@/domain/conversation';
import { BlobImage } from '@/features/attachments/blob-image';
import { sentFacts } from '@/features/attachments/image-facts';
import { ImageLightbox } from '@/features/attachments/image-lightbox';
import { useStoredImage } from '@/features/attachments/use-stored-image';

function SentImage({ image, index, count }: { image: ImageRef; index: number; count: number }) {
  const stored = useStoredImage(image.id);
  const [open, setOpen] = useState(false);
  const box = 'h-28 max-w-[12rem] rounded-xl border border-line';

  if (stored.status !== 'ready') {
    return (
      <div
        className={`${box} flex w-28 items-center justify-center bg-surface-2 p-2 text-center text-xs text-ink-muted`}
        title={image.name}
      >
        {stored.status === 'loading' ? '…' : `${image.name}: image no longer stored`}
      </div>
    );
  }
  return (
    <>
      <button
        type="button"
        aria-label={count === 1 ? 'View the image full size' : `View image ${index + 1} of ${count} full size`}
        title={`${image.name} · ${sentFacts(image)}`}
        onClick={() => setOpen(true)}
        className="overflow-hidden rounded-xl focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        <BlobImage
          blob={stored.blob}
          alt={image.name}
          width={image.width}
          height={image.height}
          className={`${box} w-auto bg-surface-2 object-cover`}
        />
      </button>
      <ImageLightbox image={image} blob={stored.blob} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

export function UserTurnImages({ images }: { images: readonly ImageRef[] }) {
  if (images.length === 0) return null;
  return (
    <ul className="flex max-w-[min(42rem,90%)] flex-wrap justify-end gap-2" aria-label="Attached images">
      {images.map((image, index) => (
        <li key={image.id}>
          <SentImage image={image} index={index} count={images.length} />
        </li>
      ))}
    </ul>
  );
}
