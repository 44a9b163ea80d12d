// A sent image at full size, in the design system's dialog (Escape and Close shut it).
import { Dialog } from '@/components/dialog';
import type { ImageRef } from '@/domain/conversation';
import { BlobImage } from '@/features/attachments/blob-image';
import { originalFacts, sentFacts } from '@/features/attachments/image-facts';

export function ImageLightbox({
  image,
  blob,
  open,
  onClose,
}: {
  image: ImageRef;
  blob: Blob;
  open: boolean;
  onClose: () => void;
}) {
  const original = originalFacts(image);
  return (
    <Dialog open={open} title={`Image: ${image.name}`} onClose={onClose} wide>
      <figure className="flex flex-col items-center gap-3">
        <BlobImage
          blob={blob}
          alt={image.name}
          width={image.width}
          height={image.height}
          className="h-auto max-h-[70dvh] w-auto max-w-full rounded-lg bg-surface-2 object-contain"
        />
        <figcaption className="text-center text-xs text-ink-muted">
          Sent as {sentFacts(image)}
          {original && <> ({original})</>}
        </figcaption>
      </figure>
    </Dialog>
  );
}
