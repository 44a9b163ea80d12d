// Image blobs go when nothing refers to them any more: after a deleted conversation's Undo window,
// and in a sweep at start-up (tabs closed during that window, removed turns, unsent drafts).
import type { Conversation } from '@/domain/conversation';
import { imageIdTime } from '@/lib/image-id';
import { forgetImagesInMemory } from '@/store/image-cache';
import { deleteImageBlobs, listImageBlobIds } from '@/store/image-blobs';

/** A blob younger than this is left alone: another tab may be about to save its message. */
const SWEEP_MIN_AGE_MS = 60 * 60 * 1000;

export function imageIdsOf(conversation: Conversation): Set<string> {
  const ids = new Set<string>();
  const messageLists = [conversation.messages, ...(conversation.compare?.columns ?? []).map((column) => column.messages)];
  for (const messages of messageLists)
    for (const message of messages)
      if (message.role === 'user') for (const image of message.images ?? []) ids.add(image.id);
  return ids;
}

function referencedIds(conversations: Record<string, Conversation>): Set<string> {
  const ids = new Set<string>();
  for (const conversation of Object.values(conversations)) for (const id of imageIdsOf(conversation)) ids.add(id);
  return ids;
}

/** Deletes the images of a removed conversation that no remaining conversation shares. */
export async function releaseImagesOf(
  removed: Conversation,
  remaining: Record<string, Conversation>,
): Promise<string[]> {
  const inUse = referencedIds(remaining);
  const doomed = [...imageIdsOf(removed)].filter((id) => !inUse.has(id));
  forgetImagesInMemory(doomed);
  await deleteImageBlobs(doomed);
  return doomed;
}

/** Deletes stored images no conversation refers to, except recent ones and those in `keep`. */
export async function sweepOrphanImages(
  conversations: Record<string, Conversation>,
  now = Date.now(),
  keep: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const inUse = new Set([...referencedIds(conversations), ...keep]);
  const orphans = (await listImageBlobIds()).filter((id) => {
    const time = imageIdTime(id);
    return !inUse.has(id) && time !== undefined && now - time > SWEEP_MIN_AGE_MS;
  });
  await deleteImageBlobs(orphans);
  return orphans;
}
