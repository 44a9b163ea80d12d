// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Conversation, ImageRef } from '@/domain/conversation';
import { createConversation } from '@/domain/conversation-helpers';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { newImageId } from '@/lib/image-id';
import { putImageBlob } from '@/store/image-blobs';
import { useImageDrafts } from '@/store/image-drafts';
import {
  restoreImageDrafts,
  saveImageDrafts,
  savedDraftImageIds,
} from '@/store/image-drafts-persistence';

const KEY = 'qwen-playground:draft-images';

function ref(): ImageRef {
  return { id: newImageId(), name: 'a.png', mimeType: 'image/png', width: 4, height: 3, bytes: 9 };
}

const conversations = (...ids: string[]): Record<string, Conversation> =>
  Object.fromEntries(ids.map((id) => [id, createConversation(id, DEFAULT_SETTINGS, 0)]));

beforeEach(() => {
  localStorage.clear();
  useImageDrafts.setState({ drafts: {} });
});

describe('draft images across a reload', () => {
  it('saves what is attached and forgets what was sent', () => {
    const stop = saveImageDrafts();
    const image = { ref: ref(), blob: new Blob(['png']) };
    useImageDrafts.getState().add('c1', image);
    expect(savedDraftImageIds()).toEqual(new Set([image.ref.id]));
    useImageDrafts.getState().clearImages('c1');
    expect(localStorage.getItem(KEY)).toBeNull();
    stop();
  });

  it('brings back the images whose bytes and conversation are still there', async () => {
    const kept = ref();
    const bytesGone = ref();
    const conversationGone = ref();
    await putImageBlob(new Blob(['png']), kept.id);
    await putImageBlob(new Blob(['png']), conversationGone.id);
    localStorage.setItem(KEY, JSON.stringify({ c1: [kept, bytesGone], c2: [conversationGone] }));

    await restoreImageDrafts(conversations('c1'));
    expect(useImageDrafts.getState().drafts.c1?.images.map((image) => image.ref)).toEqual([kept]);
    expect(useImageDrafts.getState().drafts.c2).toBeUndefined();
    expect(savedDraftImageIds()).toEqual(new Set([kept.id]));
  });

  it('keeps an image attached while the restore was reading', async () => {
    const stop = saveImageDrafts();
    const old = ref();
    await putImageBlob(new Blob(['png']), old.id);
    localStorage.setItem(KEY, JSON.stringify({ c1: [old] }));
    const restoring = restoreImageDrafts(conversations('c1'));
    const attached = { ref: ref(), blob: new Blob(['png']) };
    useImageDrafts.getState().add('c1', attached);
    await restoring;
    expect(useImageDrafts.getState().drafts.c1?.images).toEqual([attached]);
    expect(savedDraftImageIds()).toEqual(new Set([attached.ref.id]));
    stop();
  });

  it('ignores damaged saved data instead of failing the start-up', async () => {
    localStorage.setItem(KEY, '{"c1": [{"id": 5}], "c2": "nope"');
    await expect(restoreImageDrafts(conversations('c1', 'c2'))).resolves.toBeUndefined();
    localStorage.setItem(
      KEY,
      JSON.stringify({ c1: [{ id: 'x', name: 'x', mimeType: 'text/html' }] }),
    );
    await restoreImageDrafts(conversations('c1'));
    expect(useImageDrafts.getState().drafts).toEqual({});
    expect(savedDraftImageIds()).toEqual(new Set());
  });
});
