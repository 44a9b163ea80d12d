// What the UI says about an image that will be (or was) sent.
import type { ImageRef } from '@/domain/conversation';
import { estimateImageTokens, formatBytes } from '@/lib/image-budget';

const FORMAT: Record<ImageRef['mimeType'], string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
};

export function imageSize(ref: Pick<ImageRef, 'width' | 'height'>): string {
  return `${ref.width} × ${ref.height}`;
}

/** "1478 × 1108 · JPEG · 312 KB · ≈ 1,610 tokens" */
export function sentFacts(ref: ImageRef): string {
  const tokens = estimateImageTokens(ref.width, ref.height).toLocaleString('en-US');
  return `${imageSize(ref)} · ${FORMAT[ref.mimeType]} · ${formatBytes(ref.bytes)} · ≈ ${tokens} tokens`;
}

/** "shrunk from 4032 × 3024, 3.1 MB" when it was re-encoded. */
export function originalFacts(ref: ImageRef): string | undefined {
  if (!ref.original) return undefined;
  const resized = ref.original.width !== ref.width || ref.original.height !== ref.height;
  return `${resized ? 'shrunk' : 're-encoded'} from ${imageSize(ref.original)}, ${formatBytes(ref.original.bytes)}`;
}
