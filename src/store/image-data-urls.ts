// The history's images as base64 data URLs, for api/request-body.ts (which stays pure and sync).
// Shared by the chat and compare runners.
import type { ImageRef, Message } from '@/domain/conversation';
import { blobToDataUrl } from '@/lib/data-url';
import { loadImageBlob } from '@/store/image-cache';

/** Every image the user turns of a history refer to, once each. */
export function imagesOf(history: readonly Message[]): ImageRef[] {
  const seen = new Map<string, ImageRef>();
  for (const message of history)
    if (message.role === 'user') for (const image of message.images ?? []) seen.set(image.id, image);
  return [...seen.values()];
}

/** Data URLs by ImageRef id; an image whose bytes are gone is left out (the body notes it). */
export async function resolveImageDataUrls(
  history: readonly Message[],
): Promise<ReadonlyMap<string, string>> {
  const entries = await Promise.all(
    imagesOf(history).map(async (image) => {
      const blob = await loadImageBlob(image.id);
      // The sniffed type, not the Blob's: it is what the bytes are.
      return blob ? ([image.id, await blobToDataUrl(blob, image.mimeType)] as const) : undefined;
    }),
  );
  return new Map(entries.filter((entry) => entry !== undefined));
}
