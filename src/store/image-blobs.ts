// Image bytes live here as Blobs in IndexedDB, referenced by id from messages (ImageRef),
// never as base64 in the state or in localStorage.
import { createStore, del, delMany, get, keys, set, type UseStore } from 'idb-keyval';
import { newId } from '@/lib/ids';

let store: UseStore | null = null;
const db = () => (store ??= createStore('qwen-playground-images', 'blobs'));

/** Stores a Blob and returns its id. Throws (QuotaExceededError…) when the browser refuses. */
export async function putImageBlob(blob: Blob, id = newId('img')): Promise<string> {
  await set(id, blob, db());
  return id;
}

export async function getImageBlob(id: string): Promise<Blob | undefined> {
  return get<Blob>(id, db());
}

export async function deleteImageBlobs(ids: readonly string[]): Promise<void> {
  if (ids.length === 1) await del(ids[0]!, db());
  else if (ids.length > 1) await delMany([...ids], db());
}

/** Every stored image id, for the clean-up of blobs no message refers to any more. */
export async function listImageBlobIds(): Promise<string[]> {
  return (await keys(db())).filter((key): key is string => typeof key === 'string');
}
