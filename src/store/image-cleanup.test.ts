import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Conversation, ImageRef, UserMessage } from '@/domain/conversation';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { newImageId } from '@/lib/image-id';
import { getImageBlob, listImageBlobIds, putImageBlob } from '@/store/image-blobs';
import { loadImageBlob, storeImages } from '@/store/image-cache';
import { releaseImagesOf, sweepOrphanImages } from '@/store/image-cleanup';
import { imagesOf, resolveImageDataUrls } from '@/store/image-data-urls';

const ref = (id: string, name = `${id}.png`): ImageRef => ({ id, name, mimeType: 'image/png', width: 1, height: 1, bytes: 3 });

function prompt(id: string, images: ImageRef[]): UserMessage {
  return { id, parentId: null, role: 'user', text: 'look', images, createdAt: 0 };
}

function conversation(id: string, images: ImageRef[]): Conversation {
  return {
    id,
    kind: 'chat',
    title: id,
    pinned: false,
    createdAt: 0,
    updatedAt: 0,
    settings: DEFAULT_SETTINGS,
    messages: [prompt(`m-${id}`, images)],
    selected: {},
  };
}

const bytes = () => new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });

describe('image clean-up', () => {
  it('deletes a removed conversation’s images but keeps the ones another conversation shares', async () => {
    const own = newImageId();
    const shared = newImageId();
    await putImageBlob(bytes(), own);
    await putImageBlob(bytes(), shared);
    const removed = conversation('a', [ref(own), ref(shared)]);
    const deleted = await releaseImagesOf(removed, { b: conversation('b', [ref(shared)]) });
    expect(deleted).toEqual([own]);
    expect(await getImageBlob(own)).toBeUndefined();
    expect(await getImageBlob(shared)).toBeDefined();
  });

  it('sweeps old unreferenced blobs and leaves fresh or referenced ones', async () => {
    const now = Date.now();
    const old = newImageId(now - 2 * 3600_000);
    const oldButUsed = newImageId(now - 2 * 3600_000);
    const fresh = newImageId(now - 60_000);
    for (const id of [old, oldButUsed, fresh]) await putImageBlob(bytes(), id);
    const swept = await sweepOrphanImages({ c: conversation('c', [ref(oldButUsed)]) }, now);
    expect(swept).toContain(old);
    const left = await listImageBlobIds();
    expect(left).not.toContain(old);
    expect(left).toEqual(expect.arrayContaining([oldButUsed, fresh]));
  });
});

describe('storeImages', () => {
  it('keeps an image in memory when the browser storage is full, and says so', async () => {
    const id = newImageId();
    const full = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const failures = await storeImages([{ ref: ref(id, 'big.png'), blob: bytes() }], full);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ quota: true });
    expect(failures[0]!.message).toMatch(/storage is full.*big\.png/i);
    expect(await loadImageBlob(id)).toBeDefined();
    expect(await getImageBlob(id)).toBeUndefined();
  });

  it('writes to IndexedDB otherwise', async () => {
    const id = newImageId();
    expect(await storeImages([{ ref: ref(id), blob: bytes() }])).toEqual([]);
    expect(await getImageBlob(id)).toBeDefined();
  });
});

describe('resolveImageDataUrls', () => {
  it('turns each image of the history into a data URL once, skipping lost ones', async () => {
    const kept = newImageId();
    await storeImages([{ ref: ref(kept), blob: bytes() }]);
    const lost = newImageId();
    const history = [prompt('m1', [ref(kept)]), prompt('m2', [ref(kept), ref(lost)])];
    expect(imagesOf(history)).toHaveLength(2);
    const urls = await resolveImageDataUrls(history);
    expect([...urls]).toEqual([[kept, 'data:image/png;base64,AQID']]);
  });
});
