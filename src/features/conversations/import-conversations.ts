// Import of an exported JSON file, all or nothing: the file is read, validated (schema loaded on
// demand), its ids made unique and its images decoded before anything is stored; images are
// stored next (removed again if one fails), and the conversations are added in one store update.
import { allMessages, TRANSFER_LIMITS } from '@/domain/transfer-format';
import { planImport, type IdKind } from '@/domain/transfer-import';
import { newId } from '@/lib/ids';
import { newImageId } from '@/lib/image-id';
import { useChatStore } from '@/store/chat-store';
import { deleteImageBlobs, getImageBlob, putImageBlob } from '@/store/image-blobs';

export type ImportResult =
  | { ok: true; count: number; firstId: string | undefined }
  | { ok: false; reason: string; details?: string };

const prefixes: Record<IdKind, string> = { conversation: 'c', message: 'm', image: 'img' };
const freshId = (kind: IdKind) => (kind === 'image' ? newImageId() : newId(prefixes[kind]));

function base64ToBlob(data: string, mimeType: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: mimeType });
}

async function existingImageIds(ids: readonly string[]): Promise<Set<string>> {
  const found = await Promise.all(
    ids.map(async (id) => ((await getImageBlob(id).catch(() => undefined)) ? id : null)),
  );
  return new Set(found.filter((id) => id !== null));
}

export async function importConversationsFile(file: Blob): Promise<ImportResult> {
  if (file.size > TRANSFER_LIMITS.fileBytes)
    return { ok: false, reason: 'The file is larger than 50 MB.' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'The file could not be read.' };
  }
  // zod in jitless mode before any schema parses (the CSP forbids eval; see the module).
  await import('@/lib/zod-without-eval');
  const { parseTransferText } = await import('@/domain/transfer-schema');
  const parsed = parseTransferText(text);
  if (!parsed.ok) return parsed;

  const state = useChatStore.getState();
  const deletedIds = Object.keys(state.deleted);
  const taken = {
    conversations: new Set([...Object.keys(state.conversations), ...deletedIds]),
    messages: new Set([
      ...Object.values(state.conversations).flatMap((conversation) =>
        allMessages(conversation).map((message) => message.id),
      ),
      ...deletedIds,
    ]),
    images: await existingImageIds(Object.keys(parsed.file.images)),
  };
  const plan = planImport(parsed.file, taken, freshId);

  let blobs: { id: string; blob: Blob }[];
  try {
    blobs = plan.images.map((image) => ({
      id: image.id,
      blob: base64ToBlob(image.data, image.mimeType),
    }));
  } catch {
    return { ok: false, reason: 'An image in the file is damaged (not base64).' };
  }
  const stored: string[] = [];
  try {
    for (const { id, blob } of blobs) stored.push(await putImageBlob(blob, id));
  } catch {
    await deleteImageBlobs(stored).catch(() => undefined);
    return {
      ok: false,
      reason: 'The browser refused to store the images (storage full?). Nothing was imported.',
    };
  }

  useChatStore.getState().importConversations(plan.conversations);
  return { ok: true, count: plan.conversations.length, firstId: plan.conversations[0]?.id };
}
