// Images attached to a draft survive a reload, as the draft's text does: their refs are kept in
// localStorage (a few hundred bytes each), their bytes in the image store (IndexedDB), and both
// come back once the conversations are loaded. Without this a reload kept "What is in this
// picture?" in the Message box and silently dropped the picture.
import { IMAGE_MIME_TYPES, type Conversation, type ImageRef } from '@/domain/conversation';
import { loadImageBlob, storeImages } from '@/store/image-cache';
import { useImageDrafts, type AttachedImage } from '@/store/image-drafts';

const KEY = 'qwen-playground:draft-images';
const MIME_TYPES: ReadonlySet<string> = new Set(IMAGE_MIME_TYPES);
const NONE: readonly AttachedImage[] = [];

type SavedDrafts = Record<string, ImageRef[]>;

function isImageRef(value: unknown): value is ImageRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Partial<Record<keyof ImageRef, unknown>>;
  return (
    typeof ref.id === 'string' &&
    typeof ref.name === 'string' &&
    typeof ref.mimeType === 'string' &&
    MIME_TYPES.has(ref.mimeType) &&
    [ref.width, ref.height, ref.bytes].every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** What is saved, with anything damaged left out. */
function readSaved(): SavedDrafts {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const saved: SavedDrafts = {};
    for (const [id, refs] of Object.entries(parsed))
      if (Array.isArray(refs)) saved[id] = refs.filter(isImageRef);
    return saved;
  } catch {
    return {};
  }
}

function writeSaved(saved: SavedDrafts): void {
  try {
    if (Object.keys(saved).length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Full or blocked storage: the images stay attached for this session, as before.
  }
}

/** The ids of images waiting in drafts: the sweep of unreferenced images must keep them. */
export function savedDraftImageIds(): Set<string> {
  return new Set(Object.values(readSaved()).flatMap((refs) => refs.map((ref) => ref.id)));
}

let restoring = false;

/** Saves every change of the drafts' images from now on. Returns the unsubscribe. */
export function saveImageDrafts(): () => void {
  return useImageDrafts.subscribe((state, previous) => {
    if (state.drafts === previous.drafts) return;
    let saved: SavedDrafts | undefined;
    for (const id of new Set([...Object.keys(state.drafts), ...Object.keys(previous.drafts)])) {
      const images = state.drafts[id]?.images ?? NONE;
      const before = previous.drafts[id]?.images ?? NONE;
      if (images === before) continue;
      saved ??= readSaved();
      if (images.length > 0) saved[id] = images.map((image) => image.ref);
      else delete saved[id];
      const added = images.filter((image) => !before.includes(image));
      // A refused write is reported when the message is sent, which stores the images again.
      if (added.length > 0 && !restoring) void storeImages(added);
    }
    if (saved) writeSaved(saved);
  });
}

/** Puts saved draft images back into their conversations' composers; forgets the rest. */
export async function restoreImageDrafts(
  conversations: Record<string, Conversation>,
): Promise<void> {
  const found: { id: string; refs: ImageRef[]; images: AttachedImage[] }[] = [];
  const gone: string[] = [];
  for (const [id, refs] of Object.entries(readSaved())) {
    if (!conversations[id]) {
      gone.push(id);
      continue;
    }
    const images: AttachedImage[] = [];
    for (const ref of refs) {
      const blob = await loadImageBlob(ref.id);
      if (blob) images.push({ ref, blob });
    }
    found.push({ id, refs, images });
  }
  // Read again after the waits: this tab (attaching during start-up) or another one may have
  // saved since. Only what this restore read is changed; others' entries stay.
  const saved = readSaved();
  for (const id of gone) delete saved[id];
  for (const { id, refs, images } of found) {
    const unchanged = JSON.stringify(saved[id]) === JSON.stringify(refs);
    if (!unchanged || useImageDrafts.getState().drafts[id]?.images.length) continue;
    if (images.length > 0) saved[id] = images.map((image) => image.ref);
    else delete saved[id];
    restoring = true;
    try {
      for (const image of images) useImageDrafts.getState().add(id, image);
    } finally {
      restoring = false;
    }
  }
  writeSaved(saved);
}
