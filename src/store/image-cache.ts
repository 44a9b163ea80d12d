// Images of this session, in memory, in front of IndexedDB: a prompt is answered from memory at
// once (no race with the write), and an image the browser refused to store (a full disk) still
// goes out for as long as the tab lives.
import type { ImageRef } from '@/domain/conversation';
import { getImageBlob, putImageBlob } from '@/store/image-blobs';

const memory = new Map<string, Blob>();

export function keepImageInMemory(id: string, blob: Blob): void {
  memory.set(id, blob);
}

export function forgetImagesInMemory(ids: Iterable<string>): void {
  for (const id of ids) memory.delete(id);
}

/** The image's bytes from memory or IndexedDB; undefined when they are gone. */
export async function loadImageBlob(id: string): Promise<Blob | undefined> {
  const kept = memory.get(id);
  if (kept) return kept;
  try {
    return await getImageBlob(id);
  } catch {
    return undefined;
  }
}

export type StoreImageFailure = { image: ImageRef; quota: boolean; message: string };

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'QuotaExceededError' || error.code === 22
    : /quota/i.test(String(error));
}

/**
 * Keeps the images in memory, then writes them to IndexedDB. Resolves with the ones that could
 * not be written (they stay in memory for this session); never rejects.
 */
export async function storeImages(
  images: readonly { ref: ImageRef; blob: Blob }[],
  put: (blob: Blob, id: string) => Promise<unknown> = putImageBlob,
): Promise<StoreImageFailure[]> {
  for (const { ref, blob } of images) keepImageInMemory(ref.id, blob);
  const failures: StoreImageFailure[] = [];
  for (const { ref, blob } of images) {
    try {
      await put(blob, ref.id);
    } catch (error) {
      const quota = isQuotaError(error);
      failures.push({
        image: ref,
        quota,
        message: quota
          ? `Browser storage is full: “${ref.name}” was sent but is kept only until this tab closes. Delete old conversations to free space.`
          : `“${ref.name}” could not be saved in this browser (${error instanceof Error ? error.message : String(error)}); it is kept only until this tab closes.`,
      });
    }
  }
  return failures;
}
