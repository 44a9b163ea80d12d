// The images of prompt-deck steps: Blobs in their own IndexedDB store, so the sweep of orphaned
// chat images (image-cleanup.ts) never takes a deck's pictures. Sending copies one into the chat.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

let store: UseStore | null = null;
const db = () => (store ??= createStore('qwen-playground-deck-images', 'blobs'));

export async function putDeckImage(id: string, blob: Blob): Promise<void> {
  await set(id, blob, db());
}

export async function getDeckImage(id: string): Promise<Blob | undefined> {
  return get<Blob>(id, db());
}

export async function deleteDeckImage(id: string): Promise<void> {
  await del(id, db());
}
